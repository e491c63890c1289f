package org.dateline.bench;

import org.dateline.analyze.DeepAnalyzer;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Throughput of the deep path (entities, linking, quotes, dates, events) on news-length generated articles,
 * per language, on a pool of threads: what `bench analysis` prints. Model loading is timed apart.
 */
public final class AnalysisBench {

    /** Generated reports of one language are joined until an article has this many words (news length: 350–600). */
    private static final int MIN_WORDS = 350;

    public record LanguageResult(String language, String recognizer, int docs, long words, double loadSeconds,
                                 double docsPerSecond, double wordsPerSecond, long peakHeapMb, int entities, int quotes,
                                 int events) {
    }

    private AnalysisBench() {
    }

    /**
     * Articles analysed before the timing starts, as a running server has: the JIT compiles the analysers' hot code
     * during the first hundred articles or so (a 300-article Russian run measured 22–26 docs/s cold, 43 over 1,000).
     */
    public static final int WARM_UP = 150;

    public static List<LanguageResult> run(int docsPerLanguage, int threads, Consumer<String> progress) {
        Map<String, List<Article>> byLanguage = articles(docsPerLanguage + WARM_UP);
        List<LanguageResult> out = new ArrayList<>();
        DeepAnalyzer analyzer = new DeepAnalyzer();
        for (Map.Entry<String, List<Article>> e : byLanguage.entrySet()) {
            progress.accept("loading the " + e.getKey() + " models");
            long load = System.nanoTime();
            String recognizer = EntityRecognizers.forLanguage(e.getKey()).name();
            analyzer.analyze(e.getValue().get(0));
            double loadSeconds = (System.nanoTime() - load) / 1e9;
            List<Article> warmUp = e.getValue().subList(0, WARM_UP);
            List<Article> timed = e.getValue().subList(WARM_UP, e.getValue().size());
            progress.accept("warming up on " + warmUp.size() + " " + e.getKey() + " articles");
            int[] counts = new int[3];
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            long started = 0;
            try {
                analyseAll(pool, analyzer, warmUp, new int[3]);
                progress.accept("analysing " + timed.size() + " " + e.getKey() + " articles");
                Heap.reset();
                started = System.nanoTime();
                analyseAll(pool, analyzer, timed, counts);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            } catch (java.util.concurrent.ExecutionException ex) {
                throw new IllegalStateException("analysis failed: " + ex.getCause(), ex.getCause());
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long words = 0;
            for (Article a : timed) words += a.text().split("\\s+").length;
            int n = timed.size();
            out.add(new LanguageResult(e.getKey(), recognizer, n, words, loadSeconds, n / seconds, words / seconds,
                    Heap.peakMb(), counts[0], counts[1], counts[2]));
        }
        return out;
    }

    /** Analyses the articles on the pool, adding their entity, quote and event counts to {@code counts}. */
    private static void analyseAll(ExecutorService pool, DeepAnalyzer analyzer, List<Article> articles, int[] counts)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        List<Future<org.dateline.analyze.Analysis>> futures = new ArrayList<>();
        for (Article a : articles) futures.add(pool.submit(() -> analyzer.analyze(a)));
        for (Future<org.dateline.analyze.Analysis> f : futures) {
            org.dateline.analyze.Analysis a = f.get();
            counts[0] += a.entities().size();
            counts[1] += a.quotes().size();
            counts[2] += a.events().size();
        }
    }

    /** News-length articles per language (en, ru), each joined from consecutive generated reports of that language. */
    private static Map<String, List<Article>> articles(int perLanguage) {
        Normalizer normalizer = new Normalizer(OutletRegistry.bundled());
        Map<String, List<Article>> out = new java.util.TreeMap<>();
        // per language, the article being joined: its first report (whose fields it takes), text and word count
        Map<String, Joining> open = new HashMap<>();
        java.util.Iterator<RawDocument> reports = new SyntheticCorpus(7, 5).stream(Integer.MAX_VALUE);
        while (out.size() < 2 || out.values().stream().anyMatch(l -> l.size() < perLanguage)) {
            RawDocument d = reports.next();
            String language = d.fields().get("lang");
            List<Article> done = out.computeIfAbsent(language, k -> new ArrayList<>());
            if (done.size() >= perLanguage) continue;
            Joining j = open.computeIfAbsent(language, k -> new Joining(d, new StringBuilder()));
            j.body.append(d.content()).append("\n\n");
            j.words += d.content().split("\\s+").length;
            if (j.words < MIN_WORDS) continue;
            done.add(normalizer.normalize(new RawDocument(j.first.origin(), j.first.position(), j.first.format(),
                    j.body.toString().strip(), j.first.fields(), j.first.hash())));
            open.remove(language);
        }
        return out;
    }

    private static final class Joining {
        final RawDocument first;
        final StringBuilder body;
        int words;

        Joining(RawDocument first, StringBuilder body) {
            this.first = first;
            this.body = body;
        }
    }
}
