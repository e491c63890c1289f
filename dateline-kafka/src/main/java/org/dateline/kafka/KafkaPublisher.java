package org.dateline.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.dateline.Dateline;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The producing half of ingest through Kafka: reads files with the core's readers ({@link Sources}) and publishes
 * every raw document to a topic, for {@link KafkaIngest} to feed an engine. Nothing is interpreted here: normalizing
 * and story assignment stay in the engine, so the topic carries exactly what a local ingest would read.
 *
 * <p>The producer is idempotent with {@code acks=all}: a retried send is not written twice, and a document counts
 * as published only once every in-sync replica has it. Should a document still reach the topic twice (a publish run
 * repeated), the engine reports the copy as a duplicate and stores it once.
 *
 * <p>Not thread-safe: one caller publishes at a time.
 */
public final class KafkaPublisher implements AutoCloseable {

    /**
     * Where to publish.
     *
     * @param bootstrapServers Kafka brokers, {@code host:port[,host:port…]}
     * @param topic            the topic raw documents go to (created by the broker on first use if it allows that,
     *                         otherwise beforehand)
     * @param properties       further producer settings, e.g. security or {@code compression.type}; they cannot turn
     *                         idempotence or {@code acks=all} off
     */
    public record Options(String bootstrapServers, String topic, Map<String, String> properties) {
        public Options {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(topic, "topic");
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }

        public Options(String bootstrapServers, String topic) {
            this(bootstrapServers, topic, Map.of());
        }
    }

    /**
     * What a publish run did.
     *
     * @param files     files read
     * @param published documents the broker acknowledged
     * @param problems  input that was not published: unreadable files and records (file, position, reason), and
     *                  sends the broker refused; the run went on after each
     */
    public record Summary(int files, long published, List<Problem> problems) {
        public Summary {
            problems = List.copyOf(problems);
        }

        public int failed() {
            return problems.size();
        }
    }

    private final Options options;
    private final Producer<String, byte[]> producer;
    private final Sources sources = Sources.standard();

    public KafkaPublisher(Options options) {
        this.options = options;
        this.producer = new KafkaProducer<>(config(options), new StringSerializer(), new ByteArraySerializer());
    }

    static Map<String, Object> config(Options options) {
        Map<String, Object> c = new HashMap<>(options.properties());
        c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "dateline-publisher");
        // a broker that cannot be reached fails the run within a minute rather than the client's default two
        c.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        c.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        // one request in flight: a send refused by a partition whose leader is not ready yet (a topic just created) is
        // retried before later ones are written. With the default five, 4.3.1 was seen here to append later batches
        // first and then reject the retry as out of order until the delivery timeout
        c.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        // news text compresses well and a document is a few kilobytes: batch a little
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        return c;
    }

    /** Publishes every document under {@code paths} (files, folders, globs) without progress reports. */
    public Summary publish(List<Path> paths) {
        return publish(paths, Dateline.Progress.NONE);
    }

    /**
     * Publishes every document under {@code paths} (files, folders, globs, as {@code ingest} reads them) and waits
     * until the broker has acknowledged each. Bad input is reported in the summary, not thrown.
     *
     * @param progress told before each file and once at the end (the engine's own progress interface, so a CLI
     *                 shows both the same way)
     * @throws org.apache.kafka.common.KafkaException when the broker cannot be reached or the topic does not exist
     *                                                 (and the broker does not create topics on first use)
     */
    public Summary publish(List<Path> paths, Dateline.Progress progress) {
        List<Problem> problems = new ArrayList<>();
        // broker acknowledgements arrive on the producer's I/O thread
        List<Problem> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicLong acknowledged = new AtomicLong();
        List<Path> files = Sources.files(paths, problems);
        // an unreachable broker or a missing topic fails here, once, instead of each send waiting max.block.ms
        if (!files.isEmpty()) producer.partitionsFor(options.topic());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.file(i, files.size(), file);
            try {
                sources.read(file, new DocumentSink() {
                    @Override
                    public void document(RawDocument document) {
                        send(document, acknowledged, refused);
                    }

                    @Override
                    public void problem(Problem problem) {
                        problems.add(problem);
                    }
                });
            } catch (org.apache.kafka.common.KafkaException e) {
                throw e;  // the broker, not the file: going on would fail every file the same way
            } catch (RuntimeException e) {
                // a reader's defect is one bad file: reported, and the batch goes on
                problems.add(new Problem(file.toString(), "", "cannot be read (" + e + ")"));
            }
        }
        producer.flush();
        progress.file(files.size(), files.size(), null);
        problems.addAll(refused);
        return new Summary(files.size(), acknowledged.get(), problems);
    }

    /**
     * Publishes documents already read (generated ones, in a benchmark) and waits until the broker has acknowledged
     * each; the summary counts no files.
     */
    public Summary publishAll(Iterable<RawDocument> documents) {
        List<Problem> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicLong acknowledged = new AtomicLong();
        producer.partitionsFor(options.topic());
        for (RawDocument d : documents) send(d, acknowledged, refused);
        producer.flush();
        return new Summary(0, acknowledged.get(), refused);
    }

    /** Sends one document; the broker's answer arrives on the producer's I/O thread. */
    private void send(RawDocument document, AtomicLong acknowledged, List<Problem> refused) {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(options.topic(),
                RawDocumentRecords.key(document), RawDocumentRecords.encode(document));
        producer.send(r, (metadata, error) -> {
            if (error == null) acknowledged.incrementAndGet();
            else refused.add(new Problem(document.origin(), document.positionLabel(), "not published to " + options.topic() + ": " + error));
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
