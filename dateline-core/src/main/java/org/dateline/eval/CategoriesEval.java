package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.classify.Categorizer;
import org.dateline.classify.Category;
import org.dateline.classify.CategoryTrainer;
import org.dateline.classify.LabeledText;
import org.dateline.classify.TrainingData;
import org.dateline.text.Analyzers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The categories contract ({@code tgcontest_categories}): each record's title and text are classified
 * and scored against its {@code category}, per language: accuracy, macro-F1 over the classes present in
 * the gold labels, and F1 of {@code not_news} against all news. Either with a given model, or by k-fold
 * cross-validation of the training procedure on the file itself.
 */
public final class CategoriesEval {

    /**
     * Scores of one language. {@code perClass} holds F1 of each gold class; {@code docsPerSecond} is NaN under
     * cross-validation; {@code confusion[gold][predicted]} counts records by {@link Category} ordinals.
     */
    public record Scores(double accuracy, double macroF1, int n, double notNewsF1, Map<Category, Double> perClass,
                         double docsPerSecond, int[][] confusion) {
    }

    /** One scored record. */
    record Item(String id, String language, String title, String text, Category gold) {
    }

    private CategoriesEval() {
    }

    /** The shipped model on a labelled file. */
    public static Map<String, Scores> run(Path file) {
        return run(file, Categorizer.bundled());
    }

    public static Map<String, Scores> run(Path file, Categorizer categorizer) {
        Map<String, List<Item>> byLanguage = read(file);
        Map<String, Scores> out = new TreeMap<>();
        byLanguage.forEach((lang, items) -> {
            long start = System.nanoTime();
            List<Category> predicted = new ArrayList<>();
            for (Item i : items) predicted.add(categorizer.classify(i.language(), i.title(), i.text()).category());
            double seconds = (System.nanoTime() - start) / 1e9;
            out.put(lang, score(items.stream().map(Item::gold).toList(), predicted, items.size() / seconds));
        });
        return out;
    }

    /**
     * K-fold cross-validation of the training procedure on {@code file}: each fold (stratified by gold
     * class, records in file order dealt round-robin) is classified by a model trained on {@code extra}
     * plus the other folds, weighted as the recipe weighs the contest articles
     * ({@link TrainingData#ARTICLE_SHARE}). The shipped model is not used.
     */
    public static Map<String, Scores> crossValidate(Path file, int k, List<LabeledText> extra, CategoryTrainer.Options options) {
        return crossValidate(file, k, extra, options, 0);
    }

    /**
     * Cross-validation repeated {@code repeats} times, repeat {@code r} with trainer seed {@code options.seed() + r}
     * and folds dealt from the records shuffled with seed {@code r} (repeat 0: file order, the single run's folds).
     * One document moves a small file's accuracy by a point and the example order alone by several, so a recipe
     * change is judged by the mean over repeats. Per language, the scores of each repeat in order.
     */
    public static Map<String, List<Scores>> crossValidateRepeated(Path file, int k, List<LabeledText> extra,
                                                                  CategoryTrainer.Options options, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("--repeats needs at least 1");
        Map<String, List<Scores>> out = new TreeMap<>();
        for (int r = 0; r < repeats; r++) {
            crossValidate(file, k, extra, options.withSeed(options.seed() + r), r)
                    .forEach((lang, s) -> out.computeIfAbsent(lang, l -> new ArrayList<>()).add(s));
        }
        return out;
    }

    /** Mean, sample standard deviation, minimum and maximum of some figures. */
    public record Spread(double mean, double sd, double min, double max) {
        public static Spread of(List<Double> values) {
            double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double mean = sum / values.size();
            double ss = 0;
            for (double v : values) ss += (v - mean) * (v - mean);
            return new Spread(mean, values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0, min, max);
        }
    }

    private static Map<String, Scores> crossValidate(Path file, int k, List<LabeledText> extra, CategoryTrainer.Options options,
                                                     long foldSeed) {
        if (k < 2) throw new IllegalArgumentException("--cv needs at least 2 folds");
        Map<String, List<Item>> byLanguage = read(file);
        Map<String, Scores> out = new TreeMap<>();
        byLanguage.forEach((lang, items) -> {
            int[] fold = folds(items, k, foldSeed);
            List<LabeledText> extraHere = extra.stream()
                    .filter(e -> Analyzers.chain(e.language()).equals(Analyzers.chain(lang))).toList();
            Category[] predicted = new Category[items.size()];
            for (int f = 0; f < k; f++) {
                List<LabeledText> articles = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    if (fold[i] != f) articles.add(new LabeledText(it.language(), it.title(), it.text(), it.gold(), 1.0, it.id()));
                }
                List<LabeledText> train = TrainingData.withArticleShare(extraHere, articles, TrainingData.ARTICLE_SHARE);
                Categorizer model = CategoryTrainer.train(train, options, List.of());
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    if (fold[i] == f) predicted[i] = model.classify(it.language(), it.title(), it.text()).category();
                }
            }
            out.put(lang, score(items.stream().map(Item::gold).toList(), List.of(predicted), Double.NaN));
        });
        return out;
    }

    /** Fold of each item: per gold class, in file order, dealt round-robin (class sizes stay balanced). */
    static int[] folds(List<Item> items, int k) {
        return folds(items, k, 0);
    }

    /** As {@link #folds(List, int)}, the records dealt in an order shuffled with {@code seed} (0: file order). */
    static int[] folds(List<Item> items, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) order.add(i);
        if (seed != 0) java.util.Collections.shuffle(order, new java.util.Random(seed));
        int[] fold = new int[items.size()];
        Map<Category, Integer> next = new EnumMap<>(Category.class);
        for (int i : order) {
            int n = next.merge(items.get(i).gold(), 1, Integer::sum) - 1;
            fold[i] = n % k;
        }
        return fold;
    }

    /** Accuracy, macro-F1 over the gold classes, not-news F1. */
    public static Scores score(List<Category> gold, List<Category> predicted, double docsPerSecond) {
        int n = gold.size();
        int correct = 0;
        for (int i = 0; i < n; i++) if (gold.get(i) == predicted.get(i)) correct++;
        Set<Category> present = gold.stream().collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Category.class)));
        Map<Category, Double> perClass = new LinkedHashMap<>();
        double sum = 0;
        for (Category c : present) {
            double f1 = f1(gold, predicted, g -> g == c);
            perClass.put(c, f1);
            sum += f1;
        }
        double notNews = f1(gold, predicted, g -> g == Category.NOT_NEWS);
        int k = Category.values().length;
        int[][] confusion = new int[k][k];
        for (int i = 0; i < n; i++) confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
        return new Scores(n == 0 ? 0 : correct / (double) n, present.isEmpty() ? 0 : sum / present.size(), n, notNews,
                perClass, docsPerSecond, confusion);
    }

    private static double f1(List<Category> gold, List<Category> predicted, java.util.function.Predicate<Category> positive) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean g = positive.test(gold.get(i));
            boolean p = positive.test(predicted.get(i));
            if (g && p) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** The labelled records of a file, or of every .jsonl file of a folder (a set kept as one file per language), by language. */
    private static Map<String, List<Item>> read(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) return read(fileOrFolder, new TreeMap<>());
        Map<String, List<Item>> byLanguage = new TreeMap<>();
        for (Path f : EvalFiles.inFolder(fileOrFolder, "jsonl")) read(f, byLanguage);
        if (byLanguage.isEmpty()) throw new IllegalArgumentException(fileOrFolder + ": a folder without a .jsonl file");
        return byLanguage;
    }

    private static Map<String, List<Item>> read(Path file, Map<String, List<Item>> byLanguage) {
        int no = 0;
        for (JsonNode r : Json.readLines(file)) {
            no++;
            String label = r.path("category").asText("");
            if (label.isEmpty()) throw new IllegalArgumentException(file + ":" + no + ": no category");
            String lang = r.path("lang").asText("und");
            byLanguage.computeIfAbsent(lang, l -> new ArrayList<>()).add(new Item(r.path("id").asText(String.valueOf(no)),
                    lang, r.path("title").asText(""), r.path("text").asText(""), Category.of(label)));
        }
        return byLanguage;
    }
}
