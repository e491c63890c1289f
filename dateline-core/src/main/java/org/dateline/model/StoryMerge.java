package org.dateline.model;

/**
 * A story merged into another: its id now redirects to the survivor's.
 *
 * @param mergedId        the id that redirects (the younger story, whose articles moved)
 * @param survivorId      the story that kept its id (the older one) when the merge happened; a later merge of the
 *                        survivor itself is followed through its own record (chains resolve)
 * @param bridgeArticleId the report whose arrival showed the two stories were one
 * @param score           that report's score with the merged story
 * @param articles        how many articles moved
 */
public record StoryMerge(String mergedId, String survivorId, String bridgeArticleId, double score, int articles) {
}
