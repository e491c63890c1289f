package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.kafka.KafkaIngest;
import org.dateline.server.ApiToken;
import org.dateline.server.DatelineServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code dateline serve}: the HTTP API and web UI over the data directory. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and the REST API (described at /openapi.json) over the data directory.")
final class ServeCommand implements Callable<Integer> {

    /** Where and how to serve; shared with {@code demo --serve}. */
    static final class Options {
        @Option(names = "--port", defaultValue = "7070", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--token", paramLabel = "TOKEN",
                description = "Bearer token for write requests (default: $DATELINE_TOKEN, else <data>/api-token, created on first start).")
        String token;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    IndexOptions index;

    @Mixin
    Options options;

    @Option(names = "--kafka-topic", paramLabel = "NAME",
            description = "Also consume this Kafka topic of raw documents while serving (as 'kafka consume --follow' does, "
                    + "in the same process, since one process at a time writes a data directory).")
    String kafkaTopic;

    @Option(names = "--kafka-bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
            description = "Kafka brokers for --kafka-topic (default: ${DEFAULT-VALUE}).")
    String kafkaBootstrapServers;

    @Option(names = "--kafka-group", paramLabel = "ID", defaultValue = "dateline",
            description = "Consumer group for --kafka-topic (default: ${DEFAULT-VALUE}).")
    String kafkaGroup;

    @Override
    public Integer call() throws InterruptedException {
        Dateline engine = index.open(data.data, IngestCommand.registry(data.data, List.of()), data.config());
        KafkaIngest feed = kafkaTopic == null ? null : new KafkaIngest(new KafkaIngest.Options(kafkaBootstrapServers,
                kafkaTopic, kafkaGroup).withIdleTimeout(KafkaIngest.Options.NEVER_IDLE));
        return serve(engine, data.data, options, spec.commandLine().getOut(), spec.commandLine().getErr(), feed);
    }

    static int serve(Dateline engine, Path dataDir, Options options, PrintWriter out) throws InterruptedException {
        return serve(engine, dataDir, options, out, out, null);
    }

    /**
     * Serves {@code engine} until the process is stopped, then closes it (the server owns the engine
     * from here on).
     */
    static int serve(Dateline engine, Path dataDir, Options options, PrintWriter out, PrintWriter err, KafkaIngest feed)
            throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        DatelineServer server;
        try {
            ApiToken token = ApiToken.resolve(options.token, System.getenv(ApiToken.ENV), dataDir);
            server = DatelineServer.start(engine, dataDir, token, options.host, options.port);
            out.println("Dateline is serving " + server.uri() + "  (API: " + server.uri() + "openapi.json; Ctrl-C stops)");
            switch (token.source()) {
                case GENERATED -> out.println("API token for writes (saved to " + dataDir.resolve(ApiToken.FILE) + ", shown once): " + token.value());
                case FILE -> out.println("API token for writes: in " + dataDir.resolve(ApiToken.FILE));
                case ENVIRONMENT -> out.println("API token for writes: from $" + ApiToken.ENV);
                case OPTION -> out.println("API token for writes: as given by --token");
            }
            out.flush();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        DatelineServer running = server;
        Thread consumer = feed == null ? null : new Thread(() -> {
            try {
                feed.run(engine);
            } catch (RuntimeException e) {
                // the server goes on serving what is stored; the topic is read again from the committed offsets
                err.println("dateline: consuming stopped: " + e.getMessage());
                err.flush();
            }
        }, "dateline-kafka");
        if (consumer != null) {
            // the server's background analysis takes the articles the topic brings as they come, as the API's
            consumer.start();
            out.println("Consuming Kafka topic " + feed.topic() + " into the data directory");
            out.flush();
        }
        Thread stop = new Thread(() -> {
            if (closed.compareAndSet(false, true)) {
                if (consumer != null) {
                    // the batches in hand are stored before the engine closes
                    feed.stop();
                    try {
                        consumer.join(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                running.close();
                engine.close();
            }
        }, "dateline-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        running.join();
        return 0;
    }
}
