package org.dateline.store;

import java.time.Instant;

/**
 * A stored article the index proposes for comparison with a new one.
 *
 * @param score     the index's retrieval score (BM25 of the weighted query); only an order, not a similarity
 * @param published the candidate's publication time, or null
 */
public record Candidate(String articleId, String storyId, double score, Instant published) {
}
