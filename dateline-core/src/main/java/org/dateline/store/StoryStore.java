package org.dateline.store;

import org.dateline.model.Story;

import java.util.List;
import java.util.Optional;

/** Stories by id and by rank. */
public interface StoryStore {

    Optional<Story> story(String id);

    void putStory(Story story);

    void deleteStory(String id);

    /** Highest rank first. */
    List<Story> topStories(int limit);

    long storyCount();

    /** Records that a story was merged into another: its id redirects to the survivor from now on (durable at commit). */
    void putMerge(org.dateline.model.StoryMerge merge);

    /** The story a merged id now resolves to (following chains: A→B, B→C gives C); empty for ids never merged. */
    Optional<String> redirect(String storyId);

    /** Every id that resolves to this story through merges, directly or through chains (sorted). */
    List<String> mergedFrom(String storyId);
}
