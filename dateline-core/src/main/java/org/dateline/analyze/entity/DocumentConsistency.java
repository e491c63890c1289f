package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a tagged document agree with itself, after {@link RussianNer}'s passes: a name is usually one thing
 * throughout a news text, yet the tagger decides each mention from its own sentence. Three repairs, in order:
 * <ol>
 * <li>every mention of the same word string takes the type the document gives it most often (ties keep their own);
 * <li>a one-word name that is, up to its ending, the surname of a multi-word person name in the document
 * ("Сергей Лавров" ... "Лаврова") is a person;
 * <li>an untagged capitalised word string that is tagged as a name elsewhere in the document is that name too.
 * </ol>
 * Tags are IOB2 and are rewritten in place.
 */
final class DocumentConsistency {

    /** Longest word string the third repair looks for: names longer than this are rarely repeated verbatim. */
    private static final int MAX_REPEAT = 6;
    /** Shortest stem two surname forms may meet at: shorter ones are shared by unrelated words. */
    private static final int MIN_STEM = 4;

    private DocumentConsistency() {
    }

    private record Span(int sentence, int from, int to, String type) {
    }

    static void apply(List<List<String>> words, List<String[]> tags) {
        majorityType(words, tags);
        surnames(words, tags);
        repeats(words, tags);
    }

    private static void majorityType(List<List<String>> words, List<String[]> tags) {
        List<Span> spans = spans(tags);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Span s : spans) counts.computeIfAbsent(key(words, s), k -> new HashMap<>()).merge(s.type(), 1, Integer::sum);
        for (Span s : spans) {
            Map<String, Integer> c = counts.get(key(words, s));
            String best = s.type();
            for (Map.Entry<String, Integer> e : c.entrySet()) if (e.getValue() > c.get(best)) best = e.getKey();
            if (!best.equals(s.type())) set(tags.get(s.sentence()), s.from(), s.to(), best);
        }
    }

    private static void surnames(List<List<String>> words, List<String[]> tags) {
        List<Span> spans = spans(tags);
        Set<String> surnames = new HashSet<>();
        for (Span s : spans) {
            if (s.type().equals("PER") && s.to() - s.from() >= 2) surnames.addAll(forms(words.get(s.sentence()).get(s.to() - 1)));
        }
        if (surnames.isEmpty()) return;
        for (Span s : spans) {
            if (s.type().equals("PER") || s.to() - s.from() != 1) continue;
            for (String form : forms(words.get(s.sentence()).get(s.from()))) {
                if (!surnames.contains(form)) continue;
                set(tags.get(s.sentence()), s.from(), s.to(), "PER");
                break;
            }
        }
    }

    /**
     * The word lowercased, and without its last one and two letters while four remain: two inflections of one
     * surname share one of these ("Лавров", "Лаврова", "Лаврову" all give "лавров").
     */
    static List<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(3);
        out.add(w);
        for (int k = 1; k <= 2 && w.length() - k >= MIN_STEM; k++) out.add(w.substring(0, w.length() - k));
        return out;
    }

    private static void repeats(List<List<String>> words, List<String[]> tags) {
        Map<String, String> known = new HashMap<>();
        for (Span s : spans(tags)) {
            if (capitalised(words.get(s.sentence()).get(s.from()))) known.putIfAbsent(key(words, s), s.type());
        }
        if (known.isEmpty()) return;
        for (int s = 0; s < words.size(); s++) {
            String[] t = tags.get(s);
            List<String> w = words.get(s);
            for (int i = 0; i < t.length; i++) {
                if (!t[i].equals("O") || !capitalised(w.get(i))) continue;
                for (int len = Math.min(MAX_REPEAT, t.length - i); len >= 1; len--) {
                    String type = known.get(key(w, i, i + len));
                    if (type == null || !untagged(t, i, i + len)) continue;
                    set(t, i, i + len, type);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private static boolean untagged(String[] t, int from, int to) {
        for (int k = from; k < to; k++) if (!t[k].equals("O")) return false;
        return true;
    }

    private static List<Span> spans(List<String[]> tags) {
        List<Span> out = new ArrayList<>();
        for (int s = 0; s < tags.size(); s++) {
            String[] t = tags.get(s);
            for (int i = 0; i < t.length; i++) {
                if (!t[i].startsWith("B-")) continue;
                String type = t[i].substring(2);
                int j = i + 1;
                while (j < t.length && t[j].equals("I-" + type)) j++;
                out.add(new Span(s, i, j, type));
                i = j - 1;
            }
        }
        return out;
    }

    private static void set(String[] t, int from, int to, String type) {
        for (int k = from; k < to; k++) t[k] = (k == from ? "B-" : "I-") + type;
    }

    private static String key(List<List<String>> words, Span s) {
        return key(words.get(s.sentence()), s.from(), s.to());
    }

    private static String key(List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(words.get(k).toLowerCase(Locale.ROOT)).append(' ');
        return b.toString();
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
