package org.dateline.store;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article without a publication time may belong to any time window: a dated report of the same event, arriving
 * later, must find it (in the in-memory window of recent articles, in the index after a reopen, and as a copy).
 */
class UndatedArticlesTest {

    private static final String UNDATED = """
            {"id":"hg-1","title":"Ferry Aurelia Bay runs aground off Gozo with 318 passengers","text":"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318 passengers and 24 crew on board, the Maritime Safety Directorate said. All passengers were taken off by lifeboats and two tugs within four hours.","lang":"en"}
            """;
    private static final String DATED = """
            {"id":"mw-7","title":"Aurelia Bay passengers rescued after ferry grounding near Qarnita Point","text":"Lifeboats and two tugs took 318 passengers and 24 crew off the ferry Aurelia Bay after it ran aground near Qarnita Point off Gozo, the Maritime Safety Directorate said on Saturday. Divers will inspect the hull of the Aurelia Bay.","published":"2026-03-21T08:00:00Z","lang":"en"}
            """;
    private static final String DATED_COPY = """
            {"id":"wire-9","title":"Ferry Aurelia Bay runs aground off Gozo with 318 passengers","text":"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318 passengers and 24 crew on board, the Maritime Safety Directorate said. All passengers were taken off by lifeboats and two tugs within four hours. Nobody was seriously hurt.","published":"2026-03-21T09:00:00Z","lang":"en"}
            """;

    @TempDir
    Path tmp;

    private Dateline open(Path data) {
        return Dateline.open(data, OutletRegistry.bundled(), Config.defaults());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void aDatedReportJoinsTheStoryOfAnUndatedOneInTheSameSession() throws IOException {
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.IngestReport first = engine.ingest(List.of(file("undated.jsonl", UNDATED)), Dateline.Progress.NONE);
            Dateline.IngestReport second = engine.ingest(List.of(file("dated.jsonl", DATED)), Dateline.Progress.NONE);
            assertThat(first.added()).isEqualTo(1);
            assertThat(second.added()).isEqualTo(1);
            assertThat(second.outcomes().get(0).storyId()).isEqualTo(first.outcomes().get(0).storyId());
            assertThat(engine.storyCount()).isEqualTo(1);
        }
    }

    @Test
    void aDatedReportFindsAnUndatedOneStoredBeforeAReopen() throws IOException {
        Path data = tmp.resolve("data");
        String story;
        try (Dateline engine = open(data)) {
            story = engine.ingest(List.of(file("undated.jsonl", UNDATED)), Dateline.Progress.NONE).outcomes().get(0).storyId();
        }
        try (Dateline engine = open(data)) {
            Dateline.IngestReport report = engine.ingest(List.of(file("dated.jsonl", DATED), file("copy.jsonl", DATED_COPY)),
                    Dateline.Progress.NONE);
            assertThat(report.outcomes()).extracting(Dateline.Outcome::storyId).containsOnly(story);
            assertThat(engine.storyCount()).isEqualTo(1);
            // the wire copy repeats the undated report with one sentence more: one more article, no more independent sources
            assertThat(engine.story(story).orElseThrow().articleIds()).hasSize(3);
            assertThat(engine.story(story).orElseThrow().independentSources()).isEqualTo(2);
        }
    }
}
