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
}
