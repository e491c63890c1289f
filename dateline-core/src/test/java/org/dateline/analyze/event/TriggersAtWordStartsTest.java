package org.dateline.analyze.event;

import org.dateline.TestData;
import org.dateline.text.WordStartMatcher;
import org.dateline.text.WordStartMatcherTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event triggers are matched only where a word begins, and find there all that matching everywhere finds. */
class TriggersAtWordStartsTest {

    @Test
    void everyTriggerIsOnlyTriedWhereAWordMayBeginAndFindsWhatFindFinds() {
        List<String> texts = new ArrayList<>(TestData.sampleTexts());
        texts.add("Putin and Trump will MEET; the Sit-Down was called off. Подали заявление; рассмотрят её заявление. "
                + "Runners signed up, then signed the deal. Встречались, задержали, обстреляли.");
        int matches = 0;
        for (var e : Triggers.EVENTS.entrySet()) {
            WordStartMatcher matcher = e.getValue();
            assertThat(matcher.atWordStarts()).as(e.getKey().name()).isTrue();
            for (String text : texts) {
                List<String> expected = WordStartMatcherTest.byFind(matcher.pattern(), text);
                assertThat(WordStartMatcherTest.byWordStarts(matcher, text)).as(e.getKey() + " on " + text).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(100);
    }
}
