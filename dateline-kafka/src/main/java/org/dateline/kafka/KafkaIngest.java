package org.dateline.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.dateline.Dateline;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The consuming half of ingest through Kafka: polls a topic of raw documents (see {@link KafkaPublisher}) with a
 * consumer group and feeds them to an engine.
 *
 * <p>Each polled batch goes into the engine's pipeline ({@link Dateline#batchesByPublication}: prepared on the other
 * cores while the batch before it is assigned, as a local ingest runs); once a batch is stored, {@link Dateline#commit}
 * makes the store durable, and only then are the batch's offsets committed. A crash anywhere before the offsets'
 * commit re-delivers the batch to the group, and the engine reports what it already stored as duplicates instead of storing it again: no record
 * is lost and none is stored twice (at-least-once delivery, made exactly-once in effect by the store).
 *
 * <p>Each batch is assigned in publication order, as a local ingest assigns each batch of files, so the stories match
 * those of {@code ingest} of the same files when a batch holds the same documents.
 *
 * <p>A record whose value is not a raw document is reported as a problem naming topic, partition and offset, and
 * skipped (its offset is committed with the batch, so it is not re-read forever).
 *
 * <p>A run is bounded: it ends after {@link Options#maxRecords} records, after {@link Options#idleTimeout} without a
 * new record, or on {@link #stop()} / {@link #close()} from another thread (within about a poll interval). Not
 * re-entrant: one {@link #run} at a time per instance.
 */
public final class KafkaIngest implements AutoCloseable {

    /**
     * What to consume and when to stop.
     *
     * @param bootstrapServers Kafka brokers, {@code host:port[,host:port…]}
     * @param topic            the topic of raw documents
     * @param groupId          the consumer group: its committed offsets are where the next run goes on; a new group
     *                         starts at the beginning of the topic
     * @param maxRecords       stop after reading this many records (≤ 0: no limit)
     * @param idleTimeout      stop after this long without a new record (counted from the start of the run, and
     *                         again from the moment partitions are assigned)
     * @param batchSize        records handed to the engine at once at most ({@code max.poll.records}); larger
     *                         batches let the engine prepare and embed documents side by side
     * @param properties       further consumer settings, e.g. security; they cannot turn auto commit on
     */
    public record Options(String bootstrapServers, String topic, String groupId, long maxRecords, Duration idleTimeout,
                          int batchSize, Map<String, String> properties) {

        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
        /** An idle timeout no run reaches (a century): the run goes on until {@link KafkaIngest#stop()}. */
        public static final Duration NEVER_IDLE = Duration.ofDays(36_500);
        public static final int DEFAULT_BATCH_SIZE = 256;

        public Options {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(groupId, "groupId");
            idleTimeout = idleTimeout == null ? DEFAULT_IDLE_TIMEOUT : idleTimeout;
            if (idleTimeout.isNegative() || idleTimeout.isZero()) throw new IllegalArgumentException("idleTimeout must be positive");
            if (batchSize <= 0) throw new IllegalArgumentException("batchSize must be positive");
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }

        /** No record limit, the default idle timeout and batch size. */
        public Options(String bootstrapServers, String topic, String groupId) {
            this(bootstrapServers, topic, groupId, 0, DEFAULT_IDLE_TIMEOUT, DEFAULT_BATCH_SIZE, Map.of());
        }

        public Options withMaxRecords(long maxRecords) {
            return new Options(bootstrapServers, topic, groupId, maxRecords, idleTimeout, batchSize, properties);
        }

        public Options withIdleTimeout(Duration idleTimeout) {
            return new Options(bootstrapServers, topic, groupId, maxRecords, idleTimeout, batchSize, properties);
        }

        public Options withBatchSize(int batchSize) {
            return new Options(bootstrapServers, topic, groupId, maxRecords, idleTimeout, batchSize, properties);
        }

        public Options withProperties(Map<String, String> properties) {
            return new Options(bootstrapServers, topic, groupId, maxRecords, idleTimeout, batchSize, properties);
        }
    }

    /**
     * What a run did (or has done so far, in a progress report).
     *
     * @param read       records polled and handed on (decodable or not)
     * @param added      documents stored as new articles
     * @param duplicates documents the store already held (re-deliveries, copies)
     * @param shares     channel posts recorded as shares of a linked article
     * @param problems   records not stored: undecodable values (topic, partition, offset) and documents the engine
     *                   refused (origin, line, reason)
     * @param stopReason why the run ended ({@code null} in progress reports)
     */
    public record Summary(long read, int added, int duplicates, int shares, List<Problem> problems, StopReason stopReason) {
        public Summary {
            problems = List.copyOf(problems);
        }

        public int failed() {
            return problems.size();
        }
    }

    /** Why a run ended. */
    public enum StopReason { MAX_RECORDS, IDLE, STOPPED }

    /** Told after each batch is stored and its offsets committed, with the totals so far. */
    public interface Progress {
        void batch(Summary soFar);

        Progress NONE = soFar -> { };
    }

    /** Longest single poll: bounds how late a stop request or the idle timeout is noticed. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final Options options;
    private volatile boolean stopRequested;
    /**
     * Runs between the store's commit and the offsets' commit. A seam for the crash test: the window in which a crash
     * must lead to re-delivery, not loss.
     */
    java.util.function.Consumer<Summary> afterStoreCommit = soFar -> { };

    public KafkaIngest(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    static Map<String, Object> config(Options options) {
        Map<String, Object> c = new HashMap<>(options.properties());
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, options.groupId());
        // offsets are committed by hand, after the store: that ordering is the whole point
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, options.batchSize());
        // a group without offsets reads the topic from its start: everything published so far is ingested
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "dateline-ingest-" + options.groupId());
        // only documents of committed transactions, should a transactional producer ever write the topic
        c.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return c;
    }

    /** The topic this consumer reads. */
    public String topic() {
        return options.topic();
    }

    /** {@link #run(Dateline, Progress)} without progress reports. */
    public Summary run(Dateline engine) {
        return run(engine, Progress.NONE);
    }

    /**
     * Consumes the topic into {@code engine} until a stop condition holds (see the class comment). The engine's
     * store is committed after every batch; the engine stays open (the caller owns it).
     *
     * @throws org.apache.kafka.common.KafkaException when the consumer fails (offsets of the batch in hand are then
     *                                                not committed, and a later run re-reads it)
     */
    public Summary run(Dateline engine, Progress progress) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(progress, "progress");
        Run run = new Run(engine, progress);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config(options), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            run.consumer = consumer;
            consumer.subscribe(List.of(options.topic()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // the batch in the pipeline is stored and its offsets committed while they are still this
                    // consumer's (called inside poll, on this thread)
                    run.flush();
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // joining the group takes a while; it is not idleness of the topic
                    run.lastActivity = System.nanoTime();
                }
            });
            StopReason reason = run.loop();
            run.flush();
            return run.summary(run.read, reason);
        }
    }

    /**
     * One run's state. Batches go through the engine's pipeline ({@link Dateline#batchesByPublication}): a batch is
     * prepared (normalized, categorized) on the other cores while the one before it is assigned, so a handed-in batch
     * is stored when the next one is handed in, or on {@link #flush} (nothing new to poll, a rebalance, the end). Its
     * offsets are committed right after the store's commit that follows, never before.
     */
    private final class Run {
        final Dateline engine;
        final Progress progress;
        final Dateline.Batches pipeline;
        KafkaConsumer<String, byte[]> consumer;
        final int[] counts = new int[3];
        final List<Problem> problems = new ArrayList<>();
        long read;
        /** Records whose batch is stored and whose offsets are committed. */
        long committed;
        long lastActivity = System.nanoTime();
        /** Whether the pipeline holds a batch not stored yet, and the offsets (and records) that wait for it. */
        boolean waiting;
        Map<TopicPartition, OffsetAndMetadata> waitingOffsets = new HashMap<>();
        long waitingRecords;

        Run(Dateline engine, Progress progress) {
            this.engine = engine;
            this.progress = progress;
            this.pipeline = engine.batchesByPublication((d, o) -> {
                switch (o.status()) {
                    case ADDED -> counts[0]++;
                    case DUPLICATE -> counts[1]++;
                    case SHARE -> counts[2]++;
                    case FAILED -> problems.add(new Problem(d.origin(), d.positionLabel(), o.reason()));
                }
            });
        }

        StopReason loop() {
            long idleNanos = options.idleTimeout().toNanos();
            while (true) {
                if (stopRequested) return StopReason.STOPPED;
                if (options.maxRecords() > 0 && read >= options.maxRecords()) return StopReason.MAX_RECORDS;
                if (System.nanoTime() - lastActivity >= idleNanos) return StopReason.IDLE;
                ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
                if (polled.isEmpty()) {
                    // nothing new: what is in the pipeline should not wait for the next records to be stored
                    flush();
                    continue;
                }
                lastActivity = System.nanoTime();

                // a poll may bring more than the records left to read: the rest stay uncommitted for the next run
                long left = options.maxRecords() > 0 ? options.maxRecords() - read : Long.MAX_VALUE;
                List<RawDocument> batch = new ArrayList<>(polled.count());
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                long records = 0;
                for (ConsumerRecord<String, byte[]> r : polled) {
                    if (left-- <= 0) break;
                    records++;
                    next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                    try {
                        batch.add(RawDocumentRecords.decode(r.topic(), r.partition(), r.offset(), r.value()));
                    } catch (RawDocumentRecords.UndecodableRecordException e) {
                        problems.add(new Problem("topic " + e.topic() + ", partition " + e.partition(),
                                "offset " + e.offset(), e.reason()));
                    }
                }
                read += records;
                if (batch.isEmpty()) {
                    // nothing to store: these offsets go with the batch still waiting, if any, else at once
                    waitingOffsets.putAll(next);
                    waitingRecords += records;
                    if (!waiting) durable();
                    continue;
                }
                // the topic carries documents as they were published to it (folder by folder): each batch is
                // assigned in publication order, as a local ingest assigns its batches. Handing this one in stores
                // the one before it.
                pipeline.add(batch);
                if (waiting) durable();
                waiting = true;
                waitingOffsets.putAll(next);
                waitingRecords += records;
            }
        }

        /** Stores the batch waiting in the pipeline, if any, and commits the store and then the offsets. */
        void flush() {
            if (!waiting && waitingOffsets.isEmpty()) return;
            pipeline.finish();
            waiting = false;
            durable();
        }

        /**
         * The store's commit, then the waiting offsets' (the pipeline's last batch is stored: {@link #flush}, or the
         * batch before the one just handed in). Offsets of records handed in after are kept for the next time.
         */
        private void durable() {
            Map<TopicPartition, OffsetAndMetadata> offsets = waitingOffsets;
            long records = waitingRecords;
            waitingOffsets = new HashMap<>();
            waitingRecords = 0;
            engine.commit();
            afterStoreCommit.accept(summary(committed + records, null));
            // only once the store holds the batch durably: a crash before this line re-delivers it
            if (!offsets.isEmpty()) consumer.commitSync(offsets);
            committed += records;
            progress.batch(summary(committed, null));
        }

        Summary summary(long records, StopReason reason) {
            return new Summary(records, counts[0], counts[1], counts[2], problems, reason);
        }
    }

    /**
     * Asks a running {@link #run} to end once the batches in hand are stored (the one polled and the one prepared
     * beside it), and a later one not to start; safe from any thread.
     */
    public void stop() {
        stopRequested = true;
    }

    /** Same as {@link #stop()}: the consumer is owned by {@link #run} and closed when it returns. */
    @Override
    public void close() {
        stop();
    }
}
