package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.normalize.OutletRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs contract: every distinct document of a pairs file goes through the engine into one fresh
 * store, and a pair is predicted same-story when both land in one story. Scored per language as
 * precision / recall / F1 of the positive class, plus accuracy.
 */
public final class PairsEval {

    /** Scores for one language. */
    public record Scores(double precision, double recall, double f1, double accuracy, int pairs) {
    }

    /**
     * A pair predicted wrongly: its id, the gold answer, and how the second document's story would score for the
     * first document now (the first's story when they are apart, the shared one when not), when it can be told.
     */
    public record Error(String id, String lang, boolean gold, String titleA, String titleB,
                        org.dateline.story.Scorecard scorecard) {
    }

    /** Scores keyed by language, and the wrongly predicted pairs in file order. */
    public record Report(Map<String, Scores> scores, List<Error> errors) {
    }

    private PairsEval() {
    }

    /** A pairs file, or a folder of {@code pairs_*.jsonl} files; the result is keyed by language. */
    public static Map<String, Scores> run(Path fileOrDir, Config config) {
        return report(fileOrDir, config).scores();
    }

    /** {@link #run}, with the wrongly predicted pairs. */
    public static Report report(Path fileOrDir, Config config) {
        List<Error> errors = new java.util.ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            files = EvalFiles.inFolder(fileOrDir, name -> name.matches("pairs.*\\.jsonl"));
            if (files.isEmpty()) throw new IllegalArgumentException(fileOrDir + ": no pairs_*.jsonl files in this folder");
        } else {
            files = List.of(fileOrDir);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();   // tp, fp, fn, tn
        for (Path file : files) {
            List<JsonNode> pairs = Json.readLines(file);
            try (TempDir dir = TempDir.create("dateline-pairs-");
                 Dateline engine = Dateline.open(dir.path(), OutletRegistry.bundled(), config)) {
                Map<String, String> storyByDoc = new HashMap<>();
                Map<String, String> articleByDoc = new HashMap<>();
                int position = 0;
                for (JsonNode pair : pairs) {
                    String lang = pair.path("lang").asText("und");
                    for (String side : List.of("a", "b")) {
                        JsonNode doc = pair.get(side);
                        String key = docKey(doc);
                        if (storyByDoc.containsKey(key)) continue;
                        Dateline.Outcome o = engine.add(EvalDocuments.toRaw(file.toString(), ++position, doc, lang));
                        storyByDoc.put(key, o.storyId() == null ? "failed:" + key : o.storyId());
                        if (o.articleId() != null) articleByDoc.put(key, o.articleId());
                    }
                }
                // the stories as they are at the end: a story merged into another later counts as its survivor
                storyByDoc.replaceAll((doc, story) -> engine.currentStoryId(story));
                for (JsonNode pair : pairs) {
                    String lang = pair.path("lang").asText("und");
                    boolean predicted = storyByDoc.get(docKey(pair.get("a"))).equals(storyByDoc.get(docKey(pair.get("b"))));
                    boolean gold = pair.path("same_story").asBoolean();
                    int[] c = counts.computeIfAbsent(lang, l -> new int[4]);
                    c[predicted ? (gold ? 0 : 1) : (gold ? 2 : 3)]++;
                    if (predicted != gold) {
                        String a = articleByDoc.get(docKey(pair.get("a")));
                        String storyOfB = storyByDoc.get(docKey(pair.get("b")));
                        org.dateline.story.Scorecard card = a == null || storyOfB.startsWith("failed:") ? null
                                : engine.explain(a, storyOfB).orElse(null);
                        errors.add(new Error(pair.path("id").asText(""), lang, gold, pair.get("a").path("title").asText(""),
                                pair.get("b").path("title").asText(""), card));
                    }
                }
            }
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        counts.forEach((lang, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            int n = c[0] + c[1] + c[2] + c[3];
            out.put(lang, new Scores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), (c[0] + c[3]) / (double) n, n));
        });
        return new Report(out, errors);
    }

    private static String docKey(JsonNode doc) {
        String url = doc.path("url").asText("");
        return url.isEmpty() ? doc.path("title").asText("") + "\n" + doc.path("text").asText("") : url;
    }
}
