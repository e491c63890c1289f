package org.dateline.embed.minilm;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.Candidate;
import org.dateline.store.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Story assignment with the real MiniLM model and the index's HNSW graph: what meaning adds to shared words. */
class StoryVectorsTest {

    @TempDir
    Path tmp;

    private static RawDocument headline(long n, String title, String url, String published) {
        return new RawDocument("test.jsonl", n, RawDocument.Format.JSON_LINES, "",
                Map.of("title", title, "url", url, "published", published, "lang", "en"), "");
    }

    /** Two headlines of one event that share no content word, and one of another event. */
    private static List<RawDocument> headlines() {
        return List.of(
                headline(1, "Stocks tumble as inflation fears grip Wall Street", "https://a.example/markets-1", "2026-05-04T14:00:00Z"),
                headline(2, "Lawmakers approve new budget for public schools", "https://b.example/schools", "2026-05-04T14:30:00Z"),
                headline(3, "Shares drop as investors fret over soaring prices", "https://c.example/markets-2", "2026-05-04T15:00:00Z"));
    }

    private Dateline open(Path data, boolean vectors) {
        return Dateline.open(data, OutletRegistry.bundled(), Config.load(null, Map.of("story.vectors", Boolean.toString(vectors))));
    }

    @Test
    void paraphrasedHeadlinesMeetOnlyThroughTheirMeaning() {
        try (Dateline lexical = open(tmp.resolve("lexical"), false)) {
            List<Dateline.Outcome> out = lexical.addAll(headlines());
            assertThat(out.get(2).storyId()).isNotEqualTo(out.get(0).storyId());
        }
        try (Dateline withVectors = open(tmp.resolve("vectors"), true)) {
            List<Dateline.Outcome> out = withVectors.addAll(headlines());
            assertThat(out.get(2).storyId()).isEqualTo(out.get(0).storyId());
            assertThat(out.get(1).storyId()).isNotEqualTo(out.get(0).storyId());
        }
    }

    @Test
    void vectorsAreStoredSearchableAndSurviveReopen() {
        Path data = tmp.resolve("data");
        String first;
        try (Dateline engine = open(data, true)) {
            first = engine.addAll(headlines()).get(0).articleId();
        }
        try (LuceneStore store = LuceneStore.open(data)) {
            float[] v = store.vector(first).orElseThrow();
            assertThat(v).hasSize(384);
            List<Candidate> near = store.nearest(v, 3, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-10T00:00:00Z"));
            assertThat(near).hasSize(3);
            assertThat(near.get(0).articleId()).isEqualTo(first);
            assertThat(near.get(0).score()).isGreaterThan(0.99);
            // the other market headline is nearer than the schools one
            assertThat(near.get(1).score()).isGreaterThan(near.get(2).score());
            assertThat(store.nearest(v, 3, Instant.parse("2026-06-01T00:00:00Z"), null)).isEmpty();
        }
    }

    @Test
    void theSameDocumentsGiveTheSameStoriesOneByOneOrInABatch() {
        List<String> single, batch;
        try (Dateline engine = open(tmp.resolve("single"), true)) {
            single = headlines().stream().map(engine::add).map(Dateline.Outcome::storyId).toList();
        }
        try (Dateline engine = open(tmp.resolve("batch"), true)) {
            batch = engine.addAll(headlines()).stream().map(Dateline.Outcome::storyId).toList();
        }
        assertThat(batch).isEqualTo(single);
    }

    @Test
    void theModelAloneIsTimedOnTheTextsItWouldEmbedAndItsCeilingCountsTheOthersAsFree() {
        List<RawDocument> english = new java.util.ArrayList<>();
        for (int i = 0; i < 32; i++) english.add(headlines().get(i % 3));
        RawDocument russian = new RawDocument("test.jsonl", 99, RawDocument.Format.JSON_LINES, "",
                Map.of("title", "Акции упали на фоне опасений инфляции", "url", "https://d.example/ru", "published",
                        "2026-05-04T15:30:00Z", "lang", "ru"), "");
        List<RawDocument> mixed = new java.util.ArrayList<>(english);
        for (int i = 0; i < 32; i++) mixed.add(russian);
        try (Dateline engine = open(tmp.resolve("ceiling"), true)) {
            Dateline.EmbeddingCeiling c = engine.embeddingCeiling(mixed, 300).orElseThrow();
            assertThat(c.textsPerSecond()).isPositive();
            // half the stream is Russian, which the English model does not embed: twice the texts' rate in documents
            assertThat(c.docsPerSecond()).isCloseTo(2 * c.textsPerSecond(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(engine.embeddingCeiling(List.of(russian), 100)).isEmpty();
        }
        try (Dateline lexical = open(tmp.resolve("lexical-ceiling"), false)) {
            assertThat(lexical.embeddingCeiling(english, 100)).isEmpty();
        }
    }
}
