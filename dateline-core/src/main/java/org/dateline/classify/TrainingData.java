package org.dateline.classify;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training inputs of the categorizer: the project's own seed examples (classpath resources
 * {@code seeds_en.tsv}, {@code seeds_ru.tsv}, written for Dateline) and labelled JSON-lines files
 * ({@code {"lang","title","text","category"}}; the UCI aggregator's {@code business / science_technology /
 * entertainment / health} are mapped to economy / technology / entertainment / science).
 */
public final class TrainingData {

    /** Seed files shipped with the project, one per language. */
    public static final List<String> SEED_LANGUAGES = List.of("en", "ru");

    /** Weight of one seed line relative to one labelled article. */
    public static final double SEED_WEIGHT = 1.0;

    /**
     * Weight of one UCI headline, and the total weight one UCI aggregator story may carry. Out-of-domain
     * (headlines only, four classes): a quarter of a contest article (0.5 scored lower in cross-validation).
     */
    public static final double UCI_WEIGHT = 0.25;
    public static final double UCI_STORY_CAP = 8;

    /** Where the recipe's files sit under the shared evaluation folder. */
    public static final List<String> CONTEST_FILES = List.of("tgcontest_categories/categories_en.jsonl",
            "tgcontest_categories/categories_ru.jsonl");
    public static final String UCI_FILE = "uci_news_aggregator_stories/documents.jsonl";

    private TrainingData() {
    }

    /**
     * The shipped model's recipe: the seeds, the contest's labelled articles (weight 1) and the UCI
     * headlines ({@link #UCI_WEIGHT}, at most {@link #UCI_STORY_CAP} per story), from {@code evalDir}
     * (the shared {@code eval} folder).
     */
    public static List<LabeledText> recipe(Path evalDir) {
        List<LabeledText> out = new ArrayList<>(seeds());
        for (String f : CONTEST_FILES) out.addAll(jsonl(evalDir.resolve(f), 1.0, Double.POSITIVE_INFINITY));
        out.addAll(uci(evalDir.resolve(UCI_FILE)));
        return out;
    }

    /** The UCI headlines as the recipe weighs them. */
    public static List<LabeledText> uci(Path file) {
        return jsonl(file, UCI_WEIGHT, UCI_STORY_CAP);
    }

    /** The project's seed examples: {@code category<TAB>text} lines, {@code #} comments. */
    public static List<LabeledText> seeds() {
        List<LabeledText> out = new ArrayList<>();
        for (String lang : SEED_LANGUAGES) {
            String name = "seeds_" + lang + ".tsv";
            try (InputStream in = TrainingData.class.getResourceAsStream(name)) {
                if (in == null) throw new IllegalStateException("seed resource missing: " + name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    if (tab < 0) throw new IllegalStateException(name + ":" + no + ": expected category<TAB>text");
                    Category c = Category.of(line.substring(0, tab));
                    out.add(new LabeledText(lang, line.substring(tab + 1).trim(), "", c, SEED_WEIGHT, "seed-" + lang + "-" + no));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return out;
    }

    /**
     * A labelled JSON-lines file. Records of one aggregator {@code story} share a total weight of at most
     * {@code storyCap} (so that 300 headlines of one story do not drown the rest); without a story field
     * every record weighs {@code weight}.
     */
    public static List<LabeledText> jsonl(Path file, double weight, double storyCap) {
        List<JsonNode> records = Json.readLines(file);
        Map<String, Integer> storySize = new HashMap<>();
        for (JsonNode n : records) {
            String story = n.path("story").asText("");
            if (!story.isEmpty()) storySize.merge(story, 1, Integer::sum);
        }
        List<LabeledText> out = new ArrayList<>();
        for (JsonNode n : records) {
            String label = n.path("category").asText("");
            if (label.isEmpty()) continue;
            String story = n.path("story").asText("");
            double w = story.isEmpty() ? weight : weight * Math.min(1.0, storyCap / storySize.get(story));
            out.add(new LabeledText(n.path("lang").asText("en"), n.path("title").asText(""), n.path("text").asText(""),
                    map(label), w, story.isEmpty() ? n.path("id").asText("") : story));
        }
        return out;
    }

    /** Contest labels as they are; the UCI aggregator's four labels mapped onto them. */
    static Category map(String label) {
        return switch (label) {
            case "business", "b" -> Category.ECONOMY;
            case "science_technology", "t" -> Category.TECHNOLOGY;
            case "entertainment", "e" -> Category.ENTERTAINMENT;
            case "health", "m" -> Category.SCIENCE;
            default -> Category.of(label);
        };
    }
}
