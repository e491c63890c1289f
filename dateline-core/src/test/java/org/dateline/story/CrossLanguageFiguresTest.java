package org.dateline.story;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Across languages names link reports; figures tell two events of the same people and places apart. */
class CrossLanguageFiguresTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String lang, String title, String text, String url, String published) {
        return org.dateline.TestCorpus.jsonLine("x.jsonl", n, lang, title, text, url, published);
    }

    private static RawDocument english() {
        return doc(1, "en", "Flood in Karvela leaves 631 people homeless", """
                A flood in Karvela has left 631 people homeless, regional governor Nadia Ferreira said on Tuesday. \
                The river Olsa rose by 3.4 metres overnight and rescue teams evacuated 1,250 residents.

                Ferreira said 48 houses were destroyed and the damage would exceed 12 million euros.""",
                "https://a.example/karvela-flood", "2026-04-14T09:00:00Z");
    }

    private static RawDocument russianSameEvent() {
        return doc(2, "ru", "Наводнение в Карвеле: 631 человек остались без крова", """
                Наводнение в Карвеле оставило без крова 631 человека, сообщила во вторник губернатор Надя Феррейра. \
                Река Олса за ночь поднялась на 3,4 метра, спасатели эвакуировали 1250 жителей.

                По словам Феррейры, разрушены 48 домов, ущерб превысит 12 миллионов евро.""",
                "https://b.example/karvela-navodnenie", "2026-04-14T11:00:00Z");
    }

    /** The same governor, town and river in a report of another matter, with other figures. */
    private static RawDocument russianOtherEvent() {
        return doc(3, "ru", "Губернатор Карвелы Надя Феррейра: на реке Олсе построят 14 дамб", """
                Губернатор Карвелы Надя Феррейра объявила, что на реке Олсе построят 14 дамб за 35 миллионов евро. \
                Работы в Карвеле начнутся в 2027 году, сообщила Феррейра.""",
                "https://c.example/karvela-damby", "2026-04-14T12:00:00Z");
    }

    @Test
    void aTranslationWithTheSameFiguresJoinsAndOneWithOtherFiguresDoesNot() {
        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            String story = engine.add(english()).storyId();
            // the names match the English report, the matter and the figures do not
            assertThat(engine.add(russianOtherEvent()).storyId()).isNotEqualTo(story);
            assertThat(engine.add(russianSameEvent()).storyId()).isEqualTo(story);
        }
    }

    private static Profile profile(RawDocument d) {
        return Profile.of(new org.dateline.normalize.Normalizer(OutletRegistry.bundled()).normalize(d), new org.dateline.text.Analyzers());
    }

    @Test
    void figuresDisagreeOnlyWhenBothGiveSomeAndShareNone() {
        Profile en = profile(english()), same = profile(russianSameEvent()), other = profile(russianOtherEvent());
        assertThat(StoryAssigner.numbersDisagree(en, same)).isFalse();
        assertThat(StoryAssigner.numbersDisagree(en, other)).isTrue();
        // years say nothing of which event: a report whose only figure is a year never disagrees
        Profile yearOnly = profile(doc(4, "ru", "Губернатор Карвелы Надя Феррейра о планах на 2027 год",
                "Губернатор Карвелы Надя Феррейра рассказала о планах на 2027 год.", "https://d.example/plany", "2026-04-14T13:00:00Z"));
        assertThat(StoryAssigner.numbersDisagree(en, yearOnly)).isFalse();
    }
}
