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
 * elsewhere in the same text. With a {@link RussianMorphology}, the dictionary's word classes of the token and
 * its neighbours join them: whether a word is a known surname or first name, or an ordinary word, or unknown.
 */
final class RussianNerFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final RussianLexicon lexicon;
    /** Null when no dictionary is installed: the features then do without it. */
    private final RussianMorphology morphology;

    RussianNerFeatures(RussianLexicon lexicon, RussianMorphology morphology) {
        this.lexicon = lexicon;
        this.morphology = morphology;
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
        String[] morph = null;
        if (morphology != null) {
            morph = new String[n];
            for (int i = 0; i < n; i++) morph[i] = morphology.classes(sentence.get(i).toLowerCase(Locale.ROOT));
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
            if (morph != null) morphology(f, i, sentence, morph, shape);
            endingsAndContext(f, i, lower, shape);
            descriptors(f, i, sentence, shape, lex);
            quotes(f, i, sentence, lower, shape, lex);
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    /**
     * The dictionary's classes of a word (alone and with its shape: a capitalised known noun is not a lowercase
     * one) and of its neighbours with theirs: "Сергей Лавров" is a first name before a surname, and a foreign name
     * ("Марлен Ларюэль") is mostly words the dictionary does not know.
     */
    private static void morphology(List<String> f, int i, List<String> sentence, String[] morph, String[] shape) {
        if (!Character.isLetter(sentence.get(i).charAt(0))) return;
        f.add("md=" + morph[i]);
        f.add("md|sh=" + morph[i] + "|" + shape[i]);
        if (i > 0) f.add("md-1=" + morph[i - 1] + "|" + shape[i - 1]);
        if (i + 1 < morph.length) f.add("md+1=" + morph[i + 1] + "|" + shape[i + 1]);
    }

    /**
     * Case endings joined with the form ("Xx|ом" after "X/short" reads differently from after "x"), and the
     * wider context: words three away, and the four words either side as a bag.
     */
    private static void endingsAndContext(List<String> f, int i, String[] lower, String[] shape) {
        f.add("sh|s2=" + shape[i] + "|" + suffix(lower[i], 2));
        // compound names are built from parts ("Рос|комнадзор", "Мин|экономразвития", "Газпром|банк")
        if (lower[i].length() > 5) {
            f.add("sh|p3=" + shape[i] + "|" + lower[i].substring(0, 3));
            f.add("sh|s4=" + shape[i] + "|" + suffix(lower[i], 4));
        }
        f.add("sh-1|s2-1|sh=" + at(shape, i - 1) + "|" + suffix(at(lower, i - 1), 2) + "|" + shape[i]);
        f.add("sh|sh+1|s2+1=" + shape[i] + "|" + at(shape, i + 1) + "|" + suffix(at(lower, i + 1), 2));
        for (int d : new int[]{-3, 3}) f.add("w" + d + "=" + at(lower, i + d));
        for (int d = -4; d <= -1; d++) if (i + d >= 0) f.add("L=" + lower[i + d]);
        for (int d = 1; d <= 4; d++) if (i + d < lower.length) f.add("R=" + lower[i + d]);
    }

    /**
     * FactRuEval's organisation spans start at lowercase heads ("Верховный суд Бангладеша", "кабинета министров"):
     * the nearest descriptor word to the left and whether only lowercase words lie between (a genitive chain),
     * and for a lowercase descriptor, how far ahead the name it introduces starts ("компания «Газпром»").
     */
    private static void descriptors(List<String> f, int i, List<String> sentence, String[] shape, List<List<String>> lex) {
        for (int d = 1; d <= 5 && i - d >= 0; d++) {
            List<String> lists = lex.get(i - d);
            if (!lists.contains("org") && !lists.contains("loc")) continue;
            boolean plain = true;
            for (int j = i - d + 1; j < i; j++) plain &= Character.isLowerCase(sentence.get(j).charAt(0));
            f.add("desc<" + Math.min(d, 3) + "|" + lists.getFirst() + "|" + plain + "|" + shape[i]);
            break;
        }
        if (lex.get(i).isEmpty() || Character.isUpperCase(sentence.get(i).charAt(0))) return;
        String ahead = "none";
        for (int d = 1; d <= 3 && i + d < sentence.size(); d++) {
            String u = sentence.get(i + d);
            if (opensQuote(u)) {
                ahead = "q" + d;
                break;
            }
            if (Character.isUpperCase(u.charAt(0))) {
                ahead = "X" + d;
                break;
            }
        }
        f.add("desc>" + lex.get(i).getFirst() + "|" + ahead);
    }

    /** Quoted names: the first word after an opening quote, the last before a closing one, the word before «. */
    private static void quotes(List<String> f, int i, List<String> sentence, String[] lower, String[] shape,
                               List<List<String>> lex) {
        int n = sentence.size();
        if (i > 0 && opensQuote(sentence.get(i - 1))) f.add("afterq|" + shape[i] + "|" + lex.get(i).size());
        if (i + 1 < n && (sentence.get(i + 1).equals("»") || sentence.get(i + 1).equals("”"))) f.add("beforeq|" + shape[i]);
        if (i + 1 < n && opensQuote(sentence.get(i + 1))) f.add("beforeopen|" + lower[i]);
    }

    private static String suffix(String w, int k) {
        return w.length() > k ? w.substring(w.length() - k) : w;
    }

    /** The word without a case ending's worth of letters, so inflections share it: "путина", "путину" → "пути". */
    private static String stem(String w) {
        return w.length() > 4 ? w.substring(0, w.length() - 2) : w;
    }

    /**
     * Second-pass features: each token's own first-pass tag and its neighbours', and the entity type the first
     * pass gave most often to the same word (by stem) elsewhere in the document, and whether the token stands in
     * a word string the first pass took for an entity elsewhere ({@link #phraseTags}). A name is usually one thing
     * throughout a text, and its other mentions ("Клод Моне" ... "Моне") often say which more clearly. Each
     * neighbour's tag is also joined with the word (by stem), so that a word learns whether it belongs to the
     * name found beside it: factRuEval's organisations take in their descriptor ("холдинга «Ромашка»").
     */
    static List<List<String[]>> withFirstPass(List<List<String>> sentences, List<List<String[]>> base,
                                              List<String[]> firstPass) {
        Map<String, int[]> typeCounts = new HashMap<>();
        forEachNamedToken(sentences, firstPass, (key, type) -> typeCounts.computeIfAbsent(key, k -> new int[TYPES.size()])[type]++);
        Map<String, int[]> lowercaseCounts = lowercaseCounts(sentences, firstPass);
        List<List<String[]>> out = new ArrayList<>(base.size());
        Map<String, int[]> phrases = phrases(sentences, firstPass);
        for (int s = 0; s < base.size(); s++) {
            String[] tags = firstPass.get(s);
            List<String> words = sentences.get(s);
            String[] phr = phraseTags(words, tags, phrases);
            List<String[]> sentence = new ArrayList<>(tags.length);
            for (int i = 0; i < tags.length; i++) {
                String[] f = base.get(s).get(i);
                String[] g = Arrays.copyOf(f, f.length + 8);
                g[f.length + 4] = "phr=" + phr[i] + "|" + (tags[i].equals("O") ? "O" : tags[i].substring(0, 1));
                g[f.length] = "p1=" + tags[i];
                g[f.length + 1] = "p1-1=" + (i > 0 ? tags[i - 1] : START);
                g[f.length + 2] = "p1+1=" + (i + 1 < tags.length ? tags[i + 1] : END);
                g[f.length + 3] = "mem=" + elsewhere(typeCounts, words.get(i), tags[i]);
                String stem = stem(words.get(i).toLowerCase(Locale.ROOT));
                g[f.length + 5] = "p1-1|st=" + (i > 0 ? tags[i - 1] : START) + "|" + stem;
                g[f.length + 6] = "p1+1|st=" + (i + 1 < tags.length ? tags[i + 1] : END) + "|" + stem;
                g[f.length + 7] = "meml=" + lowercaseElsewhere(lowercaseCounts, words.get(i), tags[i]);
                sentence.add(g);
            }
            out.add(sentence);
        }
        return out;
    }

    private static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    private static final int MAX_PHRASE = 8;

    /** Lowercased entity strings of the first pass, with how often each type was given to them. */
    private static Map<String, int[]> phrases(List<List<String>> sentences, List<String[]> tags) {
        Map<String, int[]> out = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] t = tags.get(s);
            for (int i = 0; i < t.length; i++) {
                if (t[i].equals("O")) continue;
                int j = entityEnd(t, i);
                if (j - i <= MAX_PHRASE) {
                    out.computeIfAbsent(key(sentences.get(s), i, j), k -> new int[TYPES.size()])[TYPES.indexOf(t[i].substring(2))]++;
                }
                i = j - 1;
            }
        }
        return out;
    }

    private static int entityEnd(String[] t, int i) {
        int j = i + 1;
        while (j < t.length && (t[j].startsWith("I-") || t[j].startsWith("L-")) && t[j].substring(2).equals(t[i].substring(2))) j++;
        return j;
    }

    private static String key(List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(words.get(k).toLowerCase(Locale.ROOT)).append(' ');
        return b.toString();
    }

    /**
     * Per token, where it stands in a string the first pass took for an entity elsewhere in the document
     * ("B-ORG", "I-ORG" or "-"), longest string first; this very mention does not count as evidence for itself.
     */
    private static String[] phraseTags(List<String> words, String[] tags, Map<String, int[]> phrases) {
        String[] out = new String[words.size()];
        Arrays.fill(out, "-");
        if (phrases.isEmpty()) return out;
        Set<String> firstWords = new HashSet<>();
        for (String k : phrases.keySet()) firstWords.add(k.substring(0, k.indexOf(' ')));
        for (int i = 0; i < words.size(); i++) {
            if (!firstWords.contains(words.get(i).toLowerCase(Locale.ROOT))) continue;
            for (int len = Math.min(MAX_PHRASE, words.size() - i); len >= 1; len--) {
                int[] counts = phrases.get(key(words, i, i + len));
                if (counts == null) continue;
                int own = !tags[i].equals("O") && !tags[i].startsWith("I-") && !tags[i].startsWith("L-")
                        && entityEnd(tags, i) == i + len ? TYPES.indexOf(tags[i].substring(2)) : -1;
                int best = -1;
                int bestCount = 0;
                for (int t = 0; t < counts.length; t++) {
                    int c = counts[t] - (t == own ? 1 : 0);
                    if (c > bestCount) {
                        best = t;
                        bestCount = c;
                    }
                }
                if (best < 0) continue;
                for (int k = i; k < i + len; k++) out[k] = (k == i ? "B-" : "I-") + TYPES.get(best) + (len == 1 ? "1" : "");
                i += len - 1;
                break;
            }
        }
        return out;
    }

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

    /**
     * Per lowercase word (by stem), how often the first pass put it inside an entity of each type, and in the last
     * slot how often it stood outside one. factRuEval marks later bare descriptors of a named organisation as the
     * organisation ("компании «Газпром»" ... "в компании заявили"): a descriptor the first pass put into a name
     * elsewhere in the document is likely a mention too.
     */
    private static Map<String, int[]> lowercaseCounts(List<List<String>> sentences, List<String[]> tags) {
        Map<String, int[]> out = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < tags.get(s).length; i++) {
                String w = sentences.get(s).get(i);
                if (!Character.isLowerCase(w.charAt(0))) continue;
                String tag = tags.get(s)[i];
                int slot = tag.equals("O") ? TYPES.size() : TYPES.indexOf(tag.substring(2));
                out.computeIfAbsent(stem(w.toLowerCase(Locale.ROOT)), k -> new int[TYPES.size() + 1])[slot]++;
            }
        }
        return out;
    }

    /**
     * For a lowercase word, the type the first pass gave its stem most often elsewhere in the document ("none"
     * when only this mention or no mention was in a name), and whether this mention is in a name itself ("in"/"O").
     */
    private static String lowercaseElsewhere(Map<String, int[]> counts, String word, String ownTag) {
        if (!Character.isLowerCase(word.charAt(0))) return "-";
        int[] c = counts.get(stem(word.toLowerCase(Locale.ROOT)));
        int own = ownTag.equals("O") ? TYPES.size() : TYPES.indexOf(ownTag.substring(2));
        int best = -1;
        for (int t = 0; t < TYPES.size(); t++) {
            if (c[t] - (t == own ? 1 : 0) > 0 && (best < 0 || c[t] > c[best])) best = t;
        }
        return best < 0 ? "none" : TYPES.get(best) + "|" + (own == TYPES.size() ? "O" : "in");
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
