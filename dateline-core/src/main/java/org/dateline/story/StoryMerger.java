package org.dateline.story;

import org.dateline.Config;
import org.dateline.model.Article;
import org.dateline.model.Story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * When stories turn out to be one. Assignment is online, so two reports of one event can open two stories
 * when neither resembles the other enough; a later report that resembles both (it scores at or above the merge
 * threshold with each of them) shows they are one. The stories are then merged: the older one (earliest first
 * report, ties by id) survives with its id, the other one's articles move into it, and its id redirects to the
 * survivor (see {@code story.merge.*} in {@code dateline.properties}). This class decides and combines; the
 * facade moves the articles and records the redirect.
 */
public final class StoryMerger {

    private final StoryAssigner assigner;
    private final boolean enabled;
    private final double threshold;
    private final double margin;
    private final double ratio;
    private final int maxArticles;
    private final Duration window;
    /** The largest story absorbed when its reports alone would now join (see {@link #absorbed}); 0: never. */
    private final int absorbMax;
    /** How far over its join threshold a story of one report must score with the story that absorbs it. */
    private final double absorbMargin;
    /** The same for each report of a small story of several: a group of reports is more often an event of its own. */
    private final double absorbGroupMargin;

    public StoryMerger(StoryAssigner assigner, Config config) {
        this.assigner = assigner;
        this.enabled = config.getBoolean("story.merge.enabled");
        this.threshold = config.getDouble("story.merge.threshold");
        this.margin = config.getDouble("story.merge.margin");
        this.ratio = config.getDouble("story.merge.ratio");
        this.maxArticles = Math.max(1, config.getInt("story.merge.max.articles"));
        this.window = Duration.ofDays(config.getInt("story.window.days"));
        this.absorbMax = config.getInt("story.merge.absorb.max.articles");
        this.absorbMargin = config.getDouble("story.merge.absorb.margin");
        this.absorbGroupMargin = config.getDouble("story.merge.absorb.margin.group");
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The stories that are one with the story the article joined: every other story the article scored with at
     * or above the merge threshold (the larger of {@code story.merge.threshold} and the article's join threshold
     * plus {@code story.merge.margin}), at least {@code story.merge.ratio} of the best score, whose reports span
     * a time overlapping the joined story's (within the story window), and small enough to move (at most
     * {@code story.merge.max.articles} on the side that moves). Best first.
     */
    public List<Story> mergeable(StoryAssigner.Assignment a, Story joined, Function<String, Optional<Story>> stories) {
        if (!enabled || a.newStory() || a.alsoMatched().isEmpty()) return List.of();
        double floor = Math.max(threshold, a.threshold() + margin);
        if (a.score() < floor) return List.of();
        List<Story> out = new ArrayList<>();
        List<Story> group = new ArrayList<>(List.of(joined));
        for (StoryAssigner.Match m : a.alsoMatched()) {
            if (m.score() < floor || m.score() < ratio * a.score()) continue;
            if (m.storyId().equals(joined.id()) || out.stream().anyMatch(s -> s.id().equals(m.storyId()))) continue;
            Optional<Story> other = stories.apply(m.storyId());
            if (other.isEmpty() || !overlaps(joined, other.get())) continue;
            // the side that moves is every story but the oldest of the group: bounded by story.merge.max.articles
            List<Story> next = new ArrayList<>(group);
            next.add(other.get());
            Story survivor = oldest(next);
            int moving = next.stream().filter(s -> s != survivor).mapToInt(Story::size).sum();
            if (moving > maxArticles) continue;
            group = next;
            out.add(other.get());
        }
        return out;
    }

    /**
     * The small stories the article came near (see {@link StoryAssigner.Assignment#alsoMatched}) that belong to the
     * story it joined ({@link #absorbed}), within the story window of it; the joined story takes them and keeps its id.
     */
    public List<Story> absorbable(StoryAssigner.Assignment a, Story joined, Function<String, Optional<Story>> stories) {
        if (!absorbing() || a.newStory()) return List.of();
        List<Story> out = new ArrayList<>();
        for (StoryAssigner.Match m : a.alsoMatched()) {
            if (m.storyId().equals(joined.id())) continue;
            Optional<Story> small = stories.apply(m.storyId());
            if (small.isEmpty() || !overlaps(joined, small.get())) continue;
            if (absorbed(small.get(), joined)) out.add(small.get());
        }
        return out;
    }

    /**
     * Whether a small story the article also came near belongs to the story it joined: each of its reports now scores
     * over its own join threshold with that story, by {@code story.merge.absorb.margin} for a story of one report and
     * {@code story.merge.absorb.margin.group} for one of several. Assignment is online, so the
     * first reports of an event may open stories of their own before the story they belong to has grown enough
     * to take them; the report that resembles both is the occasion to look again.
     */
    private boolean absorbed(Story small, Story joined) {
        if (small.size() > absorbMax) return false;
        for (String id : small.articleIds()) {
            // a group of headlines read by their words alone: a headline cannot name the people, places and figures
            // that tell two events of one kind apart, and several of them resemble a broad story easily
            if (small.size() > 1 && assigner.headlineOnlyWithoutMeaning(id)) return false;
            java.util.OptionalDouble over = assigner.marginOver(id, joined.id());
            if (over.isEmpty() || over.getAsDouble() < (small.size() > 1 ? absorbGroupMargin : absorbMargin)) return false;
        }
        return true;
    }

    /** Whether small stories are absorbed at all ({@code story.merge.absorb.max.articles} over 0, merging on). */
    public boolean absorbing() {
        return enabled && absorbMax > 0;
    }

    /**
     * Whether a story of one report goes into {@code target}, the story its report would now join ({@code over}, from
     * {@link StoryAssigner#storyNow}): over the report's join threshold by {@code story.merge.absorb.margin}, and the
     * two within the story window of each other.
     */
    public boolean absorbs(Story small, Story target, StoryAssigner.Over over) {
        return absorbing() && small.size() == 1 && over.margin() >= absorbMargin && overlaps(small, target);
    }

    /** Whether the two stories' reports lie within the story window of each other. */
    boolean overlaps(Story a, Story b) {
        if (a.firstSeen() == null || b.firstSeen() == null) return true;
        Instant aLast = a.lastUpdated() == null ? a.firstSeen() : a.lastUpdated();
        Instant bLast = b.lastUpdated() == null ? b.firstSeen() : b.lastUpdated();
        return !a.firstSeen().isAfter(bLast.plus(window)) && !b.firstSeen().isAfter(aLast.plus(window));
    }

    /** The story that keeps its id: the earliest first report (undated ones last), ties by id. */
    public static Story oldest(List<Story> stories) {
        return stories.stream().min(SURVIVOR_ORDER).orElseThrow();
    }

    static final Comparator<Story> SURVIVOR_ORDER = Comparator
            .comparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Story::id);

    /**
     * The survivor with the merged story's members: members appended in order, outlets, languages and categories
     * united, first/last report widened, independent sources added (a copy always sits in its original's story, so
     * the two stories share no original), the headline kept unless only the merged story has an outlet's own title,
     * rank recomputed. The survivor's id is kept.
     */
    public Story combine(Story survivor, Story merged) {
        List<String> members = new ArrayList<>(survivor.articleIds());
        int added = 0;
        for (String id : merged.articleIds()) {
            if (!members.contains(id)) {
                members.add(id);
                added++;
            }
        }
        LinkedHashSet<String> outlets = new LinkedHashSet<>(survivor.outlets());
        outlets.addAll(merged.outlets());
        LinkedHashSet<String> languages = new LinkedHashSet<>(survivor.languages());
        languages.addAll(merged.languages());
        Map<String, Integer> categories = new TreeMap<>(survivor.categories());
        merged.categories().forEach((k, v) -> categories.merge(k, v, Integer::sum));
        String title = survivor.title();
        Article.TitleOrigin origin = survivor.titleOrigin();
        if (origin == Article.TitleOrigin.DERIVED_FROM_TEXT && merged.titleOrigin() != Article.TitleOrigin.DERIVED_FROM_TEXT) {
            title = merged.title();
            origin = merged.titleOrigin();
        }
        int independent = survivor.independentSources() + (added == 0 ? 0 : merged.independentSources());
        return assigner.rank(new Story(survivor.id(), title, origin, members, List.copyOf(outlets), List.copyOf(languages),
                min(survivor.firstSeen(), merged.firstSeen()), max(survivor.lastUpdated(), merged.lastUpdated()), 0,
                categories, independent));
    }

    /** The assigner's caches after a merge: both stories' member lists and aggregates are re-read when next needed. */
    public void forget(String survivorId, String mergedId) {
        assigner.forget(survivorId, null);
        assigner.forget(mergedId, null);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
