package org.dateline.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainingDataTest {

    @Test
    void articlesCarryTheGivenShareOfTheirLanguagesWeight() {
        List<LabeledText> extra = List.of(example("en", 1.0), example("en", 1.0), example("en", 0.25), example("en", 0.75),
                example("ru", 1.0));
        List<LabeledText> articles = List.of(example("en", 1.0), example("en", 3.0), example("ru", 1.0), example("ru", 1.0));

        List<LabeledText> out = TrainingData.withArticleShare(extra, articles, 0.4);

        // extra first, unchanged; en: 3.0 of extra -> articles 2.0 in all (0.4 of 5.0), split 1:3
        assertThat(out.subList(0, 5)).isEqualTo(extra);
        assertThat(out.get(5).weight()).isCloseTo(0.5, within(1e-9));
        assertThat(out.get(6).weight()).isCloseTo(1.5, within(1e-9));
        // ru: 1.0 of extra -> articles 2/3 in all, split evenly
        assertThat(out.get(7).weight()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(out.get(8).weight()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void aLanguageWithoutExtraExamplesKeepsItsArticlesWeights() {
        List<LabeledText> out = TrainingData.withArticleShare(List.of(example("en", 1.0)), List.of(example("ru", 2.0)), 0.4);
        assertThat(out.get(1).weight()).isEqualTo(2.0);
        assertThatThrownBy(() -> TrainingData.withArticleShare(List.of(), List.of(), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LabeledText example(String language, double weight) {
        return new LabeledText(language, "title", "", Category.SOCIETY, weight, "g");
    }
}
