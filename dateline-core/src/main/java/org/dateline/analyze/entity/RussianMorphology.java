package org.dateline.analyze.entity;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What a morphological dictionary says a Russian word form can be: a first name, a surname, a patronymic, or an
 * ordinary part of speech, or nothing at all. {@link RussianNer} weighs these beside its own features: the
 * dictionary knows hundreds of thousands of names and words that 150 training texts never show, and a word it does
 * not know is often a foreign name. Dictionaries large enough to help are LGPL, so an optional module supplies one,
 * listed in {@code META-INF/services/org.dateline.analyze.entity.RussianMorphology} and found with
 * {@link ServiceLoader}; the core never depends on it. Implementations are thread-safe.
 */
public interface RussianMorphology {

    /** The class of a word the dictionary does not know. */
    String UNKNOWN = "oov";

    /**
     * The classes of every reading of {@code lowercaseWord}, sorted and joined with '|' ("adj|fam|name|nn" for
     * "лавров"): "name", "fam" and "patr" for the kinds of personal names, otherwise the part of speech in lower
     * case; {@link #UNKNOWN} when the dictionary has no reading.
     */
    String classes(String lowercaseWord);

    /**
     * The singular readings of {@code lowercaseWord} as a personal name, each with its nominative of the same gender
     * ("ломакиной" → feminine surname, genitive, dative, instrumental or prepositional, "ломакина"), and, only when
     * it has no such reading, as an adjective (surnames such as "Белого" decline like one). Empty when the dictionary
     * has neither. {@link RussianPersonNames} reads a whole name's case from these; a dictionary without
     * inflections may keep the default, and names then stay as written.
     */
    default List<NameForm> nameForms(String lowercaseWord) {
        return List.of();
    }

    /**
     * The singular readings of {@code lowercaseWord} as a word of a place's name, each with its nominative singular
     * ("москве" → a feminine noun, dative or prepositional, "москва"; "приозёрной" → a feminine adjective, genitive,
     * dative, instrumental or prepositional, "приозёрная"). Nouns are read as common or proper nouns, as a personal
     * name only when the dictionary knows the word as nothing else and its nominative is its lemma (a masculine
     * one: "лондоне"). Empty when the dictionary does not know the word. {@link RussianPlaceNames} reads a whole
     * name's case from these.
     */
    default List<PlaceForm> placeForms(String lowercaseWord) {
        return List.of();
    }

    /**
     * One reading of a word form in a place's name.
     *
     * @param adjective  an adjective, agreeing in gender and case with the noun it qualifies
     * @param gender     "Masc", "Fem" or "Neut"
     * @param nominative the nominative singular of the same gender, lower case
     */
    record PlaceForm(boolean adjective, String gender, GrammaticalCase grammaticalCase, String nominative) {
    }

    /** What a word form can be as part of a person's name. */
    enum NameKind { FIRST_NAME, SURNAME, PATRONYMIC, ADJECTIVE }

    enum Gender { MASCULINE, FEMININE }

    enum GrammaticalCase { NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL }

    /**
     * One reading of a word form.
     *
     * @param gender             null when the dictionary gives none (the reading fits either)
     * @param grammaticalCase    null for a word that does not decline ("Шойгу"): it fits every case
     * @param nominative         the nominative singular of the same gender, lower case ("ломакиной" → "ломакина")
     */
    record NameForm(NameKind kind, Gender gender, GrammaticalCase grammaticalCase, String nominative) {
    }

    /** The first dictionary on the class path, if an optional module provides one; read once and shared. */
    static Optional<RussianMorphology> installed() {
        return InstalledMorphology.INSTANCE;
    }
}

/** Holder idiom: the recognizer and the linker share one dictionary, read the first time either asks. */
final class InstalledMorphology {
    static final Optional<RussianMorphology> INSTANCE = ServiceLoader.load(RussianMorphology.class).findFirst();

    private InstalledMorphology() {
    }
}
