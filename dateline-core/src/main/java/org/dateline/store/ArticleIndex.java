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

    /** The articles now belong to {@code storyId} (a story merge); returns how many it held. */
    int moveArticles(Collection<String> articleIds, String storyId);

    /** Forgets an article; nothing happens for one it does not hold. */
    void remove(String articleId);

    /** How many articles it holds: fewer than the store means it must learn the stored ones first. */
    long articleCount();
}
