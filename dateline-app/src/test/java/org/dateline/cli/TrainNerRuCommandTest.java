package org.dateline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The maintainer's Russian NER trainer: cross-validation with a chosen seed and the dictionary, and training to a file. */
class TrainNerRuCommandTest {

    private static String doc(String person, String city) {
        return """
                -DOCSTART- O

                %s B-PER
                приехал O
                в O
                %s B-LOC
                . O

                """.formatted(person, city);
    }

    private static Path corpus(Path dir) throws Exception {
        String[][] rows = {{"Иванов", "Москву"}, {"Петров", "Казань"}, {"Сидоров", "Омск"}, {"Смирнов", "Самару"}};
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) b.append(doc(r[0], r[1]));
        return Files.writeString(dir.resolve("toy.conll"), b.toString());
    }

    @Test
    void crossValidatesWithTheDictionaryAndTheSeedAsked(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        int code = DatelineCli.run(new String[]{"eval", "train-ner-ru", "--cv", "2", "--seed", "3", "--morphology",
                corpus(dir).toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("micro").contains("seed 3, with the dictionary's word classes");
    }

    @Test
    void trainsAModelWithTheDictionaryToTheFileAsked(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ru-ner-morphology.bin.gz");
        StringWriter out = new StringWriter();
        int code = DatelineCli.run(new String[]{"eval", "train-ner-ru", "--morphology", "--out", model.toString(),
                corpus(dir).toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(model).isNotEmptyFile();
        assertThat(out.toString()).contains("4 documents");
    }
}
