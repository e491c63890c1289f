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

/**
 * Headline names (story.names.title.penalty) are a headline's: a title that is a whole lead sentence names what its
 * report names, and another report of the event need not mention those names (story.names.title.max.terms).
 */
class HeadlineNamesTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String title, String text) {
        return org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", title, text, "https://news" + n + ".example/item", "2026-04-14T09:00:00Z");
    }

    /** First sentence given as the title, as in feeds that have none: it names a painter and a museum. */
    private static RawDocument first() {
        String lead = "Marla Quent, the 1960s stage actress whose portraits by the painter Ivo Brandt hang in the Kessling Museum "
                + "and who inspired a generation of Ostrava playwrights, died on Tuesday in Linz at the age of 88.";
        return doc(1, lead, lead + " Her agent said she died of heart failure at a hospital in Linz after a short illness. "
                + "Quent appeared in more than forty plays and retired from the stage in 1989.");
    }

    private static RawDocument second() {
        String lead = "Marla Quent, the stage actress who starred in more than forty plays over three decades, has died "
                + "in Linz at 88 after a short illness, her agent said on Wednesday.";
        return doc(2, lead, lead + " Quent died of heart failure in a Linz hospital on Tuesday. She retired in 1989 and "
                + "lived in Linz with her sister.");
    }

    private Scorecard scorecard(Map<String, String> settings, String dir) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(settings);
        all.put("story.vectors", "false");
        try (Dateline engine = Dateline.open(tmp.resolve(dir), OutletRegistry.bundled(), Config.load(null, all))) {
            Dateline.Outcome a = engine.add(first());
            Dateline.Outcome b = engine.add(second());
            String other = b.storyId().equals(a.storyId()) ? null : a.storyId();
            return engine.explain(b.articleId(), other != null ? other : a.storyId()).orElseThrow();
        }
    }

    @Test
    void namesOfALeadSentenceTitleAreNoHeadlineNames() {
        Scorecard lead = scorecard(Map.of(), "default");
        assertThat(lead.members()).singleElement().satisfies(m ->
                assertThat(m.factors()).noneMatch(f -> f.startsWith("headline names")));

        // counted as headline names, the painter and the museum the second report never mentions scale it down
        Scorecard headline = scorecard(Map.of("story.names.title.max.terms", "1000"), "unlimited");
        assertThat(headline.members()).singleElement().satisfies(m ->
                assertThat(m.factors()).anyMatch(f -> f.startsWith("headline names")));
        assertThat(headline.score()).isLessThan(lead.score());
    }
}
