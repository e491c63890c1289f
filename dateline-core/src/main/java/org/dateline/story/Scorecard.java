package org.dateline.story;

import java.util.ArrayList;
import java.util.List;

/**
 * How one story scores for one article, as {@link StoryAssigner} weighs it when it decides where an article goes:
 * each compared member's similarity and what scaled it, the blend of the best of them, the story as a whole, the
 * margins, and the threshold the score must reach. Worked out against the store as it is now, so for an article
 * stored earlier it can differ from the score it had on arrival (the story has grown, frequencies moved).
 *
 * @param score            the story's score for the article
 * @param threshold        what the score must reach for the article to join (lower for short articles)
 * @param joins            whether the score reaches the threshold and a report of the story lies within the time
 *                         window (the article would join this story, or another scoring higher)
 * @param bestMember       the highest member similarity
 * @param meanOfBest       the mean of the best {@code story.link.top} member similarities
 * @param storyWhole       the similarity with the story's aggregate vector after its penalties, when it counts
 * @param adjustments      what moved the blended score, in order, in words
 * @param members          the compared members, most similar first
 */
public record Scorecard(String articleId, String storyId, double score, double threshold, boolean joins,
                          String nearestArticleId, double bestMember, double meanOfBest, Double storyWhole,
                          List<String> adjustments, List<Member> members) {

    public Scorecard {
        adjustments = List.copyOf(adjustments);
        members = List.copyOf(members);
    }

    /**
     * One compared member.
     *
     * @param similarity    the similarity the story's score is built from, every factor applied
     * @param words         the TF-IDF similarity of the two texts (title, lead, names)
     * @param meaning       the sentence-embedding cosine, when both have an embedding and it was blended in
     * @param otherLanguage whether the member is in another language (then script-independent name keys count)
     * @param factors       what scaled the similarity, in words ("headline names covered 0.50: x0.80")
     * @param hoursApart    hours between the two publication times, when both are dated
     */
    public record Member(String articleId, double similarity, double words, Double meaning, boolean otherLanguage,
                         List<String> factors, Long hoursApart) {
        public Member {
            factors = List.copyOf(factors);
        }
    }

    /** Collects what {@link StoryAssigner} computes while it scores a story. */
    static final class Builder {
        final List<Member> members = new ArrayList<>();
        final List<String> adjustments = new ArrayList<>();
        double bestMember;
        double meanOfBest;
        Double storyWhole;
    }
}
