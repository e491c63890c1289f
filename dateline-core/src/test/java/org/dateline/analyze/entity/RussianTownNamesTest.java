package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A lone word the tagger typed as an organisation that ends as town names do is the town. */
class RussianTownNamesTest {

    private static String[] retag(List<String> words, String... tags) {
        List<String[]> all = new ArrayList<>();
        all.add(tags.clone());
        RussianNer.towns(List.of(words), all);
        return all.get(0);
    }

    @Test
    void aLoneOrganisationWithATownEndingIsTheTown() {
        assertThat(retag(List.of("Мэр", "Верхнеозёрска", "ушёл"), "O", "B-ORG", "O")).containsExactly("O", "B-LOC", "O");
        assertThat(retag(List.of("в", "Екатеринбурге"), "O", "B-ORG")).containsExactly("O", "B-LOC");
    }

    @Test
    void longerOrQuotedOrOtherwiseEndingNamesStayOrganisations() {
        assertThat(retag(List.of("Администрация", "Омска"), "B-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG");
        assertThat(retag(List.of("клуб", "«", "Томска", "»"), "O", "O", "B-ORG", "O")).containsExactly("O", "O", "B-ORG", "O");
        assertThat(retag(List.of("компания", "Газпром"), "O", "B-ORG")).containsExactly("O", "B-ORG");
        assertThat(retag(List.of("Российский", "союз"), "B-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG");
    }
}
