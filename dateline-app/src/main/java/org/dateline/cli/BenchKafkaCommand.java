package org.dateline.cli;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.kafka.KafkaIngest;
import org.dateline.kafka.KafkaPublisher;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dateline bench kafka}: generated articles through a Kafka topic into a fresh store, beside the same articles
 * fed to the same pipeline locally, so the topic's cost shows.
 */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Publish N generated articles to a topic of a running broker and consume them into a fresh store; "
                + "print docs/s for publishing, for consuming into the engine, and for the same articles ingested locally.")
final class BenchKafkaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
            description = "Kafka brokers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--topic", paramLabel = "NAME", required = true,
            description = "An empty topic of its own: the run publishes to it and reads it from the beginning.")
    String topic;

    @Option(names = "--docs", defaultValue = "20000", description = "How many articles (default: ${DEFAULT-VALUE}).")
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

        // the same pipeline fed locally, twice: the first run warms the JIT up for both measured runs
        progress.accept("warm-up: " + Math.min(docs, 5000) + " articles locally");
        ScaleOutBench.pipeline(articles.subList(0, Math.min(docs, 5000)), settings, null);
        progress.accept("local: " + docs + " articles");
        double local = ScaleOutBench.pipeline(articles, settings, null).docsPerSecond();

        progress.accept("publishing " + docs + " articles to " + topic);
        long t0 = System.nanoTime();
        KafkaPublisher.Summary published;
        try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options(bootstrapServers, topic))) {
            published = publisher.publishAll(articles);
        }
        double publish = published.published() / ScaleOutBench.seconds(t0);
        if (published.published() < docs) {
            throw new IllegalArgumentException(topic + ": only " + published.published() + " of " + docs + " articles published");
        }

        progress.accept("consuming " + docs + " articles from " + topic);
        Path data = Files.createTempDirectory("dateline-bench-kafka");
        KafkaIngest.Summary consumed;
        long t1 = System.nanoTime();
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.load(null, settings));
             KafkaIngest ingest = new KafkaIngest(new KafkaIngest.Options(bootstrapServers, topic,
                     "dateline-bench-" + System.nanoTime()).withMaxRecords(docs).withIdleTimeout(Duration.ofSeconds(30)))) {
            consumed = ingest.run(engine);
        } finally {
            ScaleOutBench.delete(data);
        }
        double consume = consumed.read() / ScaleOutBench.seconds(t1);
        BenchCommand.clearProgress(err);
        if (consumed.read() < docs) {
            throw new IllegalArgumentException(topic + ": only " + consumed.read() + " of " + docs
                    + " articles came back (is the topic new and empty?)");
        }
        if (json) {
            out.println(Json.write(Map.of("docs", docs, "vectors", !noVectors, "publish_docs_per_s", Math.round(publish),
                    "consume_docs_per_s", Math.round(consume), "local_docs_per_s", Math.round(local),
                    "added", consumed.added(), "failed", consumed.failed())));
        } else {
            out.printf("%d generated articles (%s) through %s:%n", docs, noVectors ? "lexical" : "with embeddings", topic);
            out.printf("  published         %8.0f docs/s%n", publish);
            out.printf("  consumed + stored %8.0f docs/s (%d added, %d failed)%n", consume, consumed.added(), consumed.failed());
            out.printf("  local pipeline    %8.0f docs/s (the same articles, as ingest feeds them)%n", local);
        }
        return 0;
    }
}
