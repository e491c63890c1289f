package org.dateline.cli;

import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import org.dateline.opensearch.OpenSearchCandidateIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dateline bench opensearch}: generated articles through the whole engine with its candidate index on a
 * cluster, beside the same articles with the embedded index, so the cluster's cost shows.
 */
@Command(name = "opensearch", mixinStandardHelpOptions = true,
        description = "Run N generated articles through the engine with the candidate index on a running OpenSearch "
                + "cluster (a fresh index, deleted afterwards) and with the embedded index: docs/s and stories of each.")
final class BenchOpenSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:9200",
            description = "The cluster (default: ${DEFAULT-VALUE}); credentials may go in the URL.")
    URI url;

    @Option(names = "--docs", defaultValue = "5000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int docs;

    @picocli.CommandLine.Mixin
    ScaleOutBench.Options bench;

    @Override
    public Integer call() throws Exception {
        ScaleOutBench.Options.checkDocs(docs);
        boolean json = bench.json;
        boolean noVectors = bench.noVectors;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.function.Consumer<String> progress = BenchCommand.progress(err, json);
        List<RawDocument> articles = ScaleOutBench.generated(docs);
        Map<String, String> settings = bench.settings();

        progress.accept("warm-up: " + Math.min(docs, 2000) + " articles, embedded index");
        ScaleOutBench.pipeline(articles.subList(0, Math.min(docs, 2000)), settings, null);
        progress.accept("embedded index: " + docs + " articles");
        ScaleOutBench.Run embedded = ScaleOutBench.pipeline(articles, settings, null);
        String name = "dateline-bench-" + System.nanoTime();
        progress.accept("OpenSearch index " + name + ": " + docs + " articles");
        OpenSearchCandidateIndex index = OpenSearchCandidateIndex.builder(url).index(name).build();
        long requests;
        Map<String, String> byKind;
        ScaleOutBench.Run cluster;
        try {
            cluster = ScaleOutBench.pipeline(articles, settings, index);
        } finally {
            requests = index.requestCount();
            byKind = index.timings();
            try (OpenSearchCandidateIndex cleanup = OpenSearchCandidateIndex.builder(url).index(name).createIfMissing(false).build()) {
                cleanup.deleteIndex();
            }
        }
        BenchCommand.clearProgress(err);
        if (json) {
            out.println(Json.write(Map.of("docs", docs, "vectors", !noVectors,
                    "opensearch_docs_per_s", Math.round(cluster.docsPerSecond()), "opensearch_stories", cluster.stories(),
                    "opensearch_requests", requests,
                    "embedded_docs_per_s", Math.round(embedded.docsPerSecond()), "embedded_stories", embedded.stories())));
        } else {
            out.printf("%d generated articles (%s):%n", docs, noVectors ? "lexical" : "with embeddings");
            out.printf("  OpenSearch candidate index %8.0f docs/s, %d articles in %d stories, %d requests%n",
                    cluster.docsPerSecond(), cluster.articles(), cluster.stories(), requests);
            out.printf("  embedded index             %8.0f docs/s, %d articles in %d stories%n",
                    embedded.docsPerSecond(), embedded.articles(), embedded.stories());
            out.println("  OpenSearch requests by kind: " + byKind);
        }
        return 0;
    }
}
