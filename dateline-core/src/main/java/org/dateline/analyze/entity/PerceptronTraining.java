package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns a {@link PerceptronTagger} with the averaged structured perceptron (Collins 2002): decode each
 * sentence with the current weights, move weights from the predicted to the gold labels where they differ,
 * and ship the average of the weights over all steps, which generalises far better than the last ones; with
 * several runs, the mean of their averages.
 */
final class PerceptronTraining {

    /**
     * Epochs over the data, the minimum count of a feature to be kept, the shuffling seed of the first run, and
     * how many runs (each shuffling with the next seed) are averaged: on 150 texts one run's weights depend on
     * the order it saw the sentences in, and the mean of three runs of 10 epochs generalises better than one of 20.
     */
    record Options(int epochs, int cutoff, long seed, int runs) {
        static final Options DEFAULT = new Options(10, 1, 42, 3);
    }

    /** One training sentence: feature names per token and the gold label per token. */
    record Sentence(List<String[]> features, String[] gold) {
    }

    private PerceptronTraining() {
    }

    static PerceptronTagger train(List<Sentence> data, String[] labels, Options o) {
        int l = labels.length;
        Map<String, Integer> index = index(data, o.cutoff());
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int y = 0; y < l; y++) labelIndex.put(labels[y], y);
        List<int[][]> xs = new ArrayList<>(data.size());
        List<int[]> ys = new ArrayList<>(data.size());
        for (Sentence s : data) {
            int[][] x = new int[s.features().size()][];
            for (int t = 0; t < x.length; t++) {
                x[t] = java.util.Arrays.stream(s.features().get(t)).map(index::get)
                        .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
            }
            int[] y = new int[s.gold().length];
            for (int t = 0; t < y.length; t++) y[t] = labelIndex.get(s.gold()[t]);
            xs.add(x);
            ys.add(y);
        }
        boolean[] allowed = PerceptronTagger.allowedTransitions(labels);
        float[] emission = new float[index.size() * l];
        float[] transition = new float[(l + 1) * l];
        for (int run = 0; run < o.runs(); run++) {
            Weights w = new Weights(emission.length, transition.length);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) order.add(i);
            Random random = new Random(o.seed() + run);
            for (int epoch = 0; epoch < o.epochs(); epoch++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    int[][] x = xs.get(i);
                    int[] gold = ys.get(i);
                    int[] pred = PerceptronTagger.viterbi(local(x, w.emission, l), w.transition, allowed, l);
                    update(w, x, gold, pred, l);
                    w.step++;
                }
            }
            w.addAveraged(emission, transition, 1f / o.runs());
        }
        return tagger(index, labels, emission, transition);
    }

    /** The tagger with these weights, keeping only features whose weights moved at all. */
    private static PerceptronTagger tagger(Map<String, Integer> index, String[] labels, float[] emission, float[] transition) {
        int l = labels.length;
        Map<String, Integer> rows = new HashMap<>();
        float[] kept = new float[emission.length];
        int size = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            int base = e.getValue() * l;
            boolean any = false;
            for (int y = 0; y < l; y++) any |= emission[base + y] != 0;
            if (!any) continue;
            rows.put(e.getKey(), rows.size());
            System.arraycopy(emission, base, kept, size, l);
            size += l;
        }
        return new PerceptronTagger(labels, rows, java.util.Arrays.copyOf(kept, size), transition);
    }

    private static Map<String, Integer> index(List<Sentence> data, int cutoff) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : data) for (String[] token : s.features()) for (String f : token) counts.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new HashMap<>();
        counts.forEach((f, c) -> {
            if (c >= cutoff) index.put(f, index.size());
        });
        return index;
    }

    private static double[][] local(int[][] x, float[] emission, int l) {
        double[][] out = new double[x.length][l];
        for (int t = 0; t < x.length; t++) {
            for (int f : x[t]) for (int y = 0; y < l; y++) out[t][y] += emission[f * l + y];
        }
        return out;
    }

    private static void update(Weights w, int[][] x, int[] gold, int[] pred, int l) {
        for (int t = 0; t < x.length; t++) {
            int gp = t == 0 ? l : gold[t - 1];
            int pp = t == 0 ? l : pred[t - 1];
            if (gold[t] == pred[t] && gp == pp) continue;
            w.addTransition(gp * l + gold[t], 1);
            w.addTransition(pp * l + pred[t], -1);
            if (gold[t] == pred[t]) continue;
            for (int f : x[t]) {
                w.addEmission(f * l + gold[t], 1);
                w.addEmission(f * l + pred[t], -1);
            }
        }
    }

    /** Current weights plus the step-weighted sums that give the average in O(1) per update. */
    private static final class Weights {
        final float[] emission;
        final float[] transition;
        // double: step-weighted sums outgrow a float's 24-bit mantissa over a dozen epochs
        final double[] emissionSum;
        final double[] transitionSum;
        int step = 1;

        Weights(int emissions, int transitions) {
            emission = new float[emissions];
            transition = new float[transitions];
            emissionSum = new double[emissions];
            transitionSum = new double[transitions];
        }

        void addEmission(int i, int delta) {
            emission[i] += delta;
            emissionSum[i] += (double) step * delta;
        }

        void addTransition(int i, int delta) {
            transition[i] += delta;
            transitionSum[i] += (double) step * delta;
        }

        /** Adds {@code share} of the weights averaged over all steps so far to {@code emission} and {@code transition}. */
        void addAveraged(float[] emission, float[] transition, float share) {
            for (int i = 0; i < emission.length; i++) {
                emission[i] += share * (float) (this.emission[i] - emissionSum[i] / step);
            }
            for (int i = 0; i < transition.length; i++) {
                transition[i] += share * (float) (this.transition[i] - transitionSum[i] / step);
            }
        }
    }
}
