package org.dateline.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.dateline.Dateline;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ingest through a real Kafka broker (in-process KRaft, on localhost): the sample corpus published and consumed
 * ends up as a local ingest stores it, also across a crash, a re-publication and bad records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KafkaIngestTest {

    /** Short, so runs that end on idleness do not slow the suite; ample for a broker on the same machine. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    private LocalBroker broker;
    private String bootstrap;
    private Admin admin;

    /** What a local ingest of the corpus stores: the reference every consumed store is held to. */
    private long directArticles;
    private int directAdded;
    private Set<String> directIds;
    private Set<Set<String>> directGrouping;

    @BeforeAll
    void startBrokerAndIngestDirectly(@TempDir Path direct) throws Exception {
        broker = LocalBroker.start();
        bootstrap = broker.bootstrapServers();
        assertThat(bootstrap).contains("localhost");
        admin = broker.admin();

        try (Dateline engine = Corpus.open(direct)) {
            Dateline.IngestReport report = engine.ingest(List.of(Corpus.folder()), Dateline.Progress.NONE);
            assertThat(report.problems()).isEmpty();
            directAdded = report.added();
            directArticles = engine.articleCount();
            directIds = Corpus.articleIds(engine);
            directGrouping = Corpus.grouping(engine);
        }
        assertThat(directArticles).isEqualTo(60);
        assertThat(directIds).hasSize(60);
    }

    @AfterAll
    void stopBroker() throws Exception {
        if (broker != null) broker.close();
    }

    private void createTopic(String topic, int partitions) throws Exception {
        broker.createTopic(topic, partitions);
    }

    private KafkaPublisher.Summary publishCorpus(String topic) {
        try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options(bootstrap, topic))) {
            return publisher.publish(List.of(Corpus.folder()));
        }
    }

    private KafkaIngest.Options consume(String topic, String group) {
        return new KafkaIngest.Options(bootstrap, topic, group).withIdleTimeout(IDLE);
    }

    /** The group's committed offsets summed over the topic's partitions: records it is done with. */
    private long committed(String group) throws Exception {
        Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
        return offsets.values().stream().filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
    }

    @Test
    void theConsumedCorpusIsStoredAndGroupedAsALocalIngestStoresIt(@TempDir Path data) throws Exception {
        createTopic("corpus", 1);
        AtomicInteger files = new AtomicInteger();
        KafkaPublisher.Summary published;
        try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options(bootstrap, "corpus"))) {
            published = publisher.publish(List.of(Corpus.folder()), (done, total, current) -> files.incrementAndGet());
        }
        assertThat(published.problems()).isEmpty();
        assertThat(published.files()).isEqualTo(Corpus.FILES);
        assertThat(published.published()).isEqualTo(Corpus.DOCUMENTS);
        assertThat(files.get()).isEqualTo(Corpus.FILES + 1);

        AtomicInteger batches = new AtomicInteger();
        KafkaIngest.Summary run;
        try (Dateline engine = Corpus.open(data)) {
            run = new KafkaIngest(consume("corpus", "corpus-engine")).run(engine, soFar -> batches.incrementAndGet());
            assertThat(engine.articleCount()).isEqualTo(directArticles);
            assertThat(Corpus.articleIds(engine)).isEqualTo(directIds);
            assertThat(Corpus.grouping(engine)).as("stories as sets of article ids (%s batches)", batches.get())
                    .isEqualTo(directGrouping);
        }
        assertThat(run.stopReason()).isEqualTo(KafkaIngest.StopReason.IDLE);
        assertThat(run.read()).isEqualTo(Corpus.DOCUMENTS);
        assertThat(run.problems()).isEmpty();
        assertThat(run.added()).isEqualTo(directAdded);
        assertThat(run.added() + run.duplicates() + run.shares()).isEqualTo(Corpus.DOCUMENTS);
        assertThat(batches.get()).isPositive();
        assertThat(committed("corpus-engine")).isEqualTo(Corpus.DOCUMENTS);
    }

    /** Thrown by the test seam between the store's commit and the offsets' commit. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    @Test
    void aCrashBeforeTheOffsetCommitLosesNothingAndStoresNothingTwice(@TempDir Path data) throws Exception {
        createTopic("crashy", 3);
        assertThat(publishCorpus("crashy").published()).isEqualTo(Corpus.DOCUMENTS);
        KafkaIngest.Options options = consume("crashy", "crashy-engine").withBatchSize(10);

        long[] readAtCrash = {0};
        long[] readCommitted = {0};
        long storedAtCrash;
        try (Dateline engine = Corpus.open(data)) {
            KafkaIngest first = new KafkaIngest(options);
            AtomicInteger commits = new AtomicInteger();
            first.afterStoreCommit = soFar -> {
                // the third batch is stored durably, then the process "dies" before its offsets are committed
                if (commits.incrementAndGet() == 3) {
                    readAtCrash[0] = soFar.read();
                    throw new Crash();
                }
            };
            assertThatThrownBy(() -> first.run(engine, soFar -> readCommitted[0] = soFar.read())).isInstanceOf(Crash.class);
            storedAtCrash = engine.articleCount();
        }
        assertThat(readCommitted[0]).isPositive().isLessThan(readAtCrash[0]);
        assertThat(committed("crashy-engine")).isEqualTo(readCommitted[0]);
        assertThat(storedAtCrash).isPositive().isLessThan(directArticles);

        // restart: the same store, the same group
        KafkaIngest.Summary second;
        try (Dateline engine = Corpus.open(data)) {
            assertThat(engine.articleCount()).isEqualTo(storedAtCrash);
            second = new KafkaIngest(options).run(engine);
            assertThat(engine.articleCount()).isEqualTo(directArticles);
            assertThat(Corpus.articleIds(engine)).isEqualTo(directIds);
        }
        // the batch in hand at the crash came again, and was recognised as stored
        assertThat(second.read()).isEqualTo(Corpus.DOCUMENTS - readCommitted[0]);
        assertThat(second.duplicates()).isGreaterThanOrEqualTo((int) (readAtCrash[0] - readCommitted[0]));
        assertThat(storedAtCrash + second.added()).isEqualTo(directArticles);
        assertThat(second.problems()).isEmpty();
        assertThat(committed("crashy-engine")).isEqualTo(Corpus.DOCUMENTS);
    }

    @Test
    void republishingTheSameFilesAddsNothing(@TempDir Path data) throws Exception {
        createTopic("again", 1);
        try (Dateline engine = Corpus.open(data)) {
            publishCorpus("again");
            KafkaIngest.Summary first = new KafkaIngest(consume("again", "again-engine")).run(engine);
            assertThat(first.added()).isEqualTo(directAdded);

            assertThat(publishCorpus("again").published()).isEqualTo(Corpus.DOCUMENTS);
            KafkaIngest.Summary second = new KafkaIngest(consume("again", "again-engine")).run(engine);
            assertThat(second.read()).isEqualTo(Corpus.DOCUMENTS);
            assertThat(second.added()).isZero();
            assertThat(second.duplicates() + second.shares()).isEqualTo(Corpus.DOCUMENTS);
            assertThat(second.problems()).isEmpty();
            assertThat(engine.articleCount()).isEqualTo(directArticles);
        }
    }

    @Test
    void aMalformedRecordIsReportedWithItsLocationAndTheRestOfTheBatchIsStored(@TempDir Path data) throws Exception {
        createTopic("mixed", 1);
        List<RawDocument> documents = Corpus.documents();
        RawDocument a = documents.get(0), b = documents.get(10), c = documents.get(20);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("mixed", a.hash(), RawDocumentRecords.encode(a)));                   // 0
            producer.send(new ProducerRecord<>("mixed", "x", "{not json".getBytes(StandardCharsets.UTF_8)));       // 1
            producer.send(new ProducerRecord<>("mixed", b.hash(), RawDocumentRecords.encode(b)));                   // 2
            producer.send(new ProducerRecord<>("mixed", "y", "{\"origin\":\"nowhere\"}".getBytes(StandardCharsets.UTF_8))); // 3
            producer.send(new ProducerRecord<>("mixed", "z", null));                                                // 4
            producer.send(new ProducerRecord<>("mixed", c.hash(), RawDocumentRecords.encode(c)));                   // 5
            producer.flush();
        }
        try (Dateline engine = Corpus.open(data)) {
            KafkaIngest.Summary run = new KafkaIngest(consume("mixed", "mixed-engine")).run(engine);
            assertThat(run.read()).isEqualTo(6);
            assertThat(run.added()).isEqualTo(3);
            assertThat(run.failed()).isEqualTo(3);
            assertThat(run.problems()).map(Problem::toString).satisfiesExactly(
                    p -> assertThat(p).startsWith("topic mixed, partition 0:offset 1: not JSON"),
                    p -> assertThat(p).startsWith("topic mixed, partition 0:offset 3: not a raw document"),
                    p -> assertThat(p).isEqualTo("topic mixed, partition 0:offset 4: empty value (no document)"));
            assertThat(engine.articleCount()).isEqualTo(3);
        }
        // the bad records are skipped for good, not re-read by the next run
        assertThat(committed("mixed-engine")).isEqualTo(6);
    }

    @Test
    void publishingReportsBadInputWithItsPlaceAndGoesOn(@TempDir Path in, @TempDir Path data) throws Exception {
        createTopic("rough", 1);
        Path feed = in.resolve("a-feed.jsonl");
        java.nio.file.Files.writeString(feed, String.join("\n",
                "{\"id\":\"1\",\"url\":\"https://example.org/1\",\"published\":\"2026-03-13T06:00:00Z\",\"lang\":\"en\","
                        + "\"title\":\"Magnitude 5.8 earthquake kills three in Karvela\",\"text\":\"A magnitude 5.8 earthquake "
                        + "struck the Serran Highlands before dawn on Friday, killing three people in Karvela.\"}",
                "{broken",
                "{\"id\":\"2\",\"url\":\"https://example.org/2\",\"published\":\"2026-03-14T09:00:00Z\",\"lang\":\"en\","
                        + "\"title\":\"Aftershocks rattle Karvela\",\"text\":\"Aftershocks rattled the mountain town of "
                        + "Karvela on Saturday, a day after the earthquake killed three people.\"}") + "\n");
        Path missing = in.resolve("no-such-file.jsonl");
        KafkaPublisher.Summary published;
        try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options(bootstrap, "rough"))) {
            published = publisher.publish(List.of(missing, feed, Corpus.folder().resolve("feeds")));
        }
        assertThat(published.problems()).hasSize(2);
        assertThat(published.problems()).anySatisfy(p -> assertThat(p.file()).contains("no-such-file.jsonl"));
        assertThat(published.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(feed.toString());
            assertThat(p.position()).isEqualTo("line 2");
            assertThat(p.reason()).contains("invalid JSON");
        });
        // both good records of the rough file, and the corpus's feeds after it
        assertThat(published.published()).isGreaterThan(2);
        try (Dateline engine = Corpus.open(data)) {
            KafkaIngest.Summary run = new KafkaIngest(consume("rough", "rough-engine")).run(engine);
            assertThat(run.read()).isEqualTo(published.published());
            assertThat(run.problems()).isEmpty();
            assertThat(run.added() + run.duplicates() + run.shares()).isEqualTo((int) published.published());
        }
    }

    @Test
    void withoutABrokerBothSidesEndWithinTheirBounds(@TempDir Path data) {
        // nothing listens on port 1
        long start = System.nanoTime();
        try (KafkaPublisher publisher = new KafkaPublisher(new KafkaPublisher.Options("localhost:1", "nowhere",
                Map.of("max.block.ms", "1000")))) {
            assertThatThrownBy(() -> publisher.publish(List.of(Corpus.folder())))
                    .isInstanceOf(org.apache.kafka.common.KafkaException.class);
        }
        try (Dateline engine = Corpus.open(data)) {
            KafkaIngest.Summary run = new KafkaIngest(new KafkaIngest.Options("localhost:1", "nowhere", "lost")
                    .withIdleTimeout(Duration.ofSeconds(1))).run(engine);
            assertThat(run.stopReason()).isEqualTo(KafkaIngest.StopReason.IDLE);
            assertThat(run.read()).isZero();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aRunEndsAtMaxRecordsOrOnStopAndTheNextGoesOnWhereItEnded(@TempDir Path data) throws Exception {
        createTopic("bounded", 1);
        publishCorpus("bounded");
        try (Dateline engine = Corpus.open(data)) {
            KafkaIngest.Summary five = new KafkaIngest(consume("bounded", "bounded-engine").withMaxRecords(5)).run(engine);
            assertThat(five.stopReason()).isEqualTo(KafkaIngest.StopReason.MAX_RECORDS);
            assertThat(five.read()).isEqualTo(5);
            assertThat(committed("bounded-engine")).isEqualTo(5);

            KafkaIngest stopping = new KafkaIngest(consume("bounded", "bounded-engine").withBatchSize(20));
            KafkaIngest.Summary stopped = stopping.run(engine, soFar -> stopping.stop());
            assertThat(stopped.stopReason()).isEqualTo(KafkaIngest.StopReason.STOPPED);
            // asked to stop at the first commit, which comes when a second batch is handed in: the pipeline's two
            // batches are stored, no more
            assertThat(stopped.read()).isBetween(1L, 40L);
            assertThat(committed("bounded-engine")).isEqualTo(5 + stopped.read());

            KafkaIngest.Summary rest = new KafkaIngest(consume("bounded", "bounded-engine")).run(engine);
            assertThat(rest.stopReason()).isEqualTo(KafkaIngest.StopReason.IDLE);
            assertThat(five.read() + stopped.read() + rest.read()).isEqualTo(Corpus.DOCUMENTS);
            assertThat(engine.articleCount()).isEqualTo(directArticles);
        }
    }
}
