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
     * @param l2            L2 shrinkage of the weight rows an update touches (lazy, per update)
     * @param minDocs       a feature is kept when it occurs in at least this many examples
     * @param balance       0 = examples count as given; 1 = every class gets the same total weight
     * @param seed          shuffle seed
     * @param average       the model is the mean of the weights at the end of each epoch of the second half
     *                      of training (averaged SGD: less dependent on the last examples seen)
     * @param decay         weight decay of all weights per example seen (true L2 regularisation; 0: none)
     * @param features      the features per language chain ({@code "*"}: every other chain)
     */
    public record Options(int epochs, double learningRate, double l2, int minDocs, double balance, long seed,
                          boolean average, double decay, Map<String, Features.Spec> features) {
        /**
         * The shipped recipe, chosen by 5-fold cross-validation on the tgcontest files: English keeps the
         * stemmed words; Russian adds character 3- to 6-grams of the plain words at half the words' weight
         * (inflected forms share n-grams where the Snowball stems do not; CV accuracy 0.815 -> 0.861). English adds
         * the not-news shape cues at 0.1 and raises the not-news bias by 0.4 (10-repeat CV: not_news F1 0.42 -> 0.53,
         * accuracy 0.854 -> 0.859; either alone: shape 0.47, bias 0.48).
         */
        public static final Options DEFAULT = new Options(20, 0.5, 1e-3, 2, 1.0, 20191130L, false, 0,
                Map.of("en", new Features.Spec(2.0, 2000, true, 0, 0, 0, 0, 0, 0.1, 0.4),
                        "ru", new Features.Spec(2.0, 2000, true, 0, 0, 3, 6, 0.5)));

        public Options {
            features = java.util.Collections.unmodifiableMap(new TreeMap<>(features));
        }

        /** The first recipe's options: words features, no averaging. */
        public Options(int epochs, double learningRate, double l2, int minDocs, double balance, long seed) {
            this(epochs, learningRate, l2, minDocs, balance, seed, false, 0, Map.of());
        }

        public Features.Spec spec(String chain) {
            Features.Spec s = features.get(chain);
            return s != null ? s : features.getOrDefault("*", Features.Spec.WORDS);
        }

        public Options withFeatures(String chain, Features.Spec spec) {
            Map<String, Features.Spec> m = new TreeMap<>(features);
            m.put(chain, spec);
            return new Options(epochs, learningRate, l2, minDocs, balance, seed, average, decay, m);
        }

        public Options withSeed(long seed) {
            return new Options(epochs, learningRate, l2, minDocs, balance, seed, average, decay, features);
        }

        public Options withTraining(int epochs, double learningRate, double l2, int minDocs, double balance, boolean average,
                                    double decay) {
            return new Options(epochs, learningRate, l2, minDocs, balance, seed, average, decay, features);
        }
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
            Map<String, Double> x = features.extract(chain, o.spec(chain), e.title(), e.text());
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

        // weights are W * scale: decaying every weight is one multiplication of scale (Bottou's trick)
        double[][] W = new double[names.size()][k];
        double scale = 1;
        double[] b = new double[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Random random = new Random(o.seed());
        double[] s = new double[k];
        double[][] sumW = o.average() ? new double[names.size()][k] : null;
        double[] sumB = new double[k];
        int averaged = 0;
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
                    for (int c = 0; c < k; c++) s[c] += v * scale * row[c];
                }
                double[] p = LinearModel.softmax(s);
                int y = examples.get(i).category().ordinal();
                for (int c = 0; c < k; c++) p[c] = w[i] * (p[c] - (c == y ? 1 : 0));
                double shrink = 1 - rate * o.l2();
                if (o.decay() > 0) {
                    scale *= 1 - Math.min(0.5, rate * o.decay());
                    if (scale < 1e-6) {
                        for (double[] row : W) for (int c = 0; c < k; c++) row[c] *= scale;
                        scale = 1;
                    }
                }
                double step = rate / scale;
                for (int j = 0; j < idx[i].length; j++) {
                    double[] row = W[idx[i][j]];
                    double v = val[i][j];
                    for (int c = 0; c < k; c++) row[c] = row[c] * shrink - step * p[c] * v;
                }
                for (int c = 0; c < k; c++) b[c] -= rate * p[c] * 0.1;
            }
            if (sumW != null && 2 * (epoch + 1) > o.epochs()) {
                for (int f = 0; f < W.length; f++) for (int c = 0; c < k; c++) sumW[f][c] += W[f][c] * scale;
                for (int c = 0; c < k; c++) sumB[c] += b[c];
                averaged++;
            }
        }
        if (sumW != null && averaged > 0) {
            for (int f = 0; f < W.length; f++) for (int c = 0; c < k; c++) W[f][c] = sumW[f][c] / averaged;
            for (int c = 0; c < k; c++) b[c] = sumB[c] / averaged;
        } else {
            for (double[] row : W) for (int c = 0; c < k; c++) row[c] *= scale;
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
        bias[Category.NOT_NEWS.ordinal()] = Math.round((b[Category.NOT_NEWS.ordinal()] + o.spec(chain).notNewsBias()) * 10000) / 10000.0;
        return new LinearModel.Weights(o.spec(chain), bias, rows);
    }
}
