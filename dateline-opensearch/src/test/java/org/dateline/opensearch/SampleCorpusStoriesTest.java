package org.dateline.opensearch;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.eval.ClusterScores;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole engine (the {@link Dateline} facade) over the sample corpus with the OpenSearch candidate index, scored
 * against {@code samples/gold.tsv}, beside the same engine with its embedded index: the same stories come out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusStoriesTest {

    @TempDir
    static Path tmp;
    LocalNode node;
    OpenSearchCandidateIndex index;
    Dateline embeddedEngine, openSearchEngine;
    final SampleCorpus corpus = new SampleCorpus();
    final StringBuilder figures = new StringBuilder();

    /** A run of the loop: the predicted story of every gold document (in corpus order) and how long it took. */
    record Run(List<String> predicted, long nanos, int added) {
    }

    Run openSearch, embedded;

    @BeforeAll
    void run() throws Exception {
        node = LocalNode.start(tmp.resolve("node"));
        index = OpenSearchCandidateIndex.builder(node.uri()).index("stories-test").build();
        // warm-up outside the timed runs: categorizer model, analyzers, the node's first searches
        try (Dateline warm = Dateline.open(tmp.resolve("warm"), corpus.outlets(), Config.defaults())) {
            warm.addAll(corpus.raws().subList(0, 5));
        }
        embeddedEngine = Dateline.open(tmp.resolve("embedded"), corpus.outlets(), Config.defaults());
        embedded = runOn(embeddedEngine);
        long before = index.requestCount();
        openSearchEngine = Dateline.open(tmp.resolve("data"), corpus.outlets(), Config.defaults(), index);
        openSearch = runOn(openSearchEngine);
        // the writes still in the overlay go out in one bulk request: part of the run's cost, so timed with it
        int pendingAtEnd = index.pendingWrites();
        long flushStart = System.nanoTime();
        index.refresh();
        long flushNanos = System.nanoTime() - flushStart;
        openSearch = new Run(openSearch.predicted(), openSearch.nanos() + flushNanos, openSearch.added());
        figures.append(String.format(java.util.Locale.ROOT, "OpenSearch writes pending at the end of the run: %d, flushed in %.0f ms (included in its time)%n",
                pendingAtEnd, flushNanos / 1e6));
        figures.append("OpenSearch requests during the run: ").append(index.requestCount() - before).append('\n');
        figures.append("OpenSearch requests by kind (whole class): ").append(index.timings()).append('\n');
    }

    /** The whole engine (the facade) over the corpus, one document after the other as a feed brings them. */
    private Run runOn(Dateline engine) {
        long t0 = System.nanoTime();
        List<Dateline.Outcome> out = new ArrayList<>();
        for (RawDocument raw : corpus.raws()) out.add(engine.add(raw));
        engine.commit();
        long nanos = System.nanoTime() - t0;
        List<String> predicted = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < out.size(); i++) {
            Dateline.Outcome o = out.get(i);
            if (o.status() == Dateline.Outcome.Status.ADDED) added++;
            String story = o.storyId() == null ? null : engine.currentStoryId(o.storyId());
            // a failed document, or a share of an article not in the corpus, is a story of its own
            predicted.add(story != null ? story : "own:" + corpus.docs.get(i).name());
        }
        return new Run(predicted, nanos, added);
    }

    @AfterAll
    void stop() throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "sample-corpus-figures.txt"), figures.toString());
        if (openSearchEngine != null) openSearchEngine.close();
        if (embeddedEngine != null) embeddedEngine.close();
        if (index != null) index.close();
        if (node != null) node.close();
    }

    private List<String> gold() {
        List<String> g = new ArrayList<>();
        for (SampleCorpus.Doc d : corpus.docs) g.add(d.story().equals("-") ? "-" + d.name() : d.story());
        return g;
    }

    /** B-cubed within each language (averaged over all documents), as the core's sample-corpus test counts it. */
    private ClusterScores.Prf sameLanguage(List<String> predicted) {
        Map<String, List<String>> p = new LinkedHashMap<>(), g = new LinkedHashMap<>();
        List<String> gold = gold();
        for (int i = 0; i < corpus.docs.size(); i++) {
            String lang = corpus.docs.get(i).lang();
            p.computeIfAbsent(lang, l -> new ArrayList<>()).add(predicted.get(i));
            g.computeIfAbsent(lang, l -> new ArrayList<>()).add(gold.get(i));
        }
        double pr = 0, re = 0;
        int n = 0;
        for (String lang : p.keySet()) {
            ClusterScores s = ClusterScores.score(p.get(lang), g.get(lang));
            pr += s.bcubed().precision() * s.docs();
            re += s.bcubed().recall() * s.docs();
            n += s.docs();
        }
        return ClusterScores.Prf.of(pr / n, re / n);
    }

    private String line(String name, Run run) {
        ClusterScores all = ClusterScores.score(run.predicted(), gold());
        ClusterScores.Prf same = sameLanguage(run.predicted());
        return String.format(java.util.Locale.ROOT,
                "%s: %d docs, %d added, %d stories (gold %d); B-cubed P=%.4f R=%.4f F1=%.4f; same-language B-cubed F1=%.4f; "
                        + "%.0f ms, %.1f docs/s%n",
                name, all.docs(), run.added(), all.stories(), all.goldStories(), all.bcubed().precision(), all.bcubed().recall(),
                all.bcubed().f1(), same.f1(), run.nanos() / 1e6, corpus.docs.size() / (run.nanos() / 1e9));
    }

    @Test
    void storiesOnOpenSearchMatchGoldAndTheEmbeddedIndex() {
        assertThat(openSearch.predicted()).as("the same grouping as with the embedded index")
                .hasSameSizeAs(embedded.predicted());
        assertThat(ClusterScores.score(openSearch.predicted(), embedded.predicted()).bcubed().f1()).isEqualTo(1.0);
        figures.append(line("OpenSearch candidate index", openSearch)).append(line("LuceneStore candidate index", embedded));
        System.out.print("[sample corpus, story loop]\n" + figures);
        assertThat(openSearch.added()).isEqualTo(embedded.added()).isGreaterThanOrEqualTo(55);
        ClusterScores os = ClusterScores.score(openSearch.predicted(), gold());
        ClusterScores lu = ClusterScores.score(embedded.predicted(), gold());
        assertThat(lu.bcubed().f1()).as(figures.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(os.bcubed().f1()).as(figures.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(sameLanguage(openSearch.predicted()).f1()).as(figures.toString()).isGreaterThanOrEqualTo(0.8);
        // far above chance: every document a story of its own scores far lower
        List<String> singletons = new ArrayList<>();
        for (SampleCorpus.Doc d : corpus.docs) singletons.add(d.name());
        assertThat(os.bcubed().f1()).isGreaterThan(ClusterScores.score(singletons, gold()).bcubed().f1() + 0.3);
    }

    @Test
    void anIndexAttachedToAFilledDataDirectoryLearnsItsArticlesInAFewRequests() throws Exception {
        Path data = tmp.resolve("filled");
        long stored;
        try (Dateline engine = Dateline.open(data, corpus.outlets(), Config.defaults())) {
            engine.addAll(corpus.raws());
            engine.commit();
            stored = engine.articleCount();
        }
        OpenSearchCandidateIndex taught = OpenSearchCandidateIndex.builder(node.uri()).index("taught").build();
        long before = taught.requestCount();
        try (Dateline engine = Dateline.open(data, corpus.outlets(), Config.defaults(), taught)) {
            // one count, one multi-get and one bulk write per thousand articles, not a request per article
            assertThat(taught.requestCount() - before).isLessThan(10);
            assertThat(taught.articleCount()).isEqualTo(stored).isPositive();
            for (Story s : engine.stories(1000)) {
                for (String id : s.articleIds()) assertThat(taught.storyOf(id)).contains(s.id());
            }
        }
    }

    @Test
    void theIndexHoldsEveryAddedArticleOnceUnderItsFinalStory() {
        assertThat(index.articleCount()).isEqualTo(openSearch.added());
        assertThat(index.docCount("en") + index.docCount("ru")).isEqualTo(openSearch.added());
        assertThat(index.articleCount()).isEqualTo(openSearchEngine.articleCount()).isEqualTo(embeddedEngine.articleCount());
        // every article under the story the engine has it in now, merges included
        for (Story s : openSearchEngine.stories(1000)) {
            for (String id : s.articleIds()) assertThat(index.storyOf(id)).contains(s.id());
        }
    }
}
