package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConllSpanScoreTest {

    @Test
    void entitiesAreSpansOfIob2TagsAndAStrayInsideTagOpensOne() {
        assertThat(ConllSpanScore.spans(List.of("B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG")))
                .containsExactlyInAnyOrder("0-2:PER", "3-4:LOC", "4-5:ORG", "5-7:ORG");
    }

    @Test
    void onlyExactSpanAndTypeCount() {
        ConllSpanScore score = new ConllSpanScore();
        score.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "O", "O", "B-LOC"));
        score.add(List.of("B-ORG", "O"), List.of("B-LOC", "O"));
        assertThat(score.byType()).containsEntry("PER", new RussianNerTrainer.Prf(0, 1, 1))
                .containsEntry("LOC", new RussianNerTrainer.Prf(1, 1, 0))
                .containsEntry("ORG", new RussianNerTrainer.Prf(0, 0, 1));
    }
}
