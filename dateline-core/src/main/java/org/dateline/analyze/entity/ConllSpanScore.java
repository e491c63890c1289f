package org.dateline.analyze.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scoring as conlleval does it: a predicted entity counts only when its span and type both
 * match a gold one. Minimal and private to {@link RussianNerTrainer}; {@code org.dateline.eval.NerEval}
 * will be the project's scorer.
 */
final class ConllSpanScore {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one sentence's gold and predicted IOB2 tags. */
    void add(List<String> gold, List<String> predicted) {
        Set<String> g = spans(gold);
        Set<String> p = spans(predicted);
        for (String s : p) count(type(s))[g.contains(s) ? 0 : 1]++;
        for (String s : g) if (!p.contains(s)) count(type(s))[2]++;
    }

    /** True-positive, false-positive and false-negative counts per entity type. */
    Map<String, RussianNerTrainer.Prf> byType() {
        Map<String, RussianNerTrainer.Prf> out = new TreeMap<>();
        counts.forEach((type, c) -> out.put(type, new RussianNerTrainer.Prf(c[0], c[1], c[2])));
        return out;
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    private static String type(String span) {
        return span.substring(span.lastIndexOf(':') + 1);
    }

    /** "start-end:TYPE" per entity; an I- tag without a matching open entity starts one, as in conlleval. */
    static Set<String> spans(List<String> tags) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean continues = t != null && tag.startsWith("I-") && t.equals(type);
            if (type != null && !continues) out.add(start + "-" + i + ":" + type);
            if (t != null && !continues) start = i;
            type = t;
        }
        return out;
    }
}
