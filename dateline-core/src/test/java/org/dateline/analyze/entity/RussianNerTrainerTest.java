package org.dateline.analyze.entity;

import org.dateline.eval.NerScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The training recipe on a toy corpus: cross-validation goes through NerEval's reader and scorer, training writes a model that reads back. */
class RussianNerTrainerTest {

    private static String doc(String person, String org, String city) {
        return """
                -DOCSTART- O

                %s B-PER
                заявил O
                , O
                что O
                компания B-ORG
                « I-ORG
                %s I-ORG
                откроет O
                завод O
                в O
                %s B-LOC
                . O

                """.formatted(person, org, city);
    }

    private static Path corpus(Path dir) throws Exception {
        String[][] rows = {{"Иванов", "Ромашка", "Москве"}, {"Петров", "Василёк", "Казани"}, {"Сидоров", "Лютик", "Омске"},
                {"Смирнов", "Одуванчик", "Самаре"}, {"Кузнецов", "Колокольчик", "Перми"}, {"Попов", "Незабудка", "Туле"}};
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) b.append(doc(r[0], r[1], r[2]));
        Path file = dir.resolve("toy.conll");
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void crossValidationScoresEveryGoldEntityOnceByType(@TempDir Path dir) throws Exception {
        RussianNerTrainer.Evaluation e = RussianNerTrainer.crossValidate(corpus(dir), 3);
        assertThat(e.docs()).isEqualTo(6);
        assertThat(e.folds()).isEqualTo(3);
        NerScores s = e.scores();
        assertThat(s.perType().keySet()).containsExactly("PER", "ORG", "LOC");
        for (String type : List.of("PER", "ORG", "LOC")) assertThat(s.perType().get(type).gold()).isEqualTo(6);
        assertThat(s.overall().gold()).isEqualTo(18);
        assertThat(s.overall().f1()).isBetween(0.0, 1.0);
    }

    @Test
    void trainingWritesAModelThatReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("model/ru-ner.bin.gz");
        RussianNerTrainer.Trained t = RussianNerTrainer.train(corpus(dir), out);
        assertThat(t.docs()).isEqualTo(6);
        assertThat(t.tokens()).isEqualTo(6 * 12);
        assertThat(t.bytes()).isEqualTo(Files.size(out));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RussianNer ner = new RussianNer(PerceptronTagger.read(in), PerceptronTagger.read(in), null);
            assertThat(ner.features()).isPositive();
            assertThat(ner.tag(List.of(List.of("Иванов", "заявил", "."))).getFirst()).hasSize(3);
        }
    }

    @Test
    void aDictionarysWordClassesAreLearnedWhenOneIsGiven(@TempDir Path dir) throws Exception {
        RussianMorphology surnames = w -> w.endsWith("ов") ? "fam" : RussianMorphology.UNKNOWN;
        Path file = corpus(dir);
        int without = RussianNerTrainer.train(file, dir.resolve("plain.bin.gz")).features();
        int with = RussianNerTrainer.train(file, dir.resolve("morph.bin.gz"), surnames).features();
        assertThat(with).isGreaterThan(without);
        RussianNerTrainer.Evaluation e = RussianNerTrainer.crossValidate(file, 3, 1, surnames);
        assertThat(e.scores().overall().gold()).isEqualTo(18);
    }
}
