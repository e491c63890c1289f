package org.dateline.ingest;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.TestCorpus;
import org.dateline.model.Problem;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Bad input is reported per file (and per line for JSON Lines) while the batch goes on. */
class IngestRobustnessTest {

    @TempDir
    Path tmp;

    private Dateline.IngestReport ingest(List<Path> paths) {
        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            return engine.ingest(paths, Dateline.Progress.NONE);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsEachBadFileAndLineOnceAndIngestsTheRest() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Bad files sort before the good one, so the good one is read after every failure.
        Path empty = Files.write(in.resolve("a-empty.txt"), new byte[0]);
        byte[] random = new byte[2048];
        new Random(42).nextBytes(random);
        random[0] = 0;
        random[100] = 0;
        Path binary = Files.write(in.resolve("b-binary.txt"), random);
        byte[] beforeBadBytes = utf8(" Orvik Council Votes on Bridge\n The council of Orvik voted ");
        Path badUtf8 = Files.write(in.resolve("c-bad-utf8.txt"), concat(
                beforeBadBytes,
                new byte[]{(byte) 0xC3, 0x28},
                utf8(" to close the harbour bridge for repairs on Monday, officials said.\n")));
        Path feed = Files.write(in.resolve("d-feed.jsonl"), concat(
                utf8("{\"id\":\"ok-1\",\"title\":\"Saltmere port reopens after storm\",\"text\":\"The port of Saltmere reopened on Tuesday after a two-day storm closed it to shipping.\",\"lang\":\"en\"}\n"),
                utf8("{\"id\":\"broken\",\"title\": \"unterminated\n"),
                utf8("{\"id\":\"bad-bytes\",\"title\":\"Bad "), new byte[]{(byte) 0xC3, 0x28}, utf8(" bytes\",\"text\":\"x\"}\n")));
        Path good = Files.writeString(in.resolve("z-good.txt"), TestCorpus.FERRY);

        Dateline.IngestReport report = ingest(List.of(in));

        assertThat(report.files()).isEqualTo(5);
        assertThat(report.added()).as("the good report and the good JSON line").isEqualTo(2);
        assertThat(report.duplicates()).isZero();
        assertThat(report.problems()).hasSize(5);
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(report.problems()).filteredOn(p -> p.file().equals(empty.toString()))
                .singleElement().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("empty"));
        assertThat(report.problems()).filteredOn(p -> p.file().equals(binary.toString()))
                .singleElement().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("binary"));
        assertThat(report.problems()).filteredOn(p -> p.file().equals(badUtf8.toString()))
                .singleElement().satisfies(p -> {
                    assertThat(p.reason()).containsIgnoringCase("UTF-8");
                    assertThat(p.position()).as("offset of the first bad byte").isEqualTo("byte " + beforeBadBytes.length);
                });
        assertThat(report.problems()).filteredOn(p -> p.file().equals(feed.toString()))
                .extracting(Problem::position).containsExactlyInAnyOrder("line 2", "line 3");
        assertThat(report.problems()).filteredOn(p -> p.file().equals(feed.toString()) && p.position().equals("line 2"))
                .singleElement().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("JSON"));
        assertThat(report.problems()).filteredOn(p -> p.file().equals(feed.toString()) && p.position().equals("line 3"))
                .singleElement().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("UTF-8")
                        .contains("at byte " + "{\"id\":\"bad-bytes\",\"title\":\"Bad ".length()));
        assertThat(report.problems()).noneMatch(p -> p.file().equals(good.toString()));

        assertThat(report.outcomes()).extracting(Dateline.Outcome::origin)
                .containsExactlyInAnyOrder(feed + ":1", good.toString());
        assertThat(report.outcomes()).allMatch(o -> o.status() == Dateline.Outcome.Status.ADDED);
        try (Dateline reader = Dateline.openReadOnly(tmp.resolve("data"))) {
            assertThat(reader.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void problemTextNamesFileLineAndReason() throws IOException {
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), "{\"id\":\"a\",\"title\":\"Only a title here\"}\nnot json at all\n");
        Dateline.IngestReport report = ingest(List.of(feed));
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith(feed + ":line 2: ").containsIgnoringCase("JSON"));
    }

    @Test
    void reportsUnreadableFileAndGoesOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path locked = Files.writeString(in.resolve("a-locked.txt"), TestCorpus.LIBRARY);
        Files.writeString(in.resolve("b-good.txt"), TestCorpus.FERRY);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions on this file system: unreadable-file test skipped");
        }
        try {
            assumeTrue(!Files.isReadable(locked), "running as root (chmod 000 is still readable): unreadable-file test skipped");
            Dateline.IngestReport report = ingest(List.of(in));
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(locked.toString());
                assertThat(p.reason()).isNotBlank();
            });
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void reportsMissingPathAndGoesOn() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), TestCorpus.FERRY);
        Path missing = tmp.resolve("no-such-folder");
        Dateline.IngestReport report = ingest(List.of(missing, good));
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.reason()).contains("no such file");
        });
    }

    @Test
    void aFolderHoldingTheDataDirectoryIsReadWithoutTheStoresOwnFiles() throws IOException {
        Files.writeString(tmp.resolve("good.txt"), TestCorpus.FERRY);
        assertThat(ingest(List.of(tmp)).added()).isEqualTo(1);
        // the store now lies in tmp/data, inside the folder read again
        Dateline.IngestReport again = ingest(List.of(tmp));
        assertThat(again.problems()).isEmpty();
        assertThat(again.files()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(1);
        Path storeFile;
        try (var files = Files.list(tmp.resolve("data"))) {
            storeFile = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        assertThat(ingest(List.of(storeFile)).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("inside the data directory"));
    }

    @Test
    void reportsWhitespaceOnlyFileAsEmpty() throws IOException {
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\n   \n");
        Dateline.IngestReport report = ingest(List.of(blank));
        assertThat(report.added()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(blank.toString());
            assertThat(p.reason()).containsIgnoringCase("empty");
        });
    }

    @Test
    void readsUtf8WithByteOrderMark() throws IOException {
        Path bom = Files.write(tmp.resolve("bom.txt"), concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(TestCorpus.FERRY)));
        Dateline.IngestReport report = ingest(List.of(bom));
        assertThat(report.problems()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void skipsHiddenAndDocumentationFilesInsideFolders() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("README.md"), "# About this corpus\n");
        Files.writeString(in.resolve(".hidden.txt"), TestCorpus.LIBRARY);
        Files.writeString(in.resolve("report.txt"), TestCorpus.FERRY);
        Dateline.IngestReport report = ingest(List.of(in));
        assertThat(report.files()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).isEmpty();
    }
}
