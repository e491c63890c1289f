package org.dateline.bench;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.eval.ClusterScores;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole fast path (normalize → assign → index → commit) on generated articles in a fresh store:
 * documents per second overall and per slice of the run (to show how cost grows with the stored
 * corpus), and peak heap. An optional warm-up first runs other generated articles through a store that is then
 * thrown away, so that the first slices measure the engine and not the JIT compiling it.
 */
public final class StoriesBench {

    /** Documents added together (a multiple of it makes each slice of the curve). */
    private static final int BATCH = 50;

    /**
     * Throughput of one slice of the run: documents {@code from..to} stored before and during it, the process's CPU
     * time per document in it (all threads; unlike wall time, not inflated when other work shares the cores), that
     * time split by stage ({@link StageClock}: matching, preparing, embedding, indexing, other; empty where the JVM
     * does not measure threads), and the heap live at its end (after a full collection, outside the slice's timing).
     */
    public record Slice(int from, int to, double docsPerSecond, double cpuMsPerDoc, Map<String, Double> stageCpuMsPerDoc,
                        long liveHeapMb) {
        public Slice {
            stageCpuMsPerDoc = Collections.unmodifiableMap(new LinkedHashMap<>(stageCpuMsPerDoc));
        }
    }

    /**
     * @param heapMb peak heap used (garbage included), @param liveHeapMb heap live after a full collection, store open,
     * @param vectors whether articles were embedded (story.vectors on and an embedding module installed)
     * @param ceiling with embeddings: the model alone on the same kind of documents, after the run
     * @param embeddingsReused articles given the vector of a word-for-word copy embedded shortly before
     */
    public record Result(int docs, double docsPerSecond, long heapMb, long liveHeapMb, long stories, List<Slice> curve,
                         boolean vectors, List<String> predicted, List<String> gold, Dateline.EmbeddingCeiling ceiling,
                         long embeddingsReused) {

        /** Clustering quality of the first {@code n} documents against the events they were generated from. */
        public ClusterScores quality(int n) {
            int k = Math.min(n, predicted.size());
            return ClusterScores.score(predicted.subList(0, k), gold.subList(0, k));
        }
    }

    /** Documents and seconds the model alone is timed on after a run with embeddings. */
    private static final int CEILING_DOCS = 800;
    private static final long CEILING_MILLIS = 8_000;

    private StoriesBench() {
    }

    /** The generated documents a run of {@code docs} reads (the same every time). */
    public static List<RawDocument> corpus(int docs) {
        return new SyntheticCorpus(42, 6).documents(docs);
    }

    /**
     * Where the slices of a run of {@code docs} end: every tenth of the run, and below the first tenth the 1–2–5
     * steps down to a hundredth of it (10k, 20k, 50k in a run of a million), so the curve starts small as well as
     * reaching far. Each end is a whole number of batches.
     */
    static List<Integer> sliceEnds(int docs) {
        int tenth = Math.max(2 * BATCH, docs / 10 / BATCH * BATCH);
        TreeSet<Integer> ends = new TreeSet<>();
        for (long step = 1; step < tenth; step *= 10) {
            for (int m : new int[]{1, 2, 5}) {
                long end = step * m;
                if (end * 10 >= tenth && end < tenth && end % BATCH == 0 && end >= 2 * BATCH) ends.add((int) end);
            }
        }
        for (int end = tenth; end < docs; end += tenth) ends.add(end);
        ends.add(docs);
        return List.copyOf(ends);
    }

    public static Result run(int docs, Config config, Consumer<String> progress) {
        return run(docs, 0, config, progress);
    }

    /**
     * @param warmup generated articles (not those measured) run first through a store that is then deleted; none of
     *               their time, heap or stories counts
     */
    public static Result run(int docs, int warmup, Config config, Consumer<String> progress) {
        if (warmup > 0) warmUp(warmup, config, progress);
        // generated as they are added: a million documents are not held at once (only their gold and assigned stories)
        Iterator<RawDocument> input = new SyntheticCorpus(42, 6).stream(docs);
        List<String> assigned = new ArrayList<>(docs);
        List<String> gold = new ArrayList<>(docs);
        // one string per story, however many articles it has
        java.util.Map<String, String> storyIds = new java.util.HashMap<>();
        Path dir = tempDirectory("dateline-bench-");
        Heap.reset();
        List<Slice> curve = new ArrayList<>();
        Iterator<Integer> ends = sliceEnds(docs).iterator();
        int sliceEnd = ends.next();
        long stories;
        long live;
        boolean vectors;
        long reused;
        Dateline.EmbeddingCeiling ceiling = null;
        long start = System.nanoTime();
        // the model timed alone after the run is not part of the run's time, nor are the full collections that
        // measure each slice's live heap (a forced full collection of the whole heap is the benchmark's, not the
        // engine's: on a 100,000-article run they had taken 4 % of the wall-clock time)
        long ceilingNanos = 0, heapNanos = 0;
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), config)) {
            long sliceStart = start, sliceCpu = StageClock.processCpuNanos();
            StageClock stages = new StageClock(Thread.currentThread().threadId());
            // batches as an ingest reads them ahead: prepared while the batch before is assigned, embedded together
            Dateline.Batches batches = engine.batches((d, o) -> {
                String story = o.storyId() == null ? "failed:" + assigned.size() : o.storyId();
                assigned.add(storyIds.computeIfAbsent(story, x -> x));
            });
            for (int i = 0; i < docs; i++) {
                if (i % BATCH == 0) {
                    List<RawDocument> batch = new ArrayList<>(BATCH);
                    while (batch.size() < BATCH && input.hasNext()) {
                        RawDocument d = input.next();
                        gold.add(d.fields().get(SyntheticCorpus.EVENT_FIELD).intern());
                        batch.add(d);
                    }
                    batches.add(batch);
                }
                if (i + 1 == sliceEnd) {
                    if (ends.hasNext()) sliceEnd = ends.next();
                    long now = System.nanoTime();
                    int from = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).to();
                    long cpu = StageClock.processCpuNanos();
                    Map<String, Long> byStage = stages.lap();
                    int n = i + 1 - from;
                    double perSecond = n / ((now - sliceStart) / 1e9);
                    double cpuMs = cpu < 0 ? Double.NaN : (cpu - sliceCpu) / 1e6 / n;
                    Map<String, Double> stageMs = new LinkedHashMap<>();
                    byStage.forEach((stage, nanos) -> stageMs.put(stage, nanos / 1e6 / n));
                    long heapStart = System.nanoTime();
                    curve.add(new Slice(from, i + 1, perSecond, cpuMs, stageMs, Heap.liveMb()));
                    // the full collection that measured the live heap is no slice's
                    stages.lap();
                    sliceStart = System.nanoTime();
                    heapNanos += sliceStart - heapStart;
                    sliceCpu = StageClock.processCpuNanos();
                    progress.accept((i + 1) + "/" + docs + " documents");
                }
            }
            batches.finish();
            engine.commit();
            stories = engine.storyCount();
            long heapStart = System.nanoTime();
            live = Heap.liveMb();
            heapNanos += System.nanoTime() - heapStart;
            vectors = engine.embeds();
            reused = engine.embeddingsReused();
            // the stories as they are at the end (a merged story counts as its survivor)
            assigned.replaceAll(id -> storyIds.computeIfAbsent(engine.currentStoryId(id), x -> x));
            if (vectors) {
                progress.accept("the embedding model alone on " + Math.min(docs, CEILING_DOCS) + " documents");
                long ceilingStart = System.nanoTime();
                ceiling = engine.embeddingCeiling(corpus(Math.min(docs, CEILING_DOCS)), CEILING_MILLIS).orElse(null);
                ceilingNanos = System.nanoTime() - ceilingStart;
            }
        } finally {
            delete(dir);
        }
        double seconds = (System.nanoTime() - start - ceilingNanos - heapNanos) / 1e9;
        return new Result(docs, docs / seconds, Heap.peakMb(), live, stories, curve, vectors, assigned, gold, ceiling, reused);
    }

    /** Runs {@code docs} articles of another generated stream through a throwaway store, for the JIT. */
    private static void warmUp(int docs, Config config, Consumer<String> progress) {
        Path dir = tempDirectory("dateline-bench-warmup-");
        Iterator<RawDocument> input = new SyntheticCorpus(7, 6).stream(docs);
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), config)) {
            Dateline.Batches batches = engine.batches((d, o) -> {
            });
            for (int i = 0; i < docs; i += BATCH) {
                List<RawDocument> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && input.hasNext()) batch.add(input.next());
                batches.add(batch);
                if ((i / BATCH) % 100 == 0) progress.accept("warm-up " + i + "/" + docs + " documents");
            }
            batches.finish();
            engine.commit();
        } finally {
            delete(dir);
        }
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
