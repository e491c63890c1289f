package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.normalize.OutletRegistry;

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

    public static ClusterScores run(Path file, Config config, IntConsumer progress) {
        List<JsonNode> records = new ArrayList<>(Json.readLines(file));
        records.sort(Comparator
                .comparing((JsonNode r) -> r.path("published").isTextual() ? r.get("published").asText() : "\uffff")
                .thenComparing(r -> r.path("id").asText()));
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        try (TempDir dir = TempDir.create("dateline-eval-");
             Dateline engine = Dateline.open(dir.path(), OutletRegistry.bundled(), config)) {
            int i = 0;
            for (JsonNode r : records) {
                Dateline.Outcome o = engine.add(EvalDocuments.toRaw(file.toString(), ++i, r, null));
                predicted.add(o.storyId() == null ? "failed:" + i : o.storyId());
                gold.add(r.path("story").asText());
                progress.accept(i);
            }
        }
        return ClusterScores.score(predicted, gold);
    }
}
