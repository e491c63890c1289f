package org.dateline;

import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch is assigned in publication order, whatever order its files were read in; outcomes keep input order. */
class BatchOrderTest {

    private static RawDocument doc(String id, String published, String title, String text) {
        return new RawDocument("test", 0, RawDocument.Format.JSON_LINES, text,
                Map.of("title", title, "url", "https://example.org/" + id, "published", published, "lang", "en",
                        "source", "example.org"), id);
    }

    @Test
    void theEarliestReportOpensTheStoryEvenWhenReadLast(@TempDir Path dir) {
        RawDocument followUp = doc("later", "2026-03-14T09:00:00Z", "Aftershocks rattle Karvela a day after deadly quake",
                "Aftershocks rattled the mountain town of Karvela on Saturday, a day after a magnitude 5.8 earthquake "
                        + "killed three people and injured 41 in the Serran Highlands, seismologist Anton Mirec said.");
        RawDocument original = doc("first", "2026-03-13T06:00:00Z", "Magnitude 5.8 earthquake kills three in Karvela",
                "A magnitude 5.8 earthquake struck the Serran Highlands before dawn on Friday, killing three people "
                        + "and injuring 41 in and around the mountain town of Karvela, seismologist Anton Mirec said.");
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(dir, Map.of("story.vectors", "false")))) {
            List<Dateline.Outcome> outcomes = engine.addAll(List.of(followUp, original));

            Dateline.Outcome later = outcomes.get(0);
            Dateline.Outcome first = outcomes.get(1);
            assertThat(later.storyId()).isEqualTo(first.storyId());
            // the story is named after the report that opened it: the earlier one, though it came second
            assertThat(engine.explanation(first.articleId()).orElseThrow().openedStory()).isTrue();
            assertThat(engine.explanation(later.articleId()).orElseThrow().openedStory()).isFalse();
        }
    }
}
