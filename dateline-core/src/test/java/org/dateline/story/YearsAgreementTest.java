package org.dateline.story;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two look-alike reports that name different years are about two events (story.years.penalty). */
class YearsAgreementTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String title, String text, String url) {
        return org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", title, text, url, "2026-04-14T09:00:00Z");
    }

    private static RawDocument plan2028() {
        return doc(1, "Harbour authority in Dunmore plans new container terminal by 2028", """
                The harbour authority in Dunmore plans a new container terminal, its director Alan Price said. \
                The terminal is to open in 2028 and will handle container ships of the largest class.

                Price said the authority would ask the regional council for the building permit.""",
                "https://a.example/dunmore-terminal-plan");
    }

    /** The same harbour, director and terminal, a matter of another year. */
    private static RawDocument delay2031() {
        return doc(2, "Harbour authority in Dunmore delays new container terminal to 2031", """
                The harbour authority in Dunmore delays its new container terminal, its director Alan Price said. \
                The terminal is now to open in 2031 and will handle container ships of the largest class.

                Price said the authority would ask the regional council for a new building permit.""",
                "https://b.example/dunmore-terminal-delay");
    }

    private static Profile profile(RawDocument d) {
        return Profile.of(new org.dateline.normalize.Normalizer(OutletRegistry.bundled()).normalize(d), new org.dateline.text.Analyzers());
    }

    @Test
    void yearsDisagreeOnlyWhenBothNameSomeAndShareNone() {
        var a = StoryAssigner.years(profile(plan2028()));
        var b = StoryAssigner.years(profile(delay2031()));
        assertThat(a).containsExactly("#2028");
        assertThat(StoryAssigner.noneShared(a, b)).isTrue();
        assertThat(StoryAssigner.noneShared(a, java.util.Set.of("#2028", "#2031"))).isFalse();
        // an article naming no year says nothing of which one
        assertThat(StoryAssigner.noneShared(a, java.util.Set.of())).isFalse();
    }

    @Test
    void yearsBeforeThePublicationYearAreBackground() {
        RawDocument dated = org.dateline.TestCorpus.jsonLine("x.jsonl", 4, "en", "Summit in Dunmore next week",
                "The two leaders last met in Dunmore in 2018 and plan to meet again in 2027.", "https://d.example/summit",
                "2026-04-14T09:00:00Z");
        assertThat(StoryAssigner.years(profile(dated))).containsExactly("#2027");
    }

    /** The second report's score for the first one's story, and whether it joined, under a years penalty. */
    private record Second(double score, boolean joined) {
    }

    private Second second(RawDocument other, double penalty, String dir) {
        Config config = Config.load(null, Map.of("story.years.penalty", Double.toString(penalty), "story.vectors", "false"));
        try (Dateline engine = Dateline.open(tmp.resolve(dir), OutletRegistry.bundled(), config)) {
            String first = engine.add(plan2028()).storyId();
            Dateline.Outcome o = engine.add(other);
            return new Second(engine.explanation(o.articleId()).orElseThrow().score(), o.storyId().equals(first));
        }
    }

    @Test
    void aReportOfAnotherYearScoresLessByThePenalty() {
        Second without = second(delay2031(), 0.0, "without");
        Second with = second(delay2031(), 0.3, "with");
        assertThat(without.joined()).isTrue();
        // a story of one report: its score is that report's similarity, scaled by 1 - penalty (explanations keep 3 decimals)
        assertThat(with.score()).isCloseTo(0.7 * without.score(), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aReportOfTheSameYearIsNotPenalised() {
        RawDocument sameYear = doc(3, "Harbour authority in Dunmore confirms container terminal for 2028", """
                The harbour authority in Dunmore confirms its new container terminal, its director Alan Price said. \
                The terminal is to open in 2028 and will handle container ships of the largest class.""",
                "https://c.example/dunmore-terminal-confirmed");
        assertThat(second(sameYear, 0.3, "with").score()).isCloseTo(second(sameYear, 0.0, "without").score(),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
