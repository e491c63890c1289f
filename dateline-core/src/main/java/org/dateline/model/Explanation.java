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
 * @param mergedFrom      the story the article was in when that story was merged into {@code storyId} (the article
 *                        arrived here through the merge; the other fields say why it joined that story); null otherwise
 * @param merged          the stories this article's arrival merged into its story (it resembled them all); empty otherwise
 */
public record Explanation(String articleId, String storyId, boolean openedStory, double score, String nearestArticleId,
                          List<String> sharedNames, Long hoursApart, String copyOf, Double copySimilarity,
                          String mergedFrom, List<String> merged) {

    public Explanation {
        sharedNames = sharedNames == null ? List.of() : List.copyOf(sharedNames);
        merged = merged == null ? List.of() : List.copyOf(merged);
    }

    public Explanation(String articleId, String storyId, boolean openedStory, double score, String nearestArticleId,
                       List<String> sharedNames, Long hoursApart, String copyOf, Double copySimilarity) {
        this(articleId, storyId, openedStory, score, nearestArticleId, sharedNames, hoursApart, copyOf, copySimilarity, null, List.of());
    }

    /** This explanation with the near-duplicate check's outcome. */
    public Explanation withCopy(String copyOf, double similarity) {
        return new Explanation(articleId, storyId, openedStory, score, nearestArticleId, sharedNames, hoursApart, copyOf, similarity,
                mergedFrom, merged);
    }

    /** This explanation after the article's story {@code from} was merged into {@code into}. */
    public Explanation movedByMerge(String from, String into) {
        return new Explanation(articleId, into, openedStory, score, nearestArticleId, sharedNames, hoursApart, copyOf, copySimilarity,
                from, merged);
    }

    /** This explanation of an article whose arrival merged {@code stories} into its story. */
    public Explanation withMerged(List<String> stories) {
        return new Explanation(articleId, storyId, openedStory, score, nearestArticleId, sharedNames, hoursApart, copyOf, copySimilarity,
                mergedFrom, stories);
    }

    /** Whether the near-duplicate check ran when the report arrived (so {@code copyOf} is authoritative). */
    public boolean copyChecked() {
        return copySimilarity != null;
    }
}
