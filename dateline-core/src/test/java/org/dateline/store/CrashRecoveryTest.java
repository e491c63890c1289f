package org.dateline.store;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.TestData;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an ingest (no close, no final commit) leaves a store that opens,
 * keeps what was committed, and after re-ingesting the same input holds every document exactly once.
 */
class CrashRecoveryTest {

    /** Ingests the folder given as args[1] into args[0] and halts the JVM, without closing, after args[2] files. */
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int haltAfter = Integer.parseInt(args[2]);
        Dateline engine = Dateline.open(data, OutletRegistry.bundledPlus(List.of(Path.of(args[3]))),
                Config.load(null, java.util.Map.of("store.commit.every", "10", "ingest.batch", "8")));
        engine.ingest(List.of(Path.of(args[1])), (done, total, current) -> {
            if (done == haltAfter) Runtime.getRuntime().halt(3);
        });
        Runtime.getRuntime().halt(4);
    }

    @Test
    void killedIngestLosesNothingCommittedAndReingestLeavesNoDuplicates(@TempDir Path tmp) throws IOException, InterruptedException {
        Path samples = TestData.samples();
        Path corpus = samples.resolve("corpus");
        Path data = tmp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                CrashRecoveryTest.class.getName(), data.toString(), corpus.toString(), "40", samples.resolve("outlets.json").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(p.exitValue()).as("child was halted mid-ingest (see %s)", tmp.resolve("child.log")).isEqualTo(3);

        // The store opens after the crash and holds only complete, committed work.
        long afterCrash;
        try (Dateline engine = Dateline.openReadOnly(data)) {
            afterCrash = engine.articleCount();
        }
        // 40 files were read (in batches of 8) before the halt. The fifth batch was being prepared, so 32 were added;
        // commits come every 10 documents and run behind the adds, one at a time: the one at 20 is durable, the one
        // at 30 may be, and never a document after the last commit.
        assertThat(afterCrash).isBetween(20L, 30L);
        assertThat(afterCrash % 10).isZero();

        Dateline.IngestReport first;
        Dateline.IngestReport second;
        long articles;
        long stories;
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundledPlus(List.of(samples.resolve("outlets.json"))),
                Config.defaults())) {
            first = engine.ingest(List.of(corpus), Dateline.Progress.NONE);
            second = engine.ingest(List.of(corpus), Dateline.Progress.NONE);
            articles = engine.articleCount();
            stories = engine.storyCount();
            long members = engine.stories(10_000).stream().mapToLong(s -> s.articleIds().size()).sum();
            assertThat(members).as("every article in exactly one story").isEqualTo(articles);
        }
        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).as("what the crash lost is added again").isEqualTo(articles - afterCrash);
        assertThat(second.added()).as("a second re-ingest adds nothing").isZero();
        assertThat(stories).isPositive();

        // The same corpus ingested cleanly gives the same number of articles: no duplicates from the crash.
        try (Dateline clean = Dateline.open(tmp.resolve("clean"), OutletRegistry.bundledPlus(List.of(samples.resolve("outlets.json"))),
                Config.defaults())) {
            clean.ingest(List.of(corpus), Dateline.Progress.NONE);
            assertThat(clean.articleCount()).isEqualTo(articles);
        }
    }
}
