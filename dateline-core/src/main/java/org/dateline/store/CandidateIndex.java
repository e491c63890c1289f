package org.dateline.store;

import org.dateline.model.Article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds stored articles that may report the same event as a new one, through the index: the story
 * engine never compares an article with every stored one.
 */
public interface CandidateIndex {

    /**
     * Up to {@code k} stored articles of {@code language} that best match the weighted terms (terms as the
     * language's analysis chain produces them), published within {@code [from, to]} when given.
     */
    List<Candidate> candidates(String language, Map<String, Double> terms, int k, Instant from, Instant to);

    /** How many stored articles of {@code language}'s chain contain {@code term} in their match text. */
    int docFreq(String language, String term);

    /**
     * {@link #docFreq} of each of {@code terms} into {@code out} (at least as long): one call per article weighed
     * instead of one per term, so an index can resolve the language and take its locks once.
     */
    default void docFreqs(String language, String[] terms, int[] out) {
        for (int i = 0; i < terms.length; i++) out[i] = docFreq(language, terms[i]);
    }

    /** How many stored articles use {@code language}'s chain. */
    int docCount(String language);

    /**
     * Up to {@code k} stored articles whose sentence embeddings are nearest to {@code vector} (score: cosine),
     * published within {@code [from, to]} when given; empty for an index without vectors.
     */
    default List<Candidate> nearest(float[] vector, int k, Instant from, Instant to) {
        return List.of();
    }

    /** The sentence embedding stored with an article, if it has one. */
    default Optional<float[]> vector(String articleId) {
        return Optional.empty();
    }

    /** A stored article by id. */
    Optional<Article> storedArticle(String id);
}
