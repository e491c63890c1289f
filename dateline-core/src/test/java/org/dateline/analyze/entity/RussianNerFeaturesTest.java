package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Second-pass document features on hand-made first-pass tags. */
class RussianNerFeaturesTest {

    private static List<String[]> secondPass(List<List<String>> words, List<String[]> firstPass, int sentence) {
        List<List<String[]>> base = new ArrayList<>();
        for (List<String> s : words) base.add(s.stream().map(w -> new String[0]).toList());
        return RussianNerFeatures.withFirstPass(words, base, firstPass).get(sentence);
    }

    @Test
    void aBareDescriptorRemembersTheNameItIntroducedElsewhere() {
        List<List<String>> words = List.of(
                List.of("компании", "«", "Ромашка", "»"),
                List.of("в", "компании", "заявили"));
        List<String[]> tags = List.of(
                new String[]{"B-ORG", "I-ORG", "I-ORG", "O"},
                new String[]{"O", "O", "O"});
        List<String[]> features = secondPass(words, tags, 1);
        assertThat(features.get(1)).contains("meml=ORG|O");
        assertThat(features.get(2)).contains("meml=none");
        assertThat(features.get(0)).contains("meml=none");
    }

    @Test
    void aMentionIsNotItsOwnEvidence() {
        List<List<String>> words = List.of(List.of("компании", "«", "Ромашка", "»"));
        List<String[]> tags = List.<String[]>of(new String[]{"B-ORG", "I-ORG", "I-ORG", "O"});
        List<String[]> features = secondPass(words, tags, 0);
        assertThat(features.get(0)).contains("meml=none");
        assertThat(features.get(2)).contains("meml=-");
    }

    @Test
    void aDictionarysWordClassesBecomeFeaturesOfTheWordAndItsNeighbours() {
        RussianMorphology morphology = w -> switch (w) {
            case "ольга" -> "name";
            case "ветрова" -> "fam";
            case "приехала" -> "vb";
            default -> RussianMorphology.UNKNOWN;
        };
        List<List<String>> words = List.of(List.of("Ольга", "Ветрова", "приехала", "."));
        List<String[]> with = new RussianNerFeatures(RussianLexicon.bundled(), morphology).extract(words).getFirst();
        assertThat(with.get(1)).contains("md=fam", "md|sh=fam|Xx", "md-1=name|Xx", "md+1=vb|x");
        assertThat(with.get(2)).contains("md+1=oov|.");
        assertThat(with.get(3)).noneMatch(f -> f.startsWith("md"));

        List<String[]> without = new RussianNerFeatures(RussianLexicon.bundled(), null).extract(words).getFirst();
        assertThat(without.get(1)).noneMatch(f -> f.startsWith("md"));
    }
}
