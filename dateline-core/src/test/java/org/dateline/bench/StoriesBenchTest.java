package org.dateline.bench;

import org.dateline.Config;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoriesBenchTest {

    @Test
    void eachSliceSplitsItsCpuTimeByStage() {
        StoriesBench.Result r = StoriesBench.run(400, Config.load(null, Map.of("story.vectors", "false")), s -> {
        });

        assertThat(r.docs()).isEqualTo(400);
        assertThat(r.curve()).hasSize(4);
        for (StoriesBench.Slice s : r.curve()) {
            Map<String, Double> stages = s.stageCpuMsPerDoc();
            // this thread fed and matched the articles; the engine's own threads prepared and indexed them
            assertThat(stages).containsKeys(StageClock.MATCHING, StageClock.PREPARING, StageClock.INDEXING, StageClock.OTHER);
            assertThat(stages).doesNotContainKey(StageClock.EMBEDDING);
            assertThat(stages.get(StageClock.MATCHING)).isPositive();
            assertThat(stages.values()).allSatisfy(ms -> assertThat(ms).isNotNegative());
            // "other" is what the named threads did not spend, so the stages add up to the process's time (the
            // two are read a moment apart, and other cannot go below zero)
            double sum = stages.values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(s.cpuMsPerDoc(), within(Math.max(0.5, 0.2 * s.cpuMsPerDoc())));
        }
    }

    @Test
    void theCurveStartsAtAHundredthOfTheRunAndThenStepsByTenths() {
        assertThat(StoriesBench.sliceEnds(1_000_000)).containsExactly(10_000, 20_000, 50_000, 100_000, 200_000, 300_000,
                400_000, 500_000, 600_000, 700_000, 800_000, 900_000, 1_000_000);
        assertThat(StoriesBench.sliceEnds(100_000)).containsExactly(1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 40_000,
                50_000, 60_000, 70_000, 80_000, 90_000, 100_000);
        // small runs: slices of at least two batches, and the last one ends with the run
        assertThat(StoriesBench.sliceEnds(400)).containsExactly(100, 200, 300, 400);
        assertThat(StoriesBench.sliceEnds(1_030)).containsExactly(100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000, 1_030);
    }

    @Test
    void aWarmUpCountsNeitherItsArticlesNorItsStories() {
        StoriesBench.Result r = StoriesBench.run(200, 300, Config.load(null, Map.of("story.vectors", "false")), s -> {
        });

        assertThat(r.docs()).isEqualTo(200);
        assertThat(r.predicted()).hasSize(200);
        assertThat(r.curve()).extracting(StoriesBench.Slice::to).isEqualTo(List.of(100, 200));
        assertThat(r.curve().get(0).from()).isZero();
        // the generated events of the measured run only: its stories are no more than its articles
        assertThat(r.stories()).isLessThanOrEqualTo(200);
    }
}
