package org.dateline.analyze.entity;

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

    /** The first dictionary on the class path, if an optional module provides one. */
    static Optional<RussianMorphology> installed() {
        return ServiceLoader.load(RussianMorphology.class).findFirst();
    }
}
