package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.Dateline;
import org.dateline.analyze.AnalysisRunner;
import org.dateline.kafka.KafkaIngest;
import org.dateline.kafka.KafkaPublisher;
import org.dateline.model.Json;
import org.dateline.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline kafka publish | consume}: ingest through a Kafka topic of raw documents. */
@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Ingest through Kafka: one process publishes raw documents to a topic, the engine consumes them.",
        subcommands = {KafkaCommand.Publish.class, KafkaCommand.Consume.class})
final class KafkaCommand {

    /** Where the topic is. */
    static final class TopicOptions {
        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
                description = "Kafka brokers to connect to (default: ${DEFAULT-VALUE}).")
        String bootstrapServers;

        @Option(names = "--topic", paramLabel = "NAME", required = true, description = "Topic of raw documents.")
        String topic;
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Read files and folders (every format 'ingest' reads) and publish each document to the topic, "
                    + "keyed by its content hash (idempotent producer, acks=all).")
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        TopicOptions topic;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
        List<Path> paths;

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            KafkaPublisher.Summary s;
            try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options(topic.bootstrapServers, topic.topic))) {
                s = publisher.publish(paths, json ? Dateline.Progress.NONE : Terminal.progressBar(err));
            } catch (org.apache.kafka.common.KafkaException e) {
                err.println("dateline: Kafka at " + topic.bootstrapServers + ": " + e.getMessage());
                return 1;
            }
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode().put("files", s.files()).put("published", s.published())
                        .put("failed", s.failed());
                problems(o, s.problems());
                out.println(Json.write(o));
            } else {
                for (Problem p : s.problems()) err.println("error: " + p);
                out.printf("%d files: %d documents published to %s, %d failed%n", s.files(), s.published(), topic.topic, s.failed());
            }
            return s.published() == 0 && s.failed() > 0 ? 1 : 0;
        }
    }

    @Command(name = "consume", mixinStandardHelpOptions = true,
            description = "Consume the topic into the data directory with a consumer group: each batch is stored and "
                    + "committed before its offsets are, so a crash re-delivers it and nothing is lost or stored twice. "
                    + "Stops after --max-records, or when nothing new came for --idle-seconds.")
    static final class Consume implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOptions data;

        @Mixin
        IndexOptions index;

        @Mixin
        TopicOptions topic;

        @Option(names = "--group", paramLabel = "ID", defaultValue = "dateline",
                description = "Consumer group (default: ${DEFAULT-VALUE}); a new group starts at the topic's beginning.")
        String group;

        @Option(names = "--max-records", paramLabel = "N", defaultValue = "0",
                description = "Stop after N records (default: no limit).")
        long maxRecords;

        @Option(names = "--idle-seconds", paramLabel = "S", defaultValue = "10",
                description = "Stop when no record came for S seconds (default: ${DEFAULT-VALUE}).")
        long idleSeconds;

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Option(names = "--no-analysis", description = "Only assign stories; leave the deep analysis for 'dateline analyze'.")
        boolean noAnalysis;

        @Option(names = "--follow", description = "Keep consuming until interrupted (Ctrl-C stores the batches in hand, "
                + "then stops), analysing new articles in the background meanwhile; --idle-seconds is ignored.")
        boolean follow;

        /**
         * Counted down when the command is done (store closed, summary printed). Ctrl-C asks the run to stop, then
         * waits for this: the JVM would otherwise halt mid-commit (safe, since uncommitted offsets are read again,
         * but wasteful) and before the summary.
         */
        private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

        @Override
        public Integer call() {
            try {
                return consume();
            } finally {
                closed.countDown();
            }
        }

        private int consume() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            KafkaIngest.Options options = new KafkaIngest.Options(topic.bootstrapServers, topic.topic, group)
                    .withMaxRecords(maxRecords)
                    .withIdleTimeout(follow ? KafkaIngest.Options.NEVER_IDLE : Duration.ofSeconds(Math.max(1, idleSeconds)));
            KafkaIngest.Summary s;
            int analysed = 0;
            try (Dateline engine = index.open(data.data, IngestCommand.registry(data.data, List.of()), data.config());
                 KafkaIngest ingest = new KafkaIngest(options)) {
                Thread hook = new Thread(() -> {
                    ingest.stop();
                    try {
                        closed.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "dateline-kafka-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                boolean shuttingDown = false;
                try {
                    if (follow && !noAnalysis) engine.startBackgroundAnalysis();
                    s = ingest.run(engine, json ? KafkaIngest.Progress.NONE : soFar -> err.printf(
                            "\r%d records read: %d added, %d duplicates, %d failed", soFar.read(), soFar.added(),
                            soFar.duplicates(), soFar.failed()).flush());
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException running) {
                        shuttingDown = true;  // the hook is running: the run stopped because of it
                    }
                }
                if (!json && s.read() > 0) err.println();
                // in follow mode the background thread analysed as the articles came; after Ctrl-C nothing more
                if (!noAnalysis && !follow && !shuttingDown && s.added() > 0) {
                    analysed = engine.analyzePending(Integer.MAX_VALUE, json ? AnalysisRunner.Progress.NONE : Terminal.analysisProgress(err));
                }
            } catch (org.apache.kafka.common.KafkaException e) {
                err.println("dateline: Kafka at " + topic.bootstrapServers + ": " + e.getMessage());
                return 1;
            }
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode().put("read", s.read()).put("added", s.added())
                        .put("duplicates", s.duplicates()).put("shares", s.shares()).put("failed", s.failed())
                        .put("stopped", s.stopReason().name().toLowerCase(java.util.Locale.ROOT)).put("analysed", analysed);
                problems(o, s.problems());
                out.println(Json.write(o));
            } else {
                for (Problem p : s.problems()) err.println("error: " + p);
                out.printf("%d records from %s: %d added, %d duplicates, %d failed%s (stopped: %s)%n", s.read(), topic.topic,
                        s.added(), s.duplicates(), s.failed(),
                        s.shares() == 0 ? "" : ", " + s.shares() + " channel shares recorded as provenance", describe(s.stopReason()));
                if (s.read() == 0) err.println("note: nothing was read: is the topic empty, or the broker at " + topic.bootstrapServers + " down?");
                if (analysed > 0) out.printf("deep analysis: %d articles (entities, quotes, dates, events)%n", analysed);
            }
            return 0;
        }

        private String describe(KafkaIngest.StopReason reason) {
            return switch (reason) {
                case MAX_RECORDS -> maxRecords + " records read";
                case IDLE -> "nothing new for " + idleSeconds + " s";
                case STOPPED -> "asked to stop";
            };
        }
    }

    private static void problems(ObjectNode o, List<Problem> problems) {
        ArrayNode a = o.putArray("problems");
        for (Problem p : problems) a.add(Json.MAPPER.valueToTree(p));
    }
}
