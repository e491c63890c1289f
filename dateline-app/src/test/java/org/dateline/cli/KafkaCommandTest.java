package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.kafka.LocalBroker;
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

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline kafka publish} and {@code consume} against a real in-process KRaft broker on localhost. */
class KafkaCommandTest {

    private static final String TOPIC = "reports";
    private static LocalBroker broker;
    private static String bootstrap;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalBroker.start();
        broker.createTopic(TOPIC, 2);
        bootstrap = broker.bootstrapServers();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) broker.close();
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
