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
 * @param copyOf          the stored report this one repeats (wire copy, repost, updated version), found by shingle
 *                        fingerprints when it arrived: the original of the report it matched; null when it is an original
 * @param copySimilarity  share of the shorter text's shingles the two have in common when {@code copyOf} is set, 0 when
 *                        the report was checked and is an original, null when it was stored before copies were
 *                        recorded at ingest (views then compare the texts themselves)
 */
public record Explanation(String articleId, String storyId, boolean openedStory, double score, String nearestArticleId,
                          List<String> sharedNames, Long hoursApart, String copyOf, Double copySimilarity) {

    public Explanation {
        sharedNames = sharedNames == null ? List.of() : List.copyOf(sharedNames);
    }

    /** This explanation with the near-duplicate check's outcome. */
    public Explanation withCopy(String copyOf, double similarity) {
        return new Explanation(articleId, storyId, openedStory, score, nearestArticleId, sharedNames, hoursApart, copyOf, similarity);
    }

    /** Whether the near-duplicate check ran when the report arrived (so {@code copyOf} is authoritative). */
    public boolean copyChecked() {
        return copySimilarity != null;
    }
}
