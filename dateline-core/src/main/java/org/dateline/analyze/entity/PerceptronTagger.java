package org.dateline.analyze.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first-order linear-chain tagger: per-token label scores from named features plus label-to-label
 * transition scores, decoded exactly with Viterbi. Transitions that break IOB2 (an I- tag not continuing
 * its own type) are never produced. Immutable once built, so one instance serves every thread.
 */
final class PerceptronTagger {

    private static final int MAGIC = 0x44544e52; // "DTNR"
    private static final double FORBIDDEN = Double.NEGATIVE_INFINITY;

    private final String[] labels;
    private final Map<String, Integer> rows;
    /** rows × labels feature weights. */
    private final float[] emission;
    /** (labels + 1) × labels; the last row scores the first label of a sentence. */
    private final float[] transition;
    private final boolean[] allowed;

    PerceptronTagger(String[] labels, Map<String, Integer> rows, float[] emission, float[] transition) {
        this.labels = labels.clone();
        this.rows = rows;
        this.emission = emission;
        this.transition = transition;
        this.allowed = allowedTransitions(this.labels);
    }

    int features() {
        return rows.size();
    }

    /** The best label sequence (as label names) for one sentence's feature arrays. */
    String[] tag(List<String[]> sentence) {
        int n = sentence.size();
        int l = labels.length;
        double[][] local = new double[n][l];
        for (int t = 0; t < n; t++) {
            for (String f : sentence.get(t)) {
                Integer row = rows.get(f);
                if (row == null) continue;
                int base = row * l;
                for (int y = 0; y < l; y++) local[t][y] += emission[base + y];
            }
        }
        int[] best = viterbi(local, transition, allowed, l);
        String[] out = new String[n];
        for (int t = 0; t < n; t++) out[t] = labels[best[t]];
        return out;
    }

    /** Viterbi over {@code local} scores; shared with training, which decodes with its own weights. */
    static int[] viterbi(double[][] local, float[] transition, boolean[] allowed, int l) {
        int n = local.length;
        double[][] score = new double[n][l];
        int[][] back = new int[n][l];
        for (int y = 0; y < l; y++) {
            score[0][y] = allowed[l * l + y] ? transition[l * l + y] + local[0][y] : FORBIDDEN;
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < l; y++) {
                double best = FORBIDDEN;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!allowed[p * l + y]) continue;
                    double s = score[t - 1][p] + transition[p * l + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[t][y] = best + local[t][y];
                back[t][y] = arg;
            }
        }
        int[] path = new int[n];
        double best = FORBIDDEN;
        for (int y = 0; y < l; y++) {
            if (score[n - 1][y] > best) {
                best = score[n - 1][y];
                path[n - 1] = y;
            }
        }
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t][path[t]];
        return path;
    }

    /** IOB2: {@code I-X} only after {@code B-X} or {@code I-X}; the last row is the sentence start. */
    static boolean[] allowedTransitions(String[] labels) {
        int l = labels.length;
        boolean[] ok = new boolean[(l + 1) * l];
        for (int p = 0; p <= l; p++) {
            for (int y = 0; y < l; y++) {
                String cur = labels[y];
                ok[p * l + y] = !cur.startsWith("I-")
                        || (p < l && !labels[p].equals("O") && labels[p].substring(2).equals(cur.substring(2)));
            }
        }
        return ok;
    }

    /**
     * Writes the model. Only non-zero weights are stored, as 16-bit fractions of the largest one: the
     * ranking Viterbi needs survives the rounding and the resource shrinks to a fraction.
     */
    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        int l = labels.length;
        float scale = 0;
        for (float w : emission) scale = Math.max(scale, Math.abs(w));
        d.writeInt(MAGIC);
        d.writeInt(l);
        for (String label : labels) d.writeUTF(label);
        for (float w : transition) d.writeFloat(w);
        d.writeFloat(scale);
        d.writeInt(rows.size());
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            d.writeUTF(e.getKey());
            int base = e.getValue() * l;
            int mask = 0;
            for (int y = 0; y < l; y++) if (quantize(emission[base + y], scale) != 0) mask |= 1 << y;
            d.writeShort(mask);
            for (int y = 0; y < l; y++) {
                if ((mask & 1 << y) != 0) d.writeShort(quantize(emission[base + y], scale));
            }
        }
        d.flush();
    }

    static PerceptronTagger read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC) throw new IOException("not a Dateline tagger model");
        int l = d.readInt();
        String[] labels = new String[l];
        for (int y = 0; y < l; y++) labels[y] = d.readUTF();
        float[] transition = new float[(l + 1) * l];
        for (int i = 0; i < transition.length; i++) transition[i] = d.readFloat();
        float scale = d.readFloat();
        int n = d.readInt();
        Map<String, Integer> rows = new HashMap<>(n * 2);
        float[] emission = new float[n * l];
        for (int r = 0; r < n; r++) {
            rows.put(d.readUTF(), r);
            int mask = d.readShort();
            for (int y = 0; y < l; y++) {
                if ((mask & 1 << y) != 0) emission[r * l + y] = d.readShort() * scale / Short.MAX_VALUE;
            }
        }
        return new PerceptronTagger(labels, rows, emission, transition);
    }

    private static short quantize(float w, float scale) {
        return scale == 0 ? 0 : (short) Math.round(w / scale * Short.MAX_VALUE);
    }
}
