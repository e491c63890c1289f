package org.dateline;

import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingest assigns each batch in publication order, whatever order its files were read in; outcomes keep input order. */
class BatchOrderTest {

    private static String line(String id, String published, String title, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://example.org/" + id + "\",\"published\":\"" + published
                + "\",\"lang\":\"en\",\"source\":\"example.org\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void theEarliestReportOpensTheStoryEvenWhenReadLast(@TempDir Path dir) throws Exception {
        // folder order puts the follow-up first
        Path a = dir.resolve("in/a-feed.jsonl");
        Path b = dir.resolve("in/b-wire.jsonl");
        Files.createDirectories(a.getParent());
        Files.writeString(a, line("later", "2026-03-14T09:00:00Z", "Aftershocks rattle Karvela a day after deadly quake",
                "Aftershocks rattled the mountain town of Karvela on Saturday, a day after a magnitude 5.8 earthquake "
                        + "killed three people and injured 41 in the Serran Highlands, seismologist Anton Mirec said.") + "\n");
        Files.writeString(b, line("first", "2026-03-13T06:00:00Z", "Magnitude 5.8 earthquake kills three in Karvela",
                "A magnitude 5.8 earthquake struck the Serran Highlands before dawn on Friday, killing three people "
                        + "and injuring 41 in and around the mountain town of Karvela, seismologist Anton Mirec said.") + "\n");
        Path data = dir.resolve("data");
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.load(data, Map.of("story.vectors", "false")))) {
            List<Dateline.Outcome> outcomes = engine.ingest(List.of(dir.resolve("in")), (done, total, current) -> { }).outcomes();

            assertThat(outcomes).hasSize(2);
            Dateline.Outcome later = outcomes.get(0);
            Dateline.Outcome first = outcomes.get(1);
            assertThat(later.origin()).contains("a-feed");
            assertThat(later.storyId()).isEqualTo(first.storyId());
            // the story is opened by the earlier report, though it was read second
            assertThat(engine.explanation(first.articleId()).orElseThrow().openedStory()).isTrue();
            assertThat(engine.explanation(later.articleId()).orElseThrow().openedStory()).isFalse();
        }
    }
}
