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
 * Besides the blocks, optional not-news shape cues ({@code s:}, {@link #shapes}), each worth {@link Spec#shapeWeight}
 * before the whole vector is scaled.
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
     * @param shapeWeight  value of each cue of the shape block ({@code s:}, see {@link #shapes}; 0: no shape block)
     * @param notNewsBias  added to the trained not-news bias: the not-news decision threshold, fixed in the model
     */
    public record Spec(double titleWeight, int textChars, boolean bigrams, int prefix, double prefixWeight,
                       int charMin, int charMax, double charWeight, double shapeWeight, double notNewsBias) {

        /** The features of the first model format (words block only). */
        public static final Spec WORDS = new Spec(2.0, 2000, true, 0, 0, 0, 0, 0);

        /** A spec without shape block and bias offset (the second model format). */
        public Spec(double titleWeight, int textChars, boolean bigrams, int prefix, double prefixWeight,
                    int charMin, int charMax, double charWeight) {
            this(titleWeight, textChars, bigrams, prefix, prefixWeight, charMin, charMax, charWeight, 0, 0);
        }

        /** {@code key=value,...}, as the model file stores it (the newer keys only when set, so older models read and write the same). */
        String format() {
            String s = String.format(Locale.ROOT, "title=%s,text=%d,bigrams=%b,prefix=%d,prefixWeight=%s,charMin=%d,charMax=%d,charWeight=%s",
                    LinearModel.number(titleWeight), textChars, bigrams, prefix, LinearModel.number(prefixWeight),
                    charMin, charMax, LinearModel.number(charWeight));
            if (shapeWeight != 0) s += ",shape=" + LinearModel.number(shapeWeight);
            if (notNewsBias != 0) s += ",notNewsBias=" + LinearModel.number(notNewsBias);
            return s;
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
                    Double.parseDouble(kv.getOrDefault("charWeight", "0")),
                    Double.parseDouble(kv.getOrDefault("shape", "0")),
                    Double.parseDouble(kv.getOrDefault("notNewsBias", "0")));
        }
    }

    private final Analyzers analyzers = new Analyzers();

    /** A sparse unit vector under {@link Spec#WORDS}. */
    Map<String, Double> extract(String language, String title, String text) {
        return extract(language, Spec.WORDS, title, text);
    }

    /** A sparse unit vector, keys in first-seen order. */
    Map<String, Double> extract(String language, Spec spec, String title, String text) {
        return vector(language, spec, title, text, true).toMap();
    }

    /** A thread's vectors for classifying, reused text after text: a news text's blocks take some 300 KB of arrays. */
    private static final ThreadLocal<FeatureVector[]> SCRATCH = ThreadLocal.withInitial(
            () -> new FeatureVector[]{new FeatureVector(false), new FeatureVector(false), new FeatureVector(false)});

    /** A vector for block {@code slot} (0: the whole, 1: prefixes, 2: character grams): the thread's own when unnamed. */
    private static FeatureVector block(boolean named, int slot, int expected) {
        return named ? new FeatureVector(true, expected) : SCRATCH.get()[slot].reset(expected);
    }

    /**
     * The vector {@link #extract(String, Spec, String, String)} gives, keyed by the hashes of the feature names
     * ({@code named}: the names kept too). Without names it is the calling thread's scratch vector, valid until the
     * thread's next call (classification reads it at once).
     */
    FeatureVector vector(String language, Spec spec, String title, String text, boolean named) {
        String body = text == null ? "" : text;
        if (body.length() > spec.textChars()) {
            int cut = body.lastIndexOf(' ', spec.textChars());
            body = body.substring(0, cut > spec.textChars() / 2 ? cut : spec.textChars());
        }
        StringBuilder key = new StringBuilder(40);
        // the blocks all end up in it: with a character block, that is mostly its grams
        int read = (title == null ? 0 : title.length()) + body.length();
        FeatureVector out = block(named, 0, spec.charMin() > 0 ? 3 * read : read / 2);
        addWords(out, key, tokens(language, title), spec.titleWeight(), spec.bigrams());
        addWords(out, key, tokens(language, body), 1.0, spec.bigrams());
        out.logScaled(1.0);
        if (spec.prefix() > 0 || spec.charMin() > 0 || spec.shapeWeight() > 0) {
            List<String> titleWords = plainWords(title);
            List<String> bodyWords = plainWords(body);
            if (spec.shapeWeight() > 0) {
                for (String cue : shapes(title, titleWords, bodyWords)) out.add(cue, spec.shapeWeight());
            }
            if (spec.prefix() > 0 && spec.prefixWeight() > 0) {
                FeatureVector p = block(named, 1, read / 2);
                addPrefixes(p, key, titleWords, spec.prefix(), spec.titleWeight());
                addPrefixes(p, key, bodyWords, spec.prefix(), 1.0);
                out.addAll(p.logScaled(spec.prefixWeight()));
            }
            if (spec.charMin() > 0 && spec.charWeight() > 0) {
                // sized for the grams of a news text: about two distinct ones per character read
                FeatureVector c = block(named, 2, 2 * read);
                addCharGrams(c, key, titleWords, spec.charMin(), spec.charMax(), spec.titleWeight());
                addCharGrams(c, key, bodyWords, spec.charMin(), spec.charMax(), 1.0);
                out.addAll(c.logScaled(spec.charWeight()));
            }
            out.normalize();
        }
        return out;
    }

    private static final java.util.Set<String> YOU = java.util.Set.of("you", "your", "yours", "yourself", "you're", "you'll", "you've", "ты", "тебе", "тебя", "твой", "твоя", "твои", "вы", "вам", "вас", "ваш", "ваша", "ваши", "вашего", "вашей");
    private static final java.util.Set<String> ME = java.util.Set.of("i", "me", "my", "mine", "myself", "я", "мне", "меня", "мой", "моя", "мои", "моего", "моей");
    private static final java.util.Set<String> WE = java.util.Set.of("we", "our", "us", "ours", "мы", "нам", "нас", "наш", "наша", "наши");
    private static final java.util.Set<String> IMPERATIVE = java.util.Set.of("try", "make", "get", "meet", "learn", "discover",
            "find", "take", "stop", "start", "avoid", "check", "read", "watch", "see", "don", "do", "keep", "buy", "use",
            "cook", "bake", "add", "mix", "let", "here", "forget", "remember", "consider", "choose", "enjoy", "say",
            "узнайте", "попробуйте", "сделайте", "смотрите", "читайте", "выбирайте", "не", "давайте", "вспомним");
    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "fifteen", "twenty", "top", "два", "три", "пять", "семь", "десять");
    private static final java.util.Set<String> HOW = java.util.Set.of("how", "why", "what", "which", "when", "как", "почему", "зачем", "что", "какие", "какой", "чем");
    private static final java.util.Set<String> UNITS = java.util.Set.of("g", "kg", "ml", "l", "cup", "cups", "tbsp", "tsp",
            "tablespoon", "tablespoons", "teaspoon", "teaspoons", "oz", "lb", "grams", "minutes", "mins", "г", "кг", "мл",
            "л", "ст", "ч", "стакан", "стакана", "грамм", "минут", "ложки", "ложка");
    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "told", "announced", "reported",
            "according", "stated", "confirmed", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "заявил", "заявила", "сообщил", "сообщила", "сообщает", "сообщили", "заявили", "понедельник",
            "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "вчера", "сообщается", "передает", "пишет");

    /**
     * Not-news shape cues, language-general: second-person address ({@code s:you}), first person ({@code s:me},
     * {@code s:we}), a question title ({@code s:q}), a title opening with a number (a list, {@code s:list}), with a
     * question word ({@code s:how}) or an imperative ({@code s:imp}), quantities with units (recipes, {@code s:qty}), an
     * exclamation ({@code s:excl}), and the absence of reporting words and weekdays ({@code s:noreport}). Weights are
     * learned like any other feature's.
     */
    static List<String> shapes(String title, String body) {
        return shapes(title, plainWords(title), plainWords(body));
    }

    /** {@link #shapes(String, String)} of a title and body already split into {@link #plainWords}. */
    private static List<String> shapes(String title, List<String> tw, List<String> bw) {
        List<String> out = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        List<String> all = new ArrayList<>(tw);
        all.addAll(bw);
        int you = 0, me = 0, we = 0, report = 0, qty = 0;
        String prev = null;
        for (String w : all) {
            if (YOU.contains(w)) you++;
            if (ME.contains(w)) me++;
            if (WE.contains(w)) we++;
            if (REPORTING.contains(w)) report++;
            if (UNITS.contains(w) && prev != null && !prev.isEmpty() && Character.isDigit(prev.charAt(0))) qty++;
            prev = w;
        }
        if (you > 0) out.add("s:you");
        if (you > 2) out.add("s:you3");
        if (me > 1) out.add("s:me");
        if (we > 1) out.add("s:we");
        if (qty > 0) out.add("s:qty");
        if (report == 0) out.add("s:noreport");
        if (t.endsWith("?")) out.add("s:q");
        if (t.contains("!")) out.add("s:excl");
        if (!tw.isEmpty()) {
            String first = tw.get(0);
            if (Character.isDigit(first.charAt(0)) && first.length() <= 2 || NUMBER_WORDS.contains(first)) out.add("s:list");
            if (HOW.contains(first)) out.add("s:how");
            if (IMPERATIVE.contains(first)) out.add("s:imp");
        }
        return out;
    }

    /** Stems, and with {@code bigrams} each adjacent pair {@code a_b}. */
    private static void addWords(FeatureVector tf, StringBuilder key, List<String> tokens, double weight, boolean bigrams) {
        String previous = null;
        for (String t : tokens) {
            tf.add(t, weight);
            if (bigrams && previous != null) {
                key.setLength(0);
                tf.add(key.append(previous).append('_').append(t), weight);
            }
            previous = t;
        }
    }

    private static void addPrefixes(FeatureVector tf, StringBuilder key, List<String> words, int length, double weight) {
        for (String w : words) {
            if (w.length() < 3) continue;
            key.setLength(0);
            tf.add(key.append("p:").append(w, 0, Math.min(length, w.length())), weight);
        }
    }

    /** The {@code min}- to {@code max}-character n-grams of each word between the boundary marks {@code <} and {@code >}. */
    private static void addCharGrams(FeatureVector tf, StringBuilder key, List<String> words, int min, int max, double weight) {
        if (!tf.named()) {
            addHashedCharGrams(tf, words, min, max, weight);
            return;
        }
        for (String w : words) {
            if (w.length() < 2) continue;
            int len = w.length() + 2;   // with the boundary marks '<' and '>'
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= len; i++) {
                    key.setLength(0);
                    key.append("c:");
                    for (int j = i; j < i + n; j++) key.append(gramChar(w, len, j));
                    tf.add(key, weight);
                }
            }
        }
    }

    /**
     * {@link #addCharGrams} without spelling the grams out: each start's grams are hashed in one pass, the longer
     * extending the shorter's hash (the hash reads characters in order), then added in the same order, so the vector is
     * the same one. Classification's path: a news-length text has thousands of grams.
     */
    private static void addHashedCharGrams(FeatureVector tf, List<String> words, int min, int max, double weight) {
        long prefix = FeatureVector.hash("c:");
        int lengths = max - min + 1;
        long[] hashes = new long[lengths * 34];
        for (String w : words) {
            if (w.length() < 2) continue;
            int len = w.length() + 2;   // with the boundary marks '<' and '>'
            if (hashes.length < lengths * len) hashes = new long[lengths * len];
            for (int i = 0; i + min <= len; i++) {
                long h = prefix;
                for (int j = i; j < Math.min(len, i + max); j++) {
                    h = FeatureVector.extend(h, gramChar(w, len, j));
                    int n = j - i + 1;
                    if (n >= min) hashes[(n - min) * len + i] = h;
                }
            }
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= len; i++) tf.add(hashes[(n - min) * len + i], weight);
            }
        }
    }

    /** Character {@code j} of word {@code w} between its boundary marks ({@code len}: the word's length + 2). */
    private static char gramChar(String w, int len, int j) {
        return j == 0 ? '<' : j == len - 1 ? '>' : w.charAt(j - 1);
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
