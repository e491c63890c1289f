package org.dateline.story;

import org.dateline.Config;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.store.CandidateIndex;
import org.dateline.store.Neighbor;
import org.dateline.store.StoryStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online story assignment: each new article asks the index for similar stored articles, scores their
 * stories by text similarity damped by time distance, and joins the best story that reaches the
 * threshold or opens a new one. Cost per article is bounded by the candidate count, not the corpus.
 */
public final class StoryAssigner {

    /** Where an article went and why. */
    public record Assignment(String storyId, boolean newStory, double score, String nearestArticleId) {
    }

    private final CandidateIndex index;
    private final StoryStore stories;
    private final double threshold;
    private final int candidates;
    private final Duration window;

    public StoryAssigner(CandidateIndex index, StoryStore stories, Config config) {
        this.index = index;
        this.stories = stories;
        this.threshold = config.getDouble("story.join.threshold");
        this.candidates = config.getInt("story.candidates");
        this.window = Duration.ofDays(config.getInt("story.window.days"));
    }

    /** Chooses the story for a new article; stores nothing. */
    public Assignment assign(Article article) {
        Instant at = article.published() == null ? null : article.published().at();
        List<Neighbor> neighbors = index.neighbors(article, candidates,
                at == null ? null : at.minus(window), at == null ? null : at.plus(window));
        Map<String, Double> best = new HashMap<>();
        Map<String, String> bestArticle = new HashMap<>();
        for (Neighbor n : neighbors) {
            double score = n.similarity() * timeFactor(at, n.published());
            if (score > best.getOrDefault(n.storyId(), -1.0)) {
                best.put(n.storyId(), score);
                bestArticle.put(n.storyId(), n.articleId());
            }
        }
        Optional<Map.Entry<String, Double>> top = best.entrySet().stream().max(Map.Entry.comparingByValue());
        if (top.isPresent() && top.get().getValue() >= threshold) {
            String id = top.get().getKey();
            return new Assignment(id, false, top.get().getValue(), bestArticle.get(id));
        }
        return new Assignment(newStoryId(article), true, top.map(Map.Entry::getValue).orElse(0.0), null);
    }

    /** Full weight within a day; beyond that it falls linearly to half at the window's edge. */
    double timeFactor(Instant a, Instant b) {
        if (a == null || b == null) return 1.0;
        double days = Math.abs(Duration.between(a, b).toHours()) / 24.0;
        if (days <= 1) return 1.0;
        double span = Math.max(1.0, window.toDays() - 1.0);
        return Math.max(0.5, 1.0 - 0.5 * (days - 1) / span);
    }

    static String newStoryId(Article article) {
        return "s" + article.id().substring(1);
    }

    /** The story after {@code article} joined it (or a new story made of it alone). */
    public Story withMember(Optional<Story> existing, String storyId, Article article) {
        Instant at = article.published() == null ? null : article.published().at();
        if (existing.isEmpty()) {
            return rank(new Story(storyId, article.title(), article.titleOrigin(), List.of(article.id()),
                    article.outlet() == null ? List.of() : List.of(article.outlet()),
                    List.of(article.language()), at, at, 0));
        }
        Story s = existing.get();
        List<String> members = new ArrayList<>(s.articleIds());
        if (!members.contains(article.id())) members.add(article.id());
        LinkedHashSet<String> outlets = new LinkedHashSet<>(s.outlets());
        if (article.outlet() != null) outlets.add(article.outlet());
        LinkedHashSet<String> languages = new LinkedHashSet<>(s.languages());
        languages.add(article.language());
        Instant first = min(s.firstSeen(), at);
        // A title an outlet gave beats one derived from text; among equals the earliest report's wins.
        String title = s.title();
        Article.TitleOrigin origin = s.titleOrigin();
        boolean given = article.titleOrigin() != Article.TitleOrigin.DERIVED_FROM_TEXT;
        boolean storyGiven = origin != Article.TitleOrigin.DERIVED_FROM_TEXT;
        boolean earliest = at != null && (s.firstSeen() == null || at.isBefore(s.firstSeen()));
        if ((given && !storyGiven) || (given == storyGiven && earliest)) {
            title = article.title();
            origin = article.titleOrigin();
        }
        return rank(new Story(s.id(), title, origin, members, List.copyOf(outlets), List.copyOf(languages),
                first, max(s.lastUpdated(), at), 0));
    }

    /** Importance: independent outlets weigh most, then volume. */
    static Story rank(Story s) {
        double rank = 2.0 * Math.log1p(s.outlets().size()) + Math.log1p(s.size());
        return new Story(s.id(), s.title(), s.titleOrigin(), s.articleIds(), s.outlets(), s.languages(), s.firstSeen(),
                s.lastUpdated(), Math.round(rank * 1000) / 1000.0);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
