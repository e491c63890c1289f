package org.dateline.analyze.entity;

import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.PlaceForm;
import org.dateline.analyze.entity.RussianPersonNames.Certainty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Place names read as a whole with a small stand-in dictionary: case agreement, gender agreement, ties. */
class RussianPlaceNamesTest {

    private static PlaceForm noun(String gender, GrammaticalCase c, String nominative) {
        return new PlaceForm(false, gender, c, nominative);
    }

    private static PlaceForm adjective(String gender, GrammaticalCase c, String nominative) {
        return new PlaceForm(true, gender, c, nominative);
    }

    private static final Map<String, List<PlaceForm>> WORDS = Map.of(
            "области", List.of(noun("Fem", GrammaticalCase.GENITIVE, "область"), noun("Fem", GrammaticalCase.DATIVE, "область"),
                    noun("Fem", GrammaticalCase.PREPOSITIONAL, "область")),
            "курской", List.of(adjective("Fem", GrammaticalCase.GENITIVE, "курская"), adjective("Fem", GrammaticalCase.DATIVE, "курская")),
            "курском", List.of(adjective("Masc", GrammaticalCase.PREPOSITIONAL, "курский"),
                    adjective("Neut", GrammaticalCase.PREPOSITIONAL, "курское")),
            "москва", List.of(noun("Fem", GrammaticalCase.NOMINATIVE, "москва")),
            "москве", List.of(noun("Fem", GrammaticalCase.DATIVE, "москва"), noun("Fem", GrammaticalCase.PREPOSITIONAL, "москва")),
            "франции", List.of(noun("Fem", GrammaticalCase.GENITIVE, "франция"), noun("Fem", GrammaticalCase.DATIVE, "франция"),
                    noun("Masc", GrammaticalCase.PREPOSITIONAL, "франций")),
            "нагорье", List.of(noun("Neut", GrammaticalCase.NOMINATIVE, "нагорье"), noun("Neut", GrammaticalCase.PREPOSITIONAL, "нагорье"),
                    noun("Neut", GrammaticalCase.ACCUSATIVE, "нагорье")),
            "нагорья", List.of(noun("Neut", GrammaticalCase.GENITIVE, "нагорье")),
            "луке", List.of(noun("Fem", GrammaticalCase.DATIVE, "лука"), noun("Masc", GrammaticalCase.PREPOSITIONAL, "лук")));

    private final RussianPlaceNames names = new RussianPlaceNames(new RussianMorphology() {
        @Override
        public String classes(String lowercaseWord) {
            return "oov";
        }

        @Override
        public List<PlaceForm> placeForms(String lowercaseWord) {
            return WORDS.getOrDefault(lowercaseWord, List.of());
        }
    });

    @Test
    void theWordsOfAPlaceAgreeInCaseAndTheAdjectiveInGenderWithItsNoun() {
        assertThat(names.nominative("Курской области")).isEqualTo(new RussianPersonNames.Nominative("Курская область", Certainty.DERIVED));
        assertThat(names.nominative("Москве").name()).isEqualTo("Москва");
        // no case and gender in which "курском" qualifies "области"
        assertThat(names.nominative("Курском области").certainty()).isEqualTo(Certainty.UNKNOWN);
    }

    @Test
    void theNominativeMostCasesAllowWinsAndATieOrAnUnknownWordKeepsTheName() {
        assertThat(names.nominative("Франции").name()).isEqualTo("Франция");
        assertThat(names.nominative("Луке")).isEqualTo(new RussianPersonNames.Nominative("Луке", Certainty.UNKNOWN));
        assertThat(names.nominative("Карвеле").certainty()).isEqualTo(Certainty.UNKNOWN);
        assertThat(names.nominative("Москва").certainty()).isEqualTo(Certainty.AS_WRITTEN);
        assertThat(new RussianPlaceNames(null).nominative("Москве").certainty()).isEqualTo(Certainty.UNKNOWN);
    }

    @Test
    void anUnknownWordBeforeAKnownNounReadsAsAnAdjectiveByItsEnding() {
        // an invented highland: the dictionary knows the noun, not the adjective
        assertThat(names.nominative("Серранском нагорье")).isEqualTo(new RussianPersonNames.Nominative("Серранское нагорье", Certainty.DERIVED));
        assertThat(names.nominative("Серранского нагорья").name()).isEqualTo("Серранское нагорье");
        assertThat(names.nominative("Серранской области").name()).isEqualTo("Серранская область");
        assertThat(names.nominative("Серранское нагорье").certainty()).isEqualTo(Certainty.AS_WRITTEN);
        // the ending must agree with the noun, and the noun must be known
        assertThat(names.nominative("Серранском области").certainty()).isEqualTo(Certainty.UNKNOWN);
        assertThat(names.nominative("Серранском Карвеле").certainty()).isEqualTo(Certainty.UNKNOWN);
        // what the place lies in follows in the genitive and stays as written
        assertThat(names.nominative("Серранском нагорье Валмары").name()).isEqualTo("Серранское нагорье Валмары");
        assertThat(names.nominative("Москве Карвелы").name()).isEqualTo("Москва Карвелы");
        assertThat(names.nominative("Карвеле Москвы").certainty()).isEqualTo(Certainty.UNKNOWN);
        assertThat(RussianPlaceNames.adjectiveByEnding("мурманским")).extracting(PlaceForm::nominative)
                .containsExactly("мурманский", "мурманское");
    }
}
