package org.dateline.store;

import java.time.Instant;
import java.util.List;

/**
 * A full-text search with filters (null or empty = any).
 *
 * @param text     words (Lucene query syntax accepted)
 * @param from     articles published at or after
 * @param to       articles published at or before
 * @param entities entity ids: only articles whose analysis names one of them
 */
public record SearchQuery(String text, List<String> languages, List<String> outlets, Instant from, Instant to, int limit,
                          List<String> categories, List<String> entities) {

    public SearchQuery {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the search text is empty");
        languages = languages == null ? List.of() : List.copyOf(languages);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        categories = categories == null ? List.of() : List.copyOf(categories);
        entities = entities == null ? List.of() : List.copyOf(entities);
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
    }

    /** Any category, any entity. */
    public SearchQuery(String text, List<String> languages, List<String> outlets, Instant from, Instant to, int limit) {
        this(text, languages, outlets, from, to, limit, List.of(), List.of());
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, List.of(), List.of(), null, null, limit);
    }
}
