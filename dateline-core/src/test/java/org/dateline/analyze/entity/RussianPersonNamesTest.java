package org.dateline.analyze.entity;

import org.dateline.analyze.entity.RussianMorphology.Gender;
import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.NameForm;
import org.dateline.analyze.entity.RussianMorphology.NameKind;
import org.dateline.analyze.entity.RussianPersonNames.Certainty;
import org.dateline.analyze.entity.RussianPersonNames.Nominative;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nominatives of Russian person names, read with a tiny fake dictionary that knows what the real one says of these words. */
class RussianPersonNamesTest {

    private static final Gender M = Gender.MASCULINE, F = Gender.FEMININE;
    private static final GrammaticalCase NOM = GrammaticalCase.NOMINATIVE, GEN = GrammaticalCase.GENITIVE,
            DAT = GrammaticalCase.DATIVE, ACC = GrammaticalCase.ACCUSATIVE, INS = GrammaticalCase.INSTRUMENTAL,
            PREP = GrammaticalCase.PREPOSITIONAL;

    private static NameForm name(Gender g, GrammaticalCase c, String nominative) {
        return new NameForm(NameKind.FIRST_NAME, g, c, nominative);
    }

    private static NameForm surname(Gender g, GrammaticalCase c, String nominative) {
        return new NameForm(NameKind.SURNAME, g, c, nominative);
    }

    /** As LanguageTool's dictionary reads these forms (its tags inspected, not guessed). */
    static final Map<String, List<NameForm>> DICTIONARY = Map.ofEntries(
            Map.entry("антон", List.of(name(M, NOM, "антон"))),
            Map.entry("антона", List.of(name(M, GEN, "антон"), name(M, ACC, "антон"))),
            Map.entry("антону", List.of(name(M, DAT, "антон"))),
            Map.entry("анна", List.of(name(F, NOM, "анна"))),
            Map.entry("анны", List.of(name(F, GEN, "анна"))),
            Map.entry("анне", List.of(name(F, DAT, "анна"), name(F, PREP, "анна"))),
            Map.entry("ломакиной", List.of(surname(F, GEN, "ломакина"), surname(F, DAT, "ломакина"),
                    surname(F, INS, "ломакина"), surname(F, PREP, "ломакина"))),
            Map.entry("лаврова", List.of(surname(F, NOM, "лаврова"), surname(M, GEN, "лавров"), surname(M, ACC, "лавров"))),
            Map.entry("сергея", List.of(name(M, GEN, "сергей"), name(M, ACC, "сергей"))),
            Map.entry("гюнтер", List.of(surname(M, NOM, "гюнтер"), name(F, null, "гюнтер"), name(M, NOM, "гюнтер"))),
            Map.entry("гюнтера", List.of(name(M, GEN, "гюнтер"), name(M, ACC, "гюнтер"))),
            Map.entry("шойгу", List.of(surname(null, null, "шойгу"))),
            Map.entry("северную", List.of(new NameForm(NameKind.ADJECTIVE, F, ACC, "северная"))),
            Map.entry("петра", List.of(name(M, GEN, "пётр"), name(M, ACC, "пётр"))));

    static final RussianMorphology FAKE = new RussianMorphology() {
        @Override
        public String classes(String lowercaseWord) {
            return DICTIONARY.containsKey(lowercaseWord) ? "name" : UNKNOWN;
        }

        @Override
        public List<NameForm> nameForms(String lowercaseWord) {
            return DICTIONARY.getOrDefault(lowercaseWord, List.of());
        }
    };

    private final RussianPersonNames names = new RussianPersonNames(FAKE);

    @Test
    void theFirstNamesCaseAndGenderDecideAnUnknownSurnamesNominative() {
        assertThat(names.nominative("Антона Мирца")).isEqualTo(new Nominative("Антон Мирц", Certainty.DERIVED));
        assertThat(names.nominative("Антону Мирцу").name()).isEqualTo("Антон Мирц");
        assertThat(names.nominative("Анны Петрищевой").name()).isEqualTo("Анна Петрищева");
        assertThat(names.nominative("Анны Заславской").name()).isEqualTo("Анна Заславская");
        assertThat(names.nominative("Антона Заславского").name()).isEqualTo("Антон Заславский");
        assertThat(names.nominative("Гюнтера Грасса").name()).isEqualTo("Гюнтер Грасс");
    }

    @Test
    void knownSurnamesTakeTheDictionarysNominativeOfTheNamesGender() {
        assertThat(names.nominative("Анны Ломакиной")).isEqualTo(new Nominative("Анна Ломакина", Certainty.DERIVED));
        assertThat(names.nominative("Сергея Лаврова").name()).isEqualTo("Сергей Лавров");
        // the writer's е for ё stays
        assertThat(names.nominative("Петра Лаврова").name()).isEqualTo("Петр Лавров");
    }

    @Test
    void aNominativeStaysAsWritten() {
        assertThat(names.nominative("Антон Мирец")).isEqualTo(new Nominative("Антон Мирец", Certainty.AS_WRITTEN));
        assertThat(names.nominative("Гюнтер Грасс")).isEqualTo(new Nominative("Гюнтер Грасс", Certainty.AS_WRITTEN));
        assertThat(names.nominative("Анна Шульц").certainty()).isEqualTo(Certainty.AS_WRITTEN);
    }

    @Test
    void namesThatDoNotDeclineAreNotMangled() {
        assertThat(names.nominative("Антона Шойгу").name()).isEqualTo("Антон Шойгу");
        assertThat(names.nominative("Антона Кеннеди").name()).isEqualTo("Антон Кеннеди");
        assertThat(names.nominative("Анны Шульц").name()).isEqualTo("Анна Шульц");
        // Анне's ending or a foreign name's last letter: the name stays as written
        assertThat(names.nominative("Анне Ильзе")).isEqualTo(new Nominative("Анне Ильзе", Certainty.UNKNOWN));
        assertThat(names.nominative("Антону Гёте").name()).isEqualTo("Антон Гёте");
    }

    @Test
    void whenTheCaseIsAmbiguousTheNameStaysAsWritten() {
        // Лавров's genitive or Лаврова herself
        assertThat(names.nominative("Лаврова")).isEqualTo(new Nominative("Лаврова", Certainty.UNKNOWN));
        // nothing known to read the case from
        assertThat(names.nominative("Рейнхольта")).isEqualTo(new Nominative("Рейнхольта", Certainty.UNKNOWN));
        // -ого: Толстой or Белый
        assertThat(names.nominative("Антона Белого").certainty()).isEqualTo(Certainty.UNKNOWN);
        assertThat(names.nominative("Anna Kowalski").certainty()).isEqualTo(Certainty.UNKNOWN);
        // a place's genitive the recognizer spanned with the name
        assertThat(names.nominative("Верхнеозёрска Антона Мирца").certainty()).isEqualTo(Certainty.UNKNOWN);
        // only adjectives: a misread word, not a person (the fake dictionary knows no surname "Северный")
        assertThat(names.nominative("Северную").certainty()).isEqualTo(Certainty.UNKNOWN);
    }

    @Test
    void withoutADictionaryEveryNameStaysAsWritten() {
        assertThat(new RussianPersonNames(null).nominative("Антона Мирца"))
                .isEqualTo(new Nominative("Антона Мирца", Certainty.UNKNOWN));
    }

    @Test
    void unknownSurnameParadigms() {
        assertThat(RussianPersonNames.masculine("мирцем", INS)).isEqualTo("мирц");
        assertThat(RussianPersonNames.masculine("гоголя", GEN)).isEqualTo("гоголь");
        assertThat(RussianPersonNames.masculine("гайдаем", INS)).isEqualTo("гайдай");
        assertThat(RussianPersonNames.masculine("рахмоновым", INS)).isEqualTo("рахмонов");
        assertThat(RussianPersonNames.masculine("рахмонове", PREP)).isEqualTo("рахмонов");
        assertThat(RussianPersonNames.masculine("заславскому", DAT)).isEqualTo("заславский");
        assertThat(RussianPersonNames.masculine("заславским", INS)).isEqualTo("заславский");
        assertThat(RussianPersonNames.masculine("дарио", GEN)).isEqualTo("дарио");
        assertThat(RussianPersonNames.feminine("рахмонову", ACC)).isEqualTo("рахмонова");
        assertThat(RussianPersonNames.feminine("заславскую", ACC)).isEqualTo("заславская");
        assertThat(RussianPersonNames.feminine("ольги", GEN)).isEqualTo("ольга");
        assertThat(RussianPersonNames.feminine("марии", GEN)).isNull();
    }
}
