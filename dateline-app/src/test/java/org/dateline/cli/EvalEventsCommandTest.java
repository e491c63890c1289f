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

class EvalEventsCommandTest {

    private static final String FILE = """
            {"id":"a","lang":"en","published":"2025-06-04","title":"Mercier to meet Kraus","text":"President Paul Mercier will meet Chancellor Dieter Kraus in Berlin on Friday. The two leaders will discuss farm subsidies.","events":[{"type":"MEETING","status":"PLANNED","participants":["Paul Mercier","Dieter Kraus"],"places":["Berlin"],"time":"2025-06-06"}]}
            {"id":"b","lang":"ru","published":"2025-04-25","title":"Встреча в Казани","text":"Губернатор Андрей Белов встретился с министром транспорта Олегом Крыловым в Казани в среду. Они обсудили ремонт дорог.","events":[{"type":"MEETING","status":"HAPPENED","participants":["Андрей Белов","Олег Крылов"],"places":["Казань"],"time":"2025-04-23"}]}
            {"id":"c","lang":"en","published":"2025-04-10","title":"Warm weekend","text":"Forecasters expect a warm and sunny weekend across the south of England. Showers are likely in the north.","events":[]}
            """;

    private static String run(Path dir, String... extra) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, FILE);
        String[] args = new String[3 + extra.length];
        args[0] = "eval";
        args[1] = "events";
        args[2] = file.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        StringWriter out = new StringWriter();
        int code = DatelineCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void printsOneJsonObjectPerLanguage(@TempDir Path dir) throws Exception {
        JsonNode o = Json.MAPPER.readTree(run(dir, "--json"));

        assertThat(o.get("docs").asInt()).isEqualTo(3);
        assertThat(o.get("en").get("gold").asInt()).isEqualTo(1);
        assertThat(o.get("ru").get("gold").asInt()).isEqualTo(1);
        JsonNode all = o.get("all");
        assertThat(all.get("gold").asInt()).isEqualTo(2);
        assertThat(all.get("predicted").asInt()).isEqualTo(o.get("en").get("predicted").asInt() + o.get("ru").get("predicted").asInt());
        // the plain English meeting is found, with its status
        assertThat(o.get("en").get("frames").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(o.get("en").get("status_accuracy").asDouble()).isEqualTo(1.0);
        for (String field : new String[]{"frames", "participants", "places"}) {
            assertThat(all.get(field).has("precision")).isTrue();
            assertThat(all.get(field).has("f1")).isTrue();
        }
        assertThat(all.has("time_accuracy")).isTrue();
    }

    @Test
    void printsATableAndErrors(@TempDir Path dir) throws Exception {
        String out = run(dir, "--errors");

        assertThat(out).contains("frames", "status accuracy", "participants", "places", "time accuracy", "3 documents");
        assertThat(out).containsPattern("(?m)^en\\s+frames");
        assertThat(out).containsPattern("(?m)^ru\\s+frames");
        assertThat(out).containsPattern("(?m)^all\\s+frames");
    }
}
