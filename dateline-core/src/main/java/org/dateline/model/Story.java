package org.dateline.model;

import java.time.Instant;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A group of articles about one event.
 *
 * @param id          stable story id (kept when other stories merge into it)
 * @param title       headline chosen among the members' titles
 * @param titleOrigin where that headline came from (a given title beats one derived from text)
 * @param articleIds  members, in the order they joined
 * @param outlets     distinct outlets of the members
 * @param languages   distinct languages of the members
 * @param firstSeen   earliest publication time among members (or ingest time when none has a date)
 * @param lastUpdated latest publication time among members
 * @param rank        importance score; higher first
 * @param categories  how many members carry each news category
 * @param independentSources distinct originals among the members: syndicated copies, reposts and updated versions
 *                    of one report count once (stories stored before copies were recorded count every member)
 */
public record Story(String id, String title, Article.TitleOrigin titleOrigin, List<String> articleIds, List<String> outlets,
                    List<String> languages, Instant firstSeen, Instant lastUpdated, double rank,
                    Map<String, Integer> categories, int independentSources) {

    public Story {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        if (independentSources <= 0) independentSources = articleIds.size();
    }

    /** The story's category: the one most of its members carry (ties: alphabetical), or null. */
    @JsonProperty("category")
    public String category() {
        return categories.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    public int size() {
        return articleIds.size();
    }
}
