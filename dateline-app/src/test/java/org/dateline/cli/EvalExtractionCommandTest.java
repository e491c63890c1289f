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

class EvalExtractionCommandTest {

    private static final String BODY = "<p>The city council voted on Tuesday to approve the new transit plan, which adds three "
            + "bus lines, extends the tram to the airport, and lowers fares for students and pensioners.</p>"
            + "<p>Supporters said the plan, debated for more than two years, would cut commuting times across the "
            + "northern districts, while opponents warned about its cost to taxpayers.</p>";
    private static final String GOLD = "The city council voted on Tuesday to approve the new transit plan, which adds three "
            + "bus lines, extends the tram to the airport, and lowers fares for students and pensioners.\\n"
            + "Supporters said the plan, debated for more than two years, would cut commuting times across the "
            + "northern districts, while opponents warned about its cost to taxpayers.";

    @Test
    void printsOneJsonObjectWithTheReference(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"url\":\"https://a.example/1\",\"html\":\"<html><body><article>" + BODY
                + "</article></body></html>\",\"gold_text\":\"" + GOLD + "\"}\n");
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "extraction", file.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(o.get("pages").asInt()).isEqualTo(1);
        assertThat(o.get("reference").get("name").asText()).isEqualTo("readability4j");
        assertThat(o.get("reference").has("f1")).isTrue();
    }

    @Test
    void printsATableWithBothExtractors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, "{\"id\":\"1\",\"url\":\"u\",\"html\":\"<p>" + BODY + "</p>\",\"gold_text\":\"" + GOLD + "\"}\n");
        StringWriter out = new StringWriter();

        DatelineCli.run(new String[]{"eval", "extraction", file.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(out.toString()).contains("EXTRACTOR", "PAGES/S", "dateline", "reference (readability4j)");
    }
}
