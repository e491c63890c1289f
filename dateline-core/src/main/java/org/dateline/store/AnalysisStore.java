package org.dateline.store;

import org.dateline.analyze.Analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deep analyses of articles, written after the fast path stored them: which articles wait for analysis,
 * each article's {@link Analysis}, and the lookups entity pages and cross-document linking need.
 */
public interface AnalysisStore {

    /** Records that an article (new or updated) waits for deep analysis. */
    void markPending(String articleId, String storyId);

    /** Stores an article's analysis, replacing the pending mark or an older analysis. */
    void putAnalysis(Analysis analysis, String storyId);

    Optional<Analysis> analysis(String articleId);

    /**
     * Marks pending every stored article that has neither an analysis nor a pending mark (articles stored before
     * the deep analysis existed); returns how many were marked.
     */
    int markUnanalysed();

    /** Up to {@code limit} articles waiting for analysis, oldest mark first. */
    List<String> pendingAnalyses(int limit);

    long analysedCount();

    long pendingCount();

    /** Analyses that mention the entity, newest first, at most {@code limit}; and how many there are in all. */
    EntityMentions mentionsOf(String entityId, int limit);

    /**
     * Multi-word people whose last name has this word key ({@link org.dateline.analyze.entity.NameKeys#wordKey}),
     * with how many analysed articles name each: what a surname-only mention may refer to.
     */
    Map<String, Integer> peopleBySurname(String surnameKey);

    /**
     * How many analysed articles give the entity each type: what type a name the analysis of one article is unsure
     * of has elsewhere.
     */
    Map<org.dateline.analyze.entity.EntityType, Integer> typesOf(String entityId);

    /** Analyses of the entity's articles and the total count. */
    record EntityMentions(long total, List<Analysis> analyses, Map<String, String> storyOfArticle) {
        public EntityMentions {
            analyses = List.copyOf(analyses);
            storyOfArticle = Map.copyOf(storyOfArticle);
        }
    }
}
