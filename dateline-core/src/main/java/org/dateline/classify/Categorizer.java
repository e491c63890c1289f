package org.dateline.classify;

import org.dateline.text.Analyzers;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Assigns a text one of the Telegram contest's news categories, or {@link Category#NOT_NEWS}, with a
 * linear model over stemmed words and word pairs, plus character n-grams for Russian and not-news shape cues
 * (second-person address, list and how-to titles, quantities...) for English (one model per
 * language, each with its {@link Features.Spec}; English and Russian are trained, other languages fall back
 * to the English weights). Immutable and thread-safe.
 *
 * <pre>{@code
 * Categorizer.Result r = Categorizer.bundled().classify("en", title, text);
 * r.category();   // e.g. SPORTS, or NOT_NEWS
 * r.topic();      // the best of the seven news categories, even for not-news texts
 * r.news();       // false when the text is not news
 * }</pre>
 */
public final class Categorizer {

    /** The model shipped in the jar; rebuilt by {@code dateline eval train-categories} (see {@link CategoryTrainer}). */
    public static final String BUNDLED = "categories.model.gz";

    private static volatile Categorizer bundled;

    private final LinearModel model;
    private final Features features = new Features();

    /**
     * A classification. {@code category} is the most probable of the eight labels and {@code confidence}
     * its probability; {@code topic} is the most probable news category; {@code newsScore} is one minus
     * the probability of not-news.
     */
    public record Result(Category category, double confidence, Category topic, double newsScore,
                         Map<Category, Double> probabilities) {
        public boolean news() {
            return category.isNews();
        }
    }

    Categorizer(LinearModel model) {
        this.model = model;
    }

    /** The model shipped as a classpath resource (loaded once). */
    public static Categorizer bundled() {
        Categorizer c = bundled;
        if (c == null) {
            synchronized (Categorizer.class) {
                c = bundled;
                if (c == null) {
                    try (InputStream in = Categorizer.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) throw new IllegalStateException("model resource missing: " + BUNDLED);
                        bundled = c = read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read bundled model " + BUNDLED, e);
                    }
                }
            }
        }
        return c;
    }

    /** A model in the text format of {@code LinearModel} (uncompressed). */
    public static Categorizer read(InputStream in) throws IOException {
        return new Categorizer(LinearModel.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    }

    /** A model file; {@code .gz} files are decompressed. */
    public static Categorizer read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            return read(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file, e);
        }
    }

    /** Writes the model; gzip-compressed when the name ends in {@code .gz}. */
    public void write(Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (var raw = Files.newOutputStream(file);
                 var maybeGz = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
                 Writer w = new BufferedWriter(new OutputStreamWriter(maybeGz, StandardCharsets.UTF_8))) {
                model.write(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }

    /** Free-text notes the trainer stored in the model (its recipe). */
    public List<String> notes() {
        return model.notes();
    }

    /** Number of weight rows over all languages. */
    public int features() {
        return model.features();
    }

    /** Classifies a text; {@code language} is an ISO 639-1 code (null or unknown: English weights). */
    public Result classify(String language, String title, String text) {
        String chain = Analyzers.chain(language);
        LinearModel.Weights w = model.weights(chain);
        Features.Spec spec = w == null ? Features.Spec.WORDS : w.spec();
        double[] p = LinearModel.probabilities(w, features.vector(chain, spec, title, text, false));
        int best = 0;
        int topic = -1;
        for (int c = 0; c < p.length; c++) {
            if (p[c] > p[best]) best = c;
            if (Category.at(c).isNews() && (topic < 0 || p[c] > p[topic])) topic = c;
        }
        Map<Category, Double> probabilities = new EnumMap<>(Category.class);
        for (int c = 0; c < p.length; c++) probabilities.put(Category.at(c), p[c]);
        return new Result(Category.at(best), p[best], Category.at(topic), 1 - p[Category.NOT_NEWS.ordinal()],
                java.util.Collections.unmodifiableMap(probabilities));
    }
}
