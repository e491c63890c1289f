package org.dateline.classify;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dateline.text.Analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's view of a text: stemmed unigrams and adjacent-stem bigrams (the language's Lucene
 * chain, stop words removed) of the title and the opening of the text, title terms counted twice, each
 * weighted {@code log(1 + tf)} and the vector scaled to unit length. Thread-safe (Lucene analyzers keep
 * per-thread token streams).
 */
final class Features {

    /** Only the opening of long texts is read: the lead carries the topic, and speed stays flat. */
    static final int TEXT_CHARS = 2000;
    static final double TITLE_WEIGHT = 2.0;

    private final Analyzers analyzers = new Analyzers();

    /** A sparse unit vector, keys in first-seen order. */
    Map<String, Double> extract(String language, String title, String text) {
        Map<String, Double> tf = new LinkedHashMap<>();
        add(tf, tokens(language, title), TITLE_WEIGHT);
        String body = text == null ? "" : text;
        if (body.length() > TEXT_CHARS) {
            int cut = body.lastIndexOf(' ', TEXT_CHARS);
            body = body.substring(0, cut > TEXT_CHARS / 2 ? cut : TEXT_CHARS);
        }
        add(tf, tokens(language, body), 1.0);
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double v = Math.log1p(e.getValue());
            e.setValue(v);
            norm += v * v;
        }
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            tf.replaceAll((k, v) -> v * inv);
        }
        return tf;
    }

    private static void add(Map<String, Double> tf, List<String> tokens, double weight) {
        String previous = null;
        for (String t : tokens) {
            tf.merge(t, weight, Double::sum);
            if (previous != null) tf.merge(previous + "_" + t, weight, Double::sum);
            previous = t;
        }
    }

    private List<String> tokens(String language, String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        try (TokenStream ts = analyzers.forLanguage(language).tokenStream("f", s)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1 && term.length() <= 30) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
