package org.dateline.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity-level counts of a NER run, overall and per type, with precision, recall and F1 (conlleval definitions),
 * and the entities that did not come out right.
 */
public record NerScores(Counts overall, Map<String, Counts> perType, List<NerEval.Error> errors) {

    public NerScores {
        perType = Collections.unmodifiableMap(new LinkedHashMap<>(perType));
        errors = List.copyOf(errors);
    }

    /** Exact matches (same span and type) among {@code predicted} entities and {@code gold} entities. */
    public record Counts(int correct, int predicted, int gold) {

        Counts plus(int correct, int predicted, int gold) {
            return new Counts(this.correct + correct, this.predicted + predicted, this.gold + gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Adds documents one at a time; with {@code ignoreMisc} gold and predicted MISC read as O. */
    static final class Builder {
        private final boolean ignoreMisc;
        private final Map<String, Counts> perType = new LinkedHashMap<>();
        private final List<NerEval.Error> errors = new ArrayList<>();

        Builder(boolean ignoreMisc) {
            this.ignoreMisc = ignoreMisc;
            for (String type : ignoreMisc ? List.of("PER", "ORG", "LOC") : List.of("PER", "ORG", "LOC", "MISC")) {
                perType.put(type, new Counts(0, 0, 0));
            }
        }

        void add(NerEval.Document doc, List<String> predictedTags, int docIndex) {
            List<Iob.Chunk> gold = Iob.chunks(doc.tags(), doc, ignoreMisc);
            List<Iob.Chunk> predicted = Iob.chunks(predictedTags, doc, ignoreMisc);
            java.util.Set<Iob.Chunk> found = new java.util.HashSet<>(predicted);
            for (Iob.Chunk g : gold) count(g.type(), found.contains(g) ? 1 : 0, 0, 1);
            for (Iob.Chunk p : predicted) count(p.type(), 0, 1, 0);
            errors.addAll(errors(doc, docIndex, gold, predicted));
        }

        private void count(String type, int correct, int predicted, int gold) {
            perType.merge(type, new Counts(correct, predicted, gold), (a, b) -> a.plus(b.correct(), b.predicted(), b.gold()));
        }

        NerScores build() {
            Counts total = new Counts(0, 0, 0);
            for (Counts c : perType.values()) total = total.plus(c.correct(), c.predicted(), c.gold());
            return new NerScores(total, perType, errors);
        }

        /**
         * The differences of one document. Both lists are in token order and their chunks do not overlap one another, so
         * the first chunk of the other list that overlaps one is found by a pointer moving forward (one pass each: a long
         * document costs what its length does).
         */
        private static List<NerEval.Error> errors(NerEval.Document doc, int d, List<Iob.Chunk> gold, List<Iob.Chunk> predicted) {
            List<NerEval.Error> out = new ArrayList<>();
            java.util.Set<Iob.Chunk> found = new java.util.HashSet<>(predicted);
            int j = 0;
            for (Iob.Chunk g : gold) {
                while (j < predicted.size() && predicted.get(j).end() <= g.start()) j++;
                if (found.contains(g)) continue;
                Iob.Chunk near = j < predicted.size() && predicted.get(j).overlaps(g) ? predicted.get(j) : null;
                String kind = near == null ? "missed" : near.start() == g.start() && near.end() == g.end() ? "type" : "span";
                out.add(new NerEval.Error(d, kind, describe(doc, g), near == null ? "" : describe(doc, near)));
            }
            int k = 0;
            for (Iob.Chunk p : predicted) {
                while (k < gold.size() && gold.get(k).end() <= p.start()) k++;
                if (k == gold.size() || !gold.get(k).overlaps(p)) out.add(new NerEval.Error(d, "spurious", "", describe(doc, p)));
            }
            return out;
        }

        private static String describe(NerEval.Document doc, Iob.Chunk c) {
            return String.join(" ", doc.tokens().subList(c.start(), c.end())) + " [" + c.type() + "]";
        }
    }
}
