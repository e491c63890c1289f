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
}
