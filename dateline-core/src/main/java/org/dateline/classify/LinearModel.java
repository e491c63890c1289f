package org.dateline.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-language multinomial logistic regression: for each language a bias and a weight row per feature,
 * one column per {@link Category}. Immutable once built, so safe to share between threads.
 *
 * <p>Text format (UTF-8, tab-separated, version 2; version 1 files have no {@code features} line and use
 * {@link Features.Spec#WORDS}):
 * <pre>
 * dateline-categories	2
 * classes	society	economy	...	not_news
 * note	free text (training recipe)            (any number)
 * language	en	FEATURES
 * features	title=2,text=2000,...                 (the language's {@link Features.Spec})
 * bias	b_1 ... b_8
 * FEATURE	w_1 ... w_8                          (FEATURES lines)
 * language	ru	FEATURES
 * ...
 * </pre>
 */
final class LinearModel {

    static final String MAGIC = "dateline-categories";
    static final int VERSION = 2;

    /**
     * Weights of one language, and the features they were trained on; {@code hashed} holds the same rows keyed by
     * {@link FeatureVector#hash} of the feature names.
     */
    record Weights(Features.Spec spec, double[] bias, Map<String, float[]> rows, HashedRows hashed) {
        Weights(Features.Spec spec, double[] bias, Map<String, float[]> rows) {
            this(spec, bias, rows, new HashedRows(rows));
        }
    }

    /** Weight rows in one flat array, found by the hash of their feature name. */
    static final class HashedRows {
        /** The features' hashes in row order: a feature's entry number is its row. */
        private final FeatureVector index = new FeatureVector(false);
        private final float[] rows;

        HashedRows(Map<String, float[]> byName) {
            int k = Category.count();
            rows = new float[byName.size() * k];
            for (Map.Entry<String, float[]> e : byName.entrySet()) {
                if (index.indexOf(FeatureVector.hash(e.getKey())) >= 0) throw new IllegalStateException("two features share a hash: " + e.getKey());
                System.arraycopy(e.getValue(), 0, rows, index.size() * k, k);
                index.add(e.getKey(), 0);
            }
        }

        /** The row number of a feature hash, -1 when the model has no such feature. */
        int row(long h) {
            return index.indexOf(h);
        }
    }

    private final Map<String, Weights> byLanguage;
    private final List<String> notes;

    LinearModel(Map<String, Weights> byLanguage, List<String> notes) {
        this.byLanguage = Map.copyOf(byLanguage);
        this.notes = List.copyOf(notes);
    }

    List<String> notes() {
        return notes;
    }

    Weights weights(String chain) {
        Weights w = byLanguage.get(chain);
        return w != null ? w : byLanguage.get("en");
    }

    boolean hasLanguage(String chain) {
        return byLanguage.containsKey(chain);
    }

    int features() {
        return byLanguage.values().stream().mapToInt(w -> w.rows().size()).sum();
    }

    /** Class probabilities (softmax of the linear scores) of a feature vector under a language's weights. */
    double[] probabilities(String chain, Map<String, Double> x) {
        return probabilities(weights(chain), x);
    }

    /** Class probabilities of a feature vector under given weights (null: uniform). */
    static double[] probabilities(Weights w, Map<String, Double> x) {
        int k = Category.count();
        double[] s = w == null ? new double[k] : Arrays.copyOf(w.bias(), k);
        if (w != null) {
            for (Map.Entry<String, Double> e : x.entrySet()) {
                float[] row = w.rows().get(e.getKey());
                if (row == null) continue;
                double v = e.getValue();
                for (int c = 0; c < k; c++) s[c] += v * row[c];
            }
        }
        return softmax(s);
    }

    /** {@link #probabilities(Weights, Map)} of a hashed vector (same sums in the same order). */
    static double[] probabilities(Weights w, FeatureVector x) {
        int k = Category.count();
        double[] s = w == null ? new double[k] : Arrays.copyOf(w.bias(), k);
        if (w != null) {
            HashedRows hashed = w.hashed();
            for (int i = 0; i < x.size(); i++) {
                int row = hashed.row(x.key(i));
                if (row < 0) continue;
                double v = x.value(i);
                for (int c = 0, at = row * k; c < k; c++) s[c] += v * hashed.rows[at + c];
            }
        }
        return softmax(s);
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double sum = 0;
        double[] p = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            p[i] = Math.exp(s[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < s.length; i++) p[i] /= sum;
        return p;
    }

    void write(Writer out) throws IOException {
        out.write(MAGIC + "\t" + VERSION + "\n");
        out.write("classes");
        for (int c = 0; c < Category.count(); c++) out.write("\t" + Category.at(c).label());
        out.write("\n");
        for (String n : notes) out.write("note\t" + n.replace('\n', ' ').replace('\t', ' ') + "\n");
        for (String lang : byLanguage.keySet().stream().sorted().toList()) {
            Weights w = byLanguage.get(lang);
            out.write("language\t" + lang + "\t" + w.rows().size() + "\n");
            out.write("features\t" + w.spec().format() + "\n");
            out.write("bias" + row(w.bias()) + "\n");
            for (String f : w.rows().keySet().stream().sorted().toList()) {
                float[] r = w.rows().get(f);
                double[] d = new double[r.length];
                for (int i = 0; i < r.length; i++) d[i] = r[i];
                out.write(f + row(d) + "\n");
            }
        }
    }

    private static String row(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) sb.append('\t').append(number(v));
        return sb.toString();
    }

    /** Four decimals, trailing zeros dropped: the model file stays small and diffs stay readable. */
    static String number(double v) {
        long scaled = Math.round(v * 10000);
        if (scaled == 0) return "0";
        String s = String.format(Locale.ROOT, "%.4f", scaled / 10000.0);
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        if (s.startsWith("0.")) s = s.substring(1);
        else if (s.startsWith("-0.")) s = "-" + s.substring(2);
        return s;
    }

    static LinearModel read(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null || !header.startsWith(MAGIC + "\t")) throw new IOException("not a " + MAGIC + " model");
        int version = Integer.parseInt(header.split("\t")[1].trim());
        if (version != VERSION && version != 1) throw new IOException("unsupported model version " + version + " (this build reads " + VERSION + ")");
        String classes = in.readLine();
        String[] labels = classes == null ? new String[0] : classes.split("\t");
        int k = Category.count();
        if (labels.length != k + 1 || !labels[0].equals("classes")) throw new IOException("bad classes line");
        int[] column = new int[k];   // file column -> Category ordinal
        for (int i = 0; i < k; i++) column[i] = Category.of(labels[i + 1]).ordinal();
        Map<String, Weights> byLanguage = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            if (line.startsWith("note\t")) {
                notes.add(line.substring(5));
                continue;
            }
            String[] head = line.split("\t");
            if (!head[0].equals("language") || head.length != 3) throw new IOException("expected a language line: " + line);
            int n = Integer.parseInt(head[2]);
            double[] bias = new double[k];
            String next = in.readLine();
            Features.Spec spec = Features.Spec.WORDS;
            if (next != null && next.startsWith("features\t")) {
                spec = Features.Spec.parse(next.substring(9));
                next = in.readLine();
            }
            if (next == null) throw new IOException("missing bias line");
            String[] b = next.split("\t");
            for (int i = 0; i < k; i++) bias[column[i]] = Double.parseDouble(b[i + 1]);
            Map<String, float[]> rows = new HashMap<>(n * 2);
            for (int j = 0; j < n; j++) {
                String[] parts = in.readLine().split("\t");
                if (parts.length != k + 1) throw new IOException("bad weight row: " + parts[0]);
                float[] r = new float[k];
                for (int i = 0; i < k; i++) r[column[i]] = Float.parseFloat(parts[i + 1]);
                rows.put(parts[0], r);
            }
            byLanguage.put(head[1], new Weights(spec, bias, rows));
        }
        return new LinearModel(byLanguage, notes);
    }
}
