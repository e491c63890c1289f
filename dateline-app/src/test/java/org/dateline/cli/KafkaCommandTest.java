package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.dateline.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline kafka publish} and {@code consume} against a real in-process KRaft broker on localhost. */
class KafkaCommandTest {

    private static final String TOPIC = "reports";
    private static KafkaClusterTestKit cluster;
    private static String bootstrap;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        bootstrap = cluster.bootstrapServers();
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get(20, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (admin.describeTopics(List.of(TOPIC)).allTopicNames().get(20, TimeUnit.SECONDS).get(TOPIC).partitions()
                    .stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                assertThat(System.nanoTime()).as("partitions led within 20 s").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) cluster.close();
    }

    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DatelineCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("exit code of %s; stderr: %s", String.join(" ", args), err).isZero();
        return Json.MAPPER.readTree(out.toString());
    }

    @Test
    void theSampleCorpusGoesThroughTheTopicIntoTheDataDirectoryOnce(@TempDir Path dir) throws Exception {
        String root = System.getProperty("dateline.root");
        Assumptions.assumeTrue(root != null && Files.isDirectory(Path.of(root, "samples", "corpus")), "samples/ not found");
        Path corpus = Path.of(root, "samples", "corpus");
        String data = dir.resolve("data").toString();

        JsonNode published = run("kafka", "publish", corpus.toString(), "--bootstrap-servers", bootstrap, "--topic", TOPIC, "--json");
        assertThat(published.get("files").asInt()).isEqualTo(55);
        assertThat(published.get("published").asInt()).isEqualTo(62);
        assertThat(published.get("failed").asInt()).isZero();

        JsonNode consumed = run("kafka", "consume", "--data", data, "--bootstrap-servers", bootstrap, "--topic", TOPIC,
                "--group", "cli", "--idle-seconds", "2", "--no-analysis", "--json");
        assertThat(consumed.get("read").asInt()).isEqualTo(62);
        assertThat(consumed.get("added").asInt() + consumed.get("duplicates").asInt() + consumed.get("shares").asInt()).isEqualTo(62);
        assertThat(consumed.get("failed").asInt()).isZero();
        assertThat(consumed.get("stopped").asText()).isEqualTo("idle");

        // the group's offsets were committed: a second run reads nothing, and the store holds each article once
        JsonNode again = run("kafka", "consume", "--data", data, "--bootstrap-servers", bootstrap, "--topic", TOPIC,
                "--group", "cli", "--idle-seconds", "1", "--no-analysis", "--json");
        assertThat(again.get("read").asInt()).isZero();
        JsonNode stories = run("stories", "--data", data, "--limit", "100", "--json");
        int articles = 0;
        for (JsonNode s : stories) articles += s.get("articles").size();
        assertThat(articles).isEqualTo(consumed.get("added").asInt()).isGreaterThanOrEqualTo(55);
    }
}
