package org.dateline.store;

import org.dateline.model.Story;

import java.util.List;

/** One page of stories and how many match in all. */
public record StoryPage(long total, List<Story> stories) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
