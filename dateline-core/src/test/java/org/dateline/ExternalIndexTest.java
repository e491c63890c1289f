package org.dateline;

import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.ArticleIndex;
import org.dateline.store.Candidate;
import org.dateline.store.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facade with a candidate index of its own beside the embedded store (as an OpenSearch cluster would be): here a
 * second Lucene index in another folder, which knows only what the facade tells it.
 */
class ExternalIndexTest {

    @TempDir
    Path dir;

    /** An {@link ArticleIndex} over a separate {@link LuceneStore}, counting what the engine asked of it. */
    static final class SeparateIndex implements ArticleIndex, AutoCloseable {
        final LuceneStore lucene;
        int candidateQueries;
        boolean closed;

        SeparateIndex(Path dir) {
            lucene = LuceneStore.open(dir);
        }

        @Override
        public void index(Article article, String storyId) {
            lucene.putArticle(article, storyId);
        }

        @Override
        public int moveArticles(Collection<String> articleIds, String storyId) {
            return lucene.moveArticles(articleIds, storyId);
        }

        @Override
        public void remove(String articleId) {
            if (lucene.containsArticle(articleId)) lucene.deleteArticle(articleId);
        }

        @Override
        public long articleCount() {
            return lucene.articleCount();
        }

        @Override
        public List<Candidate> candidates(String language, Map<String, Double> terms, int k, Instant from, Instant to) {
            candidateQueries++;
            return lucene.candidates(language, terms, k, from, to);
        }

        @Override
        public int docFreq(String language, String term) {
            return lucene.docFreq(language, term);
        }

        @Override
        public int docCount(String language) {
            return lucene.docCount(language);
        }

        @Override
        public Optional<Article> storedArticle(String id) {
            return lucene.storedArticle(id);
        }

        @Override
        public void close() {
            lucene.close();
            closed = true;
        }
    }

    private static OutletRegistry outlets() {
        return OutletRegistry.bundledPlus(List.of(TestData.samples().resolve("outlets.json")));
    }

    /** Each story as the sorted ids of its articles. */
    private static Set<String> grouping(Dateline engine) {
        return engine.stories(1000).stream().map(Story::articleIds).map(ids -> new TreeSet<>(ids).toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void storiesComeOutAsWithTheEmbeddedIndexAndTheIndexLearnsEveryStoredArticle() {
        Path corpus = TestData.samples().resolve("corpus");
        Set<String> embedded;
        try (Dateline engine = Dateline.open(dir.resolve("embedded"), outlets(), Config.defaults())) {
            engine.ingest(List.of(corpus), Dateline.Progress.NONE);
            embedded = grouping(engine);
        }
        // the engine closes the index it was given
        SeparateIndex index = new SeparateIndex(dir.resolve("index"));
        try (Dateline engine = Dateline.open(dir.resolve("data"), outlets(), Config.defaults(), index)) {
            Dateline.IngestReport report = engine.ingest(List.of(corpus), Dateline.Progress.NONE);
            assertThat(index.candidateQueries).isGreaterThan(0);
            assertThat(grouping(engine)).isEqualTo(embedded);
            assertThat(index.articleCount()).isEqualTo(engine.articleCount()).isEqualTo(report.added());
            // every article sits under the story the store has it in, merges included
            for (Story s : engine.stories(1000)) {
                for (String id : s.articleIds()) assertThat(index.lucene.storyOf(id)).contains(s.id());
            }
            String gone = engine.stories(1).get(0).articleIds().get(0);
            assertThat(engine.deleteArticle(gone)).isTrue();
            assertThat(index.lucene.containsArticle(gone)).isFalse();
            assertThat(index.articleCount()).isEqualTo(engine.articleCount());
        }
        assertThat(index.closed).isTrue();
    }

    @Test
    void anIndexAttachedToAStoreWithArticlesFirstLearnsThem() {
        Path data = dir.resolve("data");
        long stored;
        try (Dateline engine = Dateline.open(data, outlets(), Config.defaults())) {
            engine.ingest(List.of(TestData.samples().resolve("corpus")), Dateline.Progress.NONE);
            stored = engine.articleCount();
        }
        SeparateIndex index = new SeparateIndex(dir.resolve("index"));
        try (Dateline engine = Dateline.open(data, outlets(), Config.defaults(), index)) {
            assertThat(index.articleCount()).isEqualTo(stored).isPositive();
            assertThat(engine.ingest(List.of(TestData.samples().resolve("corpus")), Dateline.Progress.NONE).added()).isZero();
        }
    }
}
