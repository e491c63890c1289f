package org.dateline.ingest;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.TestCorpus;
import org.dateline.model.Problem;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of hostile files, written here rather than shipped: every file is either ingested or gets
 * exactly one problem naming it, the batch goes on, and nothing already stored changes.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    @Test
    void everyHostileFileIsIngestedOrReportedOnceAndStoredDataIsUntouched() throws IOException {
        Path good = tmp.resolve("good");
        TestCorpus.write(good);
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        writeHostileFiles(bad);
        Path data = tmp.resolve("data");

        Map<String, String> before;
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.defaults())) {
            Dateline.IngestReport first = engine.ingest(List.of(good), Dateline.Progress.NONE);
            assertThat(first.problems()).isEmpty();
            before = snapshot(engine);

            Dateline.IngestReport report = engine.ingest(List.of(bad), Dateline.Progress.NONE);
            Map<String, Long> problemsPerFile = report.problems().stream()
                    .collect(Collectors.groupingBy(p -> Path.of(p.file()).getFileName().toString(), Collectors.counting()));
            assertThat(problemsPerFile).as("problems per file: %s", report.problems()).allSatisfy((file, n) -> assertThat(n).isEqualTo(1));
            assertThat(problemsPerFile).containsKeys("binary.bin", "invalid-utf8.txt", "huge.txt", "truncated.jsonl.gz",
                    "bomb.jsonl.gz", "archive.zip", "empty.txt");
            assertThat(report.problems()).filteredOn(p -> p.file().endsWith("lines.jsonl"))
                    .extracting(Problem::position).containsExactly("line 2");
            for (Problem p : report.problems()) {
                assertThat(p.reason()).isNotBlank();
                assertThat(p.file()).startsWith(bad.toString());
            }
            // Deeply nested HTML, 10^5 links and a truncated page are still pages: they are read, not refused.
            assertThat(problemsPerFile).doesNotContainKeys("nested.html", "links.html", "truncated.html");
            assertThat(report.added()).isGreaterThanOrEqualTo(4);

            Map<String, String> after = snapshot(engine);
            assertThat(after).containsAllEntriesOf(before);
        }
    }

    private static Map<String, String> snapshot(Dateline engine) {
        return engine.stories(1000).stream().flatMap(s -> engine.articles(s.articleIds()).stream())
                .collect(Collectors.toMap(a -> a.id(), a -> a.toString()));
    }

    private static void writeHostileFiles(Path dir) throws IOException {
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        random[10] = 0;
        Files.write(dir.resolve("binary.bin"), random);
        Files.write(dir.resolve("invalid-utf8.txt"), new byte[]{'N', 'e', 'w', 's', ' ', (byte) 0xC3, 0x28, ' ', 'x'});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("lines.jsonl"), """
                {"id":"1","title":"Harbour strike ends after two days","text":"Dockworkers returned to work on Thursday after a deal on automation.","lang":"en"}
                {"id":"2","title":"broken
                {"id":"3","title":"Ferry refloated off the coast","text":"The stranded ferry was refloated at high tide on Saturday morning.","lang":"en"}
                """);
        // 100 MB of text: refused by size without being read into memory.
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            f.write("A very long report. ".getBytes(StandardCharsets.US_ASCII));
            f.setLength(100L * 1024 * 1024);
        }
        byte[] jsonl = "{\"id\":\"9\",\"title\":\"Compressed feed item\",\"text\":\"Some text of a compressed record that is long enough.\",\"lang\":\"en\"}\n"
                .repeat(200).getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("truncated.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(jsonl);
        }
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
        // A gzip bomb: a small file that would decompress to far more than the limit.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.jsonl.gz")), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < (int) (Gzip.MAX_BYTES >> 20) + 8; i++) out.write(zeros);
        }
        Files.write(dir.resolve("archive.zip"), new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0});
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(20_000)).append("<p>Deep inside the page the council approved the harbour budget after a long debate.</p>")
                .append("</div>".repeat(20_000)).append("</body></html>");
        Files.writeString(dir.resolve("nested.html"), nested);
        StringBuilder links = new StringBuilder("<html><body><article><h1>Links everywhere</h1><p>")
                .append("The harbour council published its list of approved contractors for the new quay on Monday.</p></article><ul>");
        for (int i = 0; i < 100_000; i++) links.append("<li><a href=\"/l/").append(i).append("\">link ").append(i).append("</a></li>");
        Files.writeString(dir.resolve("links.html"), links.append("</ul></body></html>"));
        Files.writeString(dir.resolve("truncated.html"), "<html><head><title>Ferry aground</title></head><body><article><p>The ferry ran aground near the"
                + " harbour entrance on Friday night and all passengers were taken ashore by lifeboats before dawn.</p><p>Investigators arri");
    }
}
