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
}
