package org.dateline.classify;

import org.dateline.text.Analyzers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the categorizer: one multinomial logistic regression per language over {@link Features}, by
 * stochastic gradient descent with L2 shrinkage, in a fixed example order (seeded shuffle), so the same
 * inputs give the same model byte for byte.
 */
public final class CategoryTrainer {

    /**
     * @param epochs        passes over the examples
     * @param learningRate  initial step, decayed as {@code rate / (1 + epoch)}
     * @param l2            L2 penalty per update
     * @param minDocs       a feature is kept when it occurs in at least this many examples
     * @param balance       0 = examples count as given; 1 = every class gets the same total weight
     * @param seed          shuffle seed
     */
    public record Options(int epochs, double learningRate, double l2, int minDocs, double balance, long seed) {
        public static final Options DEFAULT = new Options(20, 0.5, 1e-3, 2, 1.0, 20191130L);
    }

    private CategoryTrainer() {
    }

    public static Categorizer train(List<LabeledText> examples, Options options, List<String> notes) {
        Map<String, List<LabeledText>> byChain = new TreeMap<>();
        for (LabeledText e : examples) byChain.computeIfAbsent(Analyzers.chain(e.language()), k -> new ArrayList<>()).add(e);
        Features features = new Features();
        Map<String, LinearModel.Weights> weights = new LinkedHashMap<>();
        byChain.forEach((chain, list) -> weights.put(chain, trainLanguage(chain, list, features, options)));
        return new Categorizer(new LinearModel(weights, notes));
    }

    private static LinearModel.Weights trainLanguage(String chain, List<LabeledText> examples, Features features, Options o) {
        int n = examples.size();
        int k = Category.count();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (LabeledText e : examples) {
            Map<String, Double> x = features.extract(chain, e.title(), e.text());
            vectors.add(x);
            for (String f : x.keySet()) df.merge(f, 1, Integer::sum);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Map<String, Double> x : vectors) {
            for (String f : x.keySet()) {
                if (df.get(f) >= o.minDocs() && !index.containsKey(f)) {
                    index.put(f, names.size());
                    names.add(f);
                }
            }
        }
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> x = vectors.get(i);
            int m = 0;
            for (String f : x.keySet()) if (index.containsKey(f)) m++;
            idx[i] = new int[m];
            val[i] = new double[m];
            int j = 0;
            for (Map.Entry<String, Double> e : x.entrySet()) {
                Integer id = index.get(e.getKey());
                if (id == null) continue;
                idx[i][j] = id;
                val[i][j++] = e.getValue();
            }
        }
        // example weights, with classes pulled towards equal totals by the balance exponent
        double[] classTotal = new double[k];
        for (LabeledText e : examples) classTotal[e.category().ordinal()] += e.weight();
        int present = 0;
        double all = 0;
        for (double t : classTotal) if (t > 0) {
            present++;
            all += t;
        }
        double mean = all / present;
        double[] w = new double[n];
        double wsum = 0;
        for (int i = 0; i < n; i++) {
            LabeledText e = examples.get(i);
            w[i] = e.weight() * Math.pow(mean / classTotal[e.category().ordinal()], o.balance());
            wsum += w[i];
        }
        for (int i = 0; i < n; i++) w[i] *= n / wsum;   // mean weight 1

        double[][] W = new double[names.size()][k];
        double[] b = new double[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(o.seed());
        double[] s = new double[k];
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = o.learningRate() / (1 + epoch);
            for (int i : order) {
                System.arraycopy(b, 0, s, 0, k);
                for (int j = 0; j < idx[i].length; j++) {
                    double[] row = W[idx[i][j]];
                    double v = val[i][j];
                    for (int c = 0; c < k; c++) s[c] += v * row[c];
                }
                double[] p = LinearModel.softmax(s);
                int y = examples.get(i).category().ordinal();
                for (int c = 0; c < k; c++) p[c] = w[i] * (p[c] - (c == y ? 1 : 0));
                double shrink = 1 - rate * o.l2();
                for (int j = 0; j < idx[i].length; j++) {
                    double[] row = W[idx[i][j]];
                    double v = val[i][j];
                    for (int c = 0; c < k; c++) row[c] = row[c] * shrink - rate * p[c] * v;
                }
                for (int c = 0; c < k; c++) b[c] -= rate * p[c] * 0.1;
            }
        }
        Map<String, float[]> rows = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            float[] r = new float[k];
            boolean any = false;
            for (int c = 0; c < k; c++) {
                double q = Math.round(W[f][c] * 10000) / 10000.0;   // what the text format keeps
                r[c] = (float) q;
                any |= q != 0;
            }
            if (any) rows.put(names.get(f), r);
        }
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) bias[c] = Math.round(b[c] * 10000) / 10000.0;
        return new LinearModel.Weights(bias, rows);
    }
}
