package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvalDatesCommandTest {

    private static final String FILE = """
            {"id":"a","dct":"2025-08-07","text":"Talks ended on Thursday.","timexes":[{"start":15,"end":23,"text":"Thursday","type":"DATE","value":"2025-08-07"}]}
            {"id":"b","dct":"2025-08-07","text":"They meet next week in Geneva.","timexes":[{"start":10,"end":19,"text":"next week","type":"DATE","value":"2025-W34"}]}
            """;

    @Test
    void printsOneJsonObject(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("documents.jsonl");
        Files.writeString(file, FILE);
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "dates", file.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.get("strict").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(o.get("relaxed").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(o.get("type_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(o.get("value_accuracy").asDouble()).isEqualTo(0.5);
        assertThat(o.get("value_f1").asDouble()).isEqualTo(0.5);
        assertThat(o.get("docs").asInt()).isEqualTo(2);
        assertThat(o.get("gold").asInt()).isEqualTo(2);
        assertThat(o.get("predicted").asInt()).isEqualTo(2);
    }

    @Test
    void printsATable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("documents.jsonl");
        Files.writeString(file, FILE);
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "dates", file.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("strict span", "relaxed span", "value", "type accuracy", "2 documents");
    }
}
