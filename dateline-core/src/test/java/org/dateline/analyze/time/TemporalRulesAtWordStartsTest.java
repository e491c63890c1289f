package org.dateline.analyze.time;

import org.dateline.TestData;
import org.dateline.text.WordStartMatcher;
import org.dateline.text.WordStartMatcherTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The date rules are matched only where a word begins, and find there all that matching everywhere finds. */
class TemporalRulesAtWordStartsTest {

    private static List<Rule> allRules() {
        List<Rule> rules = new ArrayList<>(EnglishRules.rules());
        rules.addAll(RussianRules.rules());
        return rules;
    }

    @Test
    void everyRuleIsOnlyTriedWhereAWordMayBegin() {
        for (Rule rule : allRules()) {
            assertThat(new WordStartMatcher(rule.pattern()).atWordStarts()).as(rule.name()).isTrue();
        }
    }

    @Test
    void findsWhatFindFindsOnTheSampleCorpus() {
        List<String> texts = new ArrayList<>(TestData.sampleTexts());
        assertThat(texts).hasSizeGreaterThan(40);
        int matches = 0;
        for (Rule rule : allRules()) {
            WordStartMatcher matcher = new WordStartMatcher(rule.pattern());
            for (String text : texts) {
                List<String> expected = WordStartMatcherTest.byFind(rule.pattern(), text);
                assertThat(WordStartMatcherTest.byWordStarts(matcher, text)).as(rule.name()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(400);
    }
}
