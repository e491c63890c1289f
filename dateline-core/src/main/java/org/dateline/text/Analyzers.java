package org.dateline.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-language analysis chains in one place (Lucene's own English and Russian stemmers, a standard
 * chain for everything else), and the field naming that routes each language to its chain:
 * a field {@code name_xx} is analysed with language {@code xx}'s chain.
 */
public final class Analyzers {

    /** Languages with a chain of their own; others use {@link #OTHER}. */
    public static final List<String> LANGUAGES = List.of("en", "ru");
    public static final String OTHER = "xx";

    private final Map<String, Analyzer> byLanguage = new HashMap<>();

    public Analyzers() {
        byLanguage.put("en", new EnglishAnalyzer());
        byLanguage.put("ru", new RussianAnalyzer());
        byLanguage.put(OTHER, new StandardAnalyzer());
    }

    /** The chain key for a language code: itself if it has a chain, else {@link #OTHER}. */
    public static String chain(String language) {
        return language != null && LANGUAGES.contains(language) ? language : OTHER;
    }

    public static String field(String base, String language) {
        return base + "_" + chain(language);
    }

    public Analyzer forLanguage(String language) {
        return byLanguage.get(chain(language));
    }

    /** An analyzer for an index whose text fields follow the {@code name_xx} convention. */
    public Analyzer perField(String... bases) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String base : bases) {
            for (String lang : LANGUAGES) fields.put(base + "_" + lang, byLanguage.get(lang));
            fields.put(base + "_" + OTHER, byLanguage.get(OTHER));
        }
        return new PerFieldAnalyzerWrapper(byLanguage.get(OTHER), fields);
    }

    /** Term frequencies of {@code text} under the language's chain, in first-seen order. */
    public Map<String, Integer> termFrequencies(String language, String text) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        try (TokenStream ts = forLanguage(language).tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) tf.merge(term.toString(), 1, Integer::sum);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tf;
    }
}
