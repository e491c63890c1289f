package org.dateline.store;

import java.util.List;
import java.util.Map;

/**
 * Search hits, how many matched in all, and facet counts (outlet, language, day) over the matching
 * articles (counted over at most the first {@code FACET_DEPTH} matches by relevance).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {

    public static final int FACET_DEPTH = 2000;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
