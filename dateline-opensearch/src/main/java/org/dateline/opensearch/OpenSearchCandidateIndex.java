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
 *   term given as often as it occurs), so the core's own stemmed terms are matched exactly and BM25 sees the same
 *   counts as the embedded index; left out of {@code _source};</li>
 *   <li>{@code article}: the article as {@link Json} writes it, kept in {@code _source} only (not indexed).</li>
 * </ul>
 * Document frequencies and counts are exact per chain: one {@code filters} aggregation per {@link #docFreqs} call. They
 * are cached (the story engine asks for the same terms many times per article) and kept in step with this client's own
 * writes (a created article adds one to the cached counts of its terms); {@link #refresh()} drops the cache, so writes
 * of other processes to the same index are counted from then on.
 * <p>
 * Visibility: with {@link Refresh#IMMEDIATE} (the default) each write refreshes the index, so the next assignment sees
 * the article just assigned, as the story loop needs; {@link Refresh#NONE} leaves it to the caller's {@link #refresh()}
 * (bulk loads), {@link Refresh#WAIT_FOR} waits for the cluster's periodic refresh (up to its refresh_interval per write).
 * Thread-safe.
 */
public final class OpenSearchCandidateIndex implements org.dateline.store.ArticleIndex, AutoCloseable {

    /** When writes become visible to searches. */
    public enum Refresh {
        /** Each write refreshes the affected shard before it returns ({@code refresh=true}). */
        IMMEDIATE("true"),
        /** Each write waits for the next periodic refresh ({@code refresh=wait_for}). */
        WAIT_FOR("wait_for"),
        /** Writes return at once; the caller calls {@link #refresh()} before reading them. */
        NONE(null);

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

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private final URI base;
    private final String index;
    private final Refresh refresh;
    private final int shards;
    private final Duration timeout;
    private final HttpClient http;
    private final Analyzers analyzers = new Analyzers();
    /** Document frequencies per chain, valid until the next write or refresh. */
    private final Map<String, Map<String, Integer>> dfCache = new ConcurrentHashMap<>();
    private final Map<String, Integer> countCache = new ConcurrentHashMap<>();

    private OpenSearchCandidateIndex(Builder b) {
        String url = b.base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.index = b.index;
        this.refresh = b.refresh;
        this.shards = b.shards;
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
            this.refresh = refresh;
            return this;
        }

        /**
         * Primary shards of a newly created index (default 1). With more, BM25 statistics are per shard (the candidate
         * order may differ slightly); document frequencies stay exact.
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
        Response r = send("DELETE", index, null, true);
        if (r.status() != 200 && r.status() != 404) throw failure("DELETE", url(index), r);
        clearCaches();
    }

    /** Makes every write so far visible to searches and counts. */
    public void refresh() {
        send("POST", index + "/_refresh", null, false);
        clearCaches();
    }

    /** Articles in the index (all chains), as searches see them. */
    @Override
    public long articleCount() {
        return send("GET", index + "/_count", null, false).body().path("count").asLong();
    }

    // ---- writes ----

    @Override
    public void index(Article article, String storyId) {
        indexAll(List.of(new Indexed(article, storyId)));
    }

    /** An article and the story it belongs to, for {@link #indexAll}. */
    public record Indexed(Article article, String storyId) {
    }

    /** Stores articles in one bulk request (each replacing a stored one of the same id). */
    public void indexAll(List<Indexed> articles) {
        write(articles, false);
    }

    /**
     * One bulk request; {@code sameContent}: the articles are stored already with this very content (a move to
     * another story), so no count changes.
     */
    private void write(List<Indexed> articles, boolean sameContent) {
        if (articles.isEmpty()) return;
        StringBuilder ndjson = new StringBuilder();
        List<Map<String, Integer>> termsOf = new ArrayList<>();
        for (Indexed i : articles) {
            Map<String, Integer> tf = analyzers.termFrequencies(i.article().language(), LuceneStore.matchText(i.article()));
            termsOf.add(tf);
            ndjson.append("{\"index\":{\"_id\":").append(MAPPER.valueToTree(i.article().id()).toString()).append("}}\n");
            ndjson.append(document(i.article(), i.storyId(), tf).toString()).append('\n');
        }
        JsonNode items = bulk(ndjson.toString());
        keepCountsInStep(articles, termsOf, items, sameContent);
    }

    /**
     * The cached counts after a write: a newly created article adds one to its chain's count and to each of its
     * terms' cached frequencies (a term not cached is counted afresh when asked); a replaced article's old terms are
     * unknown here, so its chain's cache is dropped, unless the content is the same. With {@link Refresh#NONE} the
     * write is not searchable yet, so every cache is dropped (counted again after {@link #refresh()}).
     */
    private void keepCountsInStep(List<Indexed> articles, List<Map<String, Integer>> termsOf, JsonNode items, boolean sameContent) {
        synchronized (dfCache) {
            if (refresh == Refresh.NONE) {
                clearCaches();
                return;
            }
            for (int i = 0; i < articles.size(); i++) {
                String chain = Analyzers.chain(articles.get(i).article().language());
                JsonNode op = items.path(i).elements().hasNext() ? items.path(i).elements().next() : MAPPER.createObjectNode();
                String result = op.path("result").asText();
                if (result.equals("created")) {
                    countCache.computeIfPresent(chain, (c, n) -> n + 1);
                    Map<String, Integer> cache = dfCache.get(chain);
                    if (cache != null) for (String t : termsOf.get(i).keySet()) cache.computeIfPresent(t, (x, n) -> n + 1);
                } else if (!(sameContent && result.equals("updated"))) {
                    dfCache.remove(chain);
                    countCache.remove(chain);
                }
            }
        }
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

    /**
     * Moves stored articles into another story: each is written again under {@code storyId} (its match terms
     * recomputed from the stored article: they are not kept in {@code _source}), in one multi-get and one bulk request.
     */
    @Override
    public int moveArticles(Collection<String> articleIds, String storyId) {
        if (articleIds.isEmpty()) return 0;
        List<Indexed> moved = new ArrayList<>();
        for (Article a : articles(articleIds).values()) moved.add(new Indexed(a, storyId));
        write(moved, true);
        return moved.size();
    }

    /** Deletes an article (its chain's cached counts are dropped: its terms are not known here). */
    @Override
    public void remove(String articleId) {
        String path = index + "/_doc/" + encode(articleId) + (refresh.param == null ? "" : "?refresh=" + refresh.param);
        Response r = send("DELETE", path, null, true);
        if (r.status() != 404 && r.status() >= 300) throw failure("DELETE", url(path), r);
        clearCaches();
    }

    /** Stored articles by id (those not stored are absent), in one multi-get. */
    public Map<String, Article> articles(Collection<String> ids) {
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

    /** Sends a bulk request; returns its items, or throws for the first refused document. */
    private JsonNode bulk(String ndjson) {
        String path = "_bulk" + (refresh.param == null ? "" : "?refresh=" + refresh.param);
        Response r;
        try {
            r = send("POST", index + "/" + path, ndjson, false);
        } catch (ClusterException e) {
            clearCaches();
            throw e;
        }
        if (r.body().path("errors").asBoolean(false)) {
            clearCaches();
            for (JsonNode item : r.body().path("items")) {
                JsonNode op = item.elements().hasNext() ? item.elements().next() : MAPPER.createObjectNode();
                if (op.has("error")) {
                    throw new ClusterException("OpenSearch at " + url(index + "/" + path) + " refused document " + op.path("_id").asText()
                            + " (" + op.path("status").asInt() + "): " + reason(op.path("error")), url(index + "/" + path), op.path("status").asInt(), null);
                }
            }
        }
        return r.body().path("items");
    }

    // ---- reads ----

    /** The story an article is stored under; empty for an article not stored. */
    public Optional<String> storyOf(String articleId) {
        Response r = send("GET", index + "/_doc/" + encode(articleId) + "?_source_includes=" + STORY, null, true);
        if (r.status() == 404) return Optional.empty();
        if (r.status() != 200) throw failure("GET", url(index + "/_doc/" + encode(articleId)), r);
        JsonNode story = r.body().path("_source").path(STORY);
        return story.isMissingNode() ? Optional.empty() : Optional.of(story.asText());
    }

    @Override
    public Optional<Article> storedArticle(String id) {
        Response r = send("GET", index + "/_doc/" + encode(id) + "?_source_includes=" + ARTICLE, null, true);
        if (r.status() == 404) return Optional.empty();
        if (r.status() != 200) throw failure("GET", url(index + "/_doc/" + encode(id)), r);
        JsonNode a = r.body().path("_source").path(ARTICLE);
        return a.isMissingNode() ? Optional.empty() : Optional.of(toArticle(a));
    }

    @Override
    public List<Candidate> candidates(String language, Map<String, Double> weights, int k, Instant from, Instant to) {
        if (weights.isEmpty() || k <= 0) return List.of();
        String chain = Analyzers.chain(language);
        // as the embedded store: in a large chain, terms found in over 5% of its articles are left out of retrieval
        int docs = docCount(language);
        int maxDf = docs >= COMMON_TERM_MIN_DOCS ? (int) (docs * COMMON_TERM_SHARE) : Integer.MAX_VALUE;
        String[] terms = weights.keySet().toArray(new String[0]);
        int[] dfs = new int[terms.length];
        if (maxDf != Integer.MAX_VALUE) docFreqs(language, terms, dfs);
        ObjectNode q = MAPPER.createObjectNode();
        q.put("size", k);
        q.put("track_total_hits", false);
        q.put("_source", false);
        ArrayNode dv = q.putArray("docvalue_fields");
        dv.add(STORY);
        dv.addObject().put("field", PUBLISHED).put("format", "epoch_millis");
        ObjectNode bool = q.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("must").addObject().putObject("bool").putArray("should");
        int added = 0;
        for (int i = 0; i < terms.length; i++) {
            if (dfs[i] > maxDf) continue;
            added++;
            should.addObject().putObject("term").putObject(TERMS).put("value", terms[i])
                    .put("boost", (float) Math.max(1e-3, weights.get(terms[i])));
        }
        if (added == 0) return List.of();
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

    /** Exact document frequencies of the chain's articles: the terms not cached are counted in one request. */
    @Override
    public void docFreqs(String language, String[] terms, int[] out) {
        String chain = Analyzers.chain(language);
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
        Integer n = countCache.get(chain);
        if (n != null) return n;
        countTerms(chain, List.of());
        return countCache.get(chain);
    }

    private void clearCaches() {
        synchronized (dfCache) {
            dfCache.clear();
            countCache.clear();
        }
    }

    @Override
    public void close() {
        http.close();
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
