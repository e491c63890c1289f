package org.dateline.store;

import org.dateline.model.Article;

import java.util.Collection;

/**
 * A candidate index kept outside the embedded store (an OpenSearch cluster, say): the story engine finds candidates
 * through it, and the engine tells it of every article it stores, moves or removes. The embedded store stays the
 * record of articles and stories; this index only has to answer {@link CandidateIndex}'s questions about them.
 */
public interface ArticleIndex extends CandidateIndex {

    /** Learns an article under its story, or learns it again (same id: replaced, never counted twice). */
    void index(Article article, String storyId);

    /**
     * Learns an article the store did not hold before: an index need not look for an earlier version of it (one
     * request fewer per article for an index behind a network).
     */
    default void indexNew(Article article, String storyId) {
        index(article, storyId);
    }

    /** An article and the story it belongs to, for {@link #indexAll}. */
    record Indexed(Article article, String storyId) {
    }

    /**
     * Learns many articles at once, as {@link #index} would one by one; an index behind a network overrides it to
     * answer them in a few requests (teaching a cluster a filled store one article at a time would take a request each).
     */
    default void indexAll(java.util.List<Indexed> articles) {
        for (Indexed i : articles) index(i.article(), i.storyId());
    }

    /** The articles now belong to {@code storyId} (a story merge); returns how many it held. */
    int moveArticles(Collection<String> articleIds, String storyId);

    /** Forgets an article; nothing happens for one it does not hold. */
    void remove(String articleId);

    /** How many articles it holds: fewer than the store means it must learn the stored ones first. */
    long articleCount();
}
