package org.dateline.story;

import org.dateline.Config;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.store.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The news filter in ranking: a story that is mostly not news ranks below news of the same reach. */
class NewsFilterRankTest {

    private static Story story(Map<String, Integer> categories) {
        Instant t = Instant.parse("2026-04-14T09:00:00Z");
        return new Story("s1", "A title", Article.TitleOrigin.GIVEN, List.of("a1", "a2", "a3"), List.of("o1", "o2"),
                List.of("en"), t, t.plusSeconds(3600), 0, categories, 3);
    }

    private static double rank(Path dir, double factor, Map<String, Integer> categories) {
        try (LuceneStore store = LuceneStore.open(dir)) {
            Config config = Config.load(null, Map.of("story.rank.notnews.factor", Double.toString(factor)));
            return new StoryAssigner(store, store, config).rank(story(categories)).rank();
        }
    }

    @Test
    void aNotNewsStoryIsScaledByTheFactorAndANewsStoryIsNot(@TempDir Path dir) {
        double news = rank(dir.resolve("a"), 0.5, Map.of("economy", 2, "not_news", 1));
        double notNews = rank(dir.resolve("b"), 0.5, Map.of("economy", 1, "not_news", 2));
        double unfiltered = rank(dir.resolve("c"), 1.0, Map.of("economy", 1, "not_news", 2));
        assertThat(news).isEqualTo(unfiltered).isPositive();
        assertThat(notNews).isCloseTo(0.5 * unfiltered, within(0.001));
    }
}
