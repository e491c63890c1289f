package org.dateline.cli;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.bench.SyntheticCorpus;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.ArticleIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** What {@code bench kafka} and {@code bench opensearch} share: the generated articles and the local pipeline run. */
final class ScaleOutBench {

    private ScaleOutBench() {
    }

    /** The options both benches take besides their own. */
    static final class Options {
        @picocli.CommandLine.Option(names = "--no-vectors", description = "Lexical mode: no sentence embeddings (story.vectors=false).")
        boolean noVectors;

        @picocli.CommandLine.Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        /** The settings of every engine the bench opens. */
        Map<String, String> settings() {
            return noVectors ? Map.of("story.vectors", "false") : Map.of();
        }

        static void checkDocs(int docs) {
            if (docs < 1 || docs > 1_000_000) throw new IllegalArgumentException("--docs must be between 1 and 1,000,000");
        }
    }

    /** What one run of the pipeline gave. */
    record Run(double docsPerSecond, long articles, long stories) {
    }

    /** The articles the benches generate, each with the content hash a reader gives (a topic's key). */
    static List<RawDocument> generated(int n) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<RawDocument> out = new ArrayList<>(n);
        for (RawDocument d : new SyntheticCorpus(7, 6).documents(n)) {
            String hash = HexFormat.of().formatHex(sha.digest(d.content().getBytes(StandardCharsets.UTF_8)));
            out.add(new RawDocument(d.origin(), d.position(), d.format(), d.content(), d.fields(), hash));
        }
        return out;
    }

    /**
     * The engine's pipeline over {@code articles} in batches, as ingest feeds it, into a fresh store (deleted
     * afterwards), with {@code index} as its candidate index (null: the embedded one; the engine closes it).
     */
    static Run pipeline(List<RawDocument> articles, Map<String, String> settings, ArticleIndex index) throws Exception {
        Path data = Files.createTempDirectory("dateline-bench-scale-out");
        try (Dateline engine = index == null ? Dateline.open(data, OutletRegistry.bundled(), Config.load(null, settings))
                : Dateline.open(data, OutletRegistry.bundled(), Config.load(null, settings), index)) {
            long t0 = System.nanoTime();
            Dateline.Batches batches = engine.batchesByPublication((d, o) -> { });
            for (int i = 0; i < articles.size(); i += 256) batches.add(articles.subList(i, Math.min(articles.size(), i + 256)));
            batches.finish();
            engine.commit();
            return new Run(articles.size() / seconds(t0), engine.articleCount(), engine.storyCount());
        } finally {
            delete(data);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void delete(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
