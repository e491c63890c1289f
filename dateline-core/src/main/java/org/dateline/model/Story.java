package org.dateline.model;

import java.time.Instant;
import java.util.List;

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
 */
public record Story(String id, String title, Article.TitleOrigin titleOrigin, List<String> articleIds, List<String> outlets,
                    List<String> languages, Instant firstSeen, Instant lastUpdated, double rank) {

    public Story {
        articleIds = List.copyOf(articleIds);
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
    }

    public int size() {
        return articleIds.size();
    }
}
