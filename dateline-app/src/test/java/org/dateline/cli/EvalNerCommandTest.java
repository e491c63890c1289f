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

/** Russian goes to the bundled perceptron (the dictionary module's model); a language without a model to the capitalised-words fallback. */
class EvalNerCommandTest {

    private static final String FILE = """
            -DOCSTART- O

            Вчера O
            Иван B-PER
            Петров I-PER
            приехал O
            в O
            Москву B-LOC
            . O
            """;

    @Test
    void printsOneJsonObjectWithoutMiscWhenTheGoldHasNone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ru.conll");
        Files.writeString(file, FILE);
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "ner", file.toString(), "--lang", "ru", "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.get("misc_scored").asBoolean()).isFalse();
        // the bundled Russian model finds both names
        assertThat(o.get("predicted").asInt()).isEqualTo(2);
        assertThat(o.get("gold").asInt()).isEqualTo(2);
        assertThat(o.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(o.get("per_type").fieldNames()).toIterable().containsExactly("PER", "ORG", "LOC");
        assertThat(o.get("docs").asInt()).isEqualTo(1);
        assertThat(o.get("tokens").asInt()).isEqualTo(7);
        // the distribution bundles the Russian dictionary module, whose model then replaces the core's
        assertThat(o.get("recognizer").asText()).isEqualTo("perceptron-ru+morphology+known-organisations");
    }

    @Test
    void printsATableAndTheErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ru.conll");
        Files.writeString(file, FILE);
        StringWriter out = new StringWriter();

        // a language without a model gets the capitalised-word fallback, which only says MISC: every name is missed
        int code = DatelineCli.run(new String[]{"eval", "ner", file.toString(), "--lang", "xx", "--errors"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("all (no MISC)", "PER", "missed", "Иван Петров [PER]", "1 documents, 7 tokens");
    }

    @Test
    void aSetsFolderAndItsLanguageAreFoundWithoutBeingNamed(@TempDir Path dir) throws Exception {
        // as ../shared/eval keeps a set: its data beside a README, named by the folder
        Path set = Files.createDirectory(dir.resolve("ru_ner"));
        Files.writeString(set.resolve("README.md"), "# a set");
        Files.writeString(set.resolve("ner.conll"), FILE);
        StringWriter out = new StringWriter();

        int code = DatelineCli.run(new String[]{"eval", "ner", set.toString(), "--json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        // Cyrillic tokens: the Russian recognizer, not the English default
        assertThat(o.get("lang").asText()).isEqualTo("ru");
        assertThat(o.get("f1").asDouble()).isEqualTo(1.0);

        // a folder with two data files names them
        Files.writeString(set.resolve("other.conll"), FILE);
        StringWriter err = new StringWriter();
        assertThat(DatelineCli.run(new String[]{"eval", "ner", set.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isNotZero();
        assertThat(err.toString()).contains("ner.conll, other.conll", "name one");
    }
}
