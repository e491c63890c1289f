package org.dateline.opensearch;

import org.dateline.normalize.Normalizer;
import org.dateline.model.Article;
import org.dateline.store.ArticleIndex;
import org.dateline.store.Candidate;
import org.dateline.store.LuceneStore;
import org.dateline.text.Analyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The candidate index against a real in-process OpenSearch node: retrieval, counts compared with the core's embedded
 * store on the same articles, idempotent writes, and the errors a caller sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchCandidateIndexTest {

    private static final Set<String> STORIES = Set.of("port-strike-lisbon", "quake-karvela", "rate-hike-valmara",
            "warehouse-fire-severogorsk", "mayor-resigns-verkhneozyorsk");

    @TempDir
    static Path tmp;
    LocalNode node;
    OpenSearchCandidateIndex index;
    LuceneStore lucene;
    /** The indexed articles (distinct ids) and their gold stories. */
    final Map<String, Article> articles = new LinkedHashMap<>();
    final Map<String, String> gold = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        node = LocalNode.start(tmp.resolve("node"));
        index = OpenSearchCandidateIndex.builder(node.uri()).index("candidates-test").build();
        lucene = LuceneStore.open(tmp.resolve("lucene"));
        SampleCorpus corpus = new SampleCorpus();
        Normalizer prep = new Normalizer(corpus.outlets());
        List<ArticleIndex.Indexed> batch = new ArrayList<>();
        for (SampleCorpus.Doc d : corpus.docs) {
            if (!STORIES.contains(d.story())) continue;
            Article a = prep.normalize(d.raw());
            if (articles.putIfAbsent(a.id(), a) != null) continue;
            gold.put(a.id(), d.story());
            // the gold story as story id: retrieval returns it with each candidate
            batch.add(new ArticleIndex.Indexed(a, d.story()));
            lucene.putArticle(a, d.story());
        }
        index.indexAll(batch);
        // the tests below read the cluster itself; those of the overlay write without refresh
        index.refresh();
        assertThat(index.pendingWrites()).isZero();
        assertThat(articles.size()).isGreaterThanOrEqualTo(25);
    }

    @AfterAll
    void stop() throws Exception {
        if (index != null) index.close();
        if (lucene != null) lucene.close();
        if (node != null) node.close();
    }

    /** The article's terms weighted by tf-idf under the index's counts, the heaviest {@code n}: as the assigner asks. */
    private Map<String, Double> query(Article a, int n) {
        return query(index, a, n);
    }

    private static Map<String, Double> query(OpenSearchCandidateIndex index, Article a, int n) {
        Map<String, Integer> tf = new Analyzers().termFrequencies(a.language(), LuceneStore.matchText(a));
        String[] terms = tf.keySet().toArray(new String[0]);
        int[] df = new int[terms.length];
        index.docFreqs(a.language(), terms, df);
        int docs = index.docCount(a.language());
        Map<String, Double> w = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            w.put(terms[i], (1 + Math.log(tf.get(terms[i]))) * (Math.log((docs + 1.0) / (df[i] + 1.0)) + 1.0));
        }
        Map<String, Double> top = new LinkedHashMap<>();
        w.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    @Test
    void candidatesOfEachArticleAreItsOwnStoryFirst() {
        int checked = 0;
        for (Article a : articles.values()) {
            List<Candidate> found = index.candidates(a.language(), query(a, 30), 5, null, null);
            assertThat(found).as("candidates of %s", a.title()).isNotEmpty();
            // the article itself is stored: it is among the first two (a near-copy may outscore it), and the best
            // candidate other than itself is of its story
            assertThat(found.subList(0, 2)).as("first candidates of %s", a.title()).extracting(Candidate::articleId).contains(a.id());
            Candidate next = found.stream().filter(c -> !c.articleId().equals(a.id())).findFirst().orElseThrow();
            assertThat(next.storyId()).as("best other candidate of %s: %s", a.title(), articles.get(next.articleId()).title())
                    .isEqualTo(gold.get(a.id()));
            assertThat(next.published()).isEqualTo(articles.get(next.articleId()).published().at());
            for (int i = 1; i < found.size(); i++) assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
            checked++;
        }
        assertThat(checked).isEqualTo(articles.size());
    }

    @Test
    void candidatesRespectTheTimeWindow() {
        Article a = articles.values().stream().filter(x -> gold.get(x.id()).equals("port-strike-lisbon")).findFirst().orElseThrow();
        Instant at = a.published().at();
        Map<String, Double> q = query(a, 30);
        List<Candidate> near = index.candidates(a.language(), q, 50, at.minus(Duration.ofDays(2)), at.plus(Duration.ofDays(2)));
        assertThat(near).isNotEmpty();
        for (Candidate c : near) {
            assertThat(c.published()).isBetween(at.minus(Duration.ofDays(2)), at.plus(Duration.ofDays(2)));
        }
        // everything the unfiltered query finds within the window is found by the filtered one
        List<Candidate> all = index.candidates(a.language(), q, 50, null, null);
        assertThat(all.size()).isGreaterThan(near.size());
        Set<String> expected = new TreeSet<>();
        for (Candidate c : all) {
            if (!c.published().isBefore(at.minus(Duration.ofDays(2))) && !c.published().isAfter(at.plus(Duration.ofDays(2)))) expected.add(c.articleId());
        }
        assertThat(near).extracting(Candidate::articleId).containsExactlyInAnyOrderElementsOf(expected);
        // a window a month later finds nothing (the corpus has no undated article)
        assertThat(index.candidates(a.language(), q, 50, at.plus(Duration.ofDays(30)), at.plus(Duration.ofDays(40)))).isEmpty();
        // open-ended bounds
        assertThat(index.candidates(a.language(), q, 50, at.plus(Duration.ofDays(30)), null)).isEmpty();
        assertThat(index.candidates(a.language(), q, 50, null, at.minus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void candidatesStayWithinTheLanguageChain() {
        Article en = articles.values().stream().filter(x -> x.language().equals("en")).findFirst().orElseThrow();
        Article ru = articles.values().stream().filter(x -> x.language().equals("ru")).findFirst().orElseThrow();
        for (Candidate c : index.candidates("ru", query(ru, 30), 50, null, null)) {
            assertThat(articles.get(c.articleId()).language()).isEqualTo("ru");
        }
        for (Candidate c : index.candidates("en", query(en, 30), 50, null, null)) {
            assertThat(articles.get(c.articleId()).language()).isEqualTo("en");
        }
        // the English terms asked of the Russian chain find nothing, though English articles have them
        assertThat(index.candidates("ru", query(en, 30), 50, null, null)).isEmpty();
        // a language without a chain of its own asks the "other" chain, which is empty here
        assertThat(index.candidates("de", query(en, 30), 50, null, null)).isEmpty();
        assertThat(index.docCount("de")).isZero();
    }

    @Test
    void docFreqsAndCountsEqualTheEmbeddedStore() {
        int compared = 0;
        for (String lang : List.of("en", "ru", "de")) {
            assertThat(index.docCount(lang)).as("docCount %s", lang).isEqualTo(lucene.docCount(lang));
        }
        assertThat(index.docCount("en") + index.docCount("ru")).isEqualTo(articles.size());
        for (Article a : articles.values()) {
            String[] terms = new Analyzers().termFrequencies(a.language(), LuceneStore.matchText(a)).keySet().toArray(new String[0]);
            int[] mine = new int[terms.length];
            int[] theirs = new int[terms.length];
            index.docFreqs(a.language(), terms, mine);
            lucene.docFreqs(a.language(), terms, theirs);
            assertThat(mine).as("document frequencies of %s's terms", a.title()).containsExactly(theirs);
            assertThat(index.docFreq(a.language(), terms[0])).isEqualTo(lucene.docFreq(a.language(), terms[0])).isPositive();
            compared += terms.length;
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(index.docFreq("en", "no-such-term-anywhere")).isZero();
    }

    @Test
    void storedArticlesComeBackWhole() {
        for (Article a : articles.values()) {
            assertThat(index.storedArticle(a.id())).contains(a);
            assertThat(index.storyOf(a.id())).contains(gold.get(a.id()));
        }
        assertThat(index.storedArticle("a-not-stored")).isEmpty();
        assertThat(index.storyOf("a-not-stored")).isEmpty();
    }

    @Test
    void reindexingAnArticleDoesNotCountItTwiceAndMovingChangesItsStory() {
        try (OpenSearchCandidateIndex own = OpenSearchCandidateIndex.builder(node.uri()).index("reindex-test").build()) {
            Article a = articles.values().iterator().next();
            String term = new Analyzers().termFrequencies(a.language(), LuceneStore.matchText(a)).keySet().iterator().next();
            own.index(a, "s1");
            assertThat(own.docCount(a.language())).isEqualTo(1);
            assertThat(own.docFreq(a.language(), term)).isEqualTo(1);
            for (int i = 0; i < 3; i++) own.index(a, "s1");
            assertThat(own.docCount(a.language())).isEqualTo(1);
            assertThat(own.docFreq(a.language(), term)).isEqualTo(1);
            assertThat(own.articleCount()).isEqualTo(1);
            assertThat(own.moveArticles(List.of(a.id(), "a-not-stored"), "s2")).isEqualTo(1);
            assertThat(own.storyOf(a.id())).contains("s2");
            assertThat(own.docFreq(a.language(), term)).isEqualTo(1);
            List<Candidate> found = own.candidates(a.language(), Map.of(term, 1.0), 5, null, null);
            assertThat(found).extracting(Candidate::storyId).containsExactly("s2");
            own.deleteIndex();
        }
    }

    @Test
    void anUnreachableClusterGivesOneClearException() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port);
        assertThatThrownBy(() -> OpenSearchCandidateIndex.open(nowhere))
                .isInstanceOf(ClusterException.class)
                .hasMessageContaining("cannot reach OpenSearch at http://127.0.0.1:" + port + "/dateline-articles")
                .satisfies(e -> assertThat(((ClusterException) e).status()).isZero());
        try (OpenSearchCandidateIndex idle = OpenSearchCandidateIndex.builder(nowhere).createIfMissing(false).build()) {
            assertThatThrownBy(() -> idle.docCount("en")).isInstanceOf(ClusterException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void credentialsInTheUrlAreSentAsBasicAuthorizationAndNeverShown() throws Exception {
        // a server that records what it was sent and refuses everything, as a cluster refusing a wrong password would
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate\"}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI secured = URI.create("http://dateline:s3cr%40t@127.0.0.1:" + server.getAddress().getPort());
            assertThatThrownBy(() -> OpenSearchCandidateIndex.open(secured))
                    .isInstanceOf(ClusterException.class)
                    .hasMessageContaining("http://127.0.0.1:" + server.getAddress().getPort() + "/dateline-articles")
                    .hasMessageContaining("401").hasMessageContaining("unable to authenticate")
                    .hasMessageNotContaining("s3cr").hasMessageNotContaining("dateline:");
            assertThat(seen).isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo("Basic "
                    + java.util.Base64.getEncoder().encodeToString("dateline:s3cr@t".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anErrorOfTheClusterNamesTheUrlStatusAndReason() {
        // upper-case index names are invalid
        assertThatThrownBy(() -> OpenSearchCandidateIndex.builder(node.uri()).index("Not-Valid").build())
                .isInstanceOf(ClusterException.class)
                .hasMessageContaining(node.uri() + "/Not-Valid")
                .hasMessageContaining("400")
                .hasMessageContaining("invalid_index_name_exception")
                .satisfies(e -> assertThat(((ClusterException) e).status()).isEqualTo(400));
        // an index that does not exist (deleted under the client)
        try (OpenSearchCandidateIndex gone = OpenSearchCandidateIndex.builder(node.uri()).index("gone-test").createIfMissing(false).build()) {
            assertThatThrownBy(() -> gone.docCount("en")).isInstanceOf(ClusterException.class)
                    .hasMessageContaining("404").hasMessageContaining("index_not_found_exception");
        }
    }

    // ---- the overlay: writes searchable to this client before the cluster refreshes ----

    /** Every article's term counts and every chain's article count, as the index and the embedded store give them. */
    private static void assertCountsEqual(OpenSearchCandidateIndex own, LuceneStore lucene, Collection<Article> of, String when) {
        for (String lang : List.of("en", "ru", "de")) {
            assertThat(own.docCount(lang)).as("docCount %s %s", lang, when).isEqualTo(lucene.docCount(lang));
        }
        for (Article a : of) {
            String[] terms = new Analyzers().termFrequencies(a.language(), LuceneStore.matchText(a)).keySet().toArray(new String[0]);
            int[] mine = new int[terms.length];
            int[] theirs = new int[terms.length];
            own.docFreqs(a.language(), terms, mine);
            lucene.docFreqs(a.language(), terms, theirs);
            assertThat(mine).as("document frequencies of %s's terms %s", a.title(), when).containsExactly(theirs);
        }
    }

    /** {@code a} with the title and text of {@code other}: a changed version of a stored article. */
    private static Article rewritten(Article a, Article other) {
        return new Article(a.id(), a.origin(), a.url(), a.outletId(), a.outlet(), a.agency(), other.title(), a.titleOrigin(),
                a.published(), a.datelinePlace(), a.language(), a.languageConfidence(), other.paragraphs(), a.links(), a.sharedBy(),
                a.anomalies(), a.contentHash(), a.authors(), a.captions(), a.category(), a.news());
    }

    /** How many requests of a kind (e.g. "POST _bulk") the index has sent. */
    private static long requests(OpenSearchCandidateIndex own, String kind) {
        String t = own.timings().get(kind);
        return t == null ? 0 : Long.parseLong(t.substring(0, t.indexOf(' ')));
    }

    @Test
    void anArticleWrittenWithoutRefreshIsFoundAndCountedAtOnceAsTheEmbeddedStoreCountsIt() throws Exception {
        List<Article> all = new ArrayList<>(articles.values());
        List<Article> flushed = all.subList(0, all.size() / 2), written = all.subList(all.size() / 2, all.size());
        try (LuceneStore lu = LuceneStore.open(tmp.resolve("lucene-overlay"));
             OpenSearchCandidateIndex own = OpenSearchCandidateIndex.builder(node.uri()).index("overlay-test").flushEvery(1000).build();
             // a second client of the same index, without overlay: what the cluster's searches see
             OpenSearchCandidateIndex cluster = OpenSearchCandidateIndex.builder(node.uri()).index("overlay-test").build()) {
            for (Article a : flushed) {
                own.index(a, gold.get(a.id()));
                lu.putArticle(a, gold.get(a.id()));
            }
            own.refresh();
            int clusterEn = cluster.docCount("en"), clusterRu = cluster.docCount("ru");
            assertThat(clusterEn + clusterRu).isEqualTo(flushed.size());
            List<Article> sofar = new ArrayList<>(flushed);
            for (Article a : written) {
                own.index(a, gold.get(a.id()));
                lu.putArticle(a, gold.get(a.id()));
                sofar.add(a);
                assertThat(own.pendingWrites()).isEqualTo(sofar.size() - flushed.size());
                // found at once: among the first two of its own candidates (a near-copy may outscore it)
                List<Candidate> found = own.candidates(a.language(), query(own, a, 30), 5, null, null);
                assertThat(found.subList(0, Math.min(2, found.size()))).as("first candidates of %s", a.title())
                        .extracting(Candidate::articleId).contains(a.id());
                assertThat(own.storedArticle(a.id())).contains(a);
                assertThat(own.storyOf(a.id())).contains(gold.get(a.id()));
                assertCountsEqual(own, lu, sofar, "after writing " + a.title());
            }
            // nothing of it reached the cluster's searches yet (the second client's refresh drops its cached counts)
            cluster.refresh();
            assertThat(cluster.articleCount()).isEqualTo(flushed.size());
            assertThat(cluster.docCount("en")).isEqualTo(clusterEn);
            assertThat(cluster.docCount("ru")).isEqualTo(clusterRu);
            assertThat(own.articleCount()).isEqualTo(all.size());
            assertThat(requests(own, "POST _bulk")).isEqualTo(1);

            // the merged ranking: each pending article scored as the cluster scores it once flushed, each article
            // with itself first or second and the best other candidate of its own story
            Map<String, List<Candidate>> before = new LinkedHashMap<>();
            for (Article a : all) {
                List<Candidate> found = own.candidates(a.language(), query(own, a, 30), 100, null, null);
                before.put(a.id(), found);
                assertThat(found.subList(0, 2)).as("first candidates of %s", a.title()).extracting(Candidate::articleId).contains(a.id());
                Candidate next = found.stream().filter(c -> !c.articleId().equals(a.id())).findFirst().orElseThrow();
                assertThat(next.storyId()).as("best other candidate of %s", a.title()).isEqualTo(gold.get(a.id()));
                for (int i = 1; i < found.size(); i++) assertThat(found.get(i).score()).isLessThanOrEqualTo(found.get(i - 1).score());
            }
            Map<String, Map<String, Double>> queries = new HashMap<>();
            for (Article a : all) queries.put(a.id(), query(own, a, 30));
            own.refresh();
            assertThat(own.pendingWrites()).isZero();
            cluster.refresh();
            assertThat(cluster.docCount("en") + cluster.docCount("ru")).isEqualTo(all.size());
            Set<String> pendingIds = new TreeSet<>();
            written.forEach(a -> pendingIds.add(a.id()));
            int compared = 0;
            for (Article a : all) {
                List<Candidate> after = own.candidates(a.language(), queries.get(a.id()), 100, null, null);
                assertThat(before.get(a.id())).extracting(Candidate::articleId).as("candidates of %s", a.title())
                        .containsExactlyInAnyOrderElementsOf(after.stream().map(Candidate::articleId).toList());
                Map<String, Double> scoreAfter = new HashMap<>();
                after.forEach(c -> scoreAfter.put(c.articleId(), c.score()));
                for (Candidate c : before.get(a.id())) {
                    if (!pendingIds.contains(c.articleId())) continue;
                    // the same BM25 as the cluster's (float rounding aside)
                    assertThat(c.score()).as("score of pending %s for %s", c.articleId(), a.title())
                            .isCloseTo(scoreAfter.get(c.articleId()), org.assertj.core.data.Percentage.withPercentage(0.01));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThan(written.size());
            assertCountsEqual(own, lu, all, "after the refresh");
            own.deleteIndex();
        }
    }

    @Test
    void theOverlayStaysBoundedAndCountsStayExactPastManyFlushes() throws Exception {
        int every = 7;
        List<Article> all = new ArrayList<>(articles.values());
        try (LuceneStore lu = LuceneStore.open(tmp.resolve("lucene-bounded"));
             OpenSearchCandidateIndex own = OpenSearchCandidateIndex.builder(node.uri()).index("bounded-test").flushEvery(every).build()) {
            List<Article> sofar = new ArrayList<>();
            for (Article a : all) {
                own.index(a, gold.get(a.id()));
                lu.putArticle(a, gold.get(a.id()));
                sofar.add(a);
                assertThat(own.pendingWrites()).isLessThan(every).isEqualTo(sofar.size() % every);
                assertCountsEqual(own, lu, sofar, "after " + sofar.size() + " writes");
            }
            assertThat(requests(own, "POST _bulk")).isEqualTo(all.size() / every);
            // a stored article written again with other content: its old terms leave the counts, flushed or pending
            Article flushedOne = all.get(0), pendingOne = all.get(all.size() - 1);
            for (Article a : List.of(flushedOne, pendingOne)) {
                Article other = all.stream().filter(x -> x.language().equals(a.language()) && !gold.get(x.id()).equals(gold.get(a.id())))
                        .findFirst().orElseThrow();
                Article changed = rewritten(a, other);
                own.index(changed, gold.get(a.id()));
                lu.putArticle(changed, gold.get(a.id()));
                sofar.add(changed);
                assertThat(own.storedArticle(a.id())).contains(changed);
                assertCountsEqual(own, lu, sofar, "after rewriting " + a.title());
            }
            own.refresh();
            assertThat(own.pendingWrites()).isZero();
            assertCountsEqual(own, lu, sofar, "after the refresh");
            assertThat(own.articleCount()).isEqualTo(all.size());
            own.deleteIndex();
        }
    }

    @Test
    void movesAndRemovalsWhilePendingKeepCandidatesAndCountsRight() throws Exception {
        List<Article> all = new ArrayList<>(articles.values());
        List<Article> flushed = all.subList(0, all.size() / 2), written = all.subList(all.size() / 2, all.size());
        try (LuceneStore lu = LuceneStore.open(tmp.resolve("lucene-moves"));
             OpenSearchCandidateIndex own = OpenSearchCandidateIndex.builder(node.uri()).index("moves-test").flushEvery(1000).build()) {
            for (Article a : all) {
                own.index(a, gold.get(a.id()));
                lu.putArticle(a, gold.get(a.id()));
                if (a == flushed.get(flushed.size() - 1)) own.refresh();
            }
            Article movedFlushed = flushed.get(0), movedPending = written.get(0);
            Article removedFlushed = flushed.get(1), removedPending = written.get(1);
            List<String> moved = List.of(movedFlushed.id(), movedPending.id(), "a-not-stored");
            assertThat(own.moveArticles(moved, "merged-story")).isEqualTo(2);
            lu.moveArticles(moved, "merged-story");
            own.remove(removedFlushed.id());
            own.remove(removedPending.id());
            own.remove("a-not-stored");
            lu.deleteArticle(removedFlushed.id());
            lu.deleteArticle(removedPending.id());
            List<Article> kept = all.stream().filter(a -> a != removedFlushed && a != removedPending).toList();
            for (String when : List.of("while pending", "after the refresh")) {
                if (when.startsWith("after")) {
                    own.refresh();
                    assertThat(own.pendingWrites()).isZero();
                }
                assertCountsEqual(own, lu, kept, when);
                assertThat(own.articleCount()).as(when).isEqualTo(kept.size());
                for (Article a : List.of(movedFlushed, movedPending)) {
                    assertThat(own.storyOf(a.id())).as(when).contains("merged-story");
                    List<Candidate> found = own.candidates(a.language(), query(own, a, 30), 10, null, null);
                    // found once, under its new story: the cluster's stale version of a moved article is left out
                    assertThat(found).as("candidates of %s %s", a.title(), when).filteredOn(c -> c.articleId().equals(a.id()))
                            .extracting(Candidate::storyId).containsExactly("merged-story");
                    assertThat(found).extracting(Candidate::articleId).doesNotHaveDuplicates();
                }
                for (Article a : List.of(removedFlushed, removedPending)) {
                    assertThat(own.storyOf(a.id())).as(when).isEmpty();
                    assertThat(own.storedArticle(a.id())).as(when).isEmpty();
                    List<Candidate> found = own.candidates(a.language(), query(own, a, 30), 50, null, null);
                    assertThat(found).as("candidates of removed %s %s", a.title(), when).extracting(Candidate::articleId)
                            .doesNotContain(removedFlushed.id(), removedPending.id());
                    assertThat(found).as(when).isNotEmpty();
                }
                assertThat(own.articles(List.of(movedFlushed.id(), movedPending.id(), removedFlushed.id(), removedPending.id())))
                        .as(when).containsOnlyKeys(movedFlushed.id(), movedPending.id());
            }
            own.deleteIndex();
        }
    }
}
