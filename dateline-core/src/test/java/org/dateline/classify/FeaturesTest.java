package org.dateline.classify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesTest {

    private final Features features = new Features();

    @Test
    void shapeCuesMarkNotNewsForms() {
        assertThat(Features.shapes("10 tips to sleep better", "Try these and you will feel rested."))
                .contains("s:list", "s:you", "s:noreport").doesNotContain("s:q", "s:how");
        assertThat(Features.shapes("How do you choose a mattress?", "")).contains("s:how", "s:q", "s:you");
        assertThat(Features.shapes("Make pancakes for breakfast", "Mix 2 eggs, 250 ml of milk and 150 g of flour."))
                .contains("s:imp", "s:qty");
        assertThat(Features.shapes("Minister resigns", "The minister said on Monday that he would step down."))
                .isEmpty();
        assertThat(Features.shapes("Как выбрать зимние шины?", "Вам понадобится всего 5 минут.")).contains("s:how", "s:q", "s:you", "s:qty");
    }

    @Test
    void theShapeBlockIsPartOfTheVectorOnlyWhenTheSpecAsksForIt() {
        Features.Spec with = new Features.Spec(2.0, 2000, true, 0, 0, 0, 0, 0, 0.1, 0);
        Map<String, Double> x = features.extract("en", with, "How to choose running shoes?", "Your feet will thank you.");
        assertThat(x).containsKeys("s:how", "s:q", "s:you");
        assertThat(x.values().stream().mapToDouble(v -> v * v).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(features.extract("en", Features.Spec.WORDS, "How to choose running shoes?", "Your feet will thank you.").keySet())
                .noneMatch(k -> k.startsWith("s:"));
    }

    @Test
    void specKeepsTheOlderFormatAndReadsTheNewKeys() {
        Features.Spec ru = new Features.Spec(2.0, 2000, true, 0, 0, 3, 6, 0.5);
        assertThat(ru.format()).isEqualTo("title=2,text=2000,bigrams=true,prefix=0,prefixWeight=0,charMin=3,charMax=6,charWeight=.5");
        Features.Spec en = new Features.Spec(2.0, 2000, true, 0, 0, 0, 0, 0, 0.1, 0.4);
        assertThat(en.format()).endsWith(",shape=.1,notNewsBias=.4");
        assertThat(Features.Spec.parse(en.format())).isEqualTo(en);
        assertThat(Features.Spec.parse(ru.format())).isEqualTo(ru);
    }

    @Test
    void theNotNewsBiasIsAddedToTheTrainedBias() {
        List<LabeledText> seeds = TrainingData.seeds().stream().filter(s -> s.language().equals("en")).toList();
        CategoryTrainer.Options plain = CategoryTrainer.Options.DEFAULT.withFeatures("en", Features.Spec.WORDS);
        CategoryTrainer.Options raised = plain.withFeatures("en", new Features.Spec(2.0, 2000, true, 0, 0, 0, 0, 0, 0, 0.4));
        String text = "The best places to visit in spring";
        double a = CategoryTrainer.train(seeds, plain, List.of()).classify("en", text, "").newsScore();
        double b = CategoryTrainer.train(seeds, raised, List.of()).classify("en", text, "").newsScore();
        assertThat(b).isLessThan(a);
    }

    @Test
    void keysAreSpeltFromStemsPrefixesAndCharacterGramsWithBoundaryMarks() {
        Features.Spec all = new Features.Spec(2.0, 2000, true, 3, 0.5, 3, 4, 0.5);
        Map<String, Double> x = features.extract("ru", all, "Решение суда", "Суд вынес решение.");
        assertThat(x).containsKeys("решен", "решен_суд", "p:реш", "c:<ре", "c:<реш", "c:ние>", "c:да>");
        assertThat(x.keySet()).noneMatch(k -> k.startsWith("c:") && k.length() > 6);
        assertThat(x.values().stream().mapToDouble(v -> v * v).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void hashedVectorsScoreExactlyAsNamedOnes() throws java.io.IOException {
        LinearModel model;
        try (var in = new java.util.zip.GZIPInputStream(Categorizer.class.getResourceAsStream(Categorizer.BUNDLED))) {
            model = LinearModel.read(new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)));
        }
        int compared = 0;
        for (LabeledText t : TrainingData.seeds()) {
            String chain = org.dateline.text.Analyzers.chain(t.language());
            LinearModel.Weights w = model.weights(chain);
            Map<String, Double> named = features.extract(chain, w.spec(), t.title(), t.text());
            FeatureVector hashed = features.vector(chain, w.spec(), t.title(), t.text(), false);
            assertThat(hashed.size()).isEqualTo(named.size());
            assertThat(LinearModel.probabilities(w, hashed)).containsExactly(LinearModel.probabilities(w, named));
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
    }
}
