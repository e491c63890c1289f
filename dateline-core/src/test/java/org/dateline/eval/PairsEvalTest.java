package org.dateline.eval;

import org.dateline.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Pairs scored from one store of all their documents; a wrong pair is listed with its story's score against the threshold. */
class PairsEvalTest {

    @TempDir
    Path tmp;

    private static final String FERRY_A = """
            {"url":"https://a.example/1","title":"Ferry Aurelia Bay runs aground off Gozo with 318 passengers","text":"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318 passengers and 24 crew on board, the Maritime Safety Directorate said.","published":"2026-03-20T20:00:00Z"}""";
    private static final String FERRY_B = """
            {"url":"https://b.example/2","title":"Aurelia Bay passengers rescued after ferry grounding near Qarnita Point","text":"Lifeboats took 318 passengers and 24 crew off the ferry Aurelia Bay after it ran aground near Qarnita Point off Gozo, the Maritime Safety Directorate said.","published":"2026-03-21T08:00:00Z"}""";
    private static final String LIBRARY = """
            {"url":"https://c.example/3","title":"Kalda public library reopens after two-year renovation","text":"The Kalda public library reopened on Thursday after a two-year renovation that added a reading garden and a children's floor, the town council said.","published":"2026-03-19T10:00:00Z"}""";

    private static String pair(String id, String a, String b, boolean same) {
        return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"a\":" + a.strip() + ",\"b\":" + b.strip() + ",\"same_story\":" + same + "}\n";
    }

    @Test
    void scoresPairsAndListsTheWrongOnesWithTheirScore() throws IOException {
        Path file = Files.writeString(tmp.resolve("pairs_en.jsonl"), pair("p1", FERRY_A, FERRY_B, true)
                + pair("p2", FERRY_A, LIBRARY, false) + pair("p3", FERRY_B, LIBRARY, true));
        PairsEval.Report report = PairsEval.report(file, Config.load(null, Map.of("story.vectors", "false")));
        PairsEval.Scores en = report.scores().get("en");
        assertThat(en.pairs()).isEqualTo(3);
        // p1 found, p3 (labelled same, though a ferry and a library are not) missed
        assertThat(en.precision()).isEqualTo(1.0);
        assertThat(en.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("p3");
            assertThat(e.gold()).isTrue();
            assertThat(e.scorecard()).isNotNull();
            assertThat(e.scorecard().score()).isLessThan(e.scorecard().threshold());
            assertThat(e.scorecard().joins()).isFalse();
        });
    }
}
