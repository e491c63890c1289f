package org.dateline.analyze.quote;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link AttributionModel} from PolNeAR articles ({@code shared/eval/polnear_attribution/articles.jsonl}):
 * <ol>
 * <li>cue verbs: the words of the gold cues of the chosen splits that are a cue at least {@value #MIN_CUE_COUNT}
 *     times and at least {@value #MIN_CUE_RATE} of the time they occur and are outside the rules' lexicon (no
 *     auxiliary, preposition or -ly adverb) become extra verb cues;</li>
 * <li>candidates: the rules' attributions and the extra ones of every article, labelled as the evaluation matches
 *     them (one-to-one, content overlap of at least half the longer, source overlap);</li>
 * <li>a logistic regression over {@link AttributionFeatures} (plain SGD, L2, features seen at least twice);</li>
 * <li>the threshold that maximises (content, source) pair F1 over {@value #FOLDS}-fold cross-validated scores of
 *     the same articles, so that it is not fitted on the scores of the final model.</li>
 * </ol>
 * Deterministic for a given file. Only English articles of the chosen splits (default: train) are read.
 */
public final class AttributionTrainer {

    /** The bundled model, relative to the repository root. */
    public static final Path BUNDLED_MODEL = Path.of("dateline-core/src/main/resources/org/dateline/analyze/quote",
            AttributionModel.RESOURCE);
    static final int MIN_CUE_COUNT = 3;
    static final double MIN_CUE_RATE = 0.1;
    static final int FOLDS = 5;
    private static final int EPOCHS = 3;
    private static final double L2 = 1e-6;
    private static final long SEED = 7;
    private static final int MIN_FEATURE_COUNT = 2;
    /** Cue words that are no cue by themselves: auxiliaries, prepositions, pronouns. */
    private static final Set<String> NOT_CUES = Set.of("in", "for", "of", "about", "from", "on", "to", "with", "by",
            "at", "as", "into", "over", "against", "after", "before", "the", "a", "an", "was", "is", "were", "are", "be",
            "been", "being", "has", "have", "had", "it", "that", "this", "would", "will", "could", "can", "should",
            "not", "and", "or", "but", "he", "she", "they", "his", "her", "their", "its", "who", "which", "what", "did",
            "does", "do", "also", "up", "out", "than", "more", "most", "there", "when", "if", "whether", "so", "just",
            "according", "says", "said", "say", "saying");

    private AttributionTrainer() {
    }

    /** What was trained. */
    public record Trained(int docs, int candidates, int positives, int gold, int verbs, int features,
                          double threshold, double cvPairF1, long bytes, double seconds) {
    }

    private record Example(int doc, List<String> features, boolean positive) {
    }

    public static Trained train(Path file, Path out, Set<String> splits) {
        long t0 = System.nanoTime();
        List<JsonNode> docs = new ArrayList<>();
        for (JsonNode r : Json.readLines(file)) {
            if (!r.has("attributions") || !"en".equals(r.path("lang").asText("en"))) continue;
            if (splits.contains(r.path("polnear_split").asText(""))) docs.add(r);
        }
        if (docs.isEmpty()) throw new IllegalArgumentException(file + ": no English PolNeAR articles of splits " + splits);
        // 1. cue words
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> asCue = new HashMap<>();
        for (JsonNode r : docs) {
            String text = r.path("text").asText("");
            List<Token> tokens = Token.of(text, QuoteMarks.outermost(text));
            for (Token t : tokens) if (t.isWord()) total.merge(t.lower(), 1, Integer::sum);
            for (JsonNode a : r.path("attributions")) {
                Set<String> words = new TreeSet<>();
                for (JsonNode c : a.path("cue")) {
                    int from = Token.firstAtOrAfter(tokens, c.path("start").asInt());
                    for (int k = from; k < tokens.size() && tokens.get(k).start() < c.path("end").asInt(); k++) {
                        if (tokens.get(k).isWord()) words.add(tokens.get(k).lower());
                    }
                }
                words.forEach(w -> asCue.merge(w, 1, Integer::sum));
            }
        }
        Set<String> verbs = new TreeSet<>();
        asCue.forEach((w, n) -> {
            if (n < MIN_CUE_COUNT || NOT_CUES.contains(w) || w.length() < 3 || !w.chars().allMatch(Character::isLetter)) return;
            if ((double) n / total.getOrDefault(w, n) < MIN_CUE_RATE || w.endsWith("ly")) return;
            if (CueLexicon.ENGLISH.auxiliaries.contains(w) || CueLexicon.ENGLISH.passiveMarkers.contains(w)) return;
            if (CueLexicon.ENGLISH.verb(w) == null) verbs.add(w);
        });
        // 2. labelled candidates
        AttributionModel proposer = AttributionModel.acceptAll(verbs);
        QuoteExtractor extractor = new QuoteExtractor();
        List<Example> examples = new ArrayList<>();
        int gold = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            JsonNode r = docs.get(doc);
            String text = r.path("text").asText("");
            List<QuoteExtractor.Scored> cands = extractor.candidates(text, "en", List.of(), proposer);
            for (JsonNode a : r.path("attributions")) if (!a.path("content").isEmpty()) gold++;
            boolean[] positive = label(text, r.path("attributions"), cands);
            for (int i = 0; i < cands.size(); i++) examples.add(new Example(doc, cands.get(i).features(), positive[i]));
        }
        // 3. the threshold from cross-validated scores
        int[] fold = new int[docs.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) order.add(i);
        Collections.shuffle(order, new Random(SEED));
        for (int i = 0; i < order.size(); i++) fold[order.get(i)] = i % FOLDS;
        double[] cvScore = new double[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            final int held = f;
            Fit fit = fit(examples.stream().filter(e -> fold[e.doc()] != held).toList());
            for (int i = 0; i < examples.size(); i++) {
                if (fold[examples.get(i).doc()] == held) cvScore[i] = fit.probability(examples.get(i).features());
            }
        }
        double bestT = 0;
        double bestF = -1;
        for (int step = 0; step <= 90; step++) {
            double t = step / 100.0;
            int tp = 0;
            int pred = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (cvScore[i] < t) continue;
                pred++;
                if (examples.get(i).positive()) tp++;
            }
            double f1 = 2.0 * tp / (pred + gold);
            if (f1 > bestF) {
                bestF = f1;
                bestT = t;
            }
        }
        // 4. the final model on every example
        Fit fit = fit(examples);
        int positives = (int) examples.stream().filter(Example::positive).count();
        List<String> notes = List.of("trained by AttributionTrainer on " + file.getFileName() + ", splits " + splits + ": "
                        + docs.size() + " articles, " + examples.size() + " candidates (" + positives + " correct), "
                        + gold + " gold attributions",
                String.format("threshold chosen by %d-fold cross-validation over the same articles: estimated pair F1 %.4f",
                        FOLDS, bestF));
        AttributionModel model = new AttributionModel(verbs, fit.weights(), fit.bias(), bestT, notes);
        try {
            model.write(out);
            return new Trained(docs.size(), examples.size(), positives, gold, verbs.size(),
                    model.features(), bestT, bestF, Files.size(out), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Weights of a logistic regression. */
    private record Fit(Map<String, Float> weights, double bias) {
        double probability(List<String> features) {
            return AttributionModel.logistic(weights, bias, features);
        }
    }

    private static Fit fit(List<Example> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new HashMap<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_FEATURE_COUNT) index.put(f, index.size());
        });
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double b = 0;
        double gb2 = 0;
        double rate = 0.1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) order.add(i);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                double s = b;
                for (int j : x[i]) s += w[j];
                double p = 1 / (1 + Math.exp(-s));
                double g = p - (examples.get(i).positive() ? 1 : 0);
                // AdaGrad steps, with L2 applied to the active features
                gb2 += g * g;
                b -= rate * g / Math.sqrt(gb2 + 1e-8);
                for (int j : x[i]) {
                    double gj = g + L2 * w[j];
                    g2[j] += gj * gj;
                    w[j] -= rate * gj / Math.sqrt(g2[j] + 1e-8);
                }
            }
        }
        Map<String, Float> weights = new HashMap<>();
        index.forEach((f, j) -> {
            if (Math.abs(w[j]) >= 1e-4) weights.put(f, (float) w[j]);
        });
        return new Fit(weights, b);
    }

    /**
     * Which candidates the evaluation counts correct: each gold content, in order, takes the unused candidate sharing
     * most of its words (at least half of the longer); the pair is right when the sources overlap or both are absent.
     */
    static boolean[] label(String text, JsonNode attributions, List<QuoteExtractor.Scored> cands) {
        int[][] words = GoldSpans.words(text);
        List<BitSet> preds = new ArrayList<>();
        for (QuoteExtractor.Scored c : cands) preds.add(GoldSpans.covered(words, c.quote().content()));
        boolean[] used = new boolean[cands.size()];
        boolean[] positive = new boolean[cands.size()];
        for (JsonNode a : attributions) {
            BitSet content = GoldSpans.covered(words, GoldSpans.spans(a.path("content"), text));
            if (content.isEmpty()) continue;
            int best = -1;
            int bestShared = 0;
            for (int i = 0; i < preds.size(); i++) {
                if (used[i]) continue;
                BitSet shared = (BitSet) content.clone();
                shared.and(preds.get(i));
                int n = shared.cardinality();
                if (n > bestShared && 2 * n >= Math.max(content.cardinality(), preds.get(i).cardinality())) {
                    best = i;
                    bestShared = n;
                }
            }
            if (best < 0) continue;
            used[best] = true;
            Span source = cands.get(best).quote().source();
            List<Span> goldSource = GoldSpans.spans(a.path("source"), text);
            positive[best] = goldSource.isEmpty() ? source == null
                    : source != null && goldSource.stream().anyMatch(s -> s.start() < source.end() && source.start() < s.end());
        }
        return positive;
    }



}
