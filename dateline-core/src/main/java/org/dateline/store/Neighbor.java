package org.dateline.store;

import java.time.Instant;

/**
 * A stored article similar to a new one, found through the index.
 *
 * @param similarity cosine of the two articles' TF-IDF vectors over title and lead, in [0, 1]
 * @param published  the neighbour's publication time, or null
 */
public record Neighbor(String articleId, String storyId, double similarity, Instant published, String outletId) {
}
