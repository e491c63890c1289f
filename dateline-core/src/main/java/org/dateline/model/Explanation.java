package org.dateline.model;

import java.util.List;

/**
 * Why an article is in its story, as decided when it arrived: the score that won, the member it
 * resembled most, the names the two share and how far apart they were published.
 *
 * @param openedStory     true when no story scored high enough and the article opened its own
 * @param score           the winning story's score (or the best score seen when it opened a story)
 * @param nearestArticleId the member of the story it resembled most, or null
 * @param sharedNames     names and numbers both articles mention (people, places, organisations, figures)
 * @param hoursApart      hours between the two publication times, or null when a time is unknown
 */
public record Explanation(String articleId, String storyId, boolean openedStory, double score, String nearestArticleId,
                          List<String> sharedNames, Long hoursApart) {

    public Explanation {
        sharedNames = sharedNames == null ? List.of() : List.copyOf(sharedNames);
    }
}
