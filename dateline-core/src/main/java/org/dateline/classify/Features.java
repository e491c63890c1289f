package org.dateline.classify;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dateline.text.Analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classifier's view of a text, in up to three blocks, each weighted {@code log(1 + tf)} and scaled to
 * unit length, then mixed by the block weights of the {@link Spec} and the whole vector scaled to unit
 * length:
 * <ul>
 * <li>words: stemmed unigrams and adjacent-stem bigrams (the language's Lucene chain, stop words removed);</li>
 * <li>prefixes ({@code p:}): the first {@link Spec#prefix} letters of every word of the plain lowercase text,
 *     a stemmer-free handle on inflected forms (Russian morphology);</li>
 * <li>character n-grams ({@code c:}) of the words with boundary marks, e.g. {@code c:<ре}.</li>
 * </ul>
 * Only the title and the opening of the text are read, title terms counted {@link Spec#titleWeight} times.
 * Thread-safe (Lucene analyzers keep per-thread token streams).
 */
public final class Features {

    /**
     * How a language's texts are featurised; stored with the model's weights so that classification uses
     * the recipe the weights were trained with.
     *
     * @param titleWeight  how many times a title term counts
     * @param textChars    only the opening of long texts is read: the lead carries the topic, and speed stays flat
     * @param bigrams      adjacent-stem pairs in the words block
     * @param prefix       prefix length (0: no prefix block)
     * @param prefixWeight weight of the prefix block against the words block (weight 1)
     * @param charMin      shortest character n-gram (0: no character block)
     * @param charMax      longest character n-gram
     * @param charWeight   weight of the character block against the words block
     */
    public record Spec(double titleWeight, int textChars, boolean bigrams, int prefix, double prefixWeight,
                       int charMin, int charMax, double charWeight) {

        /** The features of the first model format (words block only). */
        public static final Spec WORDS = new Spec(2.0, 2000, true, 0, 0, 0, 0, 0);

        /** {@code key=value,...}, as the model file stores it. */
        String format() {
            return String.format(Locale.ROOT, "title=%s,text=%d,bigrams=%b,prefix=%d,prefixWeight=%s,charMin=%d,charMax=%d,charWeight=%s",
                    LinearModel.number(titleWeight), textChars, bigrams, prefix, LinearModel.number(prefixWeight),
                    charMin, charMax, LinearModel.number(charWeight));
        }

        public static Spec parse(String s) {
            Map<String, String> kv = new LinkedHashMap<>();
            for (String part : s.split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) kv.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
            return new Spec(Double.parseDouble(kv.getOrDefault("title", "2")),
                    Integer.parseInt(kv.getOrDefault("text", "2000")),
                    Boolean.parseBoolean(kv.getOrDefault("bigrams", "true")),
                    Integer.parseInt(kv.getOrDefault("prefix", "0")),
                    Double.parseDouble(kv.getOrDefault("prefixWeight", "0")),
                    Integer.parseInt(kv.getOrDefault("charMin", "0")),
                    Integer.parseInt(kv.getOrDefault("charMax", "0")),
                    Double.parseDouble(kv.getOrDefault("charWeight", "0")));
        }
    }

    private final Analyzers analyzers = new Analyzers();

    /** A sparse unit vector under {@link Spec#WORDS}. */
    Map<String, Double> extract(String language, String title, String text) {
        return extract(language, Spec.WORDS, title, text);
    }

    /** A sparse unit vector, keys in first-seen order. */
    Map<String, Double> extract(String language, Spec spec, String title, String text) {
        String body = text == null ? "" : text;
        if (body.length() > spec.textChars()) {
            int cut = body.lastIndexOf(' ', spec.textChars());
            body = body.substring(0, cut > spec.textChars() / 2 ? cut : spec.textChars());
        }
        Map<String, Double> words = new LinkedHashMap<>();
        addWords(words, tokens(language, title), spec.titleWeight(), spec.bigrams());
        addWords(words, tokens(language, body), 1.0, spec.bigrams());
        Map<String, Double> out = unit(words, 1.0);
        if (spec.prefix() > 0 || spec.charMin() > 0) {
            List<String> titleWords = plainWords(title);
            List<String> bodyWords = plainWords(body);
            if (spec.prefix() > 0 && spec.prefixWeight() > 0) {
                Map<String, Double> p = new LinkedHashMap<>();
                addPrefixes(p, titleWords, spec.prefix(), spec.titleWeight());
                addPrefixes(p, bodyWords, spec.prefix(), 1.0);
                merge(out, unit(p, spec.prefixWeight()));
            }
            if (spec.charMin() > 0 && spec.charWeight() > 0) {
                Map<String, Double> c = new LinkedHashMap<>();
                addCharGrams(c, titleWords, spec.charMin(), spec.charMax(), spec.titleWeight());
                addCharGrams(c, bodyWords, spec.charMin(), spec.charMax(), 1.0);
                merge(out, unit(c, spec.charWeight()));
            }
            double norm = 0;
            for (double v : out.values()) norm += v * v;
            if (norm > 0) {
                double inv = 1 / Math.sqrt(norm);
                out.replaceAll((k, v) -> v * inv);
            }
        }
        return out;
    }

    /** {@code log(1 + tf)}, scaled to length {@code length}. */
    private static Map<String, Double> unit(Map<String, Double> tf, double length) {
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double v = Math.log1p(e.getValue());
            e.setValue(v);
            norm += v * v;
        }
        if (norm > 0) {
            double scale = length / Math.sqrt(norm);
            tf.replaceAll((k, v) -> v * scale);
        }
        return tf;
    }

    private static void merge(Map<String, Double> into, Map<String, Double> block) {
        block.forEach((k, v) -> into.merge(k, v, Double::sum));
    }

    private static void addWords(Map<String, Double> tf, List<String> tokens, double weight, boolean bigrams) {
        String previous = null;
        for (String t : tokens) {
            tf.merge(t, weight, Double::sum);
            if (bigrams && previous != null) tf.merge(previous + "_" + t, weight, Double::sum);
            previous = t;
        }
    }

    private static void addPrefixes(Map<String, Double> tf, List<String> words, int length, double weight) {
        for (String w : words) {
            if (w.length() < 3) continue;
            tf.merge("p:" + (w.length() > length ? w.substring(0, length) : w), weight, Double::sum);
        }
    }

    private static void addCharGrams(Map<String, Double> tf, List<String> words, int min, int max, double weight) {
        StringBuilder key = new StringBuilder(40);
        Double boxed = weight;
        for (String w : words) {
            if (w.length() < 2) continue;
            int len = w.length() + 2;   // with the boundary marks '<' and '>'
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= len; i++) {
                    key.setLength(0);
                    key.append("c:");
                    for (int j = i; j < i + n; j++) key.append(j == 0 ? '<' : j == len - 1 ? '>' : w.charAt(j - 1));
                    tf.merge(key.toString(), boxed, Double::sum);
                }
            }
        }
    }

    /** Lowercase runs of letters and digits ({@code ё} folded to {@code е}), at most 30 characters each. */
    static List<String> plainWords(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isEmpty()) return out;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(ch)) {
                char l = Character.toLowerCase(ch);
                w.append(l == 'ё' ? 'е' : l);
            } else if (!w.isEmpty()) {
                if (w.length() <= 30) out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
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
