package org.dateline.analyze.entity;

import org.dateline.analyze.AttributedQuote;

import java.util.List;
import java.util.Map;

/**
 * What the store knows of one entity across documents: the name to show, its type, every spelling seen with
 * its count, descriptions, the stories and articles naming it, and what it said.
 *
 * @param articles  how many analysed articles name the entity (all of them, not only those read here)
 * @param mentions  mentions counted over the articles read
 * @param stories   story ids with how many of the read articles of each name the entity, most first
 */
public record EntityProfile(String id, String name, EntityType type, Map<String, Integer> variants,
                            List<String> descriptions, long articles, int mentions, Map<String, Integer> stories,
                            List<Said> quotes) {
    public EntityProfile {
        variants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
        descriptions = List.copyOf(descriptions);
        stories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stories));
        quotes = List.copyOf(quotes);
    }

    /** A quote of the entity and the article and story it appears in. */
    public record Said(String articleId, String storyId, AttributedQuote quote) {
    }
}
