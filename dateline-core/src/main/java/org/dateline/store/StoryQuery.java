package org.dateline.store;

import java.time.Instant;
import java.util.List;

/**
 * Which stories to list: filters (null or empty = any), order and page.
 *
 * @param languages a story matches when it has a report in one of these languages
 * @param outlets   a story matches when one of these outlets (display names) reported it
 * @param from      stories last updated at or after this time
 * @param to        stories first seen at or before this time
 * @param categories a story matches when its category is one of these
 */
public record StoryQuery(List<String> languages, List<String> outlets, Instant from, Instant to, Sort sort,
                         int offset, int limit, List<String> categories) {

    public enum Sort { RANK, RECENT }

    public StoryQuery {
        languages = languages == null ? List.of() : List.copyOf(languages);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (sort == null) sort = Sort.RANK;
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
    }

    /** Any category. */
    public StoryQuery(List<String> languages, List<String> outlets, Instant from, Instant to, Sort sort, int offset, int limit) {
        this(languages, outlets, from, to, sort, offset, limit, List.of());
    }

    public static StoryQuery top(int limit) {
        return new StoryQuery(List.of(), List.of(), null, null, Sort.RANK, 0, limit);
    }

    /** The same query for other outlets. */
    public StoryQuery withOutlets(List<String> names) {
        return new StoryQuery(languages, names, from, to, sort, offset, limit, categories);
    }
}
