package org.dateline.view;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word shingles: how much text two reports share, robust to re-wrapping, bylines and trimmed endings. */
final class Shingles {

    static final int SIZE = 5;

    private Shingles() {
    }

    static Set<Long> of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<Long> out = new HashSet<>();
        List<String> w = java.util.Arrays.stream(words).filter(s -> !s.isEmpty()).toList();
        for (int i = 0; i + SIZE <= w.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SIZE; j++) h = 31 * h + w.get(j).hashCode();
            out.add(h);
        }
        return out;
    }

    /** Share of the smaller text's shingles found in the other (containment): a trimmed copy still scores high. */
    static double containment(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (long s : small) if (large.contains(s)) common++;
        return common / (double) small.size();
    }
}
