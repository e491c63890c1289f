package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.normalize.OutletRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The clustering contract of {@code shared/eval/README.md}: documents go into a fresh store in
 * {@code published} order (then id order) with the gold {@code story} withheld; the stories the engine
 * forms are scored against the gold ones.
 */
public final class ClusteringEval {

    private ClusteringEval() {
    }

    private static final int BATCH = 50;

    public static ClusterScores run(Path file, Config config, IntConsumer progress) {
        return run(file, config, progress, null);
    }

    /**
     * {@link #run(Path, Config, IntConsumer)} that also writes the predictions to {@code output} (null: none), one
     * {@code {"id","cluster"}} line per document as the evaluation README's contract has them, so the errors can be read.
     */
    public static ClusterScores run(Path file, Config config, IntConsumer progress, Path output) {
        List<JsonNode> records = new ArrayList<>(Json.readLines(file));
        records.sort(Comparator
                .comparing((JsonNode r) -> r.path("published").isTextual() ? r.get("published").asText() : "\uffff")
                .thenComparing(r -> r.path("id").asText()));
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        try (TempDir dir = TempDir.create("dateline-eval-");
             Dateline engine = Dateline.open(dir.path(), OutletRegistry.bundled(), config)) {
            // in batches, as an ingest adds them (their embeddings are computed together)
            for (int from = 0; from < records.size(); from += BATCH) {
                List<JsonNode> part = records.subList(from, Math.min(records.size(), from + BATCH));
                List<org.dateline.model.RawDocument> raw = new ArrayList<>(part.size());
                for (int k = 0; k < part.size(); k++) raw.add(EvalDocuments.toRaw(file.toString(), from + k + 1, part.get(k), null));
                List<Dateline.Outcome> outcomes = engine.addAll(raw);
                for (int k = 0; k < part.size(); k++) {
                    Dateline.Outcome o = outcomes.get(k);
                    predicted.add(o.storyId() == null ? "failed:" + (from + k + 1) : o.storyId());
                    gold.add(part.get(k).path("story").asText());
                }
                progress.accept(from + part.size());
            }
            // the stories as they are at the end: a story merged into another later counts as its survivor
            predicted.replaceAll(engine::currentStoryId);
        }
        if (output != null) writePredictions(output, records, predicted);
        return ClusterScores.score(predicted, gold);
    }

    private static void writePredictions(Path output, List<JsonNode> records, List<String> predicted) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            lines.append(Json.write(Json.MAPPER.createObjectNode()
                    .put("id", records.get(i).path("id").asText()).put("cluster", predicted.get(i)))).append('\n');
        }
        try {
            Files.writeString(output, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
