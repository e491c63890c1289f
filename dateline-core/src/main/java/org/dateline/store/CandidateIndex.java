package org.dateline.store;

import org.dateline.model.Article;

import java.time.Instant;
import java.util.List;

/**
 * Finds stored articles that may report the same event as a new one, through the index: the story
 * engine never compares an article with every stored one.
 */
public interface CandidateIndex {

    /**
     * Up to {@code k} most similar stored articles, published within {@code [from, to]} when those are
     * given (null means unbounded).
     */
    List<Neighbor> neighbors(Article article, int k, Instant from, Instant to);
}
