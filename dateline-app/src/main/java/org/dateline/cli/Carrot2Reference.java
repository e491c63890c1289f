package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.dateline.eval.ClusterScores;
import org.dateline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carrot2's Lingo clusterer on the same labelled file, as a reference peer measured in the same run:
 * batch (it sees every document at once), title and text as its two fields, English language components,
 * a fixed rule for the cluster count (one per ten documents, 30 to 100, Lingo's maximum) — never the gold count. A
 * document Lingo leaves in no cluster is a story of its own; one in several goes to the best-scored.
 */
final class Carrot2Reference {

    record Result(ClusterScores scores, double seconds) {
    }

    private Carrot2Reference() {
    }

    static Result run(Path file) {
        List<JsonNode> records = Json.readLines(file);
        List<String> titles = new ArrayList<>(), texts = new ArrayList<>(), gold = new ArrayList<>();
        for (JsonNode n : records) {
            titles.add(n.path("title").asText(""));
            texts.add(n.path("text").asText(""));
            gold.add(n.path("story").asText());
        }
        return run(titles, texts, gold);
    }

    /** Lingo on documents given as titles and texts, scored against their gold stories. */
    static Result run(List<String> titles, List<String> texts, List<String> gold) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i), text = texts.get(i);
            docs.add(fields -> {
                fields.accept("title", title);
                fields.accept("content", text);
            });
        }
        long start = System.nanoTime();
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        // Lingo accepts at most 100 clusters.
        lingo.desiredClusterCount.set(Math.min(100, Math.max(30, docs.size() / 10)));
        List<Cluster<Document>> clusters;
        try {
            clusters = lingo.cluster(docs.stream(), LanguageComponents.loader().load().language("English"));
        } catch (IOException e) {
            throw new UncheckedIOException("Carrot2 language resources are unreadable", e);
        }
        Map<Document, Integer> assigned = new IdentityHashMap<>();
        assign(clusters, assigned, new int[]{0});
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Integer c = assigned.get(docs.get(i));
            predicted.add(c == null ? "single-" + i : "c" + c);
        }
        return new Result(ClusterScores.score(predicted, gold), seconds);
    }

    private static void assign(List<Cluster<Document>> clusters, Map<Document, Integer> assigned, int[] next) {
        for (Cluster<Document> c : clusters) {
            int id = next[0]++;
            for (Document d : c.getDocuments()) assigned.putIfAbsent(d, id);
            assign(c.getClusters(), assigned, next);
        }
    }
}
