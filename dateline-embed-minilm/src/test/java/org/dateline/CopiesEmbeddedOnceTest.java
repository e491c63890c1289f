package org.dateline;

import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire copy run word for word by another outlet takes the vector the model gave the original shortly before, and
 * joins the original's story as it would with a vector of its own.
 */
class CopiesEmbeddedOnceTest {

    @TempDir
    Path tmp;

    private static final String WIRE = """
            The ferry Aurelia Bay ran aground near Qarnita Point off the island of Gozo on Friday evening with 318 \
            passengers and 41 crew on board, the coast guard said. All passengers were taken off by two patrol boats \
            within three hours, and nine people were treated for minor injuries at the hospital in Victoria.""";

    private static List<RawDocument> originalCopyAndOther() {
        return List.of(
                TestCorpus.jsonLine("wire.jsonl", 1, "en", "Ferry runs aground off Gozo with 359 on board", WIRE,
                        "https://apnews.com/article/gozo-ferry-aground", "2026-03-06T19:40:00Z"),
                TestCorpus.jsonLine("wire.jsonl", 2, "en", "Ferry runs aground off Gozo with 359 on board", WIRE,
                        "https://www.seattletimes.com/nation-world/gozo-ferry-aground", "2026-03-06T20:15:00Z"),
                TestCorpus.jsonLine("wire.jsonl", 3, "en", "Tirel council approves harbour library renovation", """
                        The city council of Tirel approved the renovation of the old harbour library on Tuesday, voting \
                        31 to 4 for a plan that keeps the nineteenth-century reading room.""",
                        "https://example.org/tirel-library", "2026-03-06T21:00:00Z"));
    }

    private static List<String> ingest(Dateline engine) {
        List<String> stories = new ArrayList<>();
        Dateline.Batches batches = engine.batches((d, o) -> stories.add(o.storyId()));
        batches.add(originalCopyAndOther());
        batches.finish();
        engine.commit();
        return stories;
    }

    @Test
    void aWordForWordCopyIsNotEmbeddedAgain() {
        try (Dateline engine = Dateline.open(tmp.resolve("reuse"), OutletRegistry.bundled(), Config.load(null, Map.of()))) {
            List<String> stories = ingest(engine);

            assertThat(engine.embeds()).isTrue();
            assertThat(engine.embeddingsReused()).isEqualTo(1);
            assertThat(stories.get(1)).isEqualTo(stories.get(0));
            assertThat(stories.get(2)).isNotEqualTo(stories.get(0));
        }
    }

    @Test
    void withNothingKeptEveryArticleIsEmbeddedAndTheStoriesAreTheSame() {
        try (Dateline engine = Dateline.open(tmp.resolve("none"), OutletRegistry.bundled(),
                Config.load(null, Map.of("story.vector.reuse", "0")))) {
            List<String> stories = ingest(engine);

            assertThat(engine.embeddingsReused()).isZero();
            assertThat(stories.get(1)).isEqualTo(stories.get(0));
            assertThat(stories.get(2)).isNotEqualTo(stories.get(0));
        }
    }
}
