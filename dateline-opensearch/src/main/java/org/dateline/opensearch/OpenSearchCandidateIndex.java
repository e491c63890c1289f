package org.dateline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.model.Article;
import org.dateline.model.Json;
import org.dateline.store.Candidate;
import org.dateline.store.LuceneStore;
import org.dateline.text.Analyzers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story engine's candidate index on an OpenSearch cluster, through its REST API (the JDK's HttpClient and the
 * core's Jackson: no client library, no Lucene of its own). One index holds one document per article, its id the
 * article id (so every write is idempotent), with an explicit mapping:
 * <ul>
 *   <li>{@code id}, {@code story}, {@code chain} (the language's analysis chain, {@link Analyzers#chain}): keywords;</li>
 *   <li>{@code published}: a date (epoch millis), absent for an undated article;</li>
 *   <li>{@code terms}: the article's match terms exactly as the core's chain produces them
 *   ({@link Analyzers#termFrequencies} of {@link LuceneStore#matchText}), a keyword field with term frequencies (each
 *   term given as often as it occurs), so the core's own stemmed terms are matched exactly (a term query on it
 *   scores its boost, see below); left out of {@code _source};</li>
 *   <li>{@code article}: the article as {@link Json} writes it, kept in {@code _source} only (not indexed).</li>
 * </ul>
 * <p>
 * Writes: the story loop needs the article it just assigned to be found by the next assignment, and refreshing the
 * index at every write (a new segment each time, some 50 ms) was half of the engine's time. So, as the core's
 * {@link LuceneStore} does, writes join an in-memory overlay ({@link PendingWrites}) and go to the cluster together,
 * in one {@code _bulk} request that makes them searchable, every {@link Builder#flushEvery} writes (default
 * {@value #DEFAULT_FLUSH_EVERY}), at {@link #refresh()} and at {@link #close()}. Until then every read consults the
 * overlay: {@link #storedArticle}, {@link #storyOf} and {@link #articles} answer from it; counts are the cluster's (as
 * of the last flush) plus the overlay's net change; {@link #candidates} merges the cluster's hits (less those the
 * overlay holds a newer version of: moved, replaced or removed) with the pending articles, scored as OpenSearch would
 * score them once searchable. A write of an article not pending reads the version the cluster holds (one real-time
 * multi-get, far cheaper than a refresh), so a replaced article's old terms leave the counts and nothing is counted twice.
 * <p>
 * Scoring pending articles exactly as the cluster scores searchable ones: OpenSearch gives a {@code term} query on the
 * keyword field {@code terms} a constant score, its boost (explain: {@code ConstantScore(terms:x)^boost}; no BM25, so
 * neither term frequency nor idf nor length count), and the bool query sums its clauses. A pending article's score is
 * therefore the sum of the (float) boosts of the retrieval terms it shares, with nothing to approximate: the merged
 * list is the one the cluster would return after a flush (ties aside). The cluster is asked for {@code k} more hits
 * than the number of its articles the overlay holds newer versions of, so dropping those still leaves {@code k}.
 * <p>
 * Document frequencies and counts are exact per chain: one {@code filters} aggregation per {@link #docFreqs} call for
 * the terms not cached. The cluster's counts are cached until {@link #refresh()} (the story engine asks for the same
 * terms many times per article, and across articles); a flush folds the overlay's changes into them rather than
 * dropping them, so they stay exact while this client is the only writer; writes of other processes to the same
 * index are counted from the next refresh on.
 * <p>
 * Thread-safe: reads hold a read lock across their cluster request and the overlay, writes and flushes a write lock,
 * so no read sees a flushed write both in the cluster and in the overlay. A write may send the flush, so any write can
 * throw the {@link ClusterException} of a flush; a flush that could not be sent keeps the overlay and is retried by
 * the next one.
 */
public final class OpenSearchCandidateIndex implements org.dateline.store.ArticleIndex, AutoCloseable {

    /**
     * How a flush makes its writes searchable (this client sees them at once either way, through the overlay). The
     * former {@code NONE} (writes left unsearchable until the caller refreshes) is gone: the overlay needs every
     * flushed write searchable when it is emptied, and bulk loads are batched by {@link Builder#flushEvery} anyway.
     */
    public enum Refresh {
        /** The flush refreshes the affected shards before it returns ({@code refresh=true}): one new segment per flush. */
        IMMEDIATE("true"),
        /** The flush waits for the next periodic refresh ({@code refresh=wait_for}): up to the refresh_interval per flush, no extra segments. */
        WAIT_FOR("wait_for");

        final String param;

        Refresh(String param) {
            this.param = param;
        }
    }

    public static final String DEFAULT_INDEX = "dateline-articles";
    private static final String ID = "id", STORY = "story", CHAIN = "chain", PUBLISHED = "published", TERMS = "terms",
            ARTICLE = "article";
    /** As the embedded store: terms in more than this share of a large chain find everything and discriminate nothing. */
    private static final int COMMON_TERM_MIN_DOCS = 1000;
    private static final double COMMON_TERM_SHARE = 0.05;
    /** Terms per filters aggregation request (a request per chunk; the story engine asks a few hundred at most). */
    private static final int DF_CHUNK = 1000;

    /** Writes kept in the overlay before one bulk request sends them: the overlay's memory, and the cost of scanning it per search. */
    public static final int DEFAULT_FLUSH_EVERY = 256;

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private final URI base;
    /** The Basic authorization header for credentials given in the URL, or null. */
    private final String authorization;
    private final String index;
    private final Refresh refresh;
    private final int shards;
    private final Duration timeout;
    private final HttpClient http;
    private final int flushEvery;
    private final Analyzers analyzers = new Analyzers();
    /** Guards the overlay and the caches: see the class comment. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** The writes the cluster's searches do not see yet (guarded by the lock). */
    private final PendingWrites pending = new PendingWrites();
    /** The cluster's document frequencies per chain and article counts per chain, as of the last flush or refresh. */
    private final Map<String, Map<String, Integer>> dfCache = new ConcurrentHashMap<>();
    private final Map<String, Integer> countCache = new ConcurrentHashMap<>();
    private boolean closed;

    private OpenSearchCandidateIndex(Builder b) {
        // credentials in the URL (https://user:password@host:9200) go into a Basic header, and out of every URL this
        // class names in messages
        String userInfo = b.base.getRawUserInfo();
        this.authorization = userInfo == null ? null : "Basic " + java.util.Base64.getEncoder().encodeToString(
                java.net.URLDecoder.decode(userInfo, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        String url = withoutUserInfo(b.base).toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.index = b.index;
        this.refresh = b.refresh;
        this.shards = b.shards;
        this.flushEvery = b.flushEvery;
        this.timeout = b.timeout;
        this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** An index named {@value #DEFAULT_INDEX} on the cluster at {@code base} (e.g. {@code http://127.0.0.1:9200}). */
    public static OpenSearchCandidateIndex open(URI base) {
        return builder(base).build();
    }

    public static Builder builder(URI base) {
        return new Builder(base);
    }

    /** Options of {@link OpenSearchCandidateIndex}; {@link #build} creates the index (with its mapping) if missing. */
    public static final class Builder {
        private final URI base;
        private String index = DEFAULT_INDEX;
        private Refresh refresh = Refresh.IMMEDIATE;
        private int shards = 1;
        private int flushEvery = DEFAULT_FLUSH_EVERY;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private boolean create = true;

        private Builder(URI base) {
            this.base = base;
        }

        public Builder index(String name) {
            this.index = name;
            return this;
        }

        public Builder refresh(Refresh refresh) {
            this.refresh = java.util.Objects.requireNonNull(refresh);
            return this;
        }

        /**
         * Writes (index, move, remove) kept in the overlay before they are sent in one bulk request (default
         * {@value #DEFAULT_FLUSH_EVERY}); 1 sends each write at once, refreshed, as a client without overlay would.
         */
        public Builder flushEvery(int writes) {
            if (writes < 1) throw new IllegalArgumentException("flushEvery must be at least 1: " + writes);
            this.flushEvery = writes;
            return this;
        }

        /**
         * Primary shards of a newly created index (default 1). Document frequencies and candidate scores do not depend
         * on it (term queries on the match terms score their boost, not per-shard statistics).
         */
        public Builder shards(int shards) {
            this.shards = shards;
            return this;
        }

        public Builder timeout(Duration requestTimeout) {
            this.timeout = requestTimeout;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Whether {@link #build} creates the index when missing (default true); false: no request at all. */
        public Builder createIfMissing(boolean create) {
            this.create = create;
            return this;
        }

        public OpenSearchCandidateIndex build() {
            OpenSearchCandidateIndex i = new OpenSearchCandidateIndex(this);
            if (create) i.createIfMissing();
            return i;
        }
    }

    public String indexName() {
        return index;
    }

    // ---- index management ----

    /** The index's settings and mapping (see the class comment). */
    public ObjectNode definition() {
        ObjectNode def = MAPPER.createObjectNode();
        ObjectNode settings = def.putObject("settings");
        settings.put("number_of_shards", shards);
        settings.put("number_of_replicas", 0);
        ObjectNode mappings = def.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_source").putArray("excludes").add(TERMS);
        ObjectNode props = mappings.putObject("properties");
        props.putObject(ID).put("type", "keyword");
        props.putObject(STORY).put("type", "keyword");
        props.putObject(CHAIN).put("type", "keyword");
        props.putObject(PUBLISHED).put("type", "date").put("format", "epoch_millis");
        // frequencies, no norms, no doc values: what the embedded store's match field keeps
        props.putObject(TERMS).put("type", "keyword").put("index_options", "freqs").put("doc_values", false);
        props.putObject(ARTICLE).put("type", "object").put("enabled", false);
        return def;
    }

    /** Creates the index with its mapping unless it exists; returns whether it created it. */
    public boolean createIfMissing() {
        if (send("HEAD", index, null, true).status() == 200) return false;
        Response r = send("PUT", index, def(definition()), true);
        if (r.status() == 200) return true;
        // created by someone else meanwhile
        if (r.status() == 400 && r.body().path("error").path("type").asText().equals("resource_already_exists_exception")) return false;
        throw failure("PUT", url(index), r);
    }

    /** Deletes the index (and every article in it); nothing happens when it does not exist. */
    public void deleteIndex() {
        lock.writeLock().lock();
        try {
            Response r = send("DELETE", index, null, true);
            if (r.status() != 200 && r.status() != 404) throw failure("DELETE", url(index), r);
            pending.clear();
            clearCaches();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Sends the pending writes and makes them searchable (with none pending, refreshes the index, so writes of other
     * processes are counted from now on); the overlay is empty afterwards.
     */
    public void refresh() {
        lock.writeLock().lock();
        try {
            if (pending.isEmpty()) send("POST", index + "/_refresh", null, false);
            else flush();
            clearCaches();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Articles in the index (all chains), pending writes included. */
    @Override
    public long articleCount() {
        lock.readLock().lock();
        try {
            return send("GET", index + "/_count", null, false).body().path("count").asLong() + pending.countDeltaAllChains();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- writes ----

    @Override
    public void index(Article article, String storyId) {
        indexAll(List.of(new Indexed(article, storyId)));
    }

    /**
     * As {@link #index}, without reading the version the cluster holds: the engine says the article is new. Should the
     * cluster hold one all the same (written before a crash that lost it from the store), the counts are one off for it
     * until the next flush, which counts afresh.
     */
    @Override
    public void indexNew(Article article, String storyId) {
        write(List.of(new Indexed(article, storyId)), false);
    }

    /**
     * Stores articles (each replacing a stored one of the same id): they join the overlay at once, and go to the
     * cluster with the next flush. The versions the cluster's searches hold of those not pending already are read in
     * one real-time multi-get, so a replaced article's old terms are taken out of the counts.
     */
    @Override
    public void indexAll(List<Indexed> articles) {
        write(articles, true);
    }

    /** Puts articles into the overlay; {@code lookUp}: reads what the cluster holds of those not pending (else: nothing). */
    private void write(List<Indexed> articles, boolean lookUp) {
        if (articles.isEmpty()) return;
        // analysis outside the lock: it costs more than the rest of a write
        List<Map<String, Integer>> termsOf = new ArrayList<>(articles.size());
        for (Indexed i : articles) termsOf.add(matchTerms(i.article()));
        lock.writeLock().lock();
        try {
            Map<String, PendingWrites.Searchable> searchable = Map.of();
            if (lookUp) {
                List<String> unknown = new ArrayList<>();
                for (Indexed i : articles) if (pending.get(i.article().id()) == null) unknown.add(i.article().id());
                searchable = searchableVersions(unknown);
            }
            for (int n = 0; n < articles.size(); n++) {
                Article a = articles.get(n).article();
                PendingWrites.Pending before = pending.get(a.id());
                PendingWrites.Searchable inCluster = before != null ? before.searchable() : searchable.get(a.id());
                pending.put(a.id(), new PendingWrites.Pending(a, articles.get(n).storyId(), Analyzers.chain(a.language()),
                        termsOf.get(n), inCluster));
            }
            flushWhenFull();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Moves stored articles into another story: a pending one changes story in the overlay; one the cluster holds is
     * read in one multi-get and joins the overlay under {@code storyId} (its match terms recomputed from the stored
     * article: they are not kept in {@code _source}), its counts unchanged.
     */
    @Override
    public int moveArticles(Collection<String> articleIds, String storyId) {
        if (articleIds.isEmpty()) return 0;
        lock.writeLock().lock();
        try {
            int moved = 0;
            List<String> inCluster = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(articleIds)) {
                PendingWrites.Pending p = pending.get(id);
                if (p == null) {
                    inCluster.add(id);
                } else if (!p.removed()) {
                    pending.put(id, p.movedTo(storyId));
                    moved++;
                }
            }
            for (Article a : clusterArticles(inCluster).values()) {
                Map<String, Integer> terms = matchTerms(a);
                String chain = Analyzers.chain(a.language());
                pending.put(a.id(), new PendingWrites.Pending(a, storyId, chain, terms, new PendingWrites.Searchable(chain, terms)));
                moved++;
            }
            flushWhenFull();
            return moved;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets an article: the overlay records the removal (with the terms the cluster counts it by) until the next flush. */
    @Override
    public void remove(String articleId) {
        lock.writeLock().lock();
        try {
            PendingWrites.Pending p = pending.get(articleId);
            PendingWrites.Searchable inCluster = p != null ? p.searchable() : searchableVersions(List.of(articleId)).get(articleId);
            if (p == null && inCluster == null) return;
            pending.put(articleId, PendingWrites.Pending.removal(inCluster));
            flushWhenFull();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Writes not yet sent to the cluster (at most {@link Builder#flushEvery}; for measurements and tests). */
    public int pendingWrites() {
        lock.readLock().lock();
        try {
            return pending.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Caller holds the write lock. */
    private void flushWhenFull() {
        if (pending.size() >= flushEvery) flush();
    }

    /**
     * Sends every pending write in one bulk request that makes them searchable ({@link Refresh}), then folds the
     * overlay's changes into the cached cluster counts (the cluster now holds them) and empties the overlay. Caller holds the write lock, so no reader
     * sees the writes both in the cluster and in the overlay. When the request fails the overlay is kept (its writes
     * are idempotent, the next flush sends them again); when the cluster refuses a document, the others are
     * searchable, so the overlay is emptied all the same and the refusal thrown.
     */
    private void flush() {
        if (pending.isEmpty()) return;
        StringBuilder ndjson = new StringBuilder();
        for (Map.Entry<String, PendingWrites.Pending> e : pending.byId().entrySet()) {
            PendingWrites.Pending p = e.getValue();
            String id = MAPPER.valueToTree(e.getKey()).toString();
            if (p.removed()) {
                ndjson.append("{\"delete\":{\"_id\":").append(id).append("}}\n");
            } else {
                ndjson.append("{\"index\":{\"_id\":").append(id).append("}}\n");
                ndjson.append(document(p.article(), p.storyId(), p.terms()).toString()).append('\n');
            }
        }
        String path = index + "/_bulk?refresh=" + refresh.param;
        Response r = send("POST", path, ndjson.toString(), false);
        // the cluster now holds what the overlay counted: the cached counts take its changes instead of being
        // fetched again (other processes' writes are counted from the next refresh() on, as before)
        pending.foldInto(dfCache, countCache);
        pending.clear();
        if (r.body().path("errors").asBoolean(false)) {
            clearCaches();  // a refused document left the counts unknown
            for (JsonNode item : r.body().path("items")) {
                JsonNode op = item.elements().hasNext() ? item.elements().next() : MAPPER.createObjectNode();
                // deleting what the cluster no longer holds is no error here
                if (op.has("error") && op.path("status").asInt() != 404) {
                    throw new ClusterException("OpenSearch at " + url(path) + " refused document " + op.path("_id").asText()
                            + " (" + op.path("status").asInt() + "): " + reason(op.path("error")), url(path), op.path("status").asInt(), null);
                }
            }
        }
    }

    /** The match terms of an article with their frequencies, as the core's chain produces them. */
    private Map<String, Integer> matchTerms(Article a) {
        return analyzers.termFrequencies(a.language(), LuceneStore.matchText(a));
    }

    /**
     * What the cluster's searches hold of these articles (absent: nothing), from one real-time multi-get: every write
     * this client sent was refreshed with it, so the stored version is the searchable one.
     */
    private Map<String, PendingWrites.Searchable> searchableVersions(Collection<String> ids) {
        Map<String, PendingWrites.Searchable> out = new HashMap<>();
        for (Article a : clusterArticles(ids).values()) {
            out.put(a.id(), new PendingWrites.Searchable(Analyzers.chain(a.language()), matchTerms(a)));
        }
        return out;
    }

    /** The index document of an article. */
    ObjectNode document(Article a, String storyId, Map<String, Integer> termFrequencies) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put(ID, a.id());
        doc.put(STORY, storyId);
        doc.put(CHAIN, Analyzers.chain(a.language()));
        Instant at = publishedAt(a);
        if (at != null) doc.put(PUBLISHED, at.toEpochMilli());
        ArrayNode terms = doc.putArray(TERMS);
        for (Map.Entry<String, Integer> e : termFrequencies.entrySet()) {
            for (int n = 0; n < e.getValue(); n++) terms.add(e.getKey());
        }
        doc.set(ARTICLE, MAPPER.valueToTree(a));
        return doc;
    }

    /** Stored articles by id (those not stored are absent): pending writes first, the rest in one multi-get. */
    public Map<String, Article> articles(Collection<String> ids) {
        lock.readLock().lock();
        try {
            Map<String, Article> out = new LinkedHashMap<>();
            List<String> inCluster = new ArrayList<>();
            for (String id : ids) {
                PendingWrites.Pending p = pending.get(id);
                if (p == null) inCluster.add(id);
                else if (!p.removed()) out.put(id, p.article());
            }
            out.putAll(clusterArticles(inCluster));
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The articles the cluster stores under these ids, in one multi-get (none for no ids). */
    private Map<String, Article> clusterArticles(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode arr = body.putArray("ids");
        ids.forEach(arr::add);
        JsonNode r = send("POST", index + "/_mget?_source_includes=" + ARTICLE, body.toString(), false).body();
        Map<String, Article> out = new LinkedHashMap<>();
        for (JsonNode d : r.path("docs")) {
            if (d.path("found").asBoolean(false)) out.put(d.path("_id").asText(), toArticle(d.path("_source").path(ARTICLE)));
        }
        return out;
    }

    // ---- reads ----

    /** The story an article is stored under; empty for an article not stored. */
    public Optional<String> storyOf(String articleId) {
        lock.readLock().lock();
        try {
            PendingWrites.Pending p = pending.get(articleId);
            if (p != null) return p.removed() ? Optional.empty() : Optional.of(p.storyId());
            Response r = send("GET", index + "/_doc/" + encode(articleId) + "?_source_includes=" + STORY, null, true);
            if (r.status() == 404) return Optional.empty();
            if (r.status() != 200) throw failure("GET", url(index + "/_doc/" + encode(articleId)), r);
            JsonNode story = r.body().path("_source").path(STORY);
            return story.isMissingNode() ? Optional.empty() : Optional.of(story.asText());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Optional<Article> storedArticle(String id) {
        lock.readLock().lock();
        try {
            PendingWrites.Pending p = pending.get(id);
            if (p != null) return p.removed() ? Optional.empty() : Optional.of(p.article());
            Response r = send("GET", index + "/_doc/" + encode(id) + "?_source_includes=" + ARTICLE, null, true);
            if (r.status() == 404) return Optional.empty();
            if (r.status() != 200) throw failure("GET", url(index + "/_doc/" + encode(id)), r);
            JsonNode a = r.body().path("_source").path(ARTICLE);
            return a.isMissingNode() ? Optional.empty() : Optional.of(toArticle(a));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The cluster's hits, without those the overlay holds a newer version of (moved, replaced, removed), merged by
     * score with the pending articles, scored as the cluster will score them once searchable (see the class comment).
     */
    @Override
    public List<Candidate> candidates(String language, Map<String, Double> weights, int k, Instant from, Instant to) {
        if (weights.isEmpty() || k <= 0) return List.of();
        lock.readLock().lock();
        try {
            String chain = Analyzers.chain(language);
            // as the embedded store: in a large chain, terms found in over 5% of its articles are left out of retrieval
            int docs = docCount(language);
            int maxDf = docs >= COMMON_TERM_MIN_DOCS ? (int) (docs * COMMON_TERM_SHARE) : Integer.MAX_VALUE;
            String[] terms = weights.keySet().toArray(new String[0]);
            int[] dfs = new int[terms.length];
            if (maxDf != Integer.MAX_VALUE) docFreqs(language, terms, dfs);
            // the boosts as the cluster gets them (floats), so both sides score with the same numbers
            Map<String, Float> boosts = new LinkedHashMap<>();
            for (int i = 0; i < terms.length; i++) {
                if (dfs[i] <= maxDf) boosts.put(terms[i], (float) Math.max(1e-3, weights.get(terms[i])));
            }
            if (boosts.isEmpty()) return List.of();
            List<Candidate> out = new ArrayList<>();
            for (Candidate c : clusterCandidates(chain, boosts, k + pending.staleIn(chain), from, to)) {
                if (pending.get(c.articleId()) == null) out.add(c);
            }
            if (!pending.isEmpty()) {
                out.addAll(pending.candidates(chain, boosts, k, from, to));
                out.sort(Comparator.comparingDouble(Candidate::score).reversed());
            }
            return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Up to {@code size} of the chain's searchable articles with the terms, best first (one search). */
    private List<Candidate> clusterCandidates(String chain, Map<String, Float> boosts, int size, Instant from, Instant to) {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("size", size);
        q.put("track_total_hits", false);
        q.put("_source", false);
        ArrayNode dv = q.putArray("docvalue_fields");
        dv.add(STORY);
        dv.addObject().put("field", PUBLISHED).put("format", "epoch_millis");
        ObjectNode bool = q.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("must").addObject().putObject("bool").putArray("should");
        for (Map.Entry<String, Float> t : boosts.entrySet()) {
            should.addObject().putObject("term").putObject(TERMS).put("value", t.getKey()).put("boost", t.getValue());
        }
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put(CHAIN, chain);
        if (from != null || to != null) {
            // published within [from, to], or undated: an article whose time is unknown may belong to any window
            ArrayNode either = filter.addObject().putObject("bool").putArray("should");
            ObjectNode range = either.addObject().putObject("range").putObject(PUBLISHED).put("format", "epoch_millis");
            if (from != null) range.put("gte", from.toEpochMilli());
            if (to != null) range.put("lte", to.toEpochMilli());
            either.addObject().putObject("bool").putArray("must_not").addObject().putObject("exists").put("field", PUBLISHED);
        }
        JsonNode r = send("POST", index + "/_search", q.toString(), false).body();
        List<Candidate> out = new ArrayList<>();
        for (JsonNode hit : r.path("hits").path("hits")) {
            JsonNode fields = hit.path("fields");
            JsonNode story = fields.path(STORY).path(0);
            JsonNode at = fields.path(PUBLISHED).path(0);
            out.add(new Candidate(hit.path("_id").asText(), story.asText(), hit.path("_score").asDouble(),
                    at.isMissingNode() ? null : Instant.ofEpochMilli(Long.parseLong(at.asText()))));
        }
        return out;
    }

    @Override
    public int docFreq(String language, String term) {
        int[] out = new int[1];
        docFreqs(language, new String[]{term}, out);
        return out[0];
    }

    /** Exact document frequencies of the chain's articles: the cluster's (the terms not cached counted in one request) plus the overlay's. */
    @Override
    public void docFreqs(String language, String[] terms, int[] out) {
        String chain = Analyzers.chain(language);
        lock.readLock().lock();
        try {
            clusterDocFreqs(chain, terms, out);
            for (int i = 0; i < terms.length; i++) out[i] += pending.dfDelta(chain, terms[i]);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The cluster's document frequencies of {@code terms} within {@code chain} as of the last flush or refresh; the
     * terms not cached are counted in one request. Caller holds the read lock.
     */
    private void clusterDocFreqs(String chain, String[] terms, int[] out) {
        Map<String, Integer> cache = dfCache.computeIfAbsent(chain, c -> new ConcurrentHashMap<>());
        List<String> missing = new ArrayList<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (String t : terms) if (!cache.containsKey(t) && asked.add(t)) missing.add(t);
        for (int from = 0; from < missing.size(); from += DF_CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + DF_CHUNK));
            cache.putAll(countTerms(chain, chunk));
        }
        for (int i = 0; i < terms.length; i++) {
            Integer df = cache.get(terms[i]);
            out[i] = df == null ? countTerms(chain, List.of(terms[i])).get(terms[i]) : df;
        }
    }

    /** Document counts of {@code terms} within {@code chain} (a filters aggregation), and the chain's article count. */
    private Map<String, Integer> countTerms(String chain, List<String> terms) {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("size", 0);
        q.put("track_total_hits", true);
        q.putObject("query").putObject("term").put(CHAIN, chain);
        if (!terms.isEmpty()) {
            ObjectNode filters = q.putObject("aggs").putObject("df").putObject("filters").putObject("filters");
            for (int i = 0; i < terms.size(); i++) filters.putObject("t" + i).putObject("term").put(TERMS, terms.get(i));
        }
        JsonNode r = send("POST", index + "/_search", q.toString(), false).body();
        countCache.put(chain, r.path("hits").path("total").path("value").asInt());
        Map<String, Integer> out = new HashMap<>();
        JsonNode buckets = r.path("aggregations").path("df").path("buckets");
        for (int i = 0; i < terms.size(); i++) out.put(terms.get(i), buckets.path("t" + i).path("doc_count").asInt());
        return out;
    }

    @Override
    public int docCount(String language) {
        String chain = Analyzers.chain(language);
        lock.readLock().lock();
        try {
            Integer n = countCache.get(chain);
            if (n == null) {
                countTerms(chain, List.of());
                n = countCache.get(chain);
            }
            return n + pending.countDelta(chain);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Caller holds the write lock, or no reader can be using the caches (a failed write). */
    private void clearCaches() {
        dfCache.clear();
        countCache.clear();
    }

    /** Sends the pending writes (see {@link #refresh()}), then closes the connection pool. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            flush();
        } finally {
            lock.writeLock().unlock();
            http.close();
        }
    }

    // ---- plumbing ----

    private record Response(int status, JsonNode body) {
    }

    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    private final Map<String, long[]> timings = new ConcurrentHashMap<>();

    /** Requests so far by kind (method and endpoint): count and total milliseconds (for measurements). */
    public Map<String, String> timings() {
        Map<String, String> out = new java.util.TreeMap<>();
        timings.forEach((k, v) -> out.put(k, v[0] + " requests, " + v[1] / 1_000_000 + " ms"));
        return out;
    }

    /** Requests sent to the cluster so far (for measurements). */
    public long requestCount() {
        return requests.get();
    }

    private static String def(ObjectNode node) {
        return node.toString();
    }

    private static URI withoutUserInfo(URI u) {
        if (u.getRawUserInfo() == null) return u;
        try {
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getFragment());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("bad OpenSearch URL: " + e.getMessage(), e);
        }
    }

    private String url(String path) {
        return base.resolve(path).toString();
    }

    /**
     * Sends a request; {@code lenient}: any status is returned (the caller checks), else a status of 300 and above
     * becomes a {@link ClusterException}. A request that cannot be sent becomes one too.
     */
    private Response send(String method, String path, String body, boolean lenient) {
        requests.incrementAndGet();
        URI uri = base.resolve(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        if (authorization != null) b.header("Authorization", authorization);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> r;
        long t0 = System.nanoTime();
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String kind = method + " " + path.replaceAll("^[^/]*/", "").replaceAll("[/?].*", "");
            timings.merge(kind, new long[]{1, System.nanoTime() - t0}, (x, y) -> new long[]{x[0] + y[0], x[1] + y[1]});
        } catch (IOException e) {
            throw new ClusterException("cannot reach OpenSearch at " + uri + " (" + method + "): " + describe(e), uri.toString(), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for OpenSearch at " + uri, uri.toString(), 0, e);
        }
        JsonNode json;
        try {
            json = r.body() == null || r.body().length == 0 ? MAPPER.createObjectNode() : MAPPER.readTree(r.body());
        } catch (IOException e) {
            json = MAPPER.createObjectNode().put("raw", new String(r.body(), StandardCharsets.UTF_8));
        }
        Response out = new Response(r.statusCode(), json);
        if (!lenient && r.statusCode() >= 300) throw failure(method, uri.toString(), out);
        return out;
    }

    private static ClusterException failure(String method, String url, Response r) {
        return new ClusterException("OpenSearch at " + url + " (" + method + ") answered " + r.status() + ": " + reason(r.body()), url, r.status(), null);
    }

    /** OpenSearch's reason for an error: the error's type and reason, and its root cause when it differs. */
    private static String reason(JsonNode body) {
        JsonNode error = body.has("error") ? body.path("error") : body;
        if (error.isTextual()) return error.asText();
        if (error.has("type") || error.has("reason")) {
            String s = error.path("type").asText("error") + ": " + error.path("reason").asText("");
            JsonNode root = error.path("root_cause").path(0);
            if (!root.isMissingNode() && !root.path("reason").asText().equals(error.path("reason").asText())) {
                s += " (root cause " + root.path("type").asText() + ": " + root.path("reason").asText() + ")";
            }
            return s;
        }
        String raw = body.has("raw") ? body.path("raw").asText() : body.toString();
        return raw.isBlank() ? "(no reason given)" : raw.length() > 500 ? raw.substring(0, 500) + "..." : raw;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Article toArticle(JsonNode node) {
        try {
            return MAPPER.treeToValue(node, Article.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored article cannot be read: " + e.getMessage(), e);
        }
    }

    private static Instant publishedAt(Article a) {
        return a.published() == null ? null : a.published().at();
    }
}
