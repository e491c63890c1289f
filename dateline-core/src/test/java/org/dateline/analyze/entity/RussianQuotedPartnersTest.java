package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quoted name joined by "и" to a quoted organisation is an organisation, written as the first one is. */
class RussianQuotedPartnersTest {

    private static String[] retag(List<String> words, String... tags) {
        List<String[]> all = new ArrayList<>();
        all.add(tags.clone());
        RussianNer.quotedPartners(List.of(words), all);
        return all.get(0);
    }

    @Test
    void theSecondOfTwoQuotedCompaniesIsACompanyToo() {
        // the tagger took the first name without its quote: so is the second
        assertThat(retag(List.of("Компании", "«", "Северлес", "»", "и", "«", "Уральский", "моторный", "завод", "»", "подпишут"),
                "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O"))
                .containsExactly("O", "O", "B-ORG", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
        // and with its opening quote
        assertThat(retag(List.of("«", "Сибирский", "цемент", "»", "и", "«", "Новолипецкий", "комбинат", "»"),
                "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"))
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O");
    }

    @Test
    void aQuotedTitleBesideAPersonOrAnOpenQuoteStaysAsItIs() {
        assertThat(retag(List.of("«", "Иван", "Петров", "»", "и", "«", "новая", "книга", "»"),
                "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O"))
                .containsExactly("O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O");
        assertThat(retag(List.of("«", "Северлес", "»", "и", "«", "всё", "остальное"), "O", "B-ORG", "O", "O", "O", "O", "O"))
                .containsExactly("O", "B-ORG", "O", "O", "O", "O", "O");
    }
}
