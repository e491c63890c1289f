package org.dateline.nlp.morphru;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.dateline.analyze.entity.RussianMorphology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@link RussianMorphology} from LanguageTool's Russian dictionary (AOT's, LGPL): about five million word forms
 * with their tags, among them 28,000 first names ("Name"), 130,000 surnames ("Fam") and patronymics ("Patr"),
 * read as a finite-state automaton with morfologik. The automaton is shared; its lookup objects are not
 * thread-safe, so each thread gets its own.
 */
public final class LanguageToolRussianMorphology implements RussianMorphology {

    static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";

    private final ThreadLocal<DictionaryLookup> lookup;

    /** Reads the dictionary from LanguageTool's jar on the class path (ServiceLoader needs this constructor). */
    public LanguageToolRussianMorphology() {
        URL url = LanguageToolRussianMorphology.class.getResource(DICTIONARY);
        if (url == null) throw new IllegalStateException("missing resource " + DICTIONARY);
        Dictionary dictionary;
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DICTIONARY, e);
        }
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    @Override
    public String classes(String lowercaseWord) {
        List<WordData> readings = lookup.get().lookup(lowercaseWord);
        if (readings.isEmpty()) return UNKNOWN;
        TreeSet<String> classes = new TreeSet<>();
        for (WordData w : readings) classes.add(classOf(w.getTag()));
        return String.join("|", classes);
    }

    /** "NN:Fam:Masc:Sin:Nom" → "fam"; "ADJ:Posit:..." → "adj": a personal-name kind wins over the part of speech. */
    static String classOf(CharSequence tag) {
        List<String> parts = tag == null ? List.of() : List.of(tag.toString().split(":"));
        if (parts.contains("Name")) return "name";
        if (parts.contains("Fam")) return "fam";
        if (parts.contains("Patr")) return "patr";
        return parts.isEmpty() || parts.getFirst().isEmpty() ? "x" : parts.getFirst().toLowerCase(Locale.ROOT);
    }
}
