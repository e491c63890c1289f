package org.dateline.opensearch;

import org.dateline.normalize.Normalizer;
import org.dateline.model.Article;
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
        List<OpenSearchCandidateIndex.Indexed> batch = new ArrayList<>();
        for (SampleCorpus.Doc d : corpus.docs) {
            if (!STORIES.contains(d.story())) continue;
            Article a = prep.normalize(d.raw());
            if (articles.putIfAbsent(a.id(), a) != null) continue;
            gold.put(a.id(), d.story());
            // the gold story as story id: retrieval returns it with each candidate
            batch.add(new OpenSearchCandidateIndex.Indexed(a, d.story()));
            lucene.putArticle(a, d.story());
        }
        index.indexAll(batch);
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
}
