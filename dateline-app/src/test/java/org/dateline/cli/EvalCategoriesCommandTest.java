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

class EvalCategoriesCommandTest {

    private static final String FILE = """
            {"id":"1","lang":"en","title":"Police arrest man after shooting","text":"The suspect was charged with murder.","category":"society"}
            {"id":"2","lang":"en","title":"Striker scores twice as club wins","text":"The coach praised the team.","category":"sports"}
            {"id":"3","lang":"ru","title":"Полиция задержала подозреваемого","text":"Возбуждено уголовное дело.","category":"society"}
            {"id":"4","lang":"ru","title":"Команда выиграла матч","text":"Нападающий забил гол.","category":"sports"}
            """;

    @Test
    void printsOneJsonObjectKeyedByLanguage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("categories.jsonl");
        Files.writeString(file, FILE);
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "categories", file.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.fieldNames()).toIterable().containsExactly("en", "ru");
        for (String lang : new String[]{"en", "ru"}) {
            assertThat(o.get(lang).get("accuracy").asDouble()).isEqualTo(1.0);
            assertThat(o.get(lang).get("macro_f1").asDouble()).isEqualTo(1.0);
            assertThat(o.get(lang).get("n").asInt()).isEqualTo(2);
        }
    }

    @Test
    void readsASetKeptAsOneFilePerLanguageFromItsFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "# a set");
        String[] lines = FILE.strip().split("\n");
        Files.writeString(dir.resolve("categories_en.jsonl"), lines[0] + "\n" + lines[1] + "\n");
        Files.writeString(dir.resolve("categories_ru.jsonl"), lines[2] + "\n" + lines[3] + "\n");
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "categories", dir.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.fieldNames()).toIterable().containsExactly("en", "ru");
        assertThat(o.get("ru").get("n").asInt()).isEqualTo(2);
    }

    @Test
    void printsATableAndCrossValidatesOnRequest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("categories.jsonl");
        Files.writeString(file, FILE + FILE.replace("\"id\":\"", "\"id\":\"b"));
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "categories", file.toString(), "--cv", "2", "--classes"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("ACCURACY", "MACRO-F1", "NOT_NEWS-F1", "2-fold cross-validation", "en F1:");
    }

    @Test
    void repeatsTheCrossValidationAndPrintsMeanAndSpread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("categories.jsonl");
        Files.writeString(file, FILE + FILE.replace("\"id\":\"", "\"id\":\"b"));
        StringWriter table = new StringWriter();
        StringWriter json = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "categories", file.toString(), "--cv", "2", "--repeats", "3", "--classes"},
                new PrintWriter(table), new PrintWriter(new StringWriter()));
        int jsonCode = DatelineCli.run(new String[]{"eval", "categories", file.toString(), "--cv", "2", "--repeats", "3", "--json"},
                new PrintWriter(json), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(table.toString()).contains("SD", "MIN-MAX", "en accuracy per repeat:", "en mean F1:", "3 repeats",
                "en gold\\predicted");
        assertThat(jsonCode).isZero();
        JsonNode o = Json.MAPPER.readTree(json.toString());
        assertThat(o.get("en").get("accuracy").fieldNames()).toIterable().containsExactly("mean", "sd", "min", "max");
        assertThat(o.get("ru").get("n").asInt()).isEqualTo(4);
    }
}
