package org.dateline.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.dateline.analyze.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Explanation;
import org.dateline.model.Json;
import org.dateline.model.Story;
import org.dateline.model.TelegramRef;
import org.dateline.text.Analyzers;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles and stories in one embedded Lucene index under a data directory. Writes become visible to
 * this store's own reads at once (near-real-time) and durable at {@link #commit()}: a crash loses
 * only what was written since the last commit, never what was committed.
 */
public final class LuceneStore implements ArticleStore, StoryStore, CandidateIndex, AnalysisStore, Closeable {

    private static final String TYPE = "type", ID = "id", STORY = "story", JSON = "json", PUBLISHED = "published",
            RANK = "rank", OUTLET = "outlet", OUTLET_NAME = "outlet_name", LANG = "lang", MATCH = "match", TEXT = "text";
    private static final String S_CATEGORY = "s_category", CATEGORY = "category";
    private static final String ID_DV = "id_dv", STORY_DV = "story_dv", SIGNATURE = "minhash", VECTOR = "embedding";

    /** Shingle count, then the MinHash signature, as 4-byte big-endian ints. */
    private static BytesRef signatureBytes(org.dateline.story.Fingerprint f) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * (1 + f.signature().length));
        b.putInt(f.size());
        for (int v : f.signature()) b.putInt(v);
        return new BytesRef(b.array());
    }
    private static final String S_LANG = "s_lang", S_OUTLET = "s_outlet", S_FIRST = "s_first", S_LAST = "s_last";
    private static final String ARTICLE_TYPE = "article", STORY_TYPE = "story", SHARE_TYPE = "share", SHARE_TARGET = "share_target",
            WHY_TYPE = "why";
    /**
     * LSH band terms of an article's shingle signature, and the original it was found to copy when it arrived. A band
     * term is its 64-bit key ({@link org.dateline.story.Fingerprint#bandKeys}) as 8 big-endian bytes; stores written
     * before 0.1 hold the spelt-out form ({@link org.dateline.story.Fingerprint#bands}), which lookups still ask for.
     * (Short random terms keep the term dictionary, 32 new terms per article, cheap to write and merge.)
     */
    private static final String LSH = "lsh", COPY_OF = "copy_of";
    /** Marks an article with no publication time: it may belong to any time window, so every retrieval looks at it. */
    private static final String UNDATED = "undated";
    /**
     * Whether any stored article is undated: only then do time-filtered lookups also search the undated ones (articles
     * stored before the mark existed are not found that way). Never cleared; a stale true costs one cheap term lookup.
     */
    private volatile boolean anyUndated;

    /** The index term of an LSH band key. */
    private static BytesRef bandTerm(long key) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) b[i] = (byte) (key >>> (56 - 8 * i));
        return new BytesRef(b);
    }
    /**
     * Sort key of the rank order: rank + ln 2 x (hours from the epoch to the story's last report) / half-life,
     * i.e. the rank decayed by half every half-life of age. Decay relative to any present moment orders stories
     * the same (the present only shifts every key by one constant), so the key is computed once, when stored.
     */
    private static final String RANK_SORT = "rank_sort";
    private volatile double recencyHalfLifeHours = 72;
    /** How much of an article (title counted twice, then body) story matching compares. */
    static final int MATCH_CHARS = 3000;
    private static final int QUERY_TERMS = 30;

    /** The match field: candidate retrieval weighs terms itself, so per-document length norms would only cost time. */
    private static final FieldType MATCH_TYPE = matchType(false);
    /**
     * The match field as stores written before 0.1 kept it, with term vectors nothing reads: Lucene does not let a
     * field drop them, so such a store goes on writing them (new stores save that third of the indexing and merging).
     */
    private static final FieldType MATCH_TYPE_WITH_VECTORS = matchType(true);

    private static FieldType matchType(boolean termVectors) {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setTokenized(true);
        t.setStoreTermVectors(termVectors);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /** {@link #MATCH_TYPE}, or {@link #MATCH_TYPE_WITH_VECTORS} for a store that has them already. */
    private final FieldType matchType;

    private final Path dir;
    private final Directory directory;
    private final Analyzers analyzers;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean dirty;
    /**
     * Articles and stories written since the index was last reopened. Reopening the index after every
     * article would open a new segment per article (the dominant cost of ingest), so reads by id and
     * candidate search consult this overlay instead, and the index is reopened every
     * {@link #REFRESH_EVERY} writes or when a query needs everything (lists, search, counts).
     */
    private final Map<String, PendingArticle> pendingArticles = new LinkedHashMap<>();
    private final Map<String, Story> pendingStories = new HashMap<>();
    /**
     * Stories written since their last index write (in order): a story changes with every article it gains, and
     * its JSON grows with it, so only its latest version is handed to the index, at the next reopen or commit.
     */
    private final java.util.Set<String> unwrittenStories = new java.util.LinkedHashSet<>();
    /** Stories deleted since the last reopen (a merged story): the index still returns them until then. */
    private final java.util.Set<String> deletedStories = new java.util.HashSet<>();
    /**
     * Explanations written since the last reopen: a merge reads those of the merged story's articles, and reopening
     * the index for them at every merge cost more than the merge itself.
     */
    private final Map<String, Explanation> pendingWhys = new HashMap<>();
    /**
     * Recently read or written stories (bounded, least recently used leave first; guarded by pendingLock): story
     * matching reads the same few stories again and again, each read from the index a decompression and a JSON parse.
     */
    private final Map<String, Story> knownStories = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Story> eldest) {
            return size() > KNOWN_STORIES;
        }
    };
    private static final int KNOWN_STORIES = 20_000;
    /** Story writes and deletes so far (guarded by pendingLock): a read from the index is cached only if none came between. */
    private long storyWrites;
    private final Object pendingLock = new Object();
    /** The last {@link #commitBehind} handed to the indexing thread (guarded by pendingLock). */
    private java.util.concurrent.Future<?> commitInFlight;
    static final int REFRESH_EVERY = 2048;
    private static final int COMMON_TERM_MIN_DOCS = 1000;
    /** Of one query term's recent articles, how many of the latest candidate retrieval reads (see {@link RecentArticles}). */
    private static final int RECENT_SCAN = 1000;
    private static final double COMMON_TERM_SHARE = 0.05;

    private record PendingArticle(Article article, String storyId, java.util.Set<String> terms,
                                  org.dateline.story.Fingerprint fingerprint, String copyOf, float[] vector) {
    }

    /**
     * Document frequencies of the match fields, kept in memory (loaded from the index at open, counted at
     * every {@link #putArticle}): similarity needs the df of every term of every compared article, and a
     * hash lookup is far cheaper than a term-dictionary seek in every segment.
     */
    private final Map<String, Map<String, Integer>> docFreqs = new ConcurrentHashMap<>();
    /**
     * The recently published articles in memory for candidate retrieval (see {@link RecentArticles}); loaded from
     * the index at the first lookup of a writable store, null before (and always for a read-only store).
     */
    private RecentArticles recent;
    /** How many share records the store holds (an upper bound: deleted ones are not subtracted). */
    private final java.util.concurrent.atomic.AtomicLong shareRecords = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Writes whose visibility the pending overlay provides run on this one thread, in order: analysing and indexing
     * a document costs as much as matching it, and overlaps with matching the next one this way.
     */
    private final java.util.concurrent.ExecutorService indexing;
    /** The last write handed to {@link #indexing} (its completion means all before it completed). Guarded by pendingLock. */
    private java.util.concurrent.Future<?> lastWrite;
    /** The first write of {@link #indexing} that failed, reported by the next operation that waits for the writes. */
    private volatile Throwable writeFailure;
    private long recentHorizonMs = java.time.Duration.ofDays(6).toMillis();
    private int recentMaxArticles = 200_000;
    private final Map<String, Integer> docCounts = new ConcurrentHashMap<>();

    private LuceneStore(Path dir, Analyzers analyzers, boolean writable) throws IOException {
        this.dir = dir;
        this.analyzers = analyzers;
        if (writable) Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField(MATCH, TEXT));
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            try {
                this.writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new StoreException("the data directory " + dir + " is in use by another Dateline process", e);
            }
            // A new data directory gets an empty first commit, so it opens (read-only too) even if the
            // first ingest dies before its first commit.
            if (!DirectoryReader.indexExists(directory)) writer.commit();
            this.searchers = new SearcherManager(writer, null);
            this.matchType = hasMatchTermVectors() ? MATCH_TYPE_WITH_VECTORS : MATCH_TYPE;
            this.indexing = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "dateline-indexing");
                t.setDaemon(true);
                return t;
            });
        } else {
            this.writer = null;
            this.indexing = null;
            this.matchType = MATCH_TYPE;
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new StoreException("no Dateline data in " + dir + " (run 'dateline ingest' first, or pass --data)", null);
            }
            this.searchers = new SearcherManager(directory, null);
        }
        loadDocFreqs();
        loadMerges();
        shareRecords.set(count(new TermQuery(new Term(TYPE, SHARE_TYPE))));
    }

    private boolean hasMatchTermVectors() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (org.apache.lucene.index.FieldInfo f : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
                if (f.name.startsWith(MATCH + "_") && f.hasTermVectors()) return true;
            }
            return false;
        } finally {
            searchers.release(searcher);
        }
    }

    private void loadDocFreqs() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (String chain : allChains()) {
                String field = MATCH + "_" + chain;
                Map<String, Integer> df = new HashMap<>();
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
                if (terms != null) {
                    TermsEnum it = terms.iterator();
                    BytesRef term;
                    while ((term = it.next()) != null) df.put(term.utf8ToString(), it.docFreq());
                }
                docFreqs.put(chain, df);
                docCounts.put(chain, searcher.getIndexReader().getDocCount(field));
            }
            if (searcher.getIndexReader().docFreq(new Term(UNDATED, UNDATED)) > 0) anyUndated = true;
        } finally {
            searchers.release(searcher);
        }
    }

    private static List<String> allChains() {
        List<String> chains = new ArrayList<>(Analyzers.LANGUAGES);
        chains.add(Analyzers.OTHER);
        return chains;
    }

    /** Opens (creating if needed) the index under {@code dir} for reading and writing. */
    public static LuceneStore open(Path dir) {
        try {
            return new LuceneStore(dir, new Analyzers(), true);
        } catch (IOException e) {
            throw new StoreException("cannot open the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing index for reading only; takes no lock, so it can run beside a writer. */
    public static LuceneStore openReadOnly(Path dir) {
        try {
            return new LuceneStore(dir, new Analyzers(), false);
        } catch (IOException e) {
            throw new StoreException("cannot read the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return dir;
    }

    // ---- articles ----

    @Override
    public boolean containsArticle(String id) {
        synchronized (pendingLock) {
            if (pendingArticles.containsKey(id)) return true;
        }
        return count(idQuery(ARTICLE_TYPE, id)) > 0;
    }

    @Override
    public Optional<Article> article(String id) {
        synchronized (pendingLock) {
            PendingArticle p = pendingArticles.get(id);
            if (p != null) return Optional.of(p.article());
        }
        return firstStored(idQuery(ARTICLE_TYPE, id)).map(d -> Json.read(d.get(JSON), Article.class));
    }

    @Override
    public List<Article> articles(Collection<String> ids) {
        List<Article> out = new ArrayList<>(ids.size());
        for (String id : ids) article(id).ifPresent(out::add);
        return out;
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        synchronized (pendingLock) {
            PendingArticle p = pendingArticles.get(articleId);
            if (p != null) return Optional.of(p.storyId());
        }
        return firstStored(idQuery(ARTICLE_TYPE, articleId)).map(d -> d.get(STORY));
    }

    /**
     * Stores an article (replacing one with the same id): its near-duplicate fingerprint is computed from the
     * text, and the original it copies, when the stored version recorded one, is kept.
     */
    @Override
    public void putArticle(Article a, String storyId) {
        putArticle(a, storyId, org.dateline.story.Fingerprint.of(a.text()), copyOf(a.id()).orElse(null), vector(a.id()).orElse(null));
    }

    /**
     * Stores an article with its shingle fingerprint (its LSH bands are indexed, see {@link #sharingBands}) and
     * the id of the original it copies, or null when it is an original.
     */
    public void putArticle(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf) {
        putArticle(a, storyId, fingerprint, copyOf, null);
    }

    /**
     * Stores an article as {@link #putArticle(Article, String, org.dateline.story.Fingerprint, String)} does, with
     * the sentence embedding of its title and lead (null: none) in the nearest-neighbour graph (see {@link #nearest}).
     */
    public void putArticle(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf, float[] vector) {
        // Replacing an article (an update, a new share) must not count its terms twice.
        store(a, storyId, fingerprint, copyOf, vector, article(a.id()), null);
    }

    /**
     * Stores an article the caller knows is not stored yet (see {@link #storedAmong}), as
     * {@link #putArticle(Article, String, org.dateline.story.Fingerprint, String, float[])} would, without looking
     * for a previous version. {@code matchTerms}: the counts {@link Analyzers#termFrequencies} gives for the
     * article's {@link #matchText}, when the caller has them already (null: counted here).
     */
    public void addArticle(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf, float[] vector,
                           Map<String, Integer> matchTerms) {
        store(a, storyId, fingerprint, copyOf, vector, Optional.empty(), matchTerms);
    }

    private void store(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf, float[] vector,
                       Optional<Article> previous, Map<String, Integer> matchTerms) {
        synchronized (pendingLock) {
            writeBehind(w -> w.updateDocument(new Term(ID, key(ARTICLE_TYPE, a.id())), articleDocument(a, storyId, fingerprint, copyOf, vector, matchTerms)));
            previous.ifPresent(p -> countTerms(p, -1, null));
            Map<String, Integer> terms = countTerms(a, +1, matchTerms);
            pendingArticles.put(a.id(), new PendingArticle(a, storyId, terms.keySet(), fingerprint, copyOf, vector));
            if (recent != null) {
                if (a.published() == null) recent.remove(a.id());
                else recent.put(recentEntry(a, storyId, terms, fingerprint, copyOf));
            }
            refreshWhenFull();
        }
    }

    /**
     * Moves stored articles into another story (the merged story's reports, in a merge). Only their story changes,
     * so their terms are not counted again and the in-memory window is updated in place; each is re-indexed from
     * what the overlay holds of it, or else from one index query for all of them (article, copy link, embedding).
     *
     * @return how many were moved (ids of articles not stored are skipped)
     */
    public int moveArticles(Collection<String> articleIds, String storyId) {
        List<BytesRef> keys = new ArrayList<>();
        int moved = 0;
        synchronized (pendingLock) {
            for (String id : articleIds) {
                PendingArticle p = pendingArticles.get(id);
                if (p == null) {
                    keys.add(new BytesRef(key(ARTICLE_TYPE, id)));
                    continue;
                }
                reindexUnder(p.article(), storyId, p.fingerprint(), p.copyOf(), p.vector(), p.terms());
                moved++;
            }
        }
        if (keys.isEmpty()) return moved;
        record Stored(Article article, String copyOf, float[] vector) {
        }
        Query q = new org.apache.lucene.search.TermInSetQuery(ID, keys);
        List<Stored> stored = withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(q, keys.size()).scoreDocs;
            Map<Integer, float[]> vectors = new HashMap<>();
            inDocOrder(searcher, hits, leaf -> leaf.getFloatVectorValues(VECTOR), (values, doc, sd) -> {
                if (values == null) return;
                org.apache.lucene.index.KnnVectorValues.DocIndexIterator it = values.iterator();
                if (it.advance(doc) == doc) vectors.put(sd.doc, values.vectorValue(it.index()).clone());
            });
            List<Stored> out = new ArrayList<>(hits.length);
            for (ScoreDoc sd : hits) {
                Document d = searcher.storedFields().document(sd.doc, java.util.Set.of(JSON, COPY_OF));
                out.add(new Stored(Json.read(d.get(JSON), Article.class), d.get(COPY_OF), vectors.get(sd.doc)));
            }
            return out;
        });
        for (Stored m : stored) {
            Map<String, Integer> terms = null;
            synchronized (pendingLock) {
                RecentArticles.Entry e = recent == null ? null : recent.get(m.article().id());
                if (e != null) terms = e.terms;
            }
            if (terms == null) terms = analyzers.termFrequencies(m.article().language(), matchText(m.article()));
            synchronized (pendingLock) {
                reindexUnder(m.article(), storyId, org.dateline.story.Fingerprint.of(m.article().text()), m.copyOf(), m.vector(), terms.keySet());
            }
        }
        return moved + stored.size();
    }

    /** Re-indexes an article under {@code storyId} with its term counts unchanged. Caller holds pendingLock. */
    private void reindexUnder(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf, float[] vector,
                         java.util.Set<String> terms) {
        writeBehind(w -> w.updateDocument(new Term(ID, key(ARTICLE_TYPE, a.id())), articleDocument(a, storyId, fingerprint, copyOf, vector, null)));
        pendingArticles.put(a.id(), new PendingArticle(a, storyId, terms, fingerprint, copyOf, vector));
        if (recent != null) recent.moveToStory(a.id(), storyId);
        refreshWhenFull();
    }

    /**
     * The index document of an article (built on the indexing thread: the JSON and the fields cost as much as the analysis).
     * {@code matchTerms}: the counts {@link Analyzers#termFrequencies} gives for its {@link #matchText}, when known (the
     * match field, frequencies only, is then indexed from them instead of analysing the text again); null: analysed here.
     */
    private Document articleDocument(Article a, String storyId, org.dateline.story.Fingerprint fingerprint, String copyOf,
                                            float[] vector, Map<String, Integer> matchTerms) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, ARTICLE_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(ARTICLE_TYPE, a.id()), Field.Store.NO));
        doc.add(new StoredField("article_id", a.id()));
        doc.add(new StringField(STORY, storyId, Field.Store.YES));
        // candidates read id and story from doc values: a stored-field read decompresses the whole article JSON
        doc.add(new org.apache.lucene.document.SortedDocValuesField(ID_DV, new BytesRef(a.id())));
        doc.add(new org.apache.lucene.document.SortedDocValuesField(STORY_DV, new BytesRef(storyId)));
        doc.add(new StringField(LANG, a.language(), Field.Store.NO));
        if (a.outletId() != null) doc.add(new StringField(OUTLET, a.outletId(), Field.Store.YES));
        if (a.outlet() != null) doc.add(new StringField(OUTLET_NAME, a.outlet(), Field.Store.NO));
        if (a.category() != null) doc.add(new StringField(CATEGORY, a.category(), Field.Store.NO));
        if (a.published() != null) {
            long ms = a.published().at().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, ms));
            doc.add(new NumericDocValuesField(PUBLISHED, ms));
            doc.add(new StoredField(PUBLISHED, ms));
        } else {
            doc.add(new StringField(UNDATED, UNDATED, Field.Store.NO));
            anyUndated = true;
        }
        String matchField = Analyzers.field(MATCH, a.language());
        doc.add(matchTerms != null ? new Field(matchField, new CountedTerms(matchTerms), matchType)
                : new Field(matchField, matchText(a), matchType));
        doc.add(new TextField(Analyzers.field(TEXT, a.language()), a.title() + "\n" + a.text(), Field.Store.NO));
        for (long band : fingerprint.bandKeys()) doc.add(new StringField(LSH, bandTerm(band), Field.Store.NO));
        if (fingerprint.size() > 0) doc.add(new org.apache.lucene.document.BinaryDocValuesField(SIGNATURE, signatureBytes(fingerprint)));
        if (copyOf != null) doc.add(new StringField(COPY_OF, copyOf, Field.Store.YES));
        if (vector != null) doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(JSON, Json.write(a)));
        return doc;
    }

    /**
     * A text already analysed, as its terms and their counts: each term given as many times as it occurs (the match
     * field keeps documents and frequencies only, so neither order nor positions matter).
     */
    private static final class CountedTerms extends org.apache.lucene.analysis.TokenStream {
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        private final Map<String, Integer> counts;
        private java.util.Iterator<Map.Entry<String, Integer>> next;
        private String current;
        private int left;

        CountedTerms(Map<String, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = counts.entrySet().iterator();
            left = 0;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (left <= 0) {
                if (!next.hasNext()) return false;
                Map.Entry<String, Integer> e = next.next();
                current = e.getKey();
                left = e.getValue();
            }
            term.setEmpty().append(current);
            left--;
            return true;
        }
    }

    /**
     * Which of {@code articleIds} are stored articles (written ones not yet searchable included), in one index
     * query: a batch learns at once which of its documents are new.
     */
    public java.util.Set<String> storedAmong(Collection<String> articleIds) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<BytesRef> keys = new ArrayList<>();
        synchronized (pendingLock) {
            for (String id : articleIds) {
                if (pendingArticles.containsKey(id)) out.add(id);
                else keys.add(new BytesRef(key(ARTICLE_TYPE, id)));
            }
        }
        if (keys.isEmpty()) return out;
        Query q = new org.apache.lucene.search.TermInSetQuery(ID, keys);
        withSearcher(searcher -> {
            for (Candidate c : candidatesOf(searcher, searcher.search(q, keys.size()).scoreDocs)) out.add(c.articleId());
            return null;
        });
        return out;
    }

    /** The sentence embedding stored with an article (empty when it has none: another language, or no model). */
    @Override
    public Optional<float[]> vector(String articleId) {
        synchronized (pendingLock) {
            PendingArticle p = pendingArticles.get(articleId);
            if (p != null) return Optional.ofNullable(p.vector());
        }
        return withSearcher(searcher -> {
            TopDocs hit = searcher.search(idQuery(ARTICLE_TYPE, articleId), 1);
            if (hit.scoreDocs.length == 0) return Optional.<float[]>empty();
            float[][] found = new float[1][];
            inDocOrder(searcher, hit.scoreDocs, leaf -> leaf.getFloatVectorValues(VECTOR), (values, doc, sd) -> {
                if (values == null) return;
                org.apache.lucene.index.KnnVectorValues.DocIndexIterator it = values.iterator();
                if (it.advance(doc) == doc) found[0] = values.vectorValue(it.index()).clone();
            });
            return Optional.ofNullable(found[0]);
        });
    }

    /**
     * Up to {@code k} stored articles whose embeddings are nearest to {@code vector} (HNSW graph search, filtered to
     * {@code [from, to]} when given), scored by cosine; articles not yet searchable are compared directly (at most
     * {@link #REFRESH_EVERY} of them).
     */
    @Override
    public List<Candidate> nearest(float[] vector, int k, Instant from, Instant to) {
        // Only articles have vectors, so the time range alone filters. Its bounds are widened to whole hours: the
        // search turns its filter into a set of documents per segment, and the searcher's query cache can keep that
        // set for the next articles of the hour (the same query) instead of building it again for each; what the
        // widening lets in is left out below.
        Query filter = from == null && to == null ? null
                : timeFilter(from == null ? null : from.truncatedTo(ChronoUnit.HOURS),
                to == null ? null : to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
        Query knn = new KnnFloatVectorQuery(VECTOR, vector, Math.max(1, k), filter);
        List<Candidate> indexed = withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(knn, Math.max(1, k)).scoreDocs;
            // a DOT_PRODUCT score is (1 + cosine) / 2
            for (ScoreDoc sd : hits) sd.score = 2 * sd.score - 1;
            List<Candidate> found = new ArrayList<>(candidatesOf(searcher, hits));
            found.removeIf(c -> !within(c.published(), from, to));
            return found;
        });
        // the k nearest of the pending articles (up to REFRESH_EVERY of them): a bounded heap, weakest on top
        PriorityQueue<Candidate> nearestPending = new PriorityQueue<>(Comparator.comparingDouble(Candidate::score));
        synchronized (pendingLock) {
            for (PendingArticle p : pendingArticles.values()) {
                if (p.vector() == null || p.vector().length != vector.length) continue;
                Instant at = p.article().published() == null ? null : p.article().published().at();
                if (!within(at, from, to)) continue;
                double score = org.dateline.embed.SentenceEmbedder.cosine(vector, p.vector());
                if (nearestPending.size() >= k && score <= nearestPending.peek().score()) continue;
                nearestPending.add(new Candidate(p.article().id(), p.storyId(), (float) score, at));
                if (nearestPending.size() > k) nearestPending.poll();
            }
        }
        List<Candidate> out = new ArrayList<>(nearestPending);
        addIndexed(out, indexed);
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    /** The original a stored article was found to copy when it arrived (empty for originals and unknown ids). */
    public Optional<String> copyOf(String articleId) {
        synchronized (pendingLock) {
            PendingArticle p = pendingArticles.get(articleId);
            if (p != null) return Optional.ofNullable(p.copyOf());
        }
        return firstStored(idQuery(ARTICLE_TYPE, articleId)).map(d -> d.get(COPY_OF));
    }

    /** A stored article sharing LSH bands with a new one: its story, the original it copies (or null), bands shared. */
    public record BandHit(String articleId, String storyId, String copyOf, int shared, int[] signature, int shingles) {
    }

    /**
     * Up to {@code k} stored articles sharing at least one of {@code bands}, most bands shared first, published
     * within {@code [from, to]} when given: the candidates for near-duplicates of a new article.
     */
    public List<BandHit> sharingBands(org.dateline.story.Fingerprint fingerprint, int k, Instant from, Instant to) {
        if (fingerprint.bandKeys().length == 0) return List.of();
        synchronized (pendingLock) {
            RecentArticles window = recent();
            if (window != null && window.covers(from)) {
                List<BandHit> dated = window.sharingBands(fingerprint.bandKeys(), k, from, to);
                if (!anyUndated) return dated;
                // the window holds dated articles only: the undated ones come from the index
                List<BandHit> out = new ArrayList<>(dated);
                out.addAll(indexedBands(fingerprint, k, new TermQuery(new Term(UNDATED, UNDATED)), a -> a.published() == null));
                out.sort(Comparator.comparingInt(BandHit::shared).reversed());
                return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
            }
        }
        return indexedBands(fingerprint, k, from == null && to == null ? null : timeFilter(from, to), a -> {
            Instant at = a.published() == null ? null : a.published().at();
            return within(at, from, to);
        });
    }

    /**
     * The {@link #sharingBands} found by a Lucene query, filtered by {@code filter} (null: none), and among the
     * articles not yet visible in the index, those that {@code pendingWanted} accepts.
     */
    private List<BandHit> indexedBands(org.dateline.story.Fingerprint fingerprint, int k, Query filter,
                                       java.util.function.Predicate<Article> pendingWanted) {
        List<String> bands = fingerprint.bands();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // each band in both forms (an article has one of them): the score counts the bands shared
        for (int b = 0; b < bands.size(); b++) {
            any.add(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(LSH, bandTerm(fingerprint.bandKeys()[b])))), BooleanClause.Occur.SHOULD);
            any.add(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(LSH, bands.get(b)))), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TYPE, ARTICLE_TYPE)), BooleanClause.Occur.FILTER);
        if (filter != null) query.add(filter, BooleanClause.Occur.FILTER);
        Map<String, BandHit> hits = new LinkedHashMap<>();
        synchronized (pendingLock) {
            // the pending articles sharing a band (at most REFRESH_EVERY of them, and only for a lookup outside the window)
            Map<String, Integer> shared = new HashMap<>();
            long[] keys = fingerprint.bandKeys();
            for (int b = 0; b < keys.length; b++) {
                for (PendingArticle p : pendingArticles.values()) {
                    long[] theirs = p.fingerprint().bandKeys();
                    if (b < theirs.length && theirs[b] == keys[b]) shared.merge(p.article().id(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : shared.entrySet()) {
                PendingArticle p = pendingArticles.get(e.getKey());
                if (p == null || !pendingWanted.test(p.article())) continue;
                int n = 0;
                org.dateline.story.Fingerprint f = p.fingerprint();
                long[] theirs = f.bandKeys();
                for (int b = 0; b < keys.length; b++) if (b < theirs.length && theirs[b] == keys[b]) n++;
                hits.put(p.article().id(), new BandHit(p.article().id(), p.storyId(), p.copyOf(), n, f.signature(), f.size()));
            }
        }
        List<BandHit> indexed = withSearcher(searcher -> {
            ScoreDoc[] top = searcher.search(query.build(), Math.max(1, k)).scoreDocs;
            List<Candidate> found = candidatesOf(searcher, top);
            Map<Integer, int[]> signatures = signaturesOf(searcher, top);
            List<BandHit> out = new ArrayList<>();
            for (int i = 0; i < top.length; i++) {
                int[] sig = signatures.get(top[i].doc);
                // the original a hit copies is read later, for the one hit that wins
                out.add(new BandHit(found.get(i).articleId(), found.get(i).storyId(), null, Math.round(top[i].score),
                        sig == null ? null : java.util.Arrays.copyOfRange(sig, 1, sig.length), sig == null ? 0 : sig[0]));
            }
            return out;
        });
        for (BandHit h : indexed) hits.putIfAbsent(h.articleId(), h);
        List<BandHit> out = new ArrayList<>(hits.values());
        out.sort(Comparator.comparingInt(BandHit::shared).reversed());
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    /**
     * How far behind the newest article the in-memory window of recent articles reaches (twice the story window
     * lets reports arriving a window late still be looked up in memory), and how many articles it holds at most.
     */
    public void recentWindow(java.time.Duration horizon, int maxArticles) {
        synchronized (pendingLock) {
            recentHorizonMs = horizon.toMillis();
            recentMaxArticles = maxArticles;
            recent = null;
        }
    }

    /** The window of recent articles, loaded from the index on first use. Caller holds pendingLock. */
    private RecentArticles recent() {
        if (recent != null || writer == null) return recent;
        refreshNow();
        recent = withSearcher(searcher -> {
            Query articles = new TermQuery(new Term(TYPE, ARTICLE_TYPE));
            Sort newestFirst = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));
            TopDocs newest = searcher.search(articles, 1, newestFirst);
            if (newest.scoreDocs.length == 0) return new RecentArticles(recentHorizonMs, recentMaxArticles, Long.MIN_VALUE);
            long newestMs = ((Number) ((FieldDoc) newest.scoreDocs[0]).fields[0]).longValue();
            long fromMs = newestMs - recentHorizonMs;
            Query inWindow = new BooleanQuery.Builder().add(articles, BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(PUBLISHED, fromMs, Long.MAX_VALUE), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] hits = searcher.search(inWindow, recentMaxArticles + 1, newestFirst).scoreDocs;
            // when the window holds more than fits, it covers only from the oldest article kept on
            int kept = Math.min(hits.length, recentMaxArticles);
            long covered = hits.length > recentMaxArticles ? ((Number) ((FieldDoc) hits[kept - 1]).fields[0]).longValue() + 1 : fromMs;
            RecentArticles window = new RecentArticles(recentHorizonMs, recentMaxArticles, covered);
            for (int i = 0; i < kept; i++) {
                Document d = searcher.storedFields().document(hits[i].doc, java.util.Set.of(JSON, STORY, COPY_OF));
                Article a = Json.read(d.get(JSON), Article.class);
                if (a.published() == null || a.published().at().toEpochMilli() < covered) continue;
                window.put(recentEntry(a, d.get(STORY), analyzers.termFrequencies(a.language(), matchText(a)),
                        org.dateline.story.Fingerprint.of(a.text()), d.get(COPY_OF)));
            }
            return window;
        });
        return recent;
    }

    private static RecentArticles.Entry recentEntry(Article a, String storyId, Map<String, Integer> terms,
                                                    org.dateline.story.Fingerprint fingerprint, String copyOf) {
        return new RecentArticles.Entry(a.id(), storyId, Analyzers.chain(a.language()), a.published().at().toEpochMilli(),
                terms, fingerprint.bandKeys(), fingerprint.signature(), fingerprint.size(), copyOf);
    }

    /** Keeps the in-memory document frequencies in step with the index; returns the article's match terms and their counts. */
    private Map<String, Integer> countTerms(Article a, int delta, Map<String, Integer> known) {
        String chain = Analyzers.chain(a.language());
        Map<String, Integer> df = docFreqs.computeIfAbsent(chain, c -> new HashMap<>());
        Map<String, Integer> terms = known != null ? known : analyzers.termFrequencies(a.language(), matchText(a));
        synchronized (df) {
            for (String term : terms.keySet()) df.merge(term, delta, (x, y) -> x + y <= 0 ? null : x + y);
        }
        docCounts.merge(chain, delta, (x, y) -> Math.max(0, x + y));
        return terms;
    }

    @Override
    public int docFreq(String language, String term) {
        Map<String, Integer> df = docFreqs.get(Analyzers.chain(language));
        if (df == null) return 0;
        synchronized (df) {
            return df.getOrDefault(term, 0);
        }
    }

    @Override
    public void docFreqs(String language, String[] terms, int[] out) {
        Map<String, Integer> df = docFreqs.get(Analyzers.chain(language));
        if (df == null) {
            java.util.Arrays.fill(out, 0, terms.length, 0);
            return;
        }
        synchronized (df) {
            for (int i = 0; i < terms.length; i++) out[i] = df.getOrDefault(terms[i], 0);
        }
    }

    @Override
    public int docCount(String language) {
        return docCounts.getOrDefault(Analyzers.chain(language), 0);
    }

    @Override
    public Optional<Article> storedArticle(String id) {
        return article(id);
    }

    @Override
    public List<Candidate> candidates(String language, Map<String, Double> weights, int k, Instant from, Instant to) {
        if (weights.isEmpty()) return List.of();
        // Terms in a large share of a big index find everything and discriminate nothing; leaving them out
        // of retrieval (not of scoring) keeps the query's cost from growing with the corpus.
        int docs = docCount(language);
        int maxDf = docs >= COMMON_TERM_MIN_DOCS ? (int) (docs * COMMON_TERM_SHARE) : Integer.MAX_VALUE;
        synchronized (pendingLock) {
            RecentArticles window = recent();
            if (window != null && window.covers(from)) {
                List<Candidate> dated = window.candidates(Analyzers.chain(language), weights, k, from, to, t -> docFreq(language, t), docs, maxDf, RECENT_SCAN);
                if (!anyUndated) return dated;
                // the window holds dated articles only: the undated ones come from the index
                List<Candidate> out = new ArrayList<>(dated);
                out.addAll(indexedCandidates(language, weights, k, maxDf, new TermQuery(new Term(UNDATED, UNDATED)), p -> p.published() == null));
                return out;
            }
        }
        return indexedCandidates(language, weights, k, maxDf, from == null && to == null ? null : timeFilter(from, to), p -> {
            Instant at = p.published() == null ? null : p.published().at();
            return within(at, from, to);
        });
    }

    /**
     * The {@link #candidates} found by a Lucene query over the match terms, filtered by {@code filter} (null: none),
     * and among the articles not yet visible in the index, those that {@code pendingWanted} accepts.
     */
    private List<Candidate> indexedCandidates(String language, Map<String, Double> weights, int k, int maxDf, Query filter,
                                              java.util.function.Predicate<Article> pendingWanted) {
        String field = Analyzers.field(MATCH, language);
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        int added = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (docFreq(language, e.getKey()) > maxDf) continue;
            added++;
            terms.add(new BoostQuery(new TermQuery(new Term(field, e.getKey())), (float) Math.max(1e-3, e.getValue())),
                    BooleanClause.Occur.SHOULD);
        }
        if (added == 0) return List.of();
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(terms.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TYPE, ARTICLE_TYPE)), BooleanClause.Occur.FILTER);
        if (filter != null) query.add(filter, BooleanClause.Occur.FILTER);
        List<Candidate> indexed = withSearcher(searcher -> candidatesOf(searcher, searcher.search(query.build(), Math.max(1, k)).scoreDocs));
        // Articles not yet visible in the index: scored by the weight of the terms they share (at most
        // REFRESH_EVERY of them, so this stays a bounded cost per article).
        String chain = Analyzers.chain(language);
        List<Candidate> recent = new ArrayList<>();
        synchronized (pendingLock) {
            for (PendingArticle p : pendingArticles.values()) {
                if (!Analyzers.chain(p.article().language()).equals(chain) || !pendingWanted.test(p.article())) continue;
                Instant at = p.article().published() == null ? null : p.article().published().at();
                double score = 0;
                for (Map.Entry<String, Double> e : weights.entrySet()) if (p.terms().contains(e.getKey())) score += e.getValue();
                if (score > 0) recent.add(new Candidate(p.article().id(), p.storyId(), score, at));
            }
        }
        recent.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> out = new ArrayList<>(recent.subList(0, Math.min(k, recent.size())));
        addIndexed(out, indexed);
        return out;
    }

    /**
     * Appends the indexed candidates not already among {@code out} (the pending ones), each under its current story:
     * a pending write may have moved an article the searcher still sees in its old story.
     */
    private void addIndexed(List<Candidate> out, List<Candidate> indexed) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Candidate c : out) seen.add(c.articleId());
        synchronized (pendingLock) {
            for (Candidate c : indexed) {
                if (!seen.add(c.articleId())) continue;
                PendingArticle pending = pendingArticles.get(c.articleId());
                String story = pending == null ? c.storyId() : pending.storyId();
                out.add(story.equals(c.storyId()) ? c : new Candidate(c.articleId(), story, c.score(), c.published()));
            }
        }
    }

    /**
     * Published within {@code [from, to]}, or undated: an article whose time is unknown may belong to any window, and
     * leaving it out would keep a dated report from ever finding the undated reports of its event.
     */
    private Query timeFilter(Instant from, Instant to) {
        Query range = LongPoint.newRangeQuery(PUBLISHED, from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                to == null ? Long.MAX_VALUE : to.toEpochMilli());
        if (!anyUndated) return range;
        return new BooleanQuery.Builder().add(range, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(UNDATED, UNDATED)), BooleanClause.Occur.SHOULD).build();
    }

    /** Whether a publication time lies within {@code [from, to]}; an undated article is within any range. */
    private static boolean within(Instant at, Instant from, Instant to) {
        if (at == null) return true;
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }

    /** Shingle count followed by the MinHash signature of each hit that has one (articles stored since signatures were kept). */
    private static Map<Integer, int[]> signaturesOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Map<Integer, int[]> out = new HashMap<>();
        inDocOrder(searcher, hits, leaf -> leaf.getBinaryDocValues(SIGNATURE), (values, doc, hit) -> {
            if (values == null || !values.advanceExact(doc)) return;
            BytesRef b = values.binaryValue();
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b.bytes, b.offset, b.length);
            int[] ints = new int[b.length / 4];
            for (int i = 0; i < ints.length; i++) ints[i] = buf.getInt();
            out.put(hit.doc, ints);
        });
        return out;
    }

    /** Opens a leaf's doc values for {@link #inDocOrder}. */
    private interface LeafValues<T> {
        T open(org.apache.lucene.index.LeafReader leaf) throws IOException;
    }

    /** Reads one hit, {@code doc} relative to its leaf. */
    private interface HitReader<T> {
        void read(T values, int doc, ScoreDoc hit) throws IOException;
    }

    /**
     * Visits hits in index order with the doc values of their leaf: doc-values iterators only move forward, so hits
     * are sorted by doc and each leaf's values are opened once.
     */
    private static <T> void inDocOrder(IndexSearcher searcher, ScoreDoc[] hits, LeafValues<T> open, HitReader<T> read) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        java.util.Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        org.apache.lucene.index.LeafReaderContext leaf = null;
        T values = null;
        for (ScoreDoc sd : byDoc) {
            int li = org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                values = open.open(leaf.reader());
            }
            read.read(values, sd.doc - leaf.docBase, sd);
        }
    }

    /** Id, story and publication time of each hit, from doc values (stored fields for documents written before them). */
    private static List<Candidate> candidatesOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        record Values(org.apache.lucene.index.SortedDocValues ids, org.apache.lucene.index.SortedDocValues stories,
                      org.apache.lucene.index.NumericDocValues published) {
        }
        Map<Integer, Candidate> found = new HashMap<>();
        inDocOrder(searcher, hits, leaf -> new Values(leaf.getSortedDocValues(ID_DV), leaf.getSortedDocValues(STORY_DV),
                leaf.getNumericDocValues(PUBLISHED)), (v, doc, sd) -> {
            if (v.ids() != null && v.stories() != null && v.ids().advanceExact(doc) && v.stories().advanceExact(doc)) {
                Instant at = v.published() != null && v.published().advanceExact(doc) ? Instant.ofEpochMilli(v.published().longValue()) : null;
                found.put(sd.doc, new Candidate(v.ids().lookupOrd(v.ids().ordValue()).utf8ToString(),
                        v.stories().lookupOrd(v.stories().ordValue()).utf8ToString(), sd.score, at));
            } else {
                Document d = searcher.storedFields().document(sd.doc, java.util.Set.of("article_id", STORY, PUBLISHED));
                Number ms = d.getField(PUBLISHED) == null ? null : d.getField(PUBLISHED).numericValue();
                found.put(sd.doc, new Candidate(d.get("article_id"), d.get(STORY), sd.score,
                        ms == null ? null : Instant.ofEpochMilli(ms.longValue())));
            }
        });
        List<Candidate> out = new ArrayList<>();
        for (ScoreDoc sd : hits) out.add(found.get(sd.doc));
        return out;
    }

    @Override
    public long articleCount() {
        refreshIfPending();
        return count(new TermQuery(new Term(TYPE, ARTICLE_TYPE)));
    }

    /** What story matching compares: the title twice (titles carry the event), then the start of the body. */
    public static String matchText(Article a) {
        String text = a.title() + "\n" + a.title() + "\n" + a.text();
        return text.length() > MATCH_CHARS ? text.substring(0, MATCH_CHARS) : text;
    }

    // ---- candidates ----

    // ---- explanations ----

    /** Records why an article joined its story; read by views, so it need not be visible at once. */
    public void putExplanation(Explanation why) {
        synchronized (pendingLock) {
            pendingWhys.put(why.articleId(), why);
            writeBehind(w -> {
                Document doc = new Document();
                doc.add(new StringField(TYPE, WHY_TYPE, Field.Store.NO));
                doc.add(new StringField(ID, key(WHY_TYPE, why.articleId()), Field.Store.NO));
                doc.add(new StoredField(JSON, Json.write(why)));
                w.updateDocument(new Term(ID, key(WHY_TYPE, why.articleId())), doc);
            });
        }
    }

    public Optional<Explanation> explanation(String articleId) {
        synchronized (pendingLock) {
            Explanation pending = pendingWhys.get(articleId);
            if (pending != null) return Optional.of(pending);
        }
        return firstStored(idQuery(WHY_TYPE, articleId)).map(d -> Json.read(d.get(JSON), Explanation.class));
    }

    /** The explanations of several articles at once (one reopen, one query), by article id. */
    public Map<String, Explanation> explanations(Collection<String> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        Map<String, Explanation> out = new HashMap<>();
        List<BytesRef> keys = new ArrayList<>();
        synchronized (pendingLock) {
            for (String id : articleIds) {
                Explanation pending = pendingWhys.get(id);
                if (pending != null) out.put(id, pending);
                else keys.add(new BytesRef(key(WHY_TYPE, id)));
            }
        }
        if (keys.isEmpty()) return out;
        Query q = new org.apache.lucene.search.TermInSetQuery(ID, keys);
        return withSearcher(searcher -> {
            for (ScoreDoc sd : searcher.search(q, keys.size()).scoreDocs) {
                Explanation e = Json.read(searcher.storedFields().document(sd.doc).get(JSON), Explanation.class);
                // written again since this reader opened: the overlay's is the newer (and was taken above)
                out.putIfAbsent(e.articleId(), e);
            }
            return out;
        });
    }

    // ---- provenance waiting for its article ----

    /** Keeps a share of an article that is not stored yet; re-recording the same post is a no-op. */
    public void putShare(String articleId, TelegramRef post) {
        String key = articleId + "/" + post.channel() + "/" + post.postId();
        Document doc = new Document();
        doc.add(new StringField(TYPE, SHARE_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(SHARE_TYPE, key), Field.Store.NO));
        doc.add(new StringField(SHARE_TARGET, articleId, Field.Store.NO));
        doc.add(new StoredField(JSON, Json.write(post)));
        write(w -> w.updateDocument(new Term(ID, key(SHARE_TYPE, key)), doc));
        shareRecords.incrementAndGet();
    }

    /** Shares recorded for an article before it arrived. */
    public List<TelegramRef> sharesOf(String articleId) {
        // most stores never see a share waiting for its article: no query per new article then
        if (shareRecords.get() == 0) return List.of();
        // Shares are written with a forced reopen (they are rare), so the index already shows them all.
        return withSearcher(searcher -> {
            List<TelegramRef> out = new ArrayList<>();
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, SHARE_TYPE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SHARE_TARGET, articleId)), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : searcher.search(q, 1000).scoreDocs) {
                out.add(Json.read(searcher.storedFields().document(sd.doc).get(JSON), TelegramRef.class));
            }
            return out;
        });
    }

    // ---- stories ----

    @Override
    public Optional<Story> story(String id) {
        long writes;
        synchronized (pendingLock) {
            if (deletedStories.contains(id)) return Optional.empty();
            Story p = pendingStories.get(id);
            if (p == null) p = knownStories.get(id);
            if (p != null) return Optional.of(p);
            writes = storyWrites;
        }
        Optional<Story> stored = firstStored(idQuery(STORY_TYPE, id)).map(d -> Json.read(d.get(JSON), Story.class));
        synchronized (pendingLock) {
            // a story written or deleted during the read may be newer than what was read
            if (stored.isPresent() && writes == storyWrites) knownStories.put(id, stored.get());
        }
        return stored;
    }

    @Override
    public void putStory(Story s) {
        synchronized (pendingLock) {
            pendingStories.put(s.id(), s);
            unwrittenStories.add(s.id());
            deletedStories.remove(s.id());
            knownStories.put(s.id(), s);
            storyWrites++;
            refreshWhenFull();
        }
    }

    /** The index document of a story (built on the indexing thread: the JSON of a large story is long). */
    private static Document storyDocument(Story s, double rankKey) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, STORY_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(STORY_TYPE, s.id()), Field.Store.NO));
        doc.add(new DoubleDocValuesField(RANK, s.rank()));
        doc.add(new DoubleDocValuesField(RANK_SORT, rankKey));
        for (String lang : s.languages()) doc.add(new StringField(S_LANG, lang, Field.Store.NO));
        for (String outlet : s.outlets()) doc.add(new StringField(S_OUTLET, outlet, Field.Store.NO));
        if (s.category() != null) doc.add(new StringField(S_CATEGORY, s.category(), Field.Store.NO));
        long first = s.firstSeen() == null ? Long.MIN_VALUE : s.firstSeen().toEpochMilli();
        long last = s.lastUpdated() == null ? Long.MIN_VALUE : s.lastUpdated().toEpochMilli();
        doc.add(new LongPoint(S_FIRST, first));
        doc.add(new LongPoint(S_LAST, last));
        doc.add(new NumericDocValuesField(S_LAST, last));
        doc.add(new StoredField(JSON, Json.write(s)));
        return doc;
    }

    /** Sets the half-life (hours) of the recency decay in the rank order; applies to stories stored from now on. */
    public void recencyHalfLife(double hours) {
        if (hours > 0) recencyHalfLifeHours = hours;
    }

    /** The rank order's key of a story: its rank decayed with the age of its last report (undated stories: no age bonus). */
    double rankOrderKey(Story s) {
        if (s.lastUpdated() == null) return s.rank();
        double hours = s.lastUpdated().getEpochSecond() / 3600.0;
        return s.rank() + Math.log(2) * hours / recencyHalfLifeHours;
    }

    /**
     * A story's rank as the rank order sees it at {@code asOf}: its importance faded by one half-life per
     * {@code story.rank.recency.halflife.hours} between its last report and {@code asOf}. Stories ordered by this
     * value at any one instant are in the rank order (undated stories keep their importance).
     */
    public double rankAsOf(Story s, java.time.Instant asOf) {
        if (s.lastUpdated() == null || asOf == null) return s.rank();
        double hours = (asOf.getEpochSecond() - s.lastUpdated().getEpochSecond()) / 3600.0;
        return s.rank() - Math.log(2) * hours / recencyHalfLifeHours;
    }

    @Override
    public void deleteStory(String id) {
        synchronized (pendingLock) {
            writeBehind(w -> w.deleteDocuments(new Term(ID, key(STORY_TYPE, id))));
            pendingStories.remove(id);
            unwrittenStories.remove(id);
            deletedStories.add(id);
            knownStories.remove(id);
            storyWrites++;
        }
    }

    // ---- merges: merged story ids redirect to their survivor ----

    private static final String MERGE_TYPE = "merge";
    /** Merged id to the story it was merged into, and the reverse (all of them: one small entry per merge). */
    private final Map<String, String> mergedInto = new ConcurrentHashMap<>();
    private final Map<String, List<String>> mergedHere = new ConcurrentHashMap<>();

    private void loadMerges() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query q = new TermQuery(new Term(TYPE, MERGE_TYPE));
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                remember(Json.read(searcher.storedFields().document(sd.doc).get(JSON), org.dateline.model.StoryMerge.class));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private synchronized void remember(org.dateline.model.StoryMerge m) {
        String previous = mergedInto.put(m.mergedId(), m.survivorId());
        if (previous != null) mergedHere.getOrDefault(previous, new ArrayList<>()).remove(m.mergedId());
        mergedHere.computeIfAbsent(m.survivorId(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(m.mergedId());
    }

    @Override
    public void putMerge(org.dateline.model.StoryMerge m) {
        if (m.mergedId().equals(m.survivorId())) throw new IllegalArgumentException("a story cannot be merged into itself: " + m.mergedId());
        Document doc = new Document();
        doc.add(new StringField(TYPE, MERGE_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(MERGE_TYPE, m.mergedId()), Field.Store.NO));
        doc.add(new StoredField(JSON, Json.write(m)));
        synchronized (pendingLock) {
            writeBehind(w -> w.updateDocument(new Term(ID, key(MERGE_TYPE, m.mergedId())), doc));
        }
        remember(m);
    }

    @Override
    public Optional<String> redirect(String storyId) {
        String at = mergedInto.get(storyId);
        if (at == null) return Optional.empty();
        // chains: A→B, B→C resolves A to C (bounded: a cycle could only come from a damaged index)
        for (int hops = 0; hops < 1000; hops++) {
            String next = mergedInto.get(at);
            if (next == null || next.equals(storyId)) break;
            at = next;
        }
        return Optional.of(at);
    }

    @Override
    public List<String> mergedFrom(String storyId) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(storyId));
        while (!queue.isEmpty() && out.size() < 10_000) {
            for (String id : mergedHere.getOrDefault(queue.pop(), List.of())) {
                if (!id.equals(storyId) && out.add(id)) queue.add(id);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public List<Story> topStories(int limit) {
        refreshIfPending();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(TYPE, STORY_TYPE)), Math.max(1, limit),
                    new Sort(new SortField(RANK_SORT, SortField.Type.DOUBLE, true), new SortField(RANK, SortField.Type.DOUBLE, true)));
            List<Story> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(Json.read(searcher.storedFields().document(sd.doc).get(JSON), Story.class));
            }
            return out;
        });
    }

    /** Stories matching the query's filters, in its order, one page of them. */
    public StoryPage findStories(StoryQuery q) {
        refreshIfPending();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, STORY_TYPE)), BooleanClause.Occur.FILTER);
        anyOf(b, S_LANG, q.languages());
        anyOf(b, S_OUTLET, q.outlets());
        anyOf(b, S_CATEGORY, q.categories());
        if (q.from() != null) b.add(LongPoint.newRangeQuery(S_LAST, q.from().toEpochMilli(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        if (q.to() != null) b.add(LongPoint.newRangeQuery(S_FIRST, Long.MIN_VALUE, q.to().toEpochMilli()), BooleanClause.Occur.FILTER);
        Sort sort = q.sort() == StoryQuery.Sort.RECENT
                ? new Sort(new SortField(S_LAST, SortField.Type.LONG, true), new SortField(RANK, SortField.Type.DOUBLE, true))
                : new Sort(new SortField(RANK_SORT, SortField.Type.DOUBLE, true), new SortField(RANK, SortField.Type.DOUBLE, true),
                        new SortField(S_LAST, SortField.Type.LONG, true));
        Query query = b.build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, q.offset() + q.limit(), sort);
            List<Story> out = new ArrayList<>();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                out.add(Json.read(searcher.storedFields().document(top.scoreDocs[i].doc).get(JSON), Story.class));
            }
            return new StoryPage(searcher.count(query), out);
        });
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }

    /** Removes an article (its story is the caller's to update). */
    public void deleteArticle(String articleId) {
        Optional<Article> previous = article(articleId);
        synchronized (pendingLock) {
            write(w -> w.deleteDocuments(new Term(ID, key(ARTICLE_TYPE, articleId))));
            write(w -> w.deleteDocuments(new Term(ID, key(ANALYSIS_TYPE, articleId))));
            pendingArticles.remove(articleId);
            if (recent != null) recent.remove(articleId);
        }
        previous.ifPresent(p -> countTerms(p, -1, null));
    }

    /** Every outlet name in the store with how many articles it has (from the index's term dictionary). */
    public Map<String, Integer> outletCounts() {
        refreshIfPending();
        return withSearcher(searcher -> {
            Map<String, Integer> out = new java.util.TreeMap<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(OUTLET_NAME);
                if (terms == null) continue;
                TermsEnum it = terms.iterator();
                BytesRef t;
                while ((t = it.next()) != null) out.merge(t.utf8ToString(), it.docFreq(), Integer::sum);
            }
            return out;
        });
    }

    @Override
    public long storyCount() {
        refreshIfPending();
        return count(new TermQuery(new Term(TYPE, STORY_TYPE)));
    }

    // ---- search ----

    /** Full-text search over titles and bodies in every language; Lucene query syntax is accepted. */
    public List<SearchHit> search(String queryText, int limit) {
        return search(SearchQuery.of(queryText, limit)).hits();
    }

    /** Full-text search with filters, the total match count and facet counts (outlet, language, day). */
    public SearchResult search(SearchQuery sq) {
        List<String> fields = new ArrayList<>();
        for (String lang : Analyzers.LANGUAGES) fields.add(TEXT + "_" + lang);
        fields.add(TEXT + "_" + Analyzers.OTHER);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzers.perField(TEXT));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query parsed;
        try {
            parsed = parser.parse(sq.text());
        } catch (ParseException | IllegalArgumentException e) {
            try {
                parsed = parser.parse(QueryParser.escape(sq.text()));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot parse the query: " + sq.text(), again);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TYPE, ARTICLE_TYPE)), BooleanClause.Occur.FILTER);
        anyOf(b, LANG, sq.languages());
        anyOf(b, OUTLET_NAME, sq.outlets());
        anyOf(b, CATEGORY, sq.categories());
        if (!sq.entities().isEmpty()) b.add(articlesNaming(sq.entities()), BooleanClause.Occur.FILTER);
        if (sq.from() != null || sq.to() != null) {
            b.add(LongPoint.newRangeQuery(PUBLISHED, sq.from() == null ? Long.MIN_VALUE : sq.from().toEpochMilli(),
                    sq.to() == null ? Long.MAX_VALUE : sq.to().toEpochMilli()), BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        refreshIfPending();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, Math.max(sq.limit(), SearchResult.FACET_DEPTH));
            List<SearchHit> hits = new ArrayList<>();
            Map<String, Map<String, Integer>> facets = new java.util.LinkedHashMap<>();
            for (String f : List.of("outlet", "language", "category", "day", "entity")) facets.put(f, new java.util.TreeMap<>());
            List<String> faceted = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = searcher.storedFields().document(sd.doc);
                Article a = Json.read(d.get(JSON), Article.class);
                if (i < sq.limit()) {
                    hits.add(new SearchHit(a.id(), d.get(STORY), a.title(), a.outlet(),
                            a.published() == null ? null : a.published().iso(), sd.score));
                }
                if (a.outlet() != null) facets.get("outlet").merge(a.outlet(), 1, Integer::sum);
                facets.get("language").merge(a.language(), 1, Integer::sum);
                if (a.category() != null) facets.get("category").merge(a.category(), 1, Integer::sum);
                if (a.published() != null) facets.get("day").merge(a.published().day().toString(), 1, Integer::sum);
                faceted.add(a.id());
            }
            facets.put("entity", entityFacet(searcher, faceted));
            return new SearchResult(searcher.count(query), hits, facets);
        });
    }

    /** Entity facet keys are "id|name"; the most named first, at most this many. */
    private static final int ENTITY_FACET_SIZE = 25;

    /** Articles whose analysis names one of the entities (matched through the analysis documents, at most 10,000). */
    private Query articlesNaming(List<String> entityIds) {
        return withSearcher(searcher -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String id : entityIds) any.add(new TermQuery(new Term(ENTITY, id)), BooleanClause.Occur.SHOULD);
            List<BytesRef> keys = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(any.build(), 10_000).scoreDocs) {
                keys.add(new BytesRef(key(ARTICLE_TYPE, searcher.storedFields().document(sd.doc).get("article_id"))));
            }
            return new org.apache.lucene.search.TermInSetQuery(ID, keys);
        });
    }

    /** How many of the articles name each entity, from their analyses' compact entity lists. */
    private Map<String, Integer> entityFacet(IndexSearcher searcher, List<String> articleIds) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) return counts;
        List<BytesRef> keys = new ArrayList<>();
        for (String id : articleIds) keys.add(new BytesRef(key(ANALYSIS_TYPE, id)));
        Query analyses = new org.apache.lucene.search.TermInSetQuery(ID, keys);
        ScoreDoc[] hits = searcher.search(analyses, articleIds.size()).scoreDocs;
        inDocOrder(searcher, hits, leaf -> leaf.getBinaryDocValues(ENTITY_NAMES), (values, doc, hit) -> {
            if (values == null || !values.advanceExact(doc)) return;
            for (String line : values.binaryValue().utf8ToString().split("\n")) if (!line.isEmpty()) counts.merge(line, 1, Integer::sum);
        });
        Map<String, Integer> top = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ENTITY_FACET_SIZE).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    // ---- durability ----

    /**
     * Makes everything written so far durable on the indexing thread, after the writes queued before it, while the
     * caller goes on (flushing the segments is most of a commit's cost). One such commit at a time: the next waits
     * for the one before, so a crash loses at most what was written since the one before the last.
     */
    public void commitBehind() {
        if (writer == null) return;
        java.util.concurrent.Future<?> previous;
        synchronized (pendingLock) {
            previous = commitInFlight;
        }
        awaitIndexing(previous, "a commit");
        synchronized (pendingLock) {
            writeStories();
            commitInFlight = writeBehind(IndexWriter::commit);
        }
    }

    /** Makes everything written so far durable. */
    public void commit() {
        if (writer == null) return;
        synchronized (pendingLock) {
            writeStories();
        }
        awaitWrites();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("commit to " + dir + " failed", e);
        }
    }

    @Override
    public void close() {
        RuntimeException failed = null;
        if (writer != null) {
            try {
                synchronized (pendingLock) {
                    writeStories();
                }
                awaitWrites();
            } catch (RuntimeException e) {
                // what was written before the failure is still committed and the directory released; then it is reported
                failed = e;
            } finally {
                indexing.shutdown();
            }
        }
        try {
            searchers.close();
            if (writer != null) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the store at " + dir + " failed", e);
        }
        if (failed != null) throw failed;
    }

    // ---- deep analysis ----

    /** The analysers' version stored with each analysis (see {@link #markForAnalysis}); a test may set another. */
    private volatile String analyzerVersion = org.dateline.analyze.DeepAnalyzer.VERSION;

    void analyzerVersion(String version) {
        analyzerVersion = version;
    }

    private static final String ANALYSIS_VERSION = "analysis_version";
    private static final String ANALYSIS_TYPE = "analysis", ANALYSIS_STATE = "analysis_state", ENTITY = "entity",
            SURNAME = "surname", ENTITY_TYPE = "entity_type", MARKED = "marked", ENTITY_NAMES = "entity_names";

    @Override
    public void markPending(String articleId, String storyId) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, ANALYSIS_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(ANALYSIS_TYPE, articleId), Field.Store.NO));
        doc.add(new StoredField("article_id", articleId));
        doc.add(new StringField(STORY, storyId, Field.Store.YES));
        doc.add(new StringField(ANALYSIS_STATE, "pending", Field.Store.NO));
        doc.add(new NumericDocValuesField(MARKED, System.nanoTime()));
        // on the fast path: no reopen forced; readers of the pending list refresh first
        synchronized (pendingLock) {
            writeBehind(w -> w.updateDocument(new Term(ID, key(ANALYSIS_TYPE, articleId)), doc));
            unseenMarks = true;
        }
    }

    private volatile boolean unseenMarks;

    private void seeMarks() {
        if (!unseenMarks) return;
        synchronized (pendingLock) {
            unseenMarks = false;
            refreshNow();
        }
    }

    @Override
    public int markUnanalysed() {
        return markForAnalysis(false);
    }

    /**
     * Marks stored articles as waiting for the deep analysis: those without one or with one an older version of the
     * analysers wrote ({@link org.dateline.analyze.DeepAnalyzer#VERSION}), or with {@code again} every article. The
     * mark replaces an earlier result, so the article waits until redone.
     */
    public int markForAnalysis(boolean again) {
        refreshIfPending();
        seeMarks();
        Map<String, String> missing = withSearcher(searcher -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            Query current = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, ANALYSIS_TYPE)), BooleanClause.Occur.FILTER)
                    .add(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(ANALYSIS_STATE, "pending")), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(ANALYSIS_VERSION, analyzerVersion)), BooleanClause.Occur.SHOULD)
                            .build(), BooleanClause.Occur.FILTER)
                    .build();
            if (!again) for (ScoreDoc sd : searcher.search(current, Math.max(1, searcher.count(current))).scoreDocs) {
                known.add(searcher.storedFields().document(sd.doc, java.util.Set.of("article_id")).get("article_id"));
            }
            Map<String, String> out = new LinkedHashMap<>();
            Query articles = new TermQuery(new Term(TYPE, ARTICLE_TYPE));
            for (ScoreDoc sd : searcher.search(articles, Math.max(1, searcher.count(articles))).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, java.util.Set.of("article_id", STORY));
                if (!known.contains(d.get("article_id"))) out.put(d.get("article_id"), d.get(STORY));
            }
            return out;
        });
        missing.forEach(this::markPending);
        return missing.size();
    }

    @Override
    public void putAnalysis(Analysis analysis, String storyId) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, ANALYSIS_TYPE, Field.Store.NO));
        doc.add(new StringField(ID, key(ANALYSIS_TYPE, analysis.articleId()), Field.Store.NO));
        doc.add(new StoredField("article_id", analysis.articleId()));
        doc.add(new StringField(STORY, storyId, Field.Store.YES));
        doc.add(new StringField(ANALYSIS_STATE, "done", Field.Store.NO));
        doc.add(new StringField(ANALYSIS_VERSION, analyzerVersion, Field.Store.NO));
        doc.add(new NumericDocValuesField(MARKED, System.nanoTime()));
        for (org.dateline.analyze.entity.DocumentEntity e : analysis.entities()) {
            doc.add(new StringField(ENTITY, e.id(), Field.Store.NO));
            doc.add(new StringField(ENTITY_TYPE, e.id() + "|" + e.type().name(), Field.Store.NO));
            String[] words = e.key().split(" ");
            if (e.type() == org.dateline.analyze.entity.EntityType.PERSON && words.length > 1) {
                doc.add(new StringField(SURNAME, words[words.length - 1] + "|" + e.id(), Field.Store.NO));
            }
        }
        // a compact "id|name" list, so search facets need not parse whole analyses
        StringBuilder names = new StringBuilder();
        for (org.dateline.analyze.entity.DocumentEntity e : analysis.entities()) {
            if (e.type() != org.dateline.analyze.entity.EntityType.MISC) names.append(e.id()).append('|').append(e.name()).append('\n');
        }
        // doc values, not a stored field: reading a stored field decompresses the whole analysis JSON beside it
        doc.add(new org.apache.lucene.document.BinaryDocValuesField(ENTITY_NAMES, new BytesRef(names.toString())));
        doc.add(new StoredField(JSON, Json.write(analysis)));
        synchronized (pendingLock) {
            write(w -> w.updateDocument(new Term(ID, key(ANALYSIS_TYPE, analysis.articleId())), doc));
        }
    }

    @Override
    public Optional<Analysis> analysis(String articleId) {
        return firstStored(new BooleanQuery.Builder()
                .add(idQuery(ANALYSIS_TYPE, articleId), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ANALYSIS_STATE, "done")), BooleanClause.Occur.FILTER).build())
                .map(d -> Json.read(d.get(JSON), Analysis.class));
    }

    @Override
    public List<String> pendingAnalyses(int limit) {
        seeMarks();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(ANALYSIS_STATE, "pending")), limit,
                    new Sort(new SortField(MARKED, SortField.Type.LONG)));
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) out.add(searcher.storedFields().document(sd.doc).get("article_id"));
            return out;
        });
    }

    @Override
    public long analysedCount() {
        seeMarks();
        return count(new TermQuery(new Term(ANALYSIS_STATE, "done")));
    }

    @Override
    public long pendingCount() {
        seeMarks();
        return count(new TermQuery(new Term(ANALYSIS_STATE, "pending")));
    }

    @Override
    public EntityMentions mentionsOf(String entityId, int limit) {
        return withSearcher(searcher -> {
            Query q = new TermQuery(new Term(ENTITY, entityId));
            TopDocs top = searcher.search(q, Math.max(1, limit), new Sort(new SortField(MARKED, SortField.Type.LONG, true)));
            List<Analysis> analyses = new ArrayList<>();
            Map<String, String> stories = new HashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                Analysis a = Json.read(d.get(JSON), Analysis.class);
                analyses.add(a);
                // analyses keep the story their article had when stored: a merged one resolves to its survivor
                String story = d.get(STORY);
                stories.put(a.articleId(), story == null ? null : redirect(story).orElse(story));
            }
            return new EntityMentions(searcher.count(q), analyses, stories);
        });
    }

    @Override
    public Map<String, Integer> peopleBySurname(String surnameKey) {
        return withSearcher(searcher -> {
            Map<String, Integer> out = new HashMap<>();
            BytesRef prefix = new BytesRef(surnameKey + "|");
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(SURNAME);
                if (terms == null) continue;
                TermsEnum it = terms.iterator();
                if (it.seekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
                do {
                    BytesRef t = it.term();
                    if (!org.apache.lucene.util.StringHelper.startsWith(t, prefix)) break;
                    String id = t.utf8ToString().substring(prefix.length);
                    out.merge(id, it.docFreq(), Integer::sum);
                } while (it.next() != null);
            }
            return out;
        });
    }

    @Override
    public Map<org.dateline.analyze.entity.EntityType, Integer> typesOf(String entityId) {
        return withSearcher(searcher -> {
            Map<org.dateline.analyze.entity.EntityType, Integer> out = new java.util.EnumMap<>(org.dateline.analyze.entity.EntityType.class);
            for (org.dateline.analyze.entity.EntityType type : org.dateline.analyze.entity.EntityType.values()) {
                // live analyses only: a re-analysed article's older analysis is deleted, and docFreq would still count it
                int n = searcher.count(new TermQuery(new Term(ENTITY_TYPE, entityId + "|" + type.name())));
                if (n > 0) out.put(type, n);
            }
            return out;
        });
    }

    // ---- plumbing ----

    private interface WriterAction {
        void apply(IndexWriter writer) throws IOException;
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * A write whose visibility the pending overlay provides: no reopen is forced, and it runs on the indexing thread.
     * Caller holds pendingLock.
     */
    private java.util.concurrent.Future<?> writeBehind(WriterAction action) {
        if (writer == null) throw new IllegalStateException("the store at " + dir + " is open read-only");
        throwIfWriteFailed();
        return lastWrite = indexing.submit(() -> {
            if (writeFailure != null) return;
            try {
                action.apply(writer);
            } catch (IOException | RuntimeException e) {
                writeFailure = e;
            }
        });
    }

    /** Hands the latest version of each story written since the last time to the indexing thread. Caller holds pendingLock. */
    private void writeStories() {
        for (String id : unwrittenStories) {
            Story s = pendingStories.get(id);
            double rankKey = rankOrderKey(s);
            writeBehind(w -> w.updateDocument(new Term(ID, key(STORY_TYPE, s.id())), storyDocument(s, rankKey)));
        }
        unwrittenStories.clear();
    }

    /** Waits until every write handed to the indexing thread is in the index writer. */
    private void awaitWrites() {
        java.util.concurrent.Future<?> last;
        synchronized (pendingLock) {
            last = lastWrite;
            lastWrite = null;
        }
        awaitIndexing(last, "writes");
        throwIfWriteFailed();
    }

    /** Waits for a task of the indexing thread (null: none); a failure is kept for {@link #throwIfWriteFailed}. */
    private void awaitIndexing(java.util.concurrent.Future<?> task, String what) {
        if (task == null) return;
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what + " to " + dir, e);
        } catch (java.util.concurrent.ExecutionException e) {
            writeFailure = e.getCause();
        }
    }

    private void throwIfWriteFailed() {
        Throwable failure = writeFailure;
        if (failure == null) return;
        if (failure instanceof IOException io) throw new UncheckedIOException("write to " + dir + " failed", io);
        throw new IllegalStateException("write to " + dir + " failed: " + failure.getMessage(), failure);
    }

    private void refreshWhenFull() {
        if (pendingArticles.size() + pendingStories.size() + deletedStories.size() + pendingWhys.size() >= REFRESH_EVERY) refreshNow();
    }

    /** Makes every write visible to index queries (lists, search, counts). */
    private void refreshIfPending() {
        synchronized (pendingLock) {
            if (!pendingArticles.isEmpty() || !pendingStories.isEmpty() || !deletedStories.isEmpty() || !pendingWhys.isEmpty()) refreshNow();
        }
    }

    /** Caller holds pendingLock, so no write slips between the reopen and clearing the overlay. */
    private void refreshNow() {
        writeStories();
        awaitWrites();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("read from " + dir + " failed", e);
        }
        pendingArticles.clear();
        pendingStories.clear();
        deletedStories.clear();
        pendingWhys.clear();
    }

    private void write(WriterAction action) {
        if (writer == null) throw new IllegalStateException("the store at " + dir + " is open read-only");
        // after the writes queued before it, as they were asked for
        awaitWrites();
        try {
            action.apply(writer);
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("write to " + dir + " failed", e);
        }
    }

    private <T> T withSearcher(SearcherFunction<T> fn) {
        try {
            if (dirty) {
                synchronized (pendingLock) {
                    dirty = false;
                    refreshNow();
                }
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return fn.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("read from " + dir + " failed", e);
        }
    }

    private static String key(String type, String id) {
        return type + ":" + id;
    }

    private static Query idQuery(String type, String id) {
        return new TermQuery(new Term(ID, key(type, id)));
    }

    private long count(Query q) {
        return withSearcher(s -> (long) s.count(q));
    }

    private Optional<Document> firstStored(Query q) {
        return withSearcher(s -> {
            TopDocs top = s.search(q, 1);
            return top.scoreDocs.length == 0 ? Optional.<Document>empty()
                    : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        });
    }
}
