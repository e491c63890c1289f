package org.dateline.analyze;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The deep path after the fast path: pending marks, analyses stored, progress counted, odd input survived. */
class AnalysisRunnerTest {

    private static RawDocument doc(int n, String text) {
        return new RawDocument("test", n, RawDocument.Format.JSON_LINES, text,
                Map.of("title", "Report " + n, "url", "https://example.org/a/" + n, "published", "2026-03-02T10:00:00Z",
                        "lang", "en", "source", "example.org"), "h" + n);
    }

    @Test
    void storedArticlesWaitUntilAnalysedAndAreThenCounted(@TempDir Path dir) {
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(dir, Map.of()))) {
            engine.add(doc(1, "Mayor Anna Kowalski opened the Northern Bridge in Fairport on Monday. \"It took two years,\" Kowalski said."));
            engine.add(doc(2, "x ".repeat(150_000)));
            engine.commit();
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(0, 2));
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(2, 0));
            // a second run finds nothing left to do
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isZero();
        }
        try (Dateline reopened = Dateline.openReadOnly(dir)) {
            Analysis a = reopened.analysis(reopened.stories(10).stream()
                    .flatMap(s -> s.articleIds().stream()).filter(id -> reopened.article(id).orElseThrow().title().equals("Report 1"))
                    .findFirst().orElseThrow()).orElseThrow();
            assertThat(a.quotes()).anySatisfy(q -> assertThat(q.content()).isEqualTo("It took two years"));
            assertThat(a.dates()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2026-03-02"));
        }
    }

    @Test
    void articlesStoredWithoutAMarkAreFoundAndMarked(@TempDir Path dir) {
        try (org.dateline.store.LuceneStore store = org.dateline.store.LuceneStore.open(dir)) {
            org.dateline.model.Article a = new org.dateline.normalize.Normalizer(OutletRegistry.bundled())
                    .normalize(doc(3, "Harbour director Omar Field said the pier would reopen on Friday."));
            store.putArticle(a, "s1");
            store.commit();
            assertThat(store.pendingCount()).isZero();
            assertThat(store.markUnanalysed()).isEqualTo(1);
            assertThat(store.pendingAnalyses(10)).containsExactly(a.id());
            // marked once: a second pass finds nothing new
            assertThat(store.markUnanalysed()).isZero();
        }
    }

    @Test
    void analysingAgainRedoesEveryArticleOnceAndKeepsTheCounts(@TempDir Path dir) {
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(dir, Map.of()))) {
            engine.add(doc(4, "Mayor Anna Kowalski opened the Northern Bridge in Fairport on Monday. \"It took two years,\" Kowalski said."));
            engine.add(doc(5, "Harbour director Omar Field said the pier would reopen on Friday."));
            engine.commit();
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);

            assertThat(engine.markUnanalysed()).isZero();
            assertThat(engine.markAllForAnalysis()).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(0, 2));
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(2, 0));
        }
    }
}
