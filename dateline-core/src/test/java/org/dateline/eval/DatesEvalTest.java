package org.dateline.eval;

import org.dateline.analyze.time.Timex;
import org.dateline.analyze.time.Timex.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DatesEvalTest {

    private static Timex t(int start, int end, Type type, String value) {
        return new Timex(start, end, "x".repeat(end - start), type, value);
    }

    @Test
    void countsStrictRelaxedTypeAndValueByHand() {
        List<Timex> gold = List.of(
                t(0, 8, Type.DATE, "2025-08-07"),      // exact span, right value
                t(10, 19, Type.DATE, "2025-W33"),      // overlapping span, right value
                t(30, 40, Type.DURATION, "P3Y"),       // overlapping span, wrong type and value
                t(50, 55, Type.DATE, "2021"));         // missed
        List<Timex> predicted = List.of(
                t(0, 8, Type.DATE, "2025-08-07"),
                t(15, 19, Type.DATE, "2025-W33"),
                t(30, 40, Type.DATE, "2023"),
                t(60, 64, Type.DATE, "PAST_REF"),      // spurious
                t(70, 75, Type.SET, "P1W"));           // spurious

        DatesEval.Counts c = DatesEval.score(gold, predicted);

        assertThat(c.gold()).isEqualTo(4);
        assertThat(c.predicted()).isEqualTo(5);
        // strict: 2 exact spans → P 2/5, R 2/4, F1 = 2·0.4·0.5/0.9
        assertThat(c.strictSpan().precision()).isEqualTo(0.4);
        assertThat(c.strictSpan().recall()).isEqualTo(0.5);
        assertThat(c.strictSpan().f1()).isCloseTo(0.4 / 0.9, within(1e-9));
        // relaxed: 3 overlaps → P 3/5, R 3/4, F1 = 2·0.6·0.75/1.35 = 2/3
        assertThat(c.relaxedSpan().f1()).isCloseTo(2.0 / 3, within(1e-9));
        // of the 3 relaxed matches 2 have the right type and 2 the right value
        assertThat(c.typeAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(c.valueAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
        // value: 2 correct → P 2/5, R 2/4
        assertThat(c.value().precision()).isEqualTo(0.4);
        assertThat(c.value().recall()).isEqualTo(0.5);
        assertThat(c.value().f1()).isCloseTo(0.4 / 0.9, within(1e-9));
    }

    @Test
    void onePredictionMatchesAtMostOneGoldExpression() {
        List<Timex> gold = List.of(t(0, 5, Type.DATE, "2025"), t(6, 10, Type.DATE, "2025-08"));
        List<Timex> predicted = List.of(t(0, 10, Type.DATE, "2025-08"));

        DatesEval.Counts c = DatesEval.score(gold, predicted);

        assertThat(c.relaxed()).isEqualTo(1);
        assertThat(c.valueCorrect()).isEqualTo(1);
        assertThat(c.value().precision()).isEqualTo(1.0);
        assertThat(c.value().recall()).isEqualTo(0.5);
    }

    @Test
    void weekNumbersCompareWithOrWithoutLeadingZero() {
        assertThat(DatesEval.sameValue("2000-W07", "2000-W7")).isTrue();
        assertThat(DatesEval.sameValue("2000-W17", "2000-W7")).isFalse();
    }

    @Test
    void runsOnAFileUsingDctAsReference(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("documents.jsonl");
        Files.writeString(file, """
                {"id":"a","dct":"2025-08-07","text":"Talks ended on Thursday.","timexes":[{"start":15,"end":23,"text":"Thursday","type":"DATE","value":"2025-08-07"}]}
                {"id":"b","dct":"2025-08-07T10:00","text":"They meet next week.","timexes":[{"start":10,"end":19,"text":"next week","type":"DATE","value":"2025-W33"}]}
                """);

        DatesEval.Report r = DatesEval.run(file);

        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.counts().gold()).isEqualTo(2);
        assertThat(r.counts().strictSpan().f1()).isEqualTo(1.0);
        assertThat(r.counts().value().f1()).isEqualTo(1.0);
    }
}
