package org.dateline.analyze.quote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionModelTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void theBundledEnglishModelLoadsFromTheClassPath() {
        AttributionModel m = AttributionModel.english();
        assertThat(m).isNotNull();
        assertThat(m.features()).isGreaterThan(1000);
        assertThat(m.verbs).contains("credited", "retweeted").doesNotContain("said", "according");
        assertThat(m.threshold).isBetween(0.05, 0.9);
    }

    @Test
    void aLearnedVerbOutsideTheLexiconMakesAnAttribution() {
        List<Quote> quotes = extractor.extract("Mayor Tomas Varga credited the harbour workers with the quick repairs.",
                "en", List.of());
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.cue().text()).isEqualTo("credited");
        assertThat(q.source().text()).isEqualTo("Mayor Tomas Varga");
        assertThat(q.content().get(0).text()).startsWith("the harbour workers");
    }

    @Test
    void aLowScoringRuleAttributionIsDropped() {
        String text = "He found himself quickly again on the street.";
        // the rules read "found" as a verb of finding out with an object; the model has learned that such objects
        // are seldom attributions
        assertThat(extractor.candidates(text, "en", List.of(), null)).hasSize(1);
        assertThat(extractor.extract(text, "en", List.of())).isEmpty();
    }

    @Test
    void russianIsLeftToTheRules() {
        String text = "Министр Ольга Брандт заявила, что налоги не вырастут.";
        List<QuoteExtractor.Scored> scored = extractor.candidates(text, "ru", List.of(), AttributionModel.english());
        assertThat(scored).isNotEmpty().allMatch(s -> s.accepted() && s.features().isEmpty());
        assertThat(extractor.extract(text, "ru", List.of())).hasSize(scored.size());
    }

    @Test
    void writesAndReadsBackTheSameScores() throws Exception {
        AttributionModel m = new AttributionModel(Set.of("heralded"), Map.of("l=say", 1.5f, "o=verb", -0.25f), -0.5,
                0.3, List.of("a note"));
        Path file = Files.createTempFile("attribution", ".tsv");
        try {
            m.write(file);
            AttributionModel back;
            try (InputStream in = Files.newInputStream(file)) {
                back = AttributionModel.read(in);
            }
            assertThat(back.verbs).containsExactly("heralded");
            assertThat(back.notes).containsExactly("a note");
            assertThat(back.threshold).isEqualTo(0.3);
            assertThat(back.probability(List.of("l=say", "o=verb", "unknown")))
                    .isEqualTo(m.probability(List.of("l=say", "o=verb", "unknown")));
            assertThat(back.accepts(0.29)).isFalse();
            assertThat(back.accepts(0.31)).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theTrainerLearnsCueVerbsFromTrainArticlesOnly(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        String[] names = {"Ana Ruiz", "Tom Berg", "Lea Wolf", "Max Hart"};
        for (int i = 0; i < 10; i++) {
            String name = names[i % names.length];
            String split = i < 6 ? "train" : "test";
            // a cue verb of the test articles only must not be learned
            String verb = split.equals("train") ? "heralded" : "lamented";
            String text = name + " " + verb + " the new harbour plan. " + name + " said the pier would open soon.";
            int v = text.indexOf(verb);
            int s = text.indexOf(" said") + 1;
            int second = text.indexOf(name, 5);
            lines.add("{\"id\":\"a" + i + "\",\"lang\":\"en\",\"polnear_split\":\"" + split + "\",\"text\":\"" + text
                    + "\",\"attributions\":["
                    + attribution(0, name.length(), v, v + verb.length(), v + verb.length() + 1, text.indexOf('.')) + ","
                    + attribution(second, s - 1, s, s + 4, s + 5, text.length() - 1) + "]}");
        }
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines);
        Path out = dir.resolve("model.tsv");
        AttributionTrainer.Trained t = AttributionTrainer.train(file, out, Set.of("train"));
        assertThat(t.docs()).isEqualTo(6);
        assertThat(t.gold()).isEqualTo(12);
        AttributionModel m;
        try (InputStream in = Files.newInputStream(out)) {
            m = AttributionModel.read(in);
        }
        assertThat(m.verbs).containsExactly("heralded");
        // the rules' "said" and the learned "heralded" in each article
        assertThat(t.candidates()).isEqualTo(12);
        assertThat(t.positives()).isEqualTo(12);
    }

    private static String attribution(int sourceStart, int sourceEnd, int cueStart, int cueEnd, int contentStart, int contentEnd) {
        return "{\"source\":[{\"start\":" + sourceStart + ",\"end\":" + sourceEnd + "}],\"cue\":[{\"start\":" + cueStart
                + ",\"end\":" + cueEnd + "}],\"content\":[{\"start\":" + contentStart + ",\"end\":" + contentEnd + "}]}";
    }
}
