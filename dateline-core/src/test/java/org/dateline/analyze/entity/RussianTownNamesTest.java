package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lone word the tagger typed as an organisation that ends as town names do is the town; so is one typed as a person
 * in "-ск" right after its mayor or head.
 */
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
    void aLonePersonInSkAfterItsMayorIsTheTownButASurnameInSkStaysAPerson() {
        assertThat(retag(List.of("обязанности", "мэра", "Верхнеозёрска", "Наталья", "Гусева"), "O", "O", "B-PER", "B-PER", "I-PER"))
                .containsExactly("O", "O", "B-LOC", "B-PER", "I-PER");
        assertThat(retag(List.of("главы", "Омска"), "O", "B-PER")).containsExactly("O", "B-LOC");
        // "Дерипаска" ends as "Омска" does: only a town's mayor, head or residents tell it is a town
        assertThat(retag(List.of("бизнесмен", "Дерипаска"), "O", "B-PER")).containsExactly("O", "B-PER");
        assertThat(retag(List.of("мэра", "Гинзбурга"), "O", "B-PER")).containsExactly("O", "B-PER");
    }

    @Test
    void longerOrQuotedOrOtherwiseEndingNamesStayOrganisations() {
        assertThat(retag(List.of("Администрация", "Омска"), "B-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG");
        assertThat(retag(List.of("клуб", "«", "Томска", "»"), "O", "O", "B-ORG", "O")).containsExactly("O", "O", "B-ORG", "O");
        assertThat(retag(List.of("компания", "Газпром"), "O", "B-ORG")).containsExactly("O", "B-ORG");
        assertThat(retag(List.of("Российский", "союз"), "B-ORG", "I-ORG")).containsExactly("B-ORG", "I-ORG");
    }
}
