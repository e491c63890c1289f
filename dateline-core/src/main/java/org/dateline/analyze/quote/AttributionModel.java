package org.dateline.analyze.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learned part of English attribution: a logistic regression that scores every candidate attribution (the
 * rules' and the extra ones below) by the chance that PolNeAR would annotate it with that content and source,
 * and the verbs learned from the training articles' cues that propose extra candidates outside the rules' lexicon
 * ("mocked", "heralded").
 * Built by {@link AttributionTrainer}; immutable and thread-safe.
 *
 * <p>Text format (UTF-8, tab-separated):
 * <pre>
 * dateline-attribution	1
 * note	free text                (any number)
 * threshold	0.35               (candidates scoring below it are dropped)
 * bias	-0.1
 * verb	pressed                  (extra verb cue forms)
 * w	FEATURE	WEIGHT
 * </pre>
 */
final class AttributionModel {

    static final String MAGIC = "dateline-attribution";
    static final String RESOURCE = "attribution-en.tsv";

    final Set<String> verbs;
    private final Map<String, Float> weights;
    final double bias;
    final double threshold;
    final List<String> notes;

    AttributionModel(Set<String> verbs, Map<String, Float> weights, double bias, double threshold,
                     List<String> notes) {
        this.verbs = Set.copyOf(verbs);
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.notes = List.copyOf(notes);
    }

    /** The bundled English model, or null when the resource is absent (then the rules' output stands). */
    static AttributionModel english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final AttributionModel ENGLISH = loadBundled();
    }

    private static AttributionModel loadBundled() {
        // -Ddateline.quotes.rules-only=true: the rules alone, to measure what the model adds
        if (Boolean.getBoolean("dateline.quotes.rules-only")) return null;
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model that proposes the extra candidates of {@code verbs} and accepts every candidate. */
    static AttributionModel acceptAll(Set<String> verbs) {
        return new AttributionModel(verbs, Map.of(), 0, Double.NEGATIVE_INFINITY, List.of());
    }

    double probability(List<String> features) {
        return logistic(weights, bias, features);
    }

    /** The logistic of the bias plus the weights of the features present (absent features weigh nothing). */
    static double logistic(Map<String, Float> weights, double bias, List<String> features) {
        double s = bias;
        for (String f : features) {
            Float w = weights.get(f);
            if (w != null) s += w;
        }
        return 1 / (1 + Math.exp(-s));
    }

    boolean accepts(double probability) {
        return threshold == Double.NEGATIVE_INFINITY || probability >= threshold;
    }

    int features() {
        return weights.size();
    }

    static AttributionModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.startsWith(MAGIC + "\t")) throw new IOException("not a " + MAGIC + " file");
        Set<String> verbs = new TreeSet<>();
        Map<String, Float> weights = new HashMap<>();
        List<String> notes = new ArrayList<>();
        double bias = 0;
        double threshold = 0.5;
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            switch (f[0]) {
                case "note" -> notes.add(f.length > 1 ? f[1] : "");
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "bias" -> bias = Double.parseDouble(f[1]);
                case "verb" -> verbs.add(f[1]);
                case "w" -> weights.put(f[1], Float.parseFloat(f[2]));
                default -> throw new IOException("unknown line: " + f[0]);
            }
        }
        return new AttributionModel(verbs, weights, bias, threshold, notes);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(MAGIC + "\t1\n");
            for (String n : notes) w.write("note\t" + n.replace('\t', ' ').replace('\n', ' ') + "\n");
            w.write("threshold\t" + threshold + "\n");
            w.write("bias\t" + bias + "\n");
            for (String v : new TreeSet<>(verbs)) w.write("verb\t" + v + "\n");
            for (Map.Entry<String, Float> e : new TreeMap<>(weights).entrySet()) {
                w.write("w\t" + e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }
}
