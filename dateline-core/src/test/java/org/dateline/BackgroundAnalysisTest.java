package org.dateline;

import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's background analysis and closing the engine while it writes. */
class BackgroundAnalysisTest {

    @TempDir
    Path tmp;

    private static final int ARTICLES = 120;

    @Test
    void closingWhileTheBackgroundAnalysisWritesLosesNothing() throws InterruptedException {
        Path data = tmp.resolve("data");
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.defaults())) {
            for (int i = 0; i < ARTICLES; i++) {
                engine.add(TestCorpus.jsonLine("feed.jsonl", i + 1, "en", "Minister Anna Kowalski visits port town " + i,
                        "Minister Anna Kowalski visited the port town of Orvik " + i + " on Monday, officials said. "
                                + "\"We will rebuild the harbour wall,\" she told reporters after meeting the mayor.",
                        "https://example.org/news/" + i, "2026-03-" + (10 + i % 15) + "T10:00:00Z"));
            }
            engine.commit();
        }
        long analysedBefore = 0;
        // closed while it analyses and writes, more than once: closing used to interrupt the writing thread, which
        // closed the index's files under Lucene's writer, and the engine's close then failed on the closed writer
        for (int round = 0; round < 3; round++) {
            Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.defaults());
            engine.startBackgroundAnalysis();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (engine.analysisStatus().analysed() <= analysedBefore && engine.analysisStatus().pending() > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            engine.close();
            try (Dateline reopened = Dateline.open(data, OutletRegistry.bundled(), Config.defaults())) {
                Dateline.AnalysisStatus status = reopened.analysisStatus();
                assertThat(reopened.articleCount()).isEqualTo(ARTICLES);
                assertThat(status.analysed()).isGreaterThanOrEqualTo(analysedBefore);
                assertThat(status.analysed() + status.pending()).isEqualTo(ARTICLES);
                analysedBefore = status.analysed();
            }
        }
        assertThat(analysedBefore).isPositive();
    }
}
