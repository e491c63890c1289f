package org.dateline;

import org.dateline.model.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small hand-written reports in the seed layout and in JSON Lines, for ingest and store tests. */
public final class TestCorpus {

    public static final String FERRY = """
             Ferry Aurelia Bay Runs Aground Off Gozo
             The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318
            passengers and 24 crew on board, the Maritime Safety Directorate said.

            All passengers were taken off by lifeboats and two tugs within four hours, and nobody was
            seriously hurt, the directorate said in a statement.

            Original url:
            https://www.harbourgazette.example/2026/03/20/ferry-aurelia-bay-runs-aground-off-gozo-h4411
            """;

    public static final String LIBRARY = """
             date 2026-03-19 The Kalda public library reopened on Thursday after a two-year renovation that
            added a reading garden and a children's floor, the town council said.

            The library's collection of maps was moved back from temporary storage in Orvik over the winter.
            """;

    public static final String JSONL = """
            {"id":"clw-1","title":"Valmara central bank raises key rate to 4.75%","text":"ORVIK (Coastline Wire) — Valmara's central bank raised its main interest rate to 4.75% from 4.25% on Wednesday, the first hike since 2023.","url":"https://coastlinewire.example/2026/03/18/valmara-rate","published":"2026-03-18T10:00:00Z","lang":"en"}
            {"id":"clw-2","title":"Registration opens for Orvik half-marathon","text":"Registration for the Orvik half-marathon, to be held on May 17, opened on Sunday and more than 2,000 runners signed up.","published":"2026-03-29","lang":"en"}
            """;

    private TestCorpus() {
    }

    /** Writes two seed-style reports and a two-record JSON Lines feed into {@code dir}; 4 documents. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ferry.txt"), FERRY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("library.txt"), LIBRARY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("feed.jsonl"), JSONL, StandardCharsets.UTF_8);
        return dir;
    }

    public static final int DOCUMENTS = 4;

    /** One JSON Lines record of {@code origin} (line {@code n}) as a reader gives it: title, url, publication time, language. */
    public static RawDocument jsonLine(String origin, long n, String lang, String title, String text, String url, String published) {
        return new RawDocument(origin, n, RawDocument.Format.JSON_LINES, text,
                java.util.Map.of("title", title, "url", url, "published", published, "lang", lang), "");
    }
}
