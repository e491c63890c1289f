package org.dateline.analyze;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.event.EventFrame;
import org.dateline.model.Article;
import org.dateline.store.AnalysisStore;
import org.dateline.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the deep path over the articles waiting for it, in batches, on a pool of threads, and stores each
 * analysis with its surname-only people linked to the person the store already knows by that surname. The
 * fast path never waits for it: it only marks articles pending. Writes go through {@code writer}, which the
 * facade serialises with its own writes.
 */
public final class AnalysisRunner implements AutoCloseable {

    /** Progress of a long run, for a progress bar. */
    public interface Progress {
        void analysed(int done, long pending);

        Progress NONE = (done, pending) -> { };
    }

    /** The store writes of one batch, done under the facade's lock. */
    public interface Writer {
        void write(List<Analysis> analyses);
    }

    private static final int BATCH = 32;
    /** A surname-only mention joins a known person only when that person holds this share of the surname's uses. */
    private static final double SURNAME_SHARE = 0.66;

    /**
     * A name an article mentions at most this often is given the type other articles give it when they agree
     * ({@link #typeAsElsewhere}); more mentions are evidence enough of the article's own.
     */
    private static final int WEAK_MENTIONS = 2;
    /** ... when at least this many analysed articles give the other type ... */
    private static final int ELSEWHERE_ARTICLES = 3;
    /** ... and this many times as many as give the article's. */
    private static final int ELSEWHERE_RATIO = 3;

    private final DeepAnalyzer analyzer;
    private final AnalysisStore analyses;
    private final ArticleStore articles;
    private final ExecutorService pool;

    public AnalysisRunner(DeepAnalyzer analyzer, AnalysisStore analyses, ArticleStore articles, int threads) {
        this.analyzer = analyzer;
        this.analyses = analyses;
        this.articles = articles;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "dateline-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /** Analyses pending articles until none is left or {@code limit} are done; returns how many were analysed. */
    public int runPending(int limit, Writer writer, Progress progress) {
        int done = 0;
        while (done < limit) {
            List<String> ids = analyses.pendingAnalyses(Math.min(BATCH, limit - done));
            if (ids.isEmpty()) break;
            List<Article> batch = articles.articles(ids);
            if (batch.isEmpty()) break;
            List<Analysis> results = analyzeAll(batch);
            List<Analysis> linked = new ArrayList<>();
            Map<String, Map<EntityType, Integer>> batchTypes = typesIn(results);
            for (Analysis a : results) {
                // the other articles of the batch count beside the stored ones: they are not stored yet
                Function<String, Map<EntityType, Integer>> elsewhere = id -> {
                    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
                    counts.putAll(analyses.typesOf(id));
                    batchTypes.getOrDefault(id, Map.of()).forEach((t, n) -> counts.merge(t, n, Integer::sum));
                    for (DocumentEntity own : a.entities()) if (own.id().equals(id)) counts.merge(own.type(), -1, Integer::sum);
                    return counts;
                };
                linked.add(linkSurnames(typeAsElsewhere(a, elsewhere), analyses::peopleBySurname));
            }
            writer.write(linked);
            done += linked.size();
            progress.analysed(done, analyses.pendingCount());
        }
        return done;
    }

    private List<Analysis> analyzeAll(List<Article> batch) {
        List<Future<Analysis>> futures = new ArrayList<>();
        for (Article a : batch) futures.add(pool.submit(() -> analyzer.analyze(a)));
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("analysis interrupted", e);
            } catch (ExecutionException e) {
                // one article the analysis cannot read must not hold back the others, nor stay pending for ever
                Article a = batch.get(i);
                System.err.println("dateline: deep analysis of " + a.id() + " (" + a.origin() + ") failed: " + e.getCause());
                out.add(new Analysis(a.id(), a.language(), "failed: " + e.getCause(), List.of(), List.of(), List.of(), List.of()));
            }
        }
        return out;
    }

    /**
     * Gives a name the article mentions once or twice the type the analysed articles give it when they clearly
     * agree on another: "Valmara buried the three victims" reads as a person to a recognizer that sees one sentence,
     * while the articles that name the country again and again make it a place. Types only; ids are the name's.
     * Miscellany (nationalities, events) keeps its own id and type.
     */
    static Analysis typeAsElsewhere(Analysis a, Function<String, Map<EntityType, Integer>> typesElsewhere) {
        List<DocumentEntity> entities = new ArrayList<>(a.entities().size());
        boolean changed = false;
        for (DocumentEntity e : a.entities()) {
            EntityType type = e.type() == EntityType.MISC || e.mentions().size() > WEAK_MENTIONS ? e.type()
                    : agreedElsewhere(e.type(), typesElsewhere.apply(e.id()));
            if (type != e.type()) {
                changed = true;
                e = new DocumentEntity(e.id(), e.key(), type, e.name(), e.variants(), e.descriptions(), e.mentions());
            }
            entities.add(e);
        }
        return changed ? new Analysis(a.articleId(), a.language(), a.recognizer(), entities, a.quotes(), a.dates(), a.events()) : a;
    }

    /** How many of the analyses give each entity each type. */
    static Map<String, Map<EntityType, Integer>> typesIn(List<Analysis> batch) {
        Map<String, Map<EntityType, Integer>> out = new java.util.HashMap<>();
        for (Analysis a : batch) {
            for (DocumentEntity e : a.entities()) {
                out.computeIfAbsent(e.id(), id -> new java.util.EnumMap<>(EntityType.class)).merge(e.type(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The type other articles give a name when at least {@value #ELSEWHERE_ARTICLES} and {@value #ELSEWHERE_RATIO}× as many as give {@code own} do. */
    private static EntityType agreedElsewhere(EntityType own, Map<EntityType, Integer> counts) {
        EntityType best = own;
        int bestCount = 0;
        for (Map.Entry<EntityType, Integer> c : counts.entrySet()) {
            if (c.getKey() != EntityType.MISC && c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        int ownCount = counts.getOrDefault(own, 0);
        return best != own && bestCount >= ELSEWHERE_ARTICLES && bestCount >= ELSEWHERE_RATIO * ownCount ? best : own;
    }

    /**
     * Gives a person named only by surname ("Putin") the id of the full-named person ("Vladimir Putin") that
     * other articles name with that surname, when one such person dominates.
     */
    static Analysis linkSurnames(Analysis a, Function<String, Map<String, Integer>> peopleBySurname) {
        Map<String, String> renamed = new java.util.HashMap<>();
        List<DocumentEntity> entities = new ArrayList<>();
        for (DocumentEntity e : a.entities()) {
            Optional<String> owner = e.type() == EntityType.PERSON && !e.key().contains(" ")
                    ? dominant(peopleBySurname.apply(e.key())) : Optional.empty();
            if (owner.isPresent() && !owner.get().equals(e.id())) {
                renamed.put(e.id(), owner.get());
                entities.add(new DocumentEntity(owner.get(), e.key(), e.type(), e.name(), e.variants(), e.descriptions(), e.mentions()));
            } else {
                entities.add(e);
            }
        }
        if (renamed.isEmpty()) return a;
        List<AttributedQuote> quotes = new ArrayList<>();
        for (AttributedQuote q : a.quotes()) {
            quotes.add(new AttributedQuote(q.kind(), q.content(), q.cue(), q.source(),
                    renamed.getOrDefault(q.speakerId(), q.speakerId()), q.speaker(), q.sentence(), q.spans()));
        }
        List<EventFrame> events = new ArrayList<>();
        for (EventFrame f : a.events()) {
            List<EventFrame.Participant> participants = new ArrayList<>();
            for (EventFrame.Participant p : f.participants()) {
                participants.add(new EventFrame.Participant(renamed.getOrDefault(p.entityId(), p.entityId()), p.name(), p.support()));
            }
            events.add(new EventFrame(f.type(), f.status(), participants, f.places(), f.venue(), f.time(), f.timeText(),
                    f.triggers(), f.sentences()));
        }
        return new Analysis(a.articleId(), a.language(), a.recognizer(), entities, quotes, a.dates(), events);
    }

    private static Optional<String> dominant(Map<String, Integer> counts) {
        int total = 0;
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            total += e.getValue();
            if (best == null || e.getValue() > best.getValue()) best = e;
        }
        if (best == null || best.getValue() < SURNAME_SHARE * total) return Optional.empty();
        return Optional.of(best.getKey());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
