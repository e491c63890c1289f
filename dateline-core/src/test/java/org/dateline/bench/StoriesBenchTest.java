package org.dateline.bench;

import org.dateline.Config;
import org.junit.jupiter.api.Test;

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
}
