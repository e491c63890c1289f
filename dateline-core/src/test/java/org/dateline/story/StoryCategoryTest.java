package org.dateline.story;

import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A story's category counts its reports' topics, and reports that are not news as not_news. */
class StoryCategoryTest {

    private static Article article(long n, String category, boolean news) {
        RawDocument d = org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", "Title " + n, "Some text " + n + ".",
                "https://a.example/" + n, "2026-04-14T09:00:00Z");
        return new Normalizer(OutletRegistry.bundled()).normalize(d).withCategory(category, news);
    }

    @Test
    void aReportThatIsNotNewsCountsAsNotNewsNotAsItsNearestTopic() {
        Map<String, Integer> counts = StoryAssigner.withCategory(Map.of(), article(1, "economy", false), false);
        assertThat(counts).containsExactly(Map.entry("not_news", 1));
        counts = StoryAssigner.withCategory(counts, article(2, "economy", true), false);
        counts = StoryAssigner.withCategory(counts, article(3, "economy", true), false);
        assertThat(counts).containsEntry("economy", 2).containsEntry("not_news", 1);
        // a member already counted is not counted again
        assertThat(StoryAssigner.withCategory(counts, article(3, "economy", true), true)).isEqualTo(counts);
    }
}
