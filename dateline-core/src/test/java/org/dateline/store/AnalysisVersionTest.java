package org.dateline.store;

import org.dateline.analyze.Analysis;
import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Analyses an older version of the analysers wrote wait to be redone; current ones do not. */
class AnalysisVersionTest {

    @Test
    void anAnalysisByAnOlderVersionIsMarkedToBeRedoneOnce(@TempDir Path dir) {
        try (LuceneStore store = LuceneStore.open(dir)) {
            Article a = new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("test", 1, RawDocument.Format.JSON_LINES,
                    "Harbour director Omar Field said the pier would reopen on Friday.",
                    Map.of("title", "Pier to reopen", "url", "https://example.org/a/1", "published", "2026-03-02T10:00:00Z",
                            "lang", "en", "source", "example.org"), "h1"));
            store.putArticle(a, "s1");
            store.analyzerVersion("an older version");
            store.putAnalysis(new Analysis(a.id(), "en", "test", List.of(), List.of(), List.of(), List.of()), "s1");
            store.commit();
            store.analyzerVersion(org.dateline.analyze.DeepAnalyzer.VERSION);

            assertThat(store.markUnanalysed()).isEqualTo(1);
            assertThat(store.pendingAnalyses(10)).containsExactly(a.id());
            // marked once; and once redone by this version, nothing is left to redo
            assertThat(store.markUnanalysed()).isZero();
            store.putAnalysis(new Analysis(a.id(), "en", "test", List.of(), List.of(), List.of(), List.of()), "s1");
            store.commit();
            assertThat(store.markUnanalysed()).isZero();
            assertThat(store.pendingCount()).isZero();
        }
    }
}
