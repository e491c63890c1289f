package org.dateline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed precision / recall / F1 of a predicted clustering against a gold one. Counts
 * pairs through the contingency table, so the cost is linear in the number of documents.
 */
public record ClusterScores(Prf pairwise, Prf bcubed, int stories, int goldStories, int docs) {

    /** Precision, recall and their harmonic mean. */
    public record Prf(double precision, double recall, double f1) {
        public static Prf of(double p, double r) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** @param predicted predicted cluster per document, @param gold gold cluster per document (same order) */
    public static ClusterScores score(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) throw new IllegalArgumentException("predicted and gold differ in length");
        int n = predicted.size();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            cell.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double tp = 0, predPairs = 0, goldPairs = 0;
        for (int c : cell.values()) tp += c * (c - 1) / 2.0;
        for (int c : predSize.values()) predPairs += c * (c - 1) / 2.0;
        for (int c : goldSize.values()) goldPairs += c * (c - 1) / 2.0;
        Prf pairwise = Prf.of(predPairs == 0 ? 1 : tp / predPairs, goldPairs == 0 ? 1 : tp / goldPairs);
        double bp = 0, br = 0;
        for (int i = 0; i < n; i++) {
            int overlap = cell.get(predicted.get(i) + "\u0000" + gold.get(i));
            bp += overlap / (double) predSize.get(predicted.get(i));
            br += overlap / (double) goldSize.get(gold.get(i));
        }
        Prf bcubed = n == 0 ? Prf.of(0, 0) : Prf.of(bp / n, br / n);
        return new ClusterScores(pairwise, bcubed, predSize.size(), goldSize.size(), n);
    }
}
