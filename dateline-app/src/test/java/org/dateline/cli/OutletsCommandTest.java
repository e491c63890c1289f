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

class OutletsCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = DatelineCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void listsStoredOutletsAndOffersEntriesForUndescribedOnesThatThenDescribeThem(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"title":"Port reopens after strike","text":"The port reopened on Friday after a two-day strike by dockworkers ended with a deal.","url":"https://www.portnews.example/2026/03/12/port-reopens","lang":"en"}
                {"title":"Kremlin confirms talks","text":"The Kremlin confirmed on Thursday that talks would take place next week in a city to be announced.","url":"https://tass.com/politics/2026/03/12/talks","lang":"en"}
                """);
        String data = tmp.resolve("data").toString();
        run("ingest", in.toString(), "--data", data);

        JsonNode listed = Json.MAPPER.readTree(run("outlets", "--data", data, "--json"));
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("name")).contains("portnews.example", "TASS");

        JsonNode templates = Json.MAPPER.readTree(run("outlets", "--data", data, "--undescribed"));
        assertThat(templates).hasSize(1);
        assertThat(templates.get(0).path("domains").get(0).asText()).isEqualTo("portnews.example");

        ((com.fasterxml.jackson.databind.node.ObjectNode) templates.get(0)).put("type", "agency").putArray("groups").add("harbour press");
        Path mine = tmp.resolve("mine.json");
        Files.writeString(mine, Json.write(templates));
        run("ingest", in.toString(), "--data", data, "--outlets", mine.toString());
        assertThat(Json.MAPPER.readTree(run("outlets", "--data", data, "--undescribed"))).isEmpty();
        assertThat(run("outlets", "--data", data)).contains("harbour press");
    }
}
