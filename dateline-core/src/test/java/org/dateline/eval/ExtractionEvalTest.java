package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionEvalTest {

    @Test
    void tokenisesUnicodeWords() {
        assertThat(ExtractionEval.tokens("Привет, мир! It's 2024_x.")).containsExactly("Привет", "мир", "It", "s", "2024_x");
    }

    @Test
    void identicalTextsScoreOneAndMatchExactly() {
        ExtractionEval.Match m = ExtractionEval.match("One two three four five.", "One two, three four five");

        assertThat(m.tp()).isEqualTo(1.0);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.exact()).isTrue();
    }

    @Test
    void countsShinglesOfFourTokens() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp 1, fp 1, fn 1, each 1/3
        ExtractionEval.Match m = ExtractionEval.match("a b c d e", "a b c d x");

        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(m.exact()).isFalse();
    }

    @Test
    void countsShinglesAsAMultiset() {
        // gold: abcd, bcda, cdab, dabc, abcd (abcd twice); predicted: abcd once -> tp 1, fp 0, fn 4
        ExtractionEval.Match m = ExtractionEval.match("a b c d a b c d", "a b c d");

        assertThat(m.tp()).isCloseTo(0.2, within(1e-12));
        assertThat(m.fn()).isCloseTo(0.8, within(1e-12));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void shortTextsAreOneShorterShingle() {
        assertThat(ExtractionEval.match("hello world", "hello world").precision()).isEqualTo(1.0);
        assertThat(ExtractionEval.match("hello world", "hello there world").tp()).isZero();
        assertThat(ExtractionEval.shingles(ExtractionEval.tokens("a b"))).containsOnlyKeys(List.of("a", "b"));
        assertThat(ExtractionEval.shingles(List.of())).isEmpty();
    }

    @Test
    void averagesPrecisionAndRecallOverTheirOwnPages() {
        ExtractionEval.Match half = ExtractionEval.match("a b c d e", "a b c d x");   // P = R = 0.5
        ExtractionEval.Match nothing = ExtractionEval.match("a b c d e", "");        // tp = fp = 0: no precision
        ExtractionEval.Match bothEmpty = ExtractionEval.match("", "");              // counts in neither mean

        ExtractionEval.Scores s = ExtractionEval.aggregate("x", List.of(half, nothing, bothEmpty), 1);

        assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.25, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
        assertThat(s.accuracy()).isCloseTo(1 / 3.0, within(1e-12));   // only the two empty texts match exactly
        assertThat(s.pages()).isEqualTo(3);
    }

    @Test
    void scoresDatelineAndAReferenceOnTheSamePages(@TempDir Path dir) throws IOException {
        String body = "<p>The city council voted on Tuesday to approve the new transit plan, which adds three bus "
                + "lines, extends the tram to the airport, and lowers fares for students.</p>";
        String gold = "The city council voted on Tuesday to approve the new transit plan, which adds three bus lines, "
                + "extends the tram to the airport, and lowers fares for students.";
        Path file = dir.resolve("pages.jsonl");
        Files.writeString(file, """
                {"id":"1","url":"https://a.example/1","html":"<html><body><article>%s</article></body></html>","gold_text":"%s"}
                {"id":"2","url":"https://a.example/2","html":"<html><body><article>%s</article></body></html>","gold_text":"%s"}
                """.formatted(body, gold, body, gold));

        ExtractionEval.Report r = ExtractionEval.run(file, "fixed-text", (html, url) -> {
            if (url.endsWith("2")) throw new IllegalStateException("boom");
            return gold;
        });

        assertThat(r.dateline().f1()).isEqualTo(1.0);
        assertThat(r.dateline().accuracy()).isEqualTo(1.0);
        assertThat(r.dateline().pages()).isEqualTo(2);
        assertThat(r.reference().name()).isEqualTo("fixed-text");
        assertThat(r.reference().failures()).isEqualTo(1);
        assertThat(r.reference().precision()).isEqualTo(1.0);
        assertThat(r.reference().recall()).isCloseTo(0.5, within(1e-12));
        assertThat(r.pages()).hasSize(2);
    }
}
