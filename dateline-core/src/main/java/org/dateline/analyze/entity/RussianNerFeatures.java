package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The observations the Russian tagger weighs for each token. Russian marks case, hence role, in word endings,
 * so suffixes of the token and its neighbours carry much of the signal ("главой МИД Сергеем Лавровым");
 * shapes tell names from words; the lexicon adds what 150 training texts cannot teach; the document tells a
 * sentence-initial name ("Газпром заявил") from an ordinary capitalised word by how the word is written
 * elsewhere in the same text.
 */
final class RussianNerFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final RussianLexicon lexicon;

    RussianNerFeatures(RussianLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What one document says about its words, gathered before any of its sentences is tagged. */
    private static final class Document {
        private final Set<String> capitalisedInside = new HashSet<>();
        private final Set<String> lowercase = new HashSet<>();

        Document(List<List<String>> sentences) {
            for (List<String> s : sentences) {
                for (int i = 0; i < s.size(); i++) {
                    String w = s.get(i);
                    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
                    String lower = w.toLowerCase(Locale.ROOT);
                    if (Character.isLowerCase(w.charAt(0))) {
                        lowercase.add(lower);
                    } else if (i > 0 && !opensQuote(s.get(i - 1))) {
                        capitalisedInside.add(lower);
                    }
                }
            }
        }
    }

    /** First-pass features of a whole document: per sentence, one feature-name array per token. */
    List<List<String[]>> extract(List<List<String>> sentences) {
        Document doc = new Document(sentences);
        List<List<String[]>> out = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) out.add(extract(s, doc));
        return out;
    }

    private List<String[]> extract(List<String> sentence, Document doc) {
        int n = sentence.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        List<List<String>> lex = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lower[i] = sentence.get(i).toLowerCase(Locale.ROOT).replace('ё', 'е');
            shape[i] = shape(sentence.get(i));
            lex.add(Character.isLetter(sentence.get(i).charAt(0)) ? lexicon.listsOf(lower[i]) : List.of());
        }
        List<String[]> out = new ArrayList<>(n);
        boolean inQuotes = false;
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(64);
            String w = lower[i];
            f.add("b");
            f.add("w=" + w);
            f.add("sh=" + shape[i]);
            for (int d = -2; d <= 2; d++) {
                if (d == 0) continue;
                f.add("w" + d + "=" + at(lower, i + d));
                f.add("sh" + d + "=" + at(shape, i + d));
            }
            f.add("sh-1|sh=" + at(shape, i - 1) + "|" + shape[i]);
            f.add("sh|sh+1=" + shape[i] + "|" + at(shape, i + 1));
            f.add("w-1|w=" + at(lower, i - 1) + "|" + w);
            f.add("w|w+1=" + w + "|" + at(lower, i + 1));
            for (int k = 1; k <= 4 && k < w.length(); k++) f.add("s" + k + "=" + w.substring(w.length() - k));
            for (int k = 3; k <= 4 && k < w.length(); k++) f.add("p" + k + "=" + w.substring(0, k));
            for (int d = -1; d <= 1; d++) f.add("st" + d + "=" + stem(at(lower, i + d)));
            for (int d : new int[]{-1, 1}) {
                String v = at(lower, i + d);
                for (int k = 2; k <= 3; k++) {
                    f.add("s" + k + "@" + d + "=" + (v.length() > k ? v.substring(v.length() - k) : v));
                }
            }
            if (i == 0) f.add("first|" + shape[i]);
            for (int d = -2; d <= 1; d++) {
                if (i + d < 0 || i + d >= n) continue;
                for (String name : lex.get(i + d)) f.add("lex" + d + "=" + name);
            }
            if (inQuotes) f.add("inq|" + shape[i]);
            String t = sentence.get(i);
            // a straight quote both opens and closes: it toggles
            if (t.equals("\"")) inQuotes = !inQuotes;
            else if (opensQuote(t)) inQuotes = true;
            else if (t.equals("»") || t.equals("”")) inQuotes = false;
            if (Character.isUpperCase(sentence.get(i).charAt(0))) {
                f.add("dcap=" + doc.capitalisedInside.contains(w) + "|dlow=" + doc.lowercase.contains(w)
                        + "|first=" + (i == 0));
            }
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    /** The word without a case ending's worth of letters, so inflections share it: "путина", "путину" → "пути". */
    private static String stem(String w) {
        return w.length() > 4 ? w.substring(0, w.length() - 2) : w;
    }

    /**
     * Second-pass features: each token's own first-pass tag and its neighbours', and the entity type the first
     * pass gave most often to the same word (by stem) elsewhere in the document. A name is usually one thing
     * throughout a text, and its other mentions ("Клод Моне" ... "Моне") often say which more clearly.
     */
    static List<List<String[]>> withFirstPass(List<List<String>> sentences, List<List<String[]>> base,
                                              List<String[]> firstPass) {
        Map<String, int[]> typeCounts = new HashMap<>();
        forEachNamedToken(sentences, firstPass, (key, type) -> typeCounts.computeIfAbsent(key, k -> new int[TYPES.size()])[type]++);
        List<List<String[]>> out = new ArrayList<>(base.size());
        for (int s = 0; s < base.size(); s++) {
            String[] tags = firstPass.get(s);
            List<String> words = sentences.get(s);
            List<String[]> sentence = new ArrayList<>(tags.length);
            for (int i = 0; i < tags.length; i++) {
                String[] f = base.get(s).get(i);
                String[] g = Arrays.copyOf(f, f.length + 4);
                g[f.length] = "p1=" + tags[i];
                g[f.length + 1] = "p1-1=" + (i > 0 ? tags[i - 1] : START);
                g[f.length + 2] = "p1+1=" + (i + 1 < tags.length ? tags[i + 1] : END);
                g[f.length + 3] = "mem=" + elsewhere(typeCounts, words.get(i), tags[i]);
                sentence.add(g);
            }
            out.add(sentence);
        }
        return out;
    }

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** The type most often given to {@code word}'s stem in the document, not counting this mention itself. */
    private static String elsewhere(Map<String, int[]> typeCounts, String word, String ownTag) {
        if (!Character.isUpperCase(word.charAt(0))) return "-";
        int[] counts = typeCounts.get(stem(word.toLowerCase(Locale.ROOT)));
        if (counts == null) return "none";
        int own = ownTag.equals("O") ? -1 : TYPES.indexOf(ownTag.substring(2));
        int best = -1;
        int bestCount = 0;
        for (int t = 0; t < counts.length; t++) {
            int c = counts[t] - (t == own ? 1 : 0);
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        return best < 0 ? "none" : TYPES.get(best);
    }

    private static void forEachNamedToken(List<List<String>> sentences, List<String[]> tags,
                                          java.util.function.ObjIntConsumer<String> action) {
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < tags.get(s).length; i++) {
                String tag = tags.get(s)[i];
                String w = sentences.get(s).get(i);
                if (tag.equals("O") || !Character.isUpperCase(w.charAt(0))) continue;
                action.accept(stem(w.toLowerCase(Locale.ROOT)), TYPES.indexOf(tag.substring(2)));
            }
        }
    }

    private static String at(String[] values, int i) {
        return i < 0 ? START : i >= values.length ? END : values[i];
    }

    /**
     * The token's form class: letter case pattern collapsed ("Xx", "X", "x", "Xx-Xx"), digits as "d", the script
     * (Latin names are mostly organisations in Russian news), and punctuation as itself.
     */
    static String shape(String token) {
        StringBuilder b = new StringBuilder(8);
        boolean latin = false;
        boolean cyrillic = false;
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char k;
            if (Character.isUpperCase(c)) k = 'X';
            else if (Character.isLetter(c)) k = 'x';
            else if (Character.isDigit(c)) k = 'd';
            else k = c;
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) cyrillic = true;
                else latin = true;
            }
            if (k != last) b.append(k);
            last = k;
        }
        if (latin) b.append(cyrillic ? "/mix" : "/lat");
        if (b.toString().startsWith("X") && !b.toString().contains("x") && token.length() > 1) {
            b.append(token.length() <= 3 ? "/short" : "/long");
        }
        return b.toString();
    }

    private static boolean opensQuote(String t) {
        return t.equals("«") || t.equals("“") || t.equals("\"") || t.equals("„");
    }
}
