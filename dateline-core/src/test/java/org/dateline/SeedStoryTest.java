package org.dateline;

import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** EXPECTED.md: both seed documents report one event and land in exactly one story. */
class SeedStoryTest {

    @Test
    void bothSeedsLandInOneStory(@TempDir Path tmp) {
        Path seeds = TestData.seeds();
        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            Dateline.IngestReport report = engine.ingest(List.of(seeds), Dateline.Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.added()).isEqualTo(2);
            List<String> articleIds = report.outcomes().stream().map(Dateline.Outcome::articleId).toList();
            assertThat(report.outcomes()).extracting(Dateline.Outcome::storyId).as("story of each seed").containsOnly(
                    report.outcomes().get(0).storyId());

            List<Story> stories = engine.stories(10);
            assertThat(stories).hasSize(1);
            Story story = stories.get(0);
            assertThat(story.articleIds()).containsExactlyInAnyOrderElementsOf(articleIds);
            assertThat(story.outlets()).containsExactlyInAnyOrder("TASS", "The Moscow Times");
            assertThat(story.languages()).containsExactly("en");
            // A title an outlet gave (here restored from the URL) beats one derived from text.
            assertThat(story.title()).startsWith("Donald Trump and Vladimir Putin to Meet in");
        }
    }
}
