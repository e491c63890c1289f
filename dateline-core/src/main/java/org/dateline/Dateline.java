package org.dateline;

import org.dateline.analyze.AnalysisRunner;
import org.dateline.analyze.DeepAnalyzer;
import org.dateline.analyze.entity.EntityProfile;
import org.dateline.analyze.entity.EntityProfiles;
import org.dateline.classify.Categorizer;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Article;
import org.dateline.model.Explanation;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.model.TelegramRef;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.LuceneStore;
import org.dateline.normalize.Outlet;
import org.dateline.store.SearchHit;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.StoryPage;
import org.dateline.store.StoryQuery;
import org.dateline.story.Fingerprint;
import org.dateline.story.StoryAssigner;
import org.dateline.story.StoryMerger;
import org.dateline.view.StoryView;
import org.dateline.view.StoryViews;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine behind every front end: ingest → normalize → story → store, and the reads the CLI and
 * API need. Front ends hold no analysis logic; they call this.
 */
public final class Dateline implements Closeable {


    /** What happened to one document. */
    public record Outcome(String origin, Status status, String articleId, String storyId, String reason) {
        public enum Status {
            ADDED, DUPLICATE, FAILED,
            /** A channel post that only passed a link on: recorded as provenance of the linked article. */
            SHARE
        }
    }

    /** What an ingest run did. */
    public record IngestReport(int files, int added, int duplicates, int shares, List<Problem> problems, List<Outcome> outcomes) {
        public int failed() {
            return problems.size();
        }
    }

    /** Progress of a long ingest, for a progress bar. */
    public interface Progress {
        void file(int done, int total, Path current);

        Progress NONE = (done, total, current) -> { };
    }

    private final LuceneStore store;
    /** The external candidate index told of every stored article, or null when the embedded store is the index. */
    private final org.dateline.store.ArticleIndex external;
    private final OutletRegistry outlets;
    private final Normalizer normalizer;
    private final Categorizer categorizer = Categorizer.bundled();
    private final StoryAssigner assigner;
    private final StoryMerger merger;
    private final Sources sources = Sources.standard();
    private final DeepAnalyzer deep = new DeepAnalyzer();
    private final int analysisThreads;
    private AnalysisRunner analysisRunner;
    private Thread background;
    private volatile boolean closing;
    private int sinceCommit;
    /** The stories of one report opened since the last look at them (story id to its report), see {@link #absorbSingles}. */
    private final Map<String, String> freshSingles = new java.util.LinkedHashMap<>();
    /** Documents between commits during ingest: bounds what a crash can lose to this many. */
    private final int commitEvery;
    /** Documents read ahead during an ingest, so they are prepared and embedded together. */
    private final int ingestBatch;
    /** Near-duplicates: containment a copy reaches, shingles a text needs, stored reports checked, time window. */
    private final double duplicateThreshold;
    private final int duplicateMinShingles, duplicateCandidates;
    private final java.time.Duration duplicateWindow;
    /** Whether articles get sentence embeddings (story.vectors, and an embedding module installed). */
    private boolean vectors;
    private final int vectorThreads;
    private org.dateline.embed.SentenceEmbedder embedder;
    private java.util.concurrent.ExecutorService embedPool;
    private java.util.concurrent.ExecutorService preparePool;
    /** What the model gave the texts it read last (story.vector.reuse of them): copies are not embedded again; null: 0 kept. */
    private final org.dateline.embed.RecentEmbeddings recentEmbeddings;

    private Dateline(LuceneStore store, OutletRegistry outlets, Config config, org.dateline.store.ArticleIndex external) {
        this.store = store;
        this.external = external;
        this.outlets = outlets;
        this.normalizer = new Normalizer(outlets);
        this.assigner = new StoryAssigner(external == null ? store : new ExternalCandidates(external, store), store, config);
        this.merger = new StoryMerger(assigner, config);
        this.commitEvery = Math.max(1, config.getInt("store.commit.every"));
        this.ingestBatch = Math.max(1, config.getInt("ingest.batch"));
        this.analysisThreads = Math.max(1, config.getInt("analysis.threads"));
        this.duplicateThreshold = config.getDouble("story.duplicate.threshold");
        this.duplicateMinShingles = Math.max(1, config.getInt("story.duplicate.min.shingles"));
        this.duplicateCandidates = Math.max(0, config.getInt("story.duplicate.candidates"));
        this.duplicateWindow = java.time.Duration.ofDays(config.getInt("story.window.days"));
        this.vectors = Boolean.parseBoolean(config.get("story.vectors"));
        this.vectorThreads = Math.max(1, config.getInt("story.vector.threads"));
        int reuse = config.getInt("story.vector.reuse");
        this.recentEmbeddings = reuse > 0 ? new org.dateline.embed.RecentEmbeddings(reuse) : null;
        store.recencyHalfLife(config.getDouble("story.rank.recency.halflife.hours"));
        // a report up to a story window late still finds its whole window in memory
        store.recentWindow(duplicateWindow.multipliedBy(2), config.getInt("store.recent.max.articles"));
    }

    /** Opens the data directory for ingest and reads (creating it if needed). */
    public static Dateline open(Path dataDir, OutletRegistry outlets, Config config) {
        return new Dateline(LuceneStore.open(dataDir), outlets, config, null);
    }

    /**
     * Opens the data directory with {@code index} as the story engine's candidate index (lexical candidates and
     * document frequencies; sentence vectors stay in the embedded store). An index holding fewer articles than the
     * store first learns the stored ones, so it can be attached to a data directory that has some. The engine closes
     * the index when it closes.
     */
    public static Dateline open(Path dataDir, OutletRegistry outlets, Config config, org.dateline.store.ArticleIndex index) {
        Dateline d = new Dateline(LuceneStore.open(dataDir), outlets, config, java.util.Objects.requireNonNull(index));
        try {
            d.teachExternalIndex();
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
        return d;
    }

    /** Opens an existing data directory for reads only. */
    public static Dateline openReadOnly(Path dataDir) {
        return new Dateline(LuceneStore.openReadOnly(dataDir), OutletRegistry.forDataDirectory(dataDir),
                Config.load(dataDir, java.util.Map.of()), null);
    }

    /**
     * Gives the external index the stored articles when it holds fewer than the store (re-indexing one it has is
     * harmless), a thousand at a time.
     */
    private void teachExternalIndex() {
        if (external.articleCount() >= store.articleCount()) return;
        List<org.dateline.store.ArticleIndex.Indexed> batch = new ArrayList<>();
        for (Story story : store.topStories((int) Math.min(Integer.MAX_VALUE, store.storyCount()))) {
            for (Article a : store.articles(story.articleIds())) {
                batch.add(new org.dateline.store.ArticleIndex.Indexed(a, story.id()));
                if (batch.size() >= 1000) {
                    external.indexAll(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        external.indexAll(batch);
    }

    /**
     * The story engine's view of an external index: its lexical candidates and counts, with the vectors and stored
     * articles of the embedded store (an index without vectors would otherwise switch the embeddings off).
     */
    private record ExternalCandidates(org.dateline.store.ArticleIndex lexical, LuceneStore store)
            implements org.dateline.store.CandidateIndex {
        @Override
        public List<org.dateline.store.Candidate> candidates(String language, Map<String, Double> terms, int k,
                                                             java.time.Instant from, java.time.Instant to) {
            return lexical.candidates(language, terms, k, from, to);
        }

        @Override
        public int docFreq(String language, String term) {
            return lexical.docFreq(language, term);
        }

        @Override
        public void docFreqs(String language, String[] terms, int[] out) {
            lexical.docFreqs(language, terms, out);
        }

        @Override
        public int docCount(String language) {
            return lexical.docCount(language);
        }

        @Override
        public List<org.dateline.store.Candidate> nearest(float[] vector, int k, java.time.Instant from, java.time.Instant to) {
            return store.nearest(vector, k, from, to);
        }

        @Override
        public Optional<float[]> vector(String articleId) {
            return store.vector(articleId);
        }

        @Override
        public Optional<Article> storedArticle(String id) {
            return store.storedArticle(id);
        }
    }

    /** Reads, normalizes and assigns every document under {@code paths}; bad input is reported, not fatal. */
    public synchronized IngestReport ingest(List<Path> paths, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = Sources.files(paths, problems, store.directory());
        List<Outcome> outcomes = new ArrayList<>();
        int[] counts = new int[3];
        // documents are read ahead in batches: they are prepared side by side, embedded together, and checked for a
        // stored version in one query
        int readAhead = ingestBatch;
        // files come in folder order, not as they were published: each batch is assigned in publication order
        Batches batches = new Batches((document, o) -> {
            outcomes.add(o);
            switch (o.status()) {
                case ADDED -> counts[0]++;
                case DUPLICATE -> counts[1]++;
                case SHARE -> counts[2]++;
                case FAILED -> problems.add(new Problem(document.origin(), document.positionLabel(), o.reason()));
            }
        }, true);
        List<RawDocument> batch = new ArrayList<>(readAhead);
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                batch.add(document);
                if (batch.size() >= readAhead) {
                    batches.add(List.copyOf(batch));
                    batch.clear();
                }
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
        for (int i = 0; i < files.size(); i++) {
            progress.file(i, files.size(), files.get(i));
            sources.read(files.get(i), sink);
        }
        batches.add(List.copyOf(batch));
        batches.finish();
        progress.file(files.size(), files.size(), null);
        absorbSingles();
        store.commit();
        sinceCommit = 0;
        return new IngestReport(files.size(), counts[0], counts[1], counts[2], List.copyOf(problems), List.copyOf(outcomes));
    }

    /** Normalizes and assigns one document; a document already stored (same id) is left as it is. */
    public synchronized Outcome add(RawDocument raw) {
        Prepared p = recorded(prepare(raw));
        return p.article() == null ? p.outcome() : add(p, embedding(p.article()), false);
    }

    /**
     * Adds documents in order, as {@link #add} one by one would, with their sentence embeddings computed in chunks on
     * the embedding threads (story.vector.threads) while earlier chunks are assigned: the model runs batches far faster
     * than single texts, and embedding overlaps with assignment instead of waiting for it.
     */
    public synchronized List<Outcome> addAll(List<RawDocument> batch) {
        return addPrepared(recordedInOrder(preparing(batch)), null, false);
    }

    /**
     * Adds batches of documents in order, as {@link #addAll} would one after the other, while the next batch is
     * prepared (normalized, categorized, fingerprinted) and embedded on the other cores: preparing costs about as
     * much as assigning, and embedding more, so they overlap instead of taking turns. The outcomes are handed to
     * {@code each} in input order, one batch behind; {@link Batches#finish} adds the last.
     */
    public Batches batches(java.util.function.BiConsumer<RawDocument, Outcome> each) {
        return new Batches(each, false);
    }

    /**
     * As {@link #batches}, each batch assigned in publication order (undated last), as {@link #ingest} assigns its
     * batches: a batch that comes in another order (a topic filled folder by folder) would otherwise let a follow-up
     * open a story before the report it follows. {@link Batches#finish} may be called whenever the producer must have
     * all it handed in stored (a consumer with nothing new to poll), and batches may follow it.
     */
    public Batches batchesByPublication(java.util.function.BiConsumer<RawDocument, Outcome> each) {
        return new Batches(each, true);
    }

    /** See {@link #batches}. Not thread-safe: one producer hands the batches in. */
    public final class Batches {
        private final java.util.function.BiConsumer<RawDocument, Outcome> each;
        /** Whether each batch is assigned in publication order rather than as handed in. */
        private final boolean byPublication;
        private List<RawDocument> waiting;
        private List<java.util.concurrent.Future<Prepared>> waitingPrepared;
        private List<java.util.concurrent.Future<float[][]>> waitingVectors;

        private Batches(java.util.function.BiConsumer<RawDocument, Outcome> each, boolean byPublication) {
            this.each = each;
            this.byPublication = byPublication;
        }

        /** Starts preparing {@code batch} (which the caller must not change afterwards) and adds the one before it. */
        public void add(List<RawDocument> batch) {
            if (batch.isEmpty()) return;
            List<java.util.concurrent.Future<Prepared>> next = preparing(batch);
            List<java.util.concurrent.Future<float[][]>> nextVectors = embedder() == null ? null : embeddingAhead(next);
            addWaiting();
            waiting = batch;
            waitingPrepared = next;
            waitingVectors = nextVectors;
        }

        /** Adds the last batch handed in. */
        public void finish() {
            addWaiting();
        }

        private void addWaiting() {
            if (waiting == null) return;
            List<Outcome> out;
            synchronized (Dateline.this) {
                out = addPrepared(recordedInOrder(waitingPrepared), waitingVectors, byPublication);
            }
            for (int i = 0; i < out.size(); i++) each.accept(waiting.get(i), out.get(i));
            waiting = null;
            waitingPrepared = null;
            waitingVectors = null;
        }
    }

    /** The embeddings of a batch being prepared, a chunk at a time on the embedding threads, each once its articles are ready. */
    private List<java.util.concurrent.Future<float[][]>> embeddingAhead(List<java.util.concurrent.Future<Prepared>> preparing) {
        List<java.util.concurrent.Future<float[][]>> out = new ArrayList<>();
        for (int from = 0; from < preparing.size(); from += EMBED_CHUNK) {
            List<java.util.concurrent.Future<Prepared>> chunk = preparing.subList(from, Math.min(preparing.size(), from + EMBED_CHUNK));
            out.add(embedPool().submit(() -> {
                List<Article> articles = new ArrayList<>(chunk.size());
                for (java.util.concurrent.Future<Prepared> f : chunk) {
                    try {
                        articles.add(f.get().article());
                    } catch (java.util.concurrent.ExecutionException e) {
                        articles.add(null);  // reported when the batch is added
                    }
                }
                return embeddings(articles);
            }));
        }
        return out;
    }

    /**
     * Assigns a batch, as handed in or in publication order (undated documents last, ties in input order), and returns
     * the outcomes in input order. A stream (a feed, a queue) is assigned as it arrives; files are read folder by
     * folder, and assignment is online, so {@link #ingest} sorts each batch: otherwise a follow-up read first opens a
     * story of its own before the report it follows, in a language the story could not yet match.
     *
     * @param vectorsAhead the embeddings of each {@link #EMBED_CHUNK} of the batch, computing; null: computed here
     */
    private List<Outcome> addPrepared(List<Prepared> prepared, List<java.util.concurrent.Future<float[][]>> vectorsAhead,
                                      boolean byPublication) {
        List<Article> articles = prepared.stream().map(Prepared::article).toList();
        // one index query tells which documents are new: those need no lookup of a stored version
        java.util.Set<String> stored = store.storedAmong(articles.stream().filter(java.util.Objects::nonNull).map(Article::id).toList());
        List<java.util.concurrent.Future<float[][]>> chunks = embedder() == null ? null
                : vectorsAhead != null ? vectorsAhead : embeddingChunks(articles);
        // each chunk's embeddings are awaited when its first article comes up, so assignment overlaps embedding
        float[][][] embedded = new float[chunks == null ? 0 : chunks.size()][][];
        Integer[] order = new Integer[prepared.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        if (byPublication) java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> publishedMillis(articles.get(i))));
        java.util.Set<String> seen = new java.util.HashSet<>();
        Outcome[] out = new Outcome[prepared.size()];
        for (int i : order) {
            Prepared p = prepared.get(i);
            if (p.article() == null) {
                out[i] = p.outcome();
                continue;
            }
            boolean known = !seen.add(p.article().id()) || stored.contains(p.article().id());
            float[] vector = null;
            if (chunks != null) {
                int c = i / EMBED_CHUNK;
                if (embedded[c] == null) embedded[c] = done(chunks.get(c));
                vector = embedded[c][i % EMBED_CHUNK];
            }
            out[i] = add(p, vector, !known);
        }
        return java.util.Arrays.asList(out);
    }

    private static long publishedMillis(Article a) {
        return a == null || a.published() == null || a.published().at() == null ? Long.MAX_VALUE : a.published().at().toEpochMilli();
    }

    /** The batch's embeddings, one {@link #EMBED_CHUNK} of articles per task on the embedding threads. */
    private List<java.util.concurrent.Future<float[][]>> embeddingChunks(List<Article> articles) {
        List<java.util.concurrent.Future<float[][]>> chunks = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += EMBED_CHUNK) {
            List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + EMBED_CHUNK));
            chunks.add(embedPool().submit(() -> embeddings(chunk)));
        }
        return chunks;
    }

    /** Texts embedded together by one embedding thread in {@link #addAll}. */
    private static final int EMBED_CHUNK = 16;

    /**
     * What the embedding model alone does on a stream like {@code documents}: texts embedded per second, and the
     * documents per second that allows when only those in a language the model knows are embedded. The latter is the
     * ceiling an ingest with embeddings cannot pass however cheap the rest becomes.
     */
    public record EmbeddingCeiling(double textsPerSecond, double docsPerSecond, int threads) {
    }

    /**
     * Runs the embedding model alone on the texts it would read of {@code documents}, in chunks on the embedding
     * threads for about {@code millis}; empty without a model or without a document in a language it knows.
     */
    public Optional<EmbeddingCeiling> embeddingCeiling(List<RawDocument> documents, long millis) {
        org.dateline.embed.SentenceEmbedder model = embedder();
        if (model == null) return Optional.empty();
        int embeddable = 0;
        List<List<Article>> chunks = new ArrayList<>();
        List<Article> chunk = new ArrayList<>();
        for (RawDocument d : documents) {
            Article a;
            try {
                a = normalizer.normalize(d);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!model.languages().contains(a.language())) continue;
            embeddable++;
            chunk.add(a);
            if (chunk.size() == EMBED_CHUNK) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
        }
        if (chunks.isEmpty()) return Optional.empty();
        java.util.concurrent.atomic.AtomicLong texts = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<float[][]>> warmUp = new ArrayList<>();
        // the model itself reads every text here, none is taken from the texts embedded lately
        for (int t = 0; t < vectorThreads; t++) warmUp.add(embedPool().submit(() -> embeddings(chunks.get(0), null)));
        warmUp.forEach(Dateline::done);
        long start = System.nanoTime(), deadline = start + millis * 1_000_000L;
        List<java.util.concurrent.Future<float[][]>> workers = new ArrayList<>();
        for (int t = 0; t < vectorThreads; t++) {
            workers.add(embedPool().submit(() -> {
                while (System.nanoTime() < deadline) {
                    List<Article> c = chunks.get(Math.floorMod(next.getAndIncrement(), chunks.size()));
                    embeddings(c, null);
                    texts.addAndGet(c.size());
                }
                return null;
            }));
        }
        workers.forEach(Dateline::done);
        double perSecond = texts.get() / ((System.nanoTime() - start) / 1e9);
        return Optional.of(new EmbeddingCeiling(perSecond, perSecond * documents.size() / embeddable, vectorThreads));
    }

    private static float[][] done(java.util.concurrent.Future<float[][]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("embedding failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * A document normalized and categorized for {@link #add}, with its near-duplicate fingerprint; or a share still
     * to record; or what became of it already (a failure, a recorded share).
     */
    private record Prepared(RawDocument raw, Article article, Fingerprint fingerprint, org.dateline.story.Profile profile,
                            Normalizer.Share share, Outcome outcome) {
    }

    /** What can be worked out of a document alone, without the store (so documents are prepared side by side). */
    private Prepared prepare(RawDocument raw) {
        Optional<Normalizer.Share> share = normalizer.share(raw);
        if (share.isPresent()) return new Prepared(raw, null, null, null, share.get(), null);
        try {
            Article article = categorize(normalizer.normalize(raw));
            return new Prepared(raw, article, Fingerprint.of(article.text()), assigner.profile(article), null, null);
        } catch (IllegalArgumentException e) {
            return new Prepared(raw, null, null, null, null, failed(raw, e.getMessage()));
        } catch (RuntimeException e) {
            // a document that trips a defect of ours is still one bad document: reported, and the batch goes on
            return new Prepared(raw, null, null, null, null, failed(raw, "cannot be read (" + e + ")"));
        }
    }

    /** A prepared share recorded in the store (its outcome then says what became of it); other documents as they are. */
    private Prepared recorded(Prepared p) {
        return p.share() == null ? p : new Prepared(p.raw(), null, null, null, null, recordShare(p.raw(), p.share()));
    }

    /**
     * Starts to {@link #prepare} a batch on all cores (normalizing, language identification and categorizing cost
     * about as much as matching); a single document is prepared at once.
     */
    private List<java.util.concurrent.Future<Prepared>> preparing(List<RawDocument> batch) {
        List<java.util.concurrent.Future<Prepared>> futures = new ArrayList<>(batch.size());
        if (batch.size() < 2) {
            for (RawDocument raw : batch) futures.add(java.util.concurrent.CompletableFuture.completedFuture(prepare(raw)));
        } else {
            for (RawDocument raw : batch) futures.add(preparePool().submit(() -> prepare(raw)));
        }
        return futures;
    }

    /** The prepared batch, its shares recorded in order before any of its articles is added, as one by one would. */
    private List<Prepared> recordedInOrder(List<java.util.concurrent.Future<Prepared>> futures) {
        List<Prepared> out = new ArrayList<>(futures.size());
        for (java.util.concurrent.Future<Prepared> f : futures) {
            try {
                out.add(recorded(f.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while preparing documents", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    private java.util.concurrent.ExecutorService preparePool() {
        if (preparePool == null) {
            preparePool = java.util.concurrent.Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "dateline-prepare");
                t.setDaemon(true);
                return t;
            });
        }
        return preparePool;
    }

    /** Adds a prepared article; {@code knownNew}: the caller checked that no version of it is stored. */
    private Outcome add(Prepared prepared, float[] vector, boolean knownNew) {
        RawDocument raw = prepared.raw();
        Article article = prepared.article();
        if (!knownNew) {
            Optional<String> existing = store.storyOf(article.id());
            if (existing.isPresent()) {
                return new Outcome(raw.location(), Outcome.Status.DUPLICATE, article.id(), existing.get(), null);
            }
        }
        List<TelegramRef> pending = store.sharesOf(article.id());
        if (!pending.isEmpty()) article = withShares(article, pending);
        Fingerprint fingerprint = prepared.fingerprint();
        Optional<Copy> copy = copyOf(article, fingerprint);
        Story story = null;
        Explanation why = null;
        if (copy.isPresent()) {
            // A copy of a stored report joins that report's story without scoring: the text says it all.
            Copy c = copy.get();
            StoryAssigner.Assignment a = new StoryAssigner.Assignment(c.storyId(), false, c.similarity(), c.matchedId());
            story = assigner.withMember(Optional.of(c.story()), c.storyId(), article, true, prepared.profile());
            why = explain(prepared.profile(), story.id(), a).withCopy(c.originalId(), c.similarity());
        }
        if (copy.isEmpty()) {
            StoryAssigner.Assignment a = assigner.assign(article, vector, prepared.profile());
            Optional<Story> joined = a.newStory() ? Optional.empty() : story(a.storyId());
            List<String> merged = List.of();
            if (joined.isPresent()) {
                // the article resembles other stories as much: they are one with the story it joins
                List<Story> others = merger.mergeable(a, joined.get(), store::story);
                if (!others.isEmpty()) {
                    List<Story> group = new ArrayList<>(others);
                    group.add(0, joined.get());
                    Story survivor = StoryMerger.oldest(group);
                    merged = group.stream().filter(g -> g != survivor).map(Story::id).toList();
                    joined = Optional.of(merge(survivor, group, article.id(), a));
                }
                // stories of one report the article came near that now belong to the story it joins: it takes them
                List<Story> small = merger.absorbable(a, joined.get(), store::story);
                if (!small.isEmpty()) {
                    Story taker = joined.get();
                    List<String> absorbed = small.stream().map(Story::id).toList();
                    for (Story s : small) taker = merge(taker, List.of(taker, s), article.id(), a);
                    merged = java.util.stream.Stream.concat(merged.stream(), absorbed.stream()).toList();
                    joined = Optional.of(taker);
                }
            }
            story = assigner.withMember(joined, joined.map(Story::id).orElse(a.storyId()), article, false, prepared.profile());
            why = explain(prepared.profile(), story.id(), a).withCopy(null, 0.0).withMerged(merged);
            if (a.newStory()) freshSingles.put(story.id(), article.id());
        }
        if (knownNew) store.addArticle(article, story.id(), fingerprint, copy.map(Copy::originalId).orElse(null), vector, prepared.profile().terms());
        else store.putArticle(article, story.id(), fingerprint, copy.map(Copy::originalId).orElse(null), vector);
        if (external != null) {
            if (knownNew) external.indexNew(article, story.id());
            else external.index(article, story.id());
        }
        store.markPending(article.id(), story.id());
        store.putExplanation(why);
        store.putStory(story);
        if (++sinceCommit >= commitEvery) {
            absorbSingles();
            store.commitBehind();
            sinceCommit = 0;
        }
        return new Outcome(raw.location(), Outcome.Status.ADDED, article.id(), story.id(), null);
    }

    /**
     * The sentence embedding of an article's title and lead, or null in lexical mode, without an embedding module,
     * or for a language the model does not know.
     */
    private float[] embedding(Article article) {
        return embedder() == null ? null : embeddings(java.util.Collections.singletonList(article))[0];
    }

    /**
     * {@link #embedding} of each article (null entries stay null), in one model call on the calling thread for the
     * texts the model has not read lately.
     */
    private float[][] embeddings(List<Article> articles) {
        return embeddings(articles, recentEmbeddings);
    }

    /** @param recent the texts embedded lately, looked up first and given what the model returns; null: the model reads every text */
    private float[][] embeddings(List<Article> articles, org.dateline.embed.RecentEmbeddings recent) {
        float[][] out = new float[articles.size()][];
        org.dateline.embed.SentenceEmbedder model = embedder;
        if (model == null) return out;
        List<Integer> wanted = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // the place in texts of each text to embed: a copy in the same chunk as its original is read once too
        Map<String, Integer> textIndex = recent == null ? null : new java.util.HashMap<>();
        List<Integer> textOf = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a == null || !model.languages().contains(a.language())) continue;
            String text = embeddedText(a);
            float[] known = recent == null ? null : recent.get(text);
            if (known != null) {
                out[i] = known;
                continue;
            }
            Integer at = textIndex == null ? null : textIndex.get(text);
            if (at == null) {
                at = texts.size();
                texts.add(text);
                if (textIndex != null) textIndex.put(text, at);
            } else {
                recent.countHit();
            }
            wanted.add(i);
            textOf.add(at);
        }
        if (texts.isEmpty()) return out;
        float[][] vectors;
        try {
            vectors = model.embed(texts);
        } catch (RuntimeException e) {
            // one text the model cannot take must not stop the batch: the others are embedded one by one, and an
            // article without a vector is matched lexically
            vectors = new float[texts.size()][];
            for (int k = 0; k < texts.size(); k++) {
                try {
                    vectors[k] = model.embed(List.of(texts.get(k)))[0];
                } catch (RuntimeException single) {
                    vectors[k] = null;
                }
            }
        }
        boolean[] given = new boolean[texts.size()];
        for (int k = 0; k < wanted.size(); k++) {
            int t = textOf.get(k);
            // every article owns its array: a copy's is a clone of its original's
            out[wanted.get(k)] = vectors[t] == null || !given[t] ? vectors[t] : vectors[t].clone();
            given[t] = true;
        }
        if (recent != null) {
            for (int t = 0; t < texts.size(); t++) recent.put(texts.get(t), vectors[t]);
        }
        return out;
    }

    /** What the model reads of an article: its title and the start of its lead (see {@link org.dateline.embed.EmbeddedText}). */
    private static String embeddedText(Article a) {
        return org.dateline.embed.EmbeddedText.of(a.title(), a.text());
    }

    /** Articles given the vector of a word-for-word copy embedded shortly before (story.vector.reuse) instead of the model's. */
    public long embeddingsReused() {
        return recentEmbeddings == null ? 0 : recentEmbeddings.hits();
    }

    /** Whether articles are given sentence embeddings (story.vectors on and an embedding module installed). */
    public synchronized boolean embeds() {
        return embedder() != null;
    }

    /** The embedding model, loaded on the first article that needs it; null in lexical mode or when none is installed. */
    private org.dateline.embed.SentenceEmbedder embedder() {
        if (!vectors) return null;
        if (embedder == null) {
            embedder = org.dateline.embed.SentenceEmbedders.installed().orElse(null);
            if (embedder == null) vectors = false;
        }
        return embedder;
    }

    private java.util.concurrent.ExecutorService embedPool() {
        if (embedPool == null) {
            embedPool = java.util.concurrent.Executors.newFixedThreadPool(vectorThreads, r -> {
                Thread t = new Thread(r, "dateline-embed");
                t.setDaemon(true);
                return t;
            });
        }
        return embedPool;
    }

    /**
     * Merges every story of {@code group} but {@code survivor} into it, one after the other: the merged story's
     * articles (only those) are stored again under the survivor's id with their explanations saying so, the
     * survivor's counts and rank are recomputed, the merged story is deleted and its id recorded as redirecting to
     * the survivor. Returns the survivor as it is then (the bridging article not yet added).
     */
    private Story merge(Story survivor, List<Story> group, String bridgeArticleId, StoryAssigner.Assignment a) {
        Story current = survivor;
        for (Story merged : group) {
            if (merged.id().equals(survivor.id())) continue;
            double score = merged.id().equals(a.storyId()) ? a.score() : a.alsoMatched().stream()
                    .filter(m -> m.storyId().equals(merged.id())).mapToDouble(StoryAssigner.Match::score).findFirst().orElse(a.score());
            Map<String, Explanation> whys = store.explanations(merged.articleIds());
            int moved = store.moveArticles(merged.articleIds(), current.id());
            if (external != null) external.moveArticles(merged.articleIds(), current.id());
            for (Explanation w : whys.values()) store.putExplanation(w.movedByMerge(merged.id(), current.id()));
            current = merger.combine(current, merged);
            store.putStory(current);
            store.deleteStory(merged.id());
            store.putMerge(new org.dateline.model.StoryMerge(merged.id(), current.id(), bridgeArticleId,
                    Math.round(score * 1000) / 1000.0, moved));
            merger.forget(current.id(), merged.id());
        }
        return current;
    }

    /**
     * Looks again at the stories of one report opened since the last look, before each periodic commit: assignment
     * is online, so the first reports of an event may open stories of their own before the story they belong to has
     * grown enough to take them. A story still of one report whose report would now join another story, over its
     * threshold by {@code story.merge.absorb.margin} ({@link StoryMerger#absorbs}), is merged into that story, which keeps
     * its id (the absorbed one redirects to it). Each such story is looked at once; the cost is one candidate search
     * per story of one report.
     */
    private void absorbSingles() {
        if (!merger.absorbing()) {
            freshSingles.clear();
            return;
        }
        List<Map.Entry<String, String>> fresh = List.copyOf(freshSingles.entrySet());
        freshSingles.clear();
        for (Map.Entry<String, String> e : fresh) {
            Optional<Story> single = store.story(e.getKey());
            if (single.isEmpty() || single.get().size() != 1) continue;
            Optional<StoryAssigner.Over> over = assigner.storyNow(e.getValue());
            if (over.isEmpty()) continue;
            Optional<Story> target = story(over.get().storyId());
            if (target.isEmpty() || target.get().id().equals(single.get().id())
                    || !merger.absorbs(single.get(), target.get(), over.get())) continue;
            merge(target.get(), List.of(target.get(), single.get()), e.getValue(),
                    new StoryAssigner.Assignment(target.get().id(), false, over.get().score(), null));
        }
    }

    /** A stored report the new article repeats: the report matched, its original, and their story. */
    private record Copy(String matchedId, String originalId, double similarity, String storyId, Story story) {
    }

    /**
     * The stored report (within the story window) the article repeats, if any: stored articles sharing an LSH band
     * of its shingle signature are compared on their exact shingle sets, and the best whose containment reaches
     * {@code story.duplicate.threshold} wins. Its original is the report it was itself found to copy, else itself.
     */
    private Optional<Copy> copyOf(Article article, Fingerprint fingerprint) {
        if (duplicateCandidates == 0 || fingerprint.size() < duplicateMinShingles) return Optional.empty();
        java.time.Instant at = article.published() == null ? null : article.published().at();
        List<LuceneStore.BandHit> hits = store.sharingBands(fingerprint, duplicateCandidates,
                at == null ? null : at.minus(duplicateWindow), at == null ? null : at.plus(duplicateWindow));
        LuceneStore.BandHit best = null;
        double bestSimilarity = 0;
        for (LuceneStore.BandHit hit : hits) {
            if (hit.articleId().equals(article.id())) continue;
            double c;
            if (hit.signature() != null) {
                // compared through the stored signatures: no stored text to read and re-shingle
                if (hit.shingles() < duplicateMinShingles) continue;
                c = Fingerprint.estimatedContainment(fingerprint.signature(), fingerprint.size(), hit.signature(), hit.shingles());
            } else {
                Optional<Article> other = store.article(hit.articleId());
                if (other.isEmpty()) continue;
                Fingerprint theirs = Fingerprint.of(other.get().text());
                if (theirs.size() < duplicateMinShingles) continue;
                c = Fingerprint.containment(fingerprint, theirs);
            }
            if (c >= duplicateThreshold && c > bestSimilarity) {
                best = hit;
                bestSimilarity = c;
            }
        }
        if (best == null) return Optional.empty();
        String copied = best.copyOf() != null ? best.copyOf() : store.copyOf(best.articleId()).orElse(null);
        String original = copied != null && store.containsArticle(copied) ? copied : best.articleId();
        String storyId = store.storyOf(original).orElse(best.storyId());
        Optional<Story> story = story(storyId);
        storyId = story.map(Story::id).orElse(storyId);
        if (story.isEmpty()) return Optional.empty();
        return Optional.of(new Copy(best.articleId(), original, Math.round(bestSimilarity * 100) / 100.0, storyId, story.get()));
    }

    /** What the assigner saw, in words a reader can check: score, nearest member, shared names, time gap. */
    private Explanation explain(org.dateline.story.Profile article, String storyId, StoryAssigner.Assignment a) {
        if (a.newStory() || a.nearestArticleId() == null) {
            return new Explanation(article.id(), storyId, true, a.score(), null, List.of(), null, null, null);
        }
        // the names matching spotted in both (title and start of the body), known to the assigner without a store read
        Optional<org.dateline.story.Profile> nearest = assigner.profileOf(a.nearestArticleId());
        List<String> shared = new ArrayList<>();
        Long hours = null;
        if (nearest.isPresent()) {
            java.util.Set<String> theirs = new java.util.HashSet<>();
            for (String w : nearest.get().spotted().split(" ")) theirs.add(w.toLowerCase(java.util.Locale.ROOT));
            for (String w : article.spotted().split(" ")) {
                if (!w.isEmpty() && theirs.contains(w.toLowerCase(java.util.Locale.ROOT)) && !shared.contains(w) && shared.size() < 15) {
                    shared.add(w);
                }
            }
            if (article.published() != null && nearest.get().published() != null) {
                hours = Math.abs(java.time.Duration.between(article.published(), nearest.get().published()).toHours());
            }
        }
        return new Explanation(article.id(), storyId, false, Math.round(a.score() * 1000) / 1000.0, a.nearestArticleId(), shared,
                hours, null, null);
    }

    /** Why an article is in its story (recorded when it arrived). */
    public Optional<Explanation> explanation(String articleId) {
        return store.explanation(articleId);
    }

    private static Outcome failed(RawDocument raw, String reason) {
        return new Outcome(raw.location(), Outcome.Status.FAILED, null, null, reason);
    }

    /** The fast analysis every article gets before story assignment: its category and news flag. */
    private Article categorize(Article a) {
        Categorizer.Result r = categorizer.classify(a.language(), a.title(), a.text());
        return a.withCategory(r.topic().label(), r.news());
    }

    /**
     * Provenance from a channel post that passed a link on: attached to the article now if it is stored,
     * else kept until the article arrives.
     */
    private Outcome recordShare(RawDocument raw, Normalizer.Share share) {
        Optional<String> story = store.storyOf(share.articleId());
        if (story.isPresent()) {
            Article article = store.article(share.articleId()).orElseThrow();
            Article updated = withShares(article, List.of(share.post()));
            if (!updated.equals(article)) store.putArticle(updated, story.get());
        } else {
            store.putShare(share.articleId(), share.post());
        }
        return new Outcome(raw.location(), Outcome.Status.SHARE, share.articleId(), story.orElse(null), null);
    }

    private static Article withShares(Article a, List<TelegramRef> refs) {
        List<TelegramRef> shared = new ArrayList<>(a.sharedBy());
        for (TelegramRef r : refs) {
            boolean known = shared.stream().anyMatch(x -> x.channel().equalsIgnoreCase(r.channel()) && x.postId() == r.postId());
            if (!known) shared.add(r);
        }
        if (shared.size() == a.sharedBy().size()) return a;
        return new Article(a.id(), a.origin(), a.url(), a.outletId(), a.outlet(), a.agency(), a.title(), a.titleOrigin(),
                a.published(), a.datelinePlace(), a.language(), a.languageConfidence(), a.paragraphs(), a.links(), shared,
                a.anomalies(), a.contentHash(), a.authors(), a.captions(), a.category(), a.news());
    }

    public synchronized void commit() {
        absorbSingles();
        store.commit();
        sinceCommit = 0;
    }

    public List<Story> stories(int limit) {
        return store.topStories(limit);
    }

    /** A story's importance faded with the time from its last report to {@code asOf}: what the rank order compares. */
    public double rankAsOf(Story story, Instant asOf) {
        return store.rankAsOf(story, asOf);
    }

    /**
     * The story with this id; for the id of a story merged into another, the surviving story (whose id then differs
     * from the one asked for: see {@link #storyRedirect}).
     */
    public Optional<Story> story(String id) {
        Optional<Story> s = store.story(id);
        if (s.isPresent()) return s;
        return store.redirect(id).flatMap(store::story);
    }

    /**
     * How story {@code storyId} (a merged story's id leads to its survivor) scores now for the stored article
     * {@code articleId}: each compared member's similarity and what scaled it, the margins and the threshold, so a
     * reader can see why an article is, or is not, in a story. Empty when either is unknown.
     */
    public Optional<org.dateline.story.Scorecard> explain(String articleId, String storyId) {
        return assigner.explain(articleId, currentStoryId(storyId));
    }

    /** Where a merged story's id leads now (chains resolved); empty for the id of a live story or an unknown one. */
    public Optional<String> storyRedirect(String id) {
        Optional<String> to = store.redirect(id);
        if (to.isEmpty() || store.story(id).isPresent()) return Optional.empty();
        return to;
    }

    /** The id a story has now: a merged story's id resolves to its survivor, any other id is itself. */
    public String currentStoryId(String id) {
        return storyRedirect(id).orElse(id);
    }

    /** The ids of the stories merged into this one (directly or through chains), which redirect to it. */
    public List<String> mergedFrom(String storyId) {
        return store.mergedFrom(storyId);
    }

    /**
     * The reader's view of a story: headline, summary, reports ranked with copies marked, provenance. For a merged
     * id, the surviving story's view, which says it was reached through that id ({@code redirectedFrom}).
     */
    public Optional<StoryView> storyView(String id) {
        return story(id).map(s -> {
            List<Article> members = store.articles(s.articleIds());
            Map<String, Article> byId = new java.util.HashMap<>();
            for (Article a : members) byId.put(a.id(), a);
            int[] computed = {0};
            // reports not analysed yet are analysed here, a few per view: a large story waits for the runner instead
            java.util.function.Function<String, Optional<org.dateline.analyze.Analysis>> analyses = articleId -> {
                Optional<org.dateline.analyze.Analysis> stored = store.analysis(articleId);
                if (stored.isPresent() || computed[0] >= VIEW_ANALYSES) return stored;
                computed[0]++;
                return Optional.ofNullable(byId.get(articleId)).map(deep::analyze);
            };
            return new StoryViews(outlets).build(s, members, store::explanation, analyses)
                    .withMerges(store.mergedFrom(s.id()), s.id().equals(id) ? null : id);
        });
    }

    /** How many missing analyses one story view computes itself. */
    private static final int VIEW_ANALYSES = 8;

    public Optional<Article> article(String id) {
        return store.article(id);
    }

    public List<Article> articles(List<String> ids) {
        return store.articles(ids);
    }

    public List<SearchHit> search(String query, int limit) {
        return store.search(query, limit);
    }

    /** Full-text search with filters and facet counts. */
    public SearchResult search(SearchQuery query) {
        return store.search(query);
    }

    /**
     * Stories matching filters, in order, one page. {@code outletGroups} (registry groups such as
     * "Russian state media") widen {@code query}'s outlet filter to every outlet of those groups.
     */
    public StoryPage findStories(StoryQuery query, List<String> outletGroups) {
        if (outletGroups == null || outletGroups.isEmpty()) return store.findStories(query);
        List<String> names = new ArrayList<>(query.outlets());
        for (Outlet o : outlets.all()) {
            if (o.groups().stream().anyMatch(outletGroups::contains)) names.add(o.name());
        }
        if (names.isEmpty()) return new StoryPage(0, List.of());
        return store.findStories(query.withOutlets(names));
    }

    /** Outlets that have articles in the store, with their article counts. */
    public Map<String, Integer> outletCounts() {
        return store.outletCounts();
    }

    /** The outlet registry in use (bundled plus the data directory's own entries). */
    public OutletRegistry outlets() {
        return outlets;
    }

    /**
     * Adds a document, or replaces the stored article with the same id (an updated version of a page):
     * the article keeps its story, whose headline, outlets and dates are recomputed.
     */
    public synchronized Outcome put(RawDocument raw) {
        Article article;
        try {
            article = normalizer.normalize(raw);
        } catch (IllegalArgumentException e) {
            return failed(raw, e.getMessage());
        }
        Optional<String> storyId = store.storyOf(article.id());
        if (storyId.isEmpty()) return add(raw);
        article = categorize(article);
        Article previous = store.article(article.id()).orElseThrow();
        Article updated = withShares(article, previous.sharedBy());
        store.putArticle(updated, storyId.get(), Fingerprint.of(updated.text()), store.copyOf(updated.id()).orElse(null),
                embedding(updated));
        if (external != null) external.index(updated, storyId.get());
        store.markPending(article.id(), storyId.get());
        assigner.forget(storyId.get(), article.id());
        rebuildStory(storyId.get());
        return new Outcome(raw.location(), Outcome.Status.ADDED, article.id(), storyId.get(), "updated");
    }

    /** Removes an article; its story loses the member (and disappears when it was the last). */
    public synchronized boolean deleteArticle(String articleId) {
        Optional<String> storyId = store.storyOf(articleId);
        if (storyId.isEmpty()) return false;
        store.deleteArticle(articleId);
        if (external != null) external.remove(articleId);
        assigner.forget(storyId.get(), articleId);
        rebuildStory(storyId.get());
        return true;
    }

    private void rebuildStory(String storyId) {
        Optional<Story> old = store.story(storyId);
        if (old.isEmpty()) return;
        List<String> remaining = old.get().articleIds().stream().filter(store::containsArticle).toList();
        if (remaining.isEmpty()) {
            store.deleteStory(storyId);
            return;
        }
        Optional<Story> rebuilt = Optional.empty();
        for (Article member : store.articles(remaining)) {
            // a copy whose original left the story stands for its group then (one of them does)
            boolean copy = store.copyOf(member.id()).filter(remaining::contains).isPresent();
            rebuilt = Optional.of(assigner.withMember(rebuilt, storyId, member, copy));
        }
        store.putStory(rebuilt.orElseThrow());
    }

    // ---- deep analysis (off the fast path) ----

    /**
     * Analyses up to {@code limit} articles waiting for deep analysis (entities, quotes, dates, events) and
     * stores the results; returns how many were analysed. Story assignment never waits for this.
     */
    public int analyzePending(int limit, AnalysisRunner.Progress progress) {
        AnalysisRunner runner;
        synchronized (this) {
            if (analysisRunner == null) analysisRunner = new AnalysisRunner(deep, store, store, analysisThreads);
            runner = analysisRunner;
        }
        return runner.runPending(limit, this::storeAnalyses, progress);
    }

    /**
     * Marks for analysis the stored articles that never had one (data stored before the deep analysis existed) or
     * whose analysis an older version of the analysers wrote ({@link DeepAnalyzer#VERSION}).
     */
    public synchronized int markUnanalysed() {
        int marked = store.markUnanalysed();
        store.commit();
        return marked;
    }

    /** Marks every stored article as waiting for the deep analysis, to redo it with the current analysers. */
    public synchronized int markAllForAnalysis() {
        int marked = store.markForAnalysis(true);
        store.commit();
        return marked;
    }

    private synchronized void storeAnalyses(List<org.dateline.analyze.Analysis> analyses) {
        for (org.dateline.analyze.Analysis a : analyses) {
            // an article deleted while it was analysed stays deleted
            store.storyOf(a.articleId()).ifPresent(storyId -> store.putAnalysis(a, storyId));
        }
        store.commit();
        sinceCommit = 0;
    }

    /** Articles the background analysis takes between two looks at {@link #closing}. */
    private static final int BACKGROUND_STEP = 64;
    /** Wakes the background analysis from its pause when the engine closes. */
    private final Object wake = new Object();

    /** Waits up to {@code millis} unless the engine is closing or closes meanwhile. */
    private void pause(long millis) throws InterruptedException {
        synchronized (wake) {
            if (!closing) wake.wait(millis);
        }
    }

    /** Starts a background thread that analyses pending articles as they arrive (the server's mode). */
    public synchronized void startBackgroundAnalysis() {
        if (background != null) return;
        background = new Thread(() -> {
            // a scan of every stored article: on this thread, so the server answers meanwhile
            try {
                int waiting = markUnanalysed();
                if (waiting > 0) {
                    System.err.println("dateline: " + waiting + " stored articles had no analysis or one by an older version;"
                            + " analysing them in the background");
                }
            } catch (RuntimeException e) {
                if (!closing) System.err.println("dateline: could not look for articles to analyse: " + e.getMessage());
            }
            // a batch at a time, so that close() is seen between batches: this thread writes to the index, and
            // interrupting it there would close the index's files under it (Lucene then closes its writer)
            while (!closing) {
                try {
                    if (analyzePending(BACKGROUND_STEP, AnalysisRunner.Progress.NONE) == 0) pause(500);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    if (closing) return;
                    System.err.println("dateline: deep analysis failed, retrying in 5 s: " + e.getMessage());
                    try {
                        pause(5000);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }, "dateline-analysis-loop");
        background.setDaemon(true);
        background.start();
    }

    /** How far deep analysis has got: articles analysed and articles waiting. */
    public record AnalysisStatus(long analysed, long pending) {
    }

    public AnalysisStatus analysisStatus() {
        return new AnalysisStatus(store.analysedCount(), store.pendingCount());
    }

    /** The article's deep analysis: stored when done, else computed now (and not stored). */
    public Optional<org.dateline.analyze.Analysis> analysis(String articleId) {
        Optional<org.dateline.analyze.Analysis> stored = store.analysis(articleId);
        if (stored.isPresent()) return stored;
        return store.article(articleId).map(deep::analyze);
    }

    /** What the store knows of an entity across its analysed articles. */
    public Optional<EntityProfile> entity(String entityId) {
        return EntityProfiles.build(entityId, store.mentionsOf(entityId, EntityProfiles.READ_LIMIT));
    }

    public long articleCount() {
        return store.articleCount();
    }

    public long storyCount() {
        return store.storyCount();
    }

    @Override
    public void close() {
        closing = true;
        Thread loop;
        synchronized (this) {
            loop = background;
        }
        if (loop != null) {
            // woken, not interrupted: it may be writing to the index (see startBackgroundAnalysis)
            synchronized (wake) {
                wake.notifyAll();
            }
            try {
                loop.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (analysisRunner != null) analysisRunner.close();
        synchronized (this) {
            if (embedPool != null) embedPool.shutdownNow();
            if (preparePool != null) preparePool.shutdownNow();
        }
        store.close();
        // the index given to open(...) is the engine's from then on
        if (external instanceof AutoCloseable index) {
            try {
                index.close();
            } catch (Exception e) {
                throw new org.dateline.store.StoreException("cannot close the candidate index: " + e.getMessage(), e);
            }
        }
    }
}
