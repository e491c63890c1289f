package org.dateline.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusterScoresTest {

    private static final double EPS = 1e-9;

    @Test
    void scoresHandComputedExample() {
        // predicted {1,2,3} {4,5}; gold {1,2} {3,4,5}
        ClusterScores s = ClusterScores.score(List.of("A", "A", "A", "B", "B"), List.of("x", "x", "y", "y", "y"));
        // same-story pairs: predicted {12,13,23,45}, gold {12,34,35,45}; common {12,45}
        assertThat(s.pairwise().precision()).isCloseTo(2 / 4.0, within(EPS));
        assertThat(s.pairwise().recall()).isCloseTo(2 / 4.0, within(EPS));
        assertThat(s.pairwise().f1()).isCloseTo(0.5, within(EPS));
        // B-cubed precision per doc: 2/3 2/3 1/3 1 1; recall: 1 1 1/3 2/3 2/3
        assertThat(s.bcubed().precision()).isCloseTo(11 / 15.0, within(EPS));
        assertThat(s.bcubed().recall()).isCloseTo(11 / 15.0, within(EPS));
        assertThat(s.bcubed().f1()).isCloseTo(11 / 15.0, within(EPS));
        assertThat(s.stories()).isEqualTo(2);
        assertThat(s.goldStories()).isEqualTo(2);
        assertThat(s.docs()).isEqualTo(5);
    }

    @Test
    void scoresOneBigClusterWithLowPrecisionAndFullRecall() {
        ClusterScores s = ClusterScores.score(List.of("A", "A", "A", "A"), List.of("x", "x", "y", "z"));
        assertThat(s.pairwise().precision()).isCloseTo(1 / 6.0, within(EPS));
        assertThat(s.pairwise().recall()).isCloseTo(1.0, within(EPS));
        assertThat(s.pairwise().f1()).isCloseTo(2 * (1 / 6.0) / (1 / 6.0 + 1), within(EPS));
        // B-cubed precision per doc: 2/4 2/4 1/4 1/4 = 0.375
        assertThat(s.bcubed().precision()).isCloseTo(0.375, within(EPS));
        assertThat(s.bcubed().recall()).isCloseTo(1.0, within(EPS));
        assertThat(s.bcubed().f1()).isCloseTo(2 * 0.375 / 1.375, within(EPS));
        assertThat(s.stories()).isEqualTo(1);
        assertThat(s.goldStories()).isEqualTo(3);
    }

    @Test
    void allSingletonsAgainstOneGoldStoryHaveFullPrecisionAndLowRecall() {
        ClusterScores s = ClusterScores.score(List.of("a", "b", "c"), List.of("x", "x", "x"));
        assertThat(s.pairwise().precision()).isCloseTo(1.0, within(EPS));
        assertThat(s.pairwise().recall()).isCloseTo(0.0, within(EPS));
        assertThat(s.pairwise().f1()).isCloseTo(0.0, within(EPS));
        assertThat(s.bcubed().precision()).isCloseTo(1.0, within(EPS));
        assertThat(s.bcubed().recall()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.bcubed().f1()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void samePartitionUnderOtherLabelsScoresPerfectly() {
        ClusterScores s = ClusterScores.score(List.of("s9", "s9", "s1", "s4"), List.of("x", "x", "y", "z"));
        assertThat(s.pairwise().f1()).isCloseTo(1.0, within(EPS));
        assertThat(s.bcubed().f1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void rejectsListsOfDifferentLength() {
        assertThatThrownBy(() -> ClusterScores.score(List.of("a"), List.of("x", "y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prfOfZeroPrecisionAndRecallHasZeroF1() {
        assertThat(ClusterScores.Prf.of(0, 0).f1()).isZero();
        assertThat(ClusterScores.Prf.of(0.5, 1.0).f1()).isCloseTo(2 / 3.0, within(EPS));
    }
}
