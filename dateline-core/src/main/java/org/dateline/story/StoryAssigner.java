package org.dateline.story;

import org.dateline.Config;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.store.Candidate;
import org.dateline.store.CandidateIndex;
import org.dateline.store.StoryStore;
import org.dateline.text.Analyzers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online story assignment: each new article asks the index for similar stored articles (a weighted
 * query of its top TF-IDF terms); every story among them is scored against the article through its
 * members (best member similarity blended with the mean of the few best, so one stray member cannot
 * chain two events together); a member similarity blends the TF-IDF cosine of the texts with that of
 * their names and numbers (what separates look-alike events), damped by time distance. The article joins
 * the best story that reaches the threshold (lower for headline-length articles) or opens a new one.
 * The story's aggregate vector (sum of its members' vectors) is blended into its score, so broad stories
 * of short items hold together; same-language similarities are damped when a title's names are missing
 * from the other article (look-alike events); articles of other languages are found through their names and
 * numbers and compared on script-independent name keys ({@link org.dateline.text.Names#keys}). Two reports of one
 * language that name years and share none (background years before the publication year aside) are damped too.
 * Cost per article is bounded by candidates x members compared, not the corpus; profiles, member lists,
 * story aggregates and weighted vectors of recent articles are cached in memory (bounded LRU).
 */
public final class StoryAssigner {

    /**
     * Where an article went and why. {@code threshold} is the join threshold the article had to reach;
     * {@code alsoMatched} the other stories that reached it too, or came within {@code story.merge.absorb.floor} of
     * the join threshold when small stories may be absorbed, best first (candidates for a merge, see
     * {@link StoryMerger}).
     */
    public record Assignment(String storyId, boolean newStory, double score, String nearestArticleId, double threshold,
                             List<Match> alsoMatched) {
        public Assignment {
            alsoMatched = alsoMatched == null ? List.of() : List.copyOf(alsoMatched);
        }

        public Assignment(String storyId, boolean newStory, double score, String nearestArticleId) {
            this(storyId, newStory, score, nearestArticleId, 0.0, List.of());
        }
    }

    /** A candidate story's score for the article and the member it resembled most. */
    public record Match(String storyId, double score, String nearestArticleId) {
    }

    /** A story, its score for an article and how far that is over the article's join threshold (see {@link #storyNow}). */
    public record Over(String storyId, double score, double margin) {
    }

    private final CandidateIndex index;
    private final StoryStore stories;
    private final Analyzers analyzers = new Analyzers();
    private final double threshold;
    private final int candidates;
    private final Duration window;
    private final int queryTerms;
    private final double nameWeight;
    private final double titleWeight;
    private final int linkTop;
    private final double linkMax;
    private final int maxMembers;
    private final double shortThreshold;
    private final int shortTerms;
    private final double centroidWeight;
    private final int centroidTerms;
    private final int crossCandidates;
    private final double crossScale;
    private final double crossNumberPenalty;
    private final double titleNamePenalty;
    private final int headlineTerms;
    /**
     * The share of the join threshold another story must reach to be passed on with an assignment (see
     * {@link Assignment#alsoMatched}): at the threshold for a merge, below it for a small story to be looked at again.
     */
    private final double alsoMatchedFloor;
    private final double yearPenalty;
    private final double singleMargin;
    private final double titleFigurePenalty;
    private final double titleTemplatePenalty;
    private final double headlineMargin;
    private final double rankSources, rankOutlets, rankVelocity, rankNotNews;
    private final double velocityHours;
    private final int vectorCandidates;
    private final double vectorConfident;
    private final double vectorWeight, vectorWeightFull, vectorFloor;
    /** Sentence embeddings of recently compared articles (an empty array: the article has none). */
    private final Map<String, float[]> embeddings = lru(20_000);
    private static final float[] NO_VECTOR = new float[0];
    /** Whether any article came with an embedding (else stored ones are never looked up: lexical mode). */
    private boolean anyVectors;
    /** In how many remembered articles each name key occurs (for weighting keys across languages). */
    private final Map<String, Integer> keyDf = new HashMap<>();
    private int keyDocs;

    /** Recently seen articles' profiles, so members are not re-read and re-analysed for every comparison. */
    private final Map<String, Profile> profiles = lru(20_000);
    /** Weighted vectors of recently compared articles. */
    private final Map<String, Vectors> weighed = lru(20_000);
    /** Recent stories' member ids (newest last), so a story's members are known without reading it. */
    private final Map<String, List<String>> members = lru(20_000);
    /** Recent stories' aggregate vectors (sum of members' unit vectors, pruned), rebuilt from recent members when missing. */
    private final Map<String, Centroid> centroids = lru(20_000);
    /**
     * Stored articles per language chain ({@link #CHAINS}) as the index counted them at the start of the current
     * assignment (-1: not asked yet); the index does not grow while an article is matched, and every member's
     * freshness asks.
     */
    private final int[] docsNow = new int[CHAINS.size()];
    /** The profile of the article last assigned, kept until {@link #withMember} files it. */
    private Profile pending;

    public StoryAssigner(CandidateIndex index, StoryStore stories, Config config) {
        this.index = index;
        this.stories = stories;
        this.threshold = config.getDouble("story.join.threshold");
        this.candidates = config.getInt("story.candidates");
        this.window = Duration.ofDays(config.getInt("story.window.days"));
        this.queryTerms = config.getInt("story.query.terms");
        this.nameWeight = config.getDouble("story.weight.names");
        this.titleWeight = config.getDouble("story.weight.title");
        this.linkTop = Math.max(1, config.getInt("story.link.top"));
        this.linkMax = config.getDouble("story.link.max");
        this.maxMembers = Math.max(1, config.getInt("story.link.members"));
        this.shortThreshold = config.getDouble("story.join.threshold.short");
        this.shortTerms = Math.max(1, config.getInt("story.short.terms"));
        this.centroidWeight = config.getDouble("story.weight.centroid");
        this.centroidTerms = Math.max(10, config.getInt("story.centroid.terms"));
        this.crossCandidates = config.getInt("story.crosslingual.candidates");
        this.crossScale = config.getDouble("story.crosslingual.scale");
        this.crossNumberPenalty = config.getDouble("story.crosslingual.numbers.penalty");
        this.titleNamePenalty = config.getDouble("story.names.title.penalty");
        this.headlineTerms = config.getInt("story.names.title.max.terms");
        this.alsoMatchedFloor = config.getInt("story.merge.absorb.max.articles") > 0 ? config.getDouble("story.merge.absorb.floor") : 1.0;
        this.yearPenalty = config.getDouble("story.years.penalty");
        this.singleMargin = config.getDouble("story.join.single.margin");
        this.titleFigurePenalty = config.getDouble("story.title.figures.penalty");
        this.titleTemplatePenalty = config.getDouble("story.title.template.penalty");
        this.headlineMargin = config.getDouble("story.join.headline.margin");
        this.rankSources = config.getDouble("story.rank.weight.sources");
        this.rankOutlets = config.getDouble("story.rank.weight.outlets");
        this.rankVelocity = config.getDouble("story.rank.weight.velocity");
        this.rankNotNews = config.getDouble("story.rank.notnews.factor");
        this.velocityHours = Math.max(1, config.getDouble("story.rank.velocity.hours"));
        this.vectorCandidates = config.getInt("story.vector.candidates");
        this.vectorConfident = config.getDouble("story.vector.confident.margin");
        this.vectorWeight = config.getDouble("story.weight.vector");
        this.vectorWeightFull = config.getDouble("story.weight.vector.full");
        this.vectorFloor = config.getDouble("story.vector.floor");
    }

    /** Chooses the story for a new article without a sentence embedding; stores nothing. */
    public Assignment assign(Article article) {
        return assign(article, null);
    }

    /**
     * Chooses the story for a new article; stores nothing. With the sentence embedding of its title and lead
     * ({@code vector}, null: none), the nearest stored embeddings are candidates too, and member similarities blend
     * in the embedding cosine where both articles have one.
     */
    public Assignment assign(Article article, float[] vector) {
        return assign(article, vector, profile(article));
    }

    /**
     * What matching needs of an article, worked out of the article alone (so articles can be profiled side by side,
     * ahead of matching); thread-safe.
     */
    public Profile profile(Article article) {
        return Profile.of(article, analyzers);
    }

    /** {@link #assign(Article, float[])} with the article's {@link #profile}, computed ahead. */
    public synchronized Assignment assign(Article article, float[] vector, Profile p) {
        java.util.Arrays.fill(docsNow, -1);
        Instant at = article.published() == null ? null : article.published().at();
        pending = p;
        double share = vectorShare(p);
        embeddings.put(article.id(), vector == null ? NO_VECTOR : vector);
        if (vector != null) anyVectors = true;
        Map<String, Double> termWeights = new HashMap<>();
        Vectors mine = new Vectors(p, termWeights);
        // weighed once: the article is compared as a member from now on
        weighed.put(p.id(), mine);
        if (mine.terms.isEmpty() && vector == null) return new Assignment(newStoryId(article), true, 0.0, null);
        double join = threshold(p);
        List<Match> matches = new ArrayList<>();
        Match best = search(p, mine, termWeights, vector, at, share, matches);
        if (best != null && best.score() >= join) {
            String bestStory = best.storyId();
            List<Match> others = matches.stream().filter(m -> m.score() >= alsoMatchedFloor * join && !m.storyId().equals(bestStory))
                    .sorted(java.util.Comparator.comparingDouble(Match::score).reversed()).toList();
            return new Assignment(bestStory, false, best.score(), best.nearestArticleId(), join, others);
        }
        return new Assignment(newStoryId(article), true, best == null ? 0 : Math.max(0, best.score()), null);
    }

    /**
     * The candidate stories of an article found through the index (its heaviest terms, names in other languages, and
     * the nearest embeddings when no lexical candidate is confidently over the threshold), each scored into
     * {@code matches}; the best of them, null when none scored.
     */
    private Match search(Profile p, Vectors mine, Map<String, Double> termWeights, float[] vector, Instant at, double share,
                         List<Match> matches) {
        return search(p, mine, termWeights, vector, at, share, matches, true);
    }

    /** As above; {@code nearest} false leaves out the nearest embeddings (the graph search), the vector still scoring. */
    private Match search(Profile p, Vectors mine, Map<String, Double> termWeights, float[] vector, Instant at, double share,
                         List<Match> matches, boolean nearest) {
        Map<String, Double> query = new HashMap<>();
        // a term no stored article has finds nothing (and weighs most): the query takes the heaviest of the others
        termWeights.entrySet().stream()
                .filter(e -> index.docFreq(p.language(), e.getKey()) > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(queryTerms)
                .forEach(e -> query.put(e.getKey(), e.getValue()));
        List<Candidate> found = new ArrayList<>(index.candidates(p.language(), query, candidates,
                at == null ? null : at.minus(window), at == null ? null : at.plus(window)));
        if (crossCandidates > 0) found.addAll(otherLanguages(p, at));
        double join = threshold(p);
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        Match best = bestOf(found, p.id(), p, mine, vector, at, share, seen, matches, null);
        // A lexical candidate this far over the threshold is not outscored by what only the meaning finds (on ECB+,
        // UCI, MEANTIME and the pairs not one assignment changed), and most articles then skip the time-filtered graph
        // search, the dearest step of matching with embeddings.
        if (nearest && vector != null && vectorCandidates > 0 && vectorWeight > 0 && (best == null || best.score() < join + vectorConfident)) {
            List<Candidate> near = index.nearest(vector, vectorCandidates, at == null ? null : at.minus(window), at == null ? null : at.plus(window));
            best = bestOf(near, p.id(), p, mine, vector, at, share, seen, matches, best);
        }
        return best;
    }

    /**
     * The story a stored article would join now, other than its own, scored as {@link #assign} does and found the same
     * way but for the nearest embeddings, with how far it scores over the article's join threshold; empty when no story
     * reaches the threshold.
     * {@link org.dateline.Dateline} asks it of a story of one report some reports later, when the story its event
     * belongs to may have grown enough to take it.
     */
    public synchronized Optional<Over> storyNow(String articleId) {
        Profile p = profile(articleId);
        if (p == null) return Optional.empty();
        java.util.Arrays.fill(docsNow, -1);
        float[] stored = embedding(articleId);
        float[] vector = stored.length == 0 ? null : stored;
        Map<String, Double> termWeights = new HashMap<>();
        Vectors mine = new Vectors(p, termWeights);
        if (mine.terms.isEmpty() && vector == null) return Optional.empty();
        // without the graph search, the dearest step: the report's own assignment ran it, and a story that has grown since
        // did so by reports whose words find it (the same stories on every evaluation set, 4-7 % faster with embeddings)
        Match best = search(p, mine, termWeights, vector, p.published(), vectorShare(p), new ArrayList<>(), false);
        double join = threshold(p);
        return best == null || best.score() < join ? Optional.empty() : Optional.of(new Over(best.storyId(), best.score(), best.score() - join));
    }

    /**
     * Scores the stories of {@code found} not {@code seen} yet (each story once, whichever member found it), adds them
     * to {@code matches} and returns the best of them and {@code best}, the first one on a tie; null when none scored.
     */
    private Match bestOf(List<Candidate> found, String articleId, Profile p, Vectors mine, float[] vector, Instant at,
                         double share, java.util.Set<String> seen, List<Match> matches, Match best) {
        for (Candidate c : found) {
            if (c.articleId().equals(articleId) || !seen.add(c.storyId())) continue;
            Scoring scoring = score(c.storyId(), c.articleId(), p, mine, vector, at, share, null);
            if (scoring == null) continue;
            Match m = new Match(c.storyId(), scoring.score, scoring.topId);
            matches.add(m);
            if (best == null || m.score() > best.score()) best = m;
        }
        return best;
    }

    private static String factor(String what, double factor) {
        return String.format(java.util.Locale.ROOT, "%s: x%.2f", what, factor);
    }

    /**
     * How story {@code storyId} scores now for the stored article {@code articleId}, computed as {@link #assign} does
     * (the article itself left out of the story's members); empty when either is unknown or no member can be compared.
     */
    public synchronized Optional<Scorecard> explain(String articleId, String storyId) {
        Profile p = profile(articleId);
        if (p == null || stories.story(storyId).isEmpty()) return Optional.empty();
        java.util.Arrays.fill(docsNow, -1);
        Vectors mine = vectorsOf(p);
        float[] stored = embedding(articleId);
        float[] vector = stored.length == 0 ? null : stored;
        Scorecard.Builder b = new Scorecard.Builder();
        Scoring scoring = score(storyId, articleId, p, mine, vector, p.published(), vectorShare(p), b);
        if (scoring == null) return Optional.empty();
        b.members.sort(java.util.Comparator.comparingDouble(Scorecard.Member::similarity).reversed());
        double join = threshold(p);
        // candidates are looked up within the time window only: a story none of whose reports lies in it is never scored
        long windowHours = window.toHours();
        boolean reachable = b.members.stream().anyMatch(m -> m.hoursApart() == null || m.hoursApart() <= windowHours);
        if (!reachable) {
            b.adjustments.add("no report of the story within " + window.toDays() + " days (story.window.days) of the article: "
                    + "assignment would not look at this story at all");
        }
        return Optional.of(new Scorecard(articleId, storyId, scoring.score, join, reachable && scoring.score >= join, scoring.topId,
                b.bestMember, b.meanOfBest, b.storyWhole, b.adjustments, b.members));
    }

    /**
     * How far story {@code storyId} now scores over the stored article {@code articleId}'s join threshold, computed as
     * {@link #assign} does but without an explanation (negative: below it); empty when the article is unknown or no
     * member can be compared. {@link StoryMerger} asks it of a story of one report, whose story may have grown.
     */
    public synchronized java.util.OptionalDouble marginOver(String articleId, String storyId) {
        Profile p = profile(articleId);
        if (p == null) return java.util.OptionalDouble.empty();
        java.util.Arrays.fill(docsNow, -1);
        float[] stored = embedding(articleId);
        Scoring scoring = score(storyId, articleId, p, vectorsOf(p), stored.length == 0 ? null : stored, p.published(),
                vectorShare(p), null);
        return scoring == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(scoring.score - threshold(p));
    }

    /** A candidate story's score for an article and the member it resembled most. */
    private record Scoring(double score, String topId) {
    }

    /**
     * The score of story {@code storyId} (found through its member {@code foundArticle}) for the article profiled as
     * {@code p}: a blend of its member similarities and its aggregate one, with the penalties and margins; null when
     * no member could be compared.
     */
    private Scoring score(String storyId, String foundArticle, Profile p, Vectors mine, float[] vector, Instant at,
                          double share, Scorecard.Builder explain) {
        List<String> ids = membersOf(storyId);
        if (ids.isEmpty()) ids = List.of(foundArticle);
        List<Double> sims = new ArrayList<>();
        double top = -1;
        String topId = null;
        boolean topCross = false;
        double topCover = 1.0;
        // whether every compared report is of the other kind than the article (a headline alone / with a body)
        boolean otherKind = true;
        // an explanation builds the story's aggregate afresh, without the article (which may be a member) and uncached
        Centroid centroid = explain == null ? centroids.get(storyId) : null;
        Centroid building = centroid == null && centroidWeight > 0 ? new Centroid() : null;
        for (int i = Math.max(0, ids.size() - maxMembers); i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.equals(p.id())) continue;
            Vectors theirs = memberVectors(id);
            if (theirs == null) continue;
            Profile q = theirs.profile;
            if (headlineOnly(q) == headlineOnly(p)) otherKind = false;
            if (building != null) building.add(theirs, anyVectors ? embedding(id) : NO_VECTOR);
            double s = similarity(mine, theirs);
            double words = s;
            List<String> factors = explain == null ? null : new ArrayList<>();
            boolean cross = !java.util.Objects.equals(p.language(), q.language());
            double cover = cross || titleNamePenalty <= 0 ? 1.0 : titleNameCover(mine, p, theirs, q);
            // meaning tells the topic, names tell the event: two floods in two towns read alike to the model
            float[] theirVector = vector != null && vectorWeight > 0 ? embedding(id) : NO_VECTOR;
            if (vector != null && vectorWeight > 0) s = withMeaning(s, vector, theirVector, cover, share);
            if (cross) {
                double keys = crossScale * cosine(mine.keys, theirs.keys);
                if (factors != null && keys > s) factors.add(String.format(java.util.Locale.ROOT, "other language: name keys %.3f", keys));
                s = Math.max(s, keys);
                if (noneShared(mine.figures(), theirs.figures())) {
                    s *= 1 - crossNumberPenalty;
                    if (factors != null) factors.add(factor("no figure shared across languages", 1 - crossNumberPenalty));
                }
            }
            else {
                if (titleNamePenalty > 0) {
                    s *= 1 - titleNamePenalty * (1 - cover);
                    if (factors != null && cover < 1) {
                        factors.add(factor(String.format(java.util.Locale.ROOT, "headline names covered %.2f", cover),
                                1 - titleNamePenalty * (1 - cover)));
                    }
                }
                if (yearPenalty > 0 && noneShared(mine.years, theirs.years)) {
                    s *= 1 - yearPenalty;
                    if (factors != null) factors.add(factor("no year shared", 1 - yearPenalty));
                }
                // each title gives a figure the other report never does: two heists, two quakes
                if (titleFigurePenalty > 0 && titleFiguresDisagree(mine.titleFigures, p, mine.numbers(), theirs.titleFigures, q,
                        theirs.numbers())) {
                    s *= 1 - titleFigurePenalty;
                    if (factors != null) factors.add(factor("headline figures disagree", 1 - titleFigurePenalty));
                }
                // one headline's wording with another name in it: a template filled for another place or person
                if (titleTemplatePenalty > 0 && titlesDifferInNamesOnly(mine, theirs)) {
                    s *= 1 - titleTemplatePenalty;
                    if (factors != null) factors.add(factor("headlines differ only in their names", 1 - titleTemplatePenalty));
                }
            }
            double time = timeFactor(at, q.published());
            s *= time;
            if (factors != null) {
                if (time < 1) factors.add(factor("time apart", time));
                Long hours = at == null || q.published() == null ? null : Math.abs(q.published().getEpochSecond() - at.getEpochSecond()) / 3600;
                Double meaning = theirVector.length == 0 || vector == null || theirVector.length != vector.length ? null
                        : org.dateline.embed.SentenceEmbedder.cosine(vector, theirVector);
                explain.members.add(new Scorecard.Member(id, s, words, meaning, cross, factors, hours));
            }
            sims.add(s);
            if (s > top) {
                top = s;
                topId = id;
                topCross = cross;
                topCover = cover;
            }
        }
        if (sims.isEmpty()) return null;
        sims.sort(java.util.Comparator.reverseOrder());
        int n = Math.min(linkTop, sims.size());
        double mean = 0;
        for (int i = 0; i < n; i++) mean += sims.get(i);
        mean /= n;
        double score = linkMax * top + (1 - linkMax) * mean;
        if (explain != null) {
            explain.bestMember = top;
            explain.meanOfBest = mean;
            explain.adjustments.add(String.format(java.util.Locale.ROOT, "%.2f x best member %.3f + %.2f x mean of best %d %.3f = %.3f",
                    linkMax, top, 1 - linkMax, n, mean, score));
        }
        // one report alone is thin evidence of what its story is: joining it takes a little more
        if (sims.size() == 1) {
            score -= singleMargin;
            if (explain != null) explain.adjustments.add(String.format(java.util.Locale.ROOT, "one report only: -%.2f", singleMargin));
        }
        if (building != null && building.count > 0) {
            centroid = building;
            if (explain == null) centroids.put(storyId, building);
        }
        if (centroidWeight > 0 && centroid != null && centroid.count > 1 && !topCross) {
            double whole = centroid.similarity(mine, vector, topCover, share);
            // the story as a whole is held to the names of its closest report, as each report is
            if (titleNamePenalty > 0) whole *= 1 - titleNamePenalty * (1 - topCover);
            // and to the years its reports give
            if (yearPenalty > 0 && noneShared(mine.years, centroid.years)) whole *= 1 - yearPenalty;
            double blended = (1 - centroidWeight) * score + centroidWeight * whole;
            if (explain != null) {
                explain.storyWhole = whole;
                explain.adjustments.add(String.format(java.util.Locale.ROOT, "%.2f x %.3f + %.2f x the story as a whole %.3f = %.3f",
                        1 - centroidWeight, score, centroidWeight, whole, blended));
            }
            score = blended;
        }
        // headlines alone beside a report with a body (or a headline beside reports with one): a headline cannot
        // name the people, places and figures that tell two events of one kind apart, so it takes more than that
        if (headlineMargin > 0 && otherKind) {
            score -= headlineMargin;
            if (explain != null) explain.adjustments.add(String.format(java.util.Locale.ROOT, "headline beside reports of the other kind: -%.2f", headlineMargin));
        }
        return new Scoring(score, topId);
    }

    /**
     * Stored articles in the other languages' index fields that share the article's names and numbers
     * (written in that field's script), so translations and foreign reports of one event can meet.
     */
    private List<Candidate> otherLanguages(Profile p, Instant at) {
        if (p.spotted().isEmpty()) return List.of();
        List<Candidate> out = new ArrayList<>();
        String own = Analyzers.chain(p.language());
        for (String chain : CHAINS) {
            if (chain.equals(own)) continue;
            int docs = index.docCount(chain);
            if (docs == 0) continue;
            StringBuilder text = new StringBuilder();
            boolean cyrillic = chain.equals("ru");
            for (String w : p.spotted().split(" ")) {
                if (w.isEmpty()) continue;
                boolean isCyr = org.dateline.normalize.Transliteration.hasCyrillic(w);
                text.append(cyrillic == isCyr || Character.isDigit(w.charAt(0)) ? w
                        : cyrillic ? org.dateline.normalize.Transliteration.toCyrillic(w)
                        : org.dateline.normalize.Transliteration.toLatin(w)).append(' ');
            }
            Map<String, Integer> counts = analyzers.termFrequencies(chain, text.toString());
            String[] terms = counts.keySet().toArray(new String[0]);
            int[] dfs = docFreqs(chain, terms);
            Map<String, Double> query = new HashMap<>();
            for (int k = 0; k < terms.length; k++) {
                query.put(terms[k], (1 + Math.log(counts.get(terms[k]))) * (Math.log((docs + 1.0) / (dfs[k] + 1.0)) + 1.0));
            }
            if (query.isEmpty()) continue;
            Map<String, Double> top = new HashMap<>();
            query.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(queryTerms)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            out.addAll(index.candidates(chain, top, crossCandidates,
                    at == null ? null : at.minus(window), at == null ? null : at.plus(window)));
        }
        return out;
    }

    private static final List<String> CHAINS = java.util.stream.Stream.concat(Analyzers.LANGUAGES.stream(),
            java.util.stream.Stream.of(Analyzers.OTHER)).toList();

    /**
     * The embedding's share in the similarities of an article: {@code story.weight.vector} for a headline alone, falling
     * linearly to {@code story.weight.vector.full} as the body adds {@code story.short.terms} distinct terms to the
     * title's. Few words overlap by chance between two headlines of one event, so their meaning must speak; an
     * article with a body says in its words which event it reports, where the model reads two events of one kind alike.
     */
    private double vectorShare(Profile p) {
        return vectorShare(p, vectorWeight, vectorWeightFull, shortTerms);
    }

    static double vectorShare(Profile p, double headline, double full, int shortTerms) {
        double fill = Math.min(1.0, Math.max(0, p.terms().size() - p.title().size()) / (double) shortTerms);
        return headline + (full - headline) * fill;
    }

    /**
     * The join threshold for an article: the configured one for articles of normal length, falling
     * linearly to {@code story.join.threshold.short} for a headline-only article (chance overlap between
     * two short texts is near zero, so a few shared words already mean much).
     */
    double threshold(Profile p) {
        double fill = Math.min(1.0, p.terms().size() / (double) shortTerms);
        return shortThreshold + (threshold - shortThreshold) * fill;
    }

    /**
     * A lexical similarity blended with the embedding cosine of the two articles when both have an embedding: the
     * cosine counts from {@code story.vector.floor} (what unrelated news reaches) up, rescaled to [0, 1], and only
     * as far as the articles agree on their headline names ({@code nameCover}, see {@link #titleNameCover}): the
     * model reads two earthquakes in two cities as alike, the names say they are two events. (Letting the lexical
     * similarity take the meaning's share where names disagree instead gave ECB+ 0.859 rather than 0.873.) The
     * meaning's weight is {@code share}, the article's {@link #vectorShare}.
     */
    double withMeaning(double lexical, float[] mine, float[] theirs, double nameCover, double share) {
        if (theirs.length != mine.length) return lexical;
        double meaning = (org.dateline.embed.SentenceEmbedder.cosine(mine, theirs) - vectorFloor) / (1 - vectorFloor);
        return (1 - share) * lexical + share * nameCover * Math.max(0, Math.min(1, meaning));
    }

    /** A copy of {@code v} scaled to unit length. */
    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        float[] out = v.clone();
        if (n > 0) for (int i = 0; i < out.length; i++) out[i] /= (float) Math.sqrt(n);
        return out;
    }

    private float[] embedding(String articleId) {
        float[] v = embeddings.get(articleId);
        if (v == null) {
            v = index.vector(articleId).orElse(NO_VECTOR);
            embeddings.put(articleId, v);
        }
        return v;
    }

    /**
     * Whether two articles both give figures and share none of them (years and one-digit numbers aside): across
     * languages the names alone link them, and the same people and places in a report with other figures are
     * usually another event of theirs. Translations and reports of one event repeat its figures.
     */
    static boolean numbersDisagree(Profile a, Profile b) {
        return noneShared(figures(a), figures(b));
    }

    private static java.util.Set<String> figures(Profile p) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : p.keys().keySet()) {
            if (!k.startsWith("#") || k.length() < 3 || isYear(k)) continue;
            out.add(k);
        }
        return out;
    }

    /**
     * The years (19xx, 20xx) among an article's name keys that can be its event's: with a publication date, the years
     * before its own are background ("met in Helsinki in 2018") and only it and later ones count; without one, every
     * year named does.
     */
    static java.util.Set<String> years(Profile p) {
        int from = p.published() == null ? 0 : p.published().atZone(java.time.ZoneOffset.UTC).getYear();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : p.keys().keySet()) if (isYear(k) && Integer.parseInt(k.substring(1)) >= from) out.add(k);
        return out;
    }

    /** Whether an article is its headline alone (no body words beyond the title's). */
    /** Whether a stored article is its headline alone and has no sentence embedding (lexical mode, another language). */
    public synchronized boolean headlineOnlyWithoutMeaning(String articleId) {
        Profile p = profile(articleId);
        return p != null && headlineOnly(p) && embedding(articleId).length == 0;
    }

    static boolean headlineOnly(Profile p) {
        return p.terms().size() <= p.title().size();
    }

    /** The figures of a title: numbers of two or more digits or with a decimal point, years aside. */
    static java.util.Set<String> titleFigures(Profile p) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : p.title().keySet()) {
            if (!Character.isDigit(t.charAt(0)) || t.length() < 2 || !p.names().containsKey(t)) continue;
            if (t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && t.chars().allMatch(Character::isDigit)) continue;
            out.add(t);
        }
        return out;
    }

    /**
     * Whether two articles each give a figure in their title (a toll, an amount, a magnitude) that the other never
     * mentions: "Paris thieves nab $2.5 million" and "Robbers steal 80 million" are two heists. Two headlines alone
     * never disagree: neither has a body to give the other's figure in.
     */
    static boolean titleFiguresDisagree(java.util.Set<String> figA, Profile a, java.util.Set<String> figB, Profile b) {
        return titleFiguresDisagree(figA, a, numbers(a), figB, b, numbers(b));
    }

    /** As above, with each article's {@link #numbers} worked out beforehand (the matching loop keeps them per article). */
    static boolean titleFiguresDisagree(java.util.Set<String> figA, Profile a, double[] numbersA,
                                        java.util.Set<String> figB, Profile b, double[] numbersB) {
        if (figA.isEmpty() || figB.isEmpty()) return false;
        if (headlineOnly(a) && headlineOnly(b)) return false;
        return !givesNear(figA, b, numbersB) && !givesNear(figB, a, numbersA);
    }

    /** Titles of more distinct terms than this are not read as templates. */
    private static final int TEMPLATE_TITLE_TERMS = 10;

    /**
     * Whether two titles share all their words but names, and each names something the other article does not mention
     * (in the title and opening it is matched on):
     * "Погода в Карвеле на 17 мая" and "Погода в Салтмире на 17 мая", "Storm warning for Orvik" and "Storm warning for
     * Brenner" are one template filled twice, two events. At least two shared terms, titles of 3 to
     * {@link #TEMPLATE_TITLE_TERMS} distinct terms, and each differing name written as a name in its article's body;
     * never for a headline alone, which cannot show that it does not mention the other's name.
     */
    static boolean titlesDifferInNamesOnly(Vectors a, Vectors b) {
        if (a.titleNameBits == 0 || b.titleNameBits == 0) return false;
        if (headlineOnly(a.profile) || headlineOnly(b.profile)) return false;
        int[] x = a.title.ids, y = b.title.ids;
        int i = 0, j = 0, shared = 0, onlyA = 0, onlyB = 0;
        while (i < x.length || j < y.length) {
            if (j == y.length || i < x.length && x[i] < y[j]) {
                if (!unmentionedName(a, i, x[i], b)) return false;
                onlyA++;
                i++;
            } else if (i == x.length || y[j] < x[i]) {
                if (!unmentionedName(b, j, y[j], a)) return false;
                onlyB++;
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared >= 2 && onlyA > 0 && onlyB > 0;
    }

    /** Whether place {@code k} of {@code a}'s title is a name (see {@link Vectors#titleNameBits}) that {@code other}'s matched text lacks. */
    private static boolean unmentionedName(Vectors a, int k, int id, Vectors other) {
        return (a.titleNameBits & 1L << k) != 0 && java.util.Arrays.binarySearch(other.terms.ids, id) < 0
                && java.util.Arrays.binarySearch(other.names.ids, id) < 0;
    }

    /** {@link Vectors#titleNameBits} of a profile whose title terms are {@code title} (ascending ids). */
    private long titleNameBits(Profile p, Sparse title) {
        int n = title.ids.length;
        if (n < 3 || n > TEMPLATE_TITLE_TERMS) return 0;
        long bits = 0;
        for (int k = 0; k < n; k++) {
            String t = termsById.get(title.ids[k]);
            if (!Character.isDigit(t.charAt(0)) && writtenAsName(t, p)) bits |= 1L << k;
        }
        return bits;
    }

    /**
     * Whether the article's body writes a title term capitalised, and only so: in a title-case headline every word is
     * capitalised, and its ordinary words come lower-case in the body ("Tough Negotiations" / "tough talks"). The
     * match text holds the title twice, the names' text once.
     */
    private static boolean writtenAsName(String term, Profile p) {
        int inTitle = p.title().getOrDefault(term, 0);
        int capitalisedInBody = p.names().getOrDefault(term, 0) - inTitle;
        int inBody = p.terms().getOrDefault(term, 0) - 2 * inTitle;
        return capitalisedInBody >= 1 && inBody <= capitalisedInBody;
    }

    /** The values of the numbers an article gives (its terms and names that start with a digit), positive ones only. */
    static double[] numbers(Profile p) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (Map<String, Integer> m : List.of(p.names(), p.terms())) {
            for (String t : m.keySet()) {
                if (!Character.isDigit(t.charAt(0))) continue;
                double y = value(t);
                if (y > 0) out.add(y);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Whether the article gives one of the figures or one near it (at most {@code FIGURE_NEAR} times larger or
     * smaller: "2 million euros" and "$2.6 million" are one loot, 80 million and 2.5 million two).
     */
    private static boolean givesNear(java.util.Set<String> figures, Profile p, double[] numbers) {
        for (String f : figures) {
            if (p.terms().containsKey(f) || p.names().containsKey(f)) return true;
            double x = value(f);
            if (Double.isNaN(x) || x <= 0) continue;
            for (double y : numbers) {
                if (Math.max(x, y) <= FIGURE_NEAR * Math.min(x, y)) return true;
            }
        }
        return false;
    }

    private static final double FIGURE_NEAR = 1.5;

    private static double value(String figure) {
        try {
            return Double.parseDouble(figure.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isYear(String key) {
        return key.length() == 5 && (key.startsWith("#19") || key.startsWith("#20"));
    }

    /**
     * Whether two sets (figures, or years: an article's, or all a story's reports give) both have some and share
     * none: a report of an event names the year it happened in, and the look-alike event of another year names that
     * one (a flood of 2009 and one in the same town in 2013).
     */
    static boolean noneShared(java.util.Set<String> a, java.util.Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        for (String y : a) if (b.contains(y)) return false;
        return true;
    }

    /** Text cosine, blended with name and title cosines when both articles have those. */
    double similarity(Vectors a, Vectors b) {
        double text = textCosine(a, b);
        double total = 1 - nameWeight - titleWeight, score = total * text;
        if (nameWeight > 0) {
            if (!a.names.isEmpty() && !b.names.isEmpty()) {
                score += nameWeight * cosine(a.names, b.names);
                total += nameWeight;
            }
        }
        if (titleWeight > 0 && !a.title.isEmpty() && !b.title.isEmpty()) {
            score += titleWeight * cosine(a.title, b.title);
            total += titleWeight;
        }
        return total <= 0 ? text : score / total;
    }

    /** Cosine of a unit sparse vector with a sparse vector of the given norm. */
    private static double cosine(Sparse a, Sparse b, double norm) {
        return norm <= 0 ? 0 : cosine(a, b) / norm;
    }


    /** A story's aggregate: the sum of its members' unit vectors, pruned to its heaviest terms. */
    final class Centroid {
        /** The sums of the members' unit vectors, ascending ids (sorted arrays: a map of boxed ids and weights took ten times the memory). */
        private Sparse terms = EMPTY, names = EMPTY;
        /** The years any member gives. */
        final java.util.Set<String> years = new java.util.HashSet<>();
        int count;
        private double termNorm = -1, nameNorm = -1;

        /** Sum of the members' sentence embeddings (null until one has an embedding), and its unit-length copy. */
        float[] meaning;
        private float[] meaningUnit;

        void add(Vectors v, float[] embedding) {
            terms = plus(terms, v.terms);
            names = plus(names, v.names);
            years.addAll(v.years);
            count++;
            termNorm = nameNorm = -1;
            if (embedding.length > 0) {
                if (meaning == null) meaning = new float[embedding.length];
                if (meaning.length == embedding.length) for (int i = 0; i < embedding.length; i++) meaning[i] += embedding[i];
                meaningUnit = null;
            }
        }

        /** {@code sum + s}, pruned to the {@code centroidTerms} heaviest once it has more than twice as many. */
        private Sparse plus(Sparse sum, Sparse s) {
            int[] x = sum.ids, y = s.ids;
            int[] ids = new int[x.length + y.length];
            double[] w = new double[ids.length];
            int i = 0, j = 0, n = 0;
            while (i < x.length || j < y.length) {
                if (j == y.length || i < x.length && x[i] < y[j]) {
                    ids[n] = x[i];
                    w[n++] = sum.weights[i++];
                } else if (i == x.length || y[j] < x[i]) {
                    ids[n] = y[j];
                    w[n++] = s.weights[j++];
                } else {
                    ids[n] = x[i];
                    w[n++] = sum.weights[i++] + s.weights[j++];
                }
            }
            if (n <= 2 * centroidTerms) return new Sparse(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(w, n));
            // the heaviest terms (ties: the lower id), back in id order
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) order[k] = k;
            final double[] weights = w;
            java.util.Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
            int[] keep = new int[centroidTerms];
            for (int k = 0; k < centroidTerms; k++) keep[k] = order[k];
            java.util.Arrays.sort(keep);
            int[] keptIds = new int[centroidTerms];
            double[] keptWeights = new double[centroidTerms];
            for (int k = 0; k < centroidTerms; k++) {
                keptIds[k] = ids[keep[k]];
                keptWeights[k] = w[keep[k]];
            }
            return new Sparse(keptIds, keptWeights);
        }

        private static double norm(Sparse s) {
            double n = 0;
            for (double w : s.weights) n += w * w;
            return Math.sqrt(n);
        }

        /** The article's similarity with the story as a whole, blended as member similarities are ({@code share}: see {@link #vectorShare}). */
        double similarity(Vectors a, float[] embedding, double nameCover, double share) {
            if (termNorm < 0) termNorm = norm(terms);
            if (nameNorm < 0) nameNorm = norm(names);
            double text = cosine(a.terms, terms, termNorm);
            double total = 1 - nameWeight - titleWeight, score = total * text;
            if (nameWeight > 0 && !a.names.isEmpty() && !names.isEmpty()) {
                score += nameWeight * cosine(a.names, names, nameNorm);
                total += nameWeight;
            }
            double lexical = total <= 0 ? text : score / total;
            if (embedding == null || meaning == null || vectorWeight <= 0) return lexical;
            if (meaningUnit == null) meaningUnit = unit(meaning);
            return withMeaning(lexical, embedding, meaningUnit, nameCover, share);
        }
    }

    /**
     * How much of each title's names the other article mentions (IDF-weighted share, the smaller of the two
     * directions): reports of one event name its people and places in their headlines, a look-alike event
     * has other ones ("Weather in Brest" / "Weather in Gomel", "Felt dies" / "LaRue dies"). Only between
     * articles with a body.
     */
    double titleNameCover(Vectors a, Profile pa, Vectors b, Profile pb) {
        // a headline-only item is all title: its other words say nothing of which names it leaves out
        if (pa.terms().size() <= pa.title().size() || pb.terms().size() <= pb.title().size()) return 1.0;
        if (coveredA != a || coveredB != b) textCosine(a, b);
        return Math.min(cover(a, b, foundOfA), cover(b, a, foundOfB));
    }

    /** How many of a title's names one pass over the terms tracks (bits of a long); any further ones are searched for. */
    private static final int TRACKED_TITLE_NAMES = 63;

    /** The pair {@link #textCosine} last compared, and which of each one's title names it found among the other's terms. */
    private Vectors coveredA, coveredB;
    private long foundOfA, foundOfB;

    /**
     * The cosine of two articles' term vectors; the same pass over both notes which title names of each are among
     * the other's terms, for {@link #titleNameCover} (searching for each name apart took as long as the cosine).
     */
    private double textCosine(Vectors a, Vectors b) {
        byte[] sa = a.titleSlots, sb = b.titleSlots;
        coveredA = a;
        coveredB = b;
        if (sa == null && sb == null) {
            // neither has a title name among its own terms: cover() searches for any it has
            foundOfA = foundOfB = 0;
            return cosine(a.terms, b.terms);
        }
        double dot = 0;
        long foundA = 0, foundB = 0;
        int i = 0, j = 0;
        int[] x = a.terms.ids, y = b.terms.ids;
        double[] wx = a.terms.weights, wy = b.terms.weights;
        while (i < x.length && j < y.length) {
            int u = x[i], v = y[j];
            if (u == v) {
                dot += wx[i] * wy[j];
                // a slot's bit (slot 0: none, shifted out of the long)
                if (sa != null) foundA |= (1L << sa[i]) >>> 1;
                if (sb != null) foundB |= (1L << sb[j]) >>> 1;
            }
            i += u <= v ? 1 : 0;
            j += u >= v ? 1 : 0;
        }
        foundOfA = foundA;
        foundOfB = foundB;
        return dot;
    }

    /**
     * IDF-weighted share of {@code a}'s title names found among {@code other}'s terms or names, through term ids
     * (its sparse vectors hold exactly those keys, by ascending id); {@code foundInTerms}: the bits of those a
     * pass over both articles' terms found.
     */
    private static double cover(Vectors a, Vectors other, long foundInTerms) {
        int[] ids = a.titleNameIds;
        if (ids.length == 0) return 1.0;
        double[] idf = a.titleNameIdfs;
        double all = 0, found = 0;
        for (int i = 0; i < ids.length; i++) {
            all += idf[i];
            boolean inTerms = i < TRACKED_TITLE_NAMES && (a.titleNamesOutsideTerms & 1L << i) == 0 ? (foundInTerms & 1L << i) != 0
                    : java.util.Arrays.binarySearch(other.terms.ids, ids[i]) >= 0;
            if (inTerms || java.util.Arrays.binarySearch(other.names.ids, ids[i]) >= 0) found += idf[i];
        }
        return all <= 0 ? 1.0 : found / all;
    }

    /** Dot product of two unit vectors stored as ascending term ids with weights. */
    private static double cosine(Sparse a, Sparse b) {
        double dot = 0;
        int i = 0, j = 0;
        int[] x = a.ids, y = b.ids;
        while (i < x.length && j < y.length) {
            int u = x[i], v = y[j];
            if (u == v) dot += a.weights[i] * b.weights[j];
            // both steps without a branch on which id is smaller: the comparison is a coin toss the CPU cannot predict
            i += u <= v ? 1 : 0;
            j += u >= v ? 1 : 0;
        }
        return dot;
    }

    private static final Sparse EMPTY = new Sparse(new int[0], new double[0], null);

    /** A sparse vector: ascending term ids and their weights (of unit length, but for a story aggregate's sums). */
    record Sparse(int[] ids, double[] weights, char[] counts) {
        Sparse(int[] ids, double[] weights) {
            this(ids, weights, null);
        }

        boolean isEmpty() {
            return ids.length == 0;
        }
    }

    /** Term ids for sparse vectors (one space for every language: the terms differ anyway). */
    private final Map<String, Integer> termIds = new HashMap<>();
    /** Name-key ids, a space of their own: key vectors are only ever compared with key vectors. */
    private final Map<String, Integer> keyIds = new HashMap<>();
    /**
     * The terms and keys by id: weighing a member again reads its terms from its vectors' ids instead of looking
     * every term up in the (large, cache-cold) id maps and sorting them again.
     */
    private final List<String> termsById = new ArrayList<>(), keysById = new ArrayList<>();

    private int termId(String term) {
        return id(termIds, termsById, term);
    }

    private static int id(Map<String, Integer> ids, List<String> byId, String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
            byId.add(term);
        }
        return id;
    }

    /**
     * A stored article's vectors, reused while the index has grown by less than 5% since they were
     * weighed (IDF barely moves then), recomputed otherwise.
     */
    private Vectors vectorsOf(Profile q) {
        Vectors v = weighed.get(q.id());
        if (v != null && fresh(v)) return v;
        v = v != null && v.profile == q && v.reweighable() ? new Vectors(v) : new Vectors(q, null);
        weighed.put(q.id(), v);
        return v;
    }

    /** {@link #vectorsOf} a stored article, its profile looked up only when its vectors must be weighed (again); null when unknown. */
    private Vectors memberVectors(String articleId) {
        Vectors v = weighed.get(articleId);
        if (v != null && fresh(v)) return v;
        Profile q = v != null ? v.profile : profile(articleId);
        return q == null ? null : vectorsOf(q);
    }

    private boolean fresh(Vectors v) {
        int docs = docCount(v.chainSlot);
        return docs - v.docs <= Math.max(1, v.docs / 20);
    }

    private int docCount(int chainSlot) {
        if (docsNow[chainSlot] < 0) docsNow[chainSlot] = index.docCount(CHAINS.get(chainSlot));
        return docsNow[chainSlot];
    }

    /** Unit-length TF-IDF vectors of a profile under the index's current document frequencies. */
    final class Vectors {
        final Sparse terms, title, names, keys;
        /** The years the article names that can be its event's (see {@link #years}). */
        final java.util.Set<String> years;
        /** The figures the title gives (see {@link #titleFigures}). */
        final java.util.Set<String> titleFigures;
        /** The title's name terms as term ids, with their IDFs. */
        final int[] titleNameIds;
        final double[] titleNameIdfs;
        /**
         * For each place of {@link #terms}, 1 + the index of its term in {@link #titleNameIds}, 0 for other terms
         * (null: the title names none), so one pass over two articles' terms tells their cosine and which title
         * names the other has (see {@link #textCosine}).
         */
        final byte[] titleSlots;
        /** Bits of the title names that are not among the article's own terms (so are looked for in the other's terms by search). */
        final long titleNamesOutsideTerms;
        /**
         * For each place of {@link #title} (in id order), whether its term is a name the body writes capitalised and
         * only so (see {@link #writtenAsName}); 0 for a title of more than {@link #TEMPLATE_TITLE_TERMS} distinct terms.
         */
        final long titleNameBits;
        private final Profile profile;
        private java.util.Set<String> figures;
        private double[] numbers;
        final int docs;
        /** The place of the profile's language chain in {@link #CHAINS} (and {@link #docsNow}). */
        final int chainSlot;

        /** Whether every vector kept its counts (a term more than 65,535 times does not fit). */
        boolean reweighable() {
            return terms.counts != null && title.counts != null && names.counts != null && keys.counts != null;
        }

        /** The article's {@link StoryAssigner#figures}, worked out once. */
        java.util.Set<String> figures() {
            if (figures == null) figures = StoryAssigner.figures(profile);
            return figures;
        }

        /** The article's {@link StoryAssigner#numbers}, worked out once. */
        double[] numbers() {
            if (numbers == null) numbers = StoryAssigner.numbers(profile);
            return numbers;
        }

        /** @param termWeights receives each term's weight when not null (the candidate query of the article being assigned) */
        Vectors(Profile p, Map<String, Double> termWeights) {
            docs = index.docCount(p.language());
            chainSlot = CHAINS.indexOf(Analyzers.chain(p.language()));
            terms = weigh(p.language(), p.terms(), docs, termWeights);
            title = weigh(p.language(), p.title(), docs, null);
            names = weigh(p.language(), p.names(), docs, null);
            keys = weigh(null, p.keys(), keyDocs, null);
            years = years(p);
            titleFigures = titleFigures(p);
            profile = p;
            Map<String, Double> titleNames = new HashMap<>();
            // a title of more distinct terms than a headline has is a lead sentence: its names are the report's, not
            // the few a headline picks, and other reports of the event need not mention them
            if (p.title().size() <= headlineTerms) {
                List<String> named = new ArrayList<>();
                for (String t : p.title().keySet()) if (p.names().containsKey(t)) named.add(t);
                String[] asked = named.toArray(new String[0]);
                int[] dfs = docFreqs(p.language(), asked);
                for (int n = 0; n < asked.length; n++) titleNames.put(asked[n], Math.log((docs + 1.0) / (dfs[n] + 1.0)) + 1.0);
            }
            titleNameIds = new int[titleNames.size()];
            titleNameIdfs = new double[titleNames.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : titleNames.entrySet()) {
                titleNameIds[k] = termId(e.getKey());
                titleNameIdfs[k++] = e.getValue();
            }
            byte[] slots = null;
            long outside = 0;
            for (k = 0; k < Math.min(titleNameIds.length, TRACKED_TITLE_NAMES); k++) {
                int at = java.util.Arrays.binarySearch(terms.ids, titleNameIds[k]);
                if (at < 0) {
                    outside |= 1L << k;
                    continue;
                }
                if (slots == null) slots = new byte[terms.ids.length];
                slots[at] = (byte) (k + 1);
            }
            titleSlots = slots;
            titleNamesOutsideTerms = outside;
            titleNameBits = titleNameBits(p, title);
        }

        /**
         * The vectors of {@code stale}'s article under the index's current document frequencies: the same terms and
         * ids, only the weights change, so neither the id maps nor a sort are needed again.
         */
        Vectors(Vectors stale) {
            Profile p = stale.profile;
            profile = p;
            docs = index.docCount(p.language());
            chainSlot = stale.chainSlot;
            terms = reweigh(p.language(), stale.terms, docs);
            title = reweigh(p.language(), stale.title, docs);
            names = reweigh(p.language(), stale.names, docs);
            keys = reweigh(null, stale.keys, keyDocs);
            years = stale.years;
            titleFigures = stale.titleFigures;
            figures = stale.figures;
            numbers = stale.numbers;
            titleNameIds = stale.titleNameIds;
            titleNameIdfs = new double[titleNameIds.length];
            String[] asked = new String[titleNameIds.length];
            for (int k = 0; k < titleNameIds.length; k++) asked[k] = termsById.get(titleNameIds[k]);
            int[] dfs = docFreqs(p.language(), asked);
            for (int k = 0; k < titleNameIds.length; k++) {
                titleNameIdfs[k] = Math.log((docs + 1.0) / (dfs[k] + 1.0)) + 1.0;
            }
            titleSlots = stale.titleSlots;
            titleNamesOutsideTerms = stale.titleNamesOutsideTerms;
            titleNameBits = stale.titleNameBits;
        }

        /** @param language null for name keys, whose document frequencies and ids are kept apart from the terms' */
        private Sparse weigh(String language, Map<String, Integer> tf, int docs, Map<String, Double> keep) {
            int n = tf.size();
            String[] terms = new String[n];
            int[] counts = new int[n];
            int i = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                terms[i] = e.getKey();
                counts[i++] = e.getValue();
            }
            int[] dfs = docFreqs(language, terms);
            long[] packed = new long[n];
            double[] raw = new double[n];
            double norm = 0;
            for (i = 0; i < n; i++) {
                double x = tfIdf(counts[i], dfs[i], docs);
                if (keep != null) keep.put(terms[i], x);
                raw[i] = x;
                packed[i] = ((long) (language == null ? id(keyIds, keysById, terms[i]) : termId(terms[i])) << 32) | i;
                norm += x * x;
            }
            java.util.Arrays.sort(packed);
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            int[] ids = new int[n];
            double[] w = new double[n];
            // the counts kept for weighing again: a profile's count maps are cache-cold lookups by then
            char[] idOrderCounts = new char[n];
            for (int k = 0; k < n; k++) {
                ids[k] = (int) (packed[k] >>> 32);
                w[k] = raw[(int) packed[k]] * scale;
                int count = counts[(int) packed[k]];
                if (count > Character.MAX_VALUE) idOrderCounts = null;
                else if (idOrderCounts != null) idOrderCounts[k] = (char) count;
            }
            return new Sparse(ids, w, idOrderCounts);
        }

        /** {@link #weigh} again, for the terms and counts {@code old} holds (in its id order). */
        private Sparse reweigh(String language, Sparse old, int docs) {
            int n = old.ids.length;
            List<String> byId = language == null ? keysById : termsById;
            String[] terms = new String[n];
            for (int k = 0; k < n; k++) terms[k] = byId.get(old.ids[k]);
            int[] dfs = docFreqs(language, terms);
            double[] w = new double[n];
            double norm = 0;
            for (int k = 0; k < n; k++) {
                double x = tfIdf(old.counts[k], dfs[k], docs);
                w[k] = x;
                norm += x * x;
            }
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int k = 0; k < n; k++) w[k] *= scale;
            return new Sparse(old.ids, w, old.counts);
        }
    }

    /**
     * The document frequencies of {@code terms} in one lookup (an index behind a network answers them in one request);
     * {@code language} null: of name keys, counted here.
     */
    private int[] docFreqs(String language, String[] terms) {
        int[] dfs = new int[terms.length];
        if (language == null) {
            for (int k = 0; k < terms.length; k++) dfs[k] = keyDf.getOrDefault(terms[k], 0);
        } else if (terms.length > 0) {
            index.docFreqs(language, terms, dfs);
        }
        return dfs;
    }

    private static double tfIdf(int count, int df, int docs) {
        return (1 + Math.log(count)) * (Math.log((docs + 1.0) / (df + 1.0)) + 1.0);
    }

    /** The profile of a stored article (from the cache of recently matched ones, else worked out of the stored article). */
    public synchronized Optional<Profile> profileOf(String articleId) {
        return Optional.ofNullable(profile(articleId));
    }

    private Profile profile(String articleId) {
        Profile p = profiles.get(articleId);
        if (p != null) return p;
        Optional<Article> a = index.storedArticle(articleId);
        if (a.isEmpty()) return null;
        p = Profile.of(a.get(), analyzers);
        profiles.put(articleId, p);
        return p;
    }

    private List<String> membersOf(String storyId) {
        List<String> ids = members.get(storyId);
        if (ids != null) return ids;
        ids = stories.story(storyId).map(s -> (List<String>) new ArrayList<>(s.articleIds())).orElse(new ArrayList<>());
        members.put(storyId, ids);
        return ids;
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Full weight within a day; beyond that it falls linearly to half at the window's edge. */
    double timeFactor(Instant a, Instant b) {
        if (a == null || b == null) return 1.0;
        // Duration.between(a, b).toHours() without the Duration: whole seconds from a to b (floored), then hours
        long seconds = b.getEpochSecond() - a.getEpochSecond();
        if (b.getNano() < a.getNano()) seconds--;
        double days = Math.abs(seconds / 3600) / 24.0;
        if (days <= 1) return 1.0;
        double span = Math.max(1.0, window.toDays() - 1.0);
        return Math.max(0.5, 1.0 - 0.5 * (days - 1) / span);
    }

    static String newStoryId(Article article) {
        return "s" + article.id().substring(1);
    }

    /** The story after {@code article}, an original report, joined it (or a new story made of it alone). */
    public Story withMember(Optional<Story> existing, String storyId, Article article) {
        return withMember(existing, storyId, article, false);
    }

    /**
     * The story after {@code article} joined it (or a new story made of it alone); a {@code copy} (of a report
     * the story has) adds an article but no independent source.
     */
    public Story withMember(Optional<Story> existing, String storyId, Article article, boolean copy) {
        return withMember(existing, storyId, article, copy, null);
    }

    /** {@link #withMember(Optional, String, Article, boolean)} with the article's {@link #profile} (null: worked out here). */
    public synchronized Story withMember(Optional<Story> existing, String storyId, Article article, boolean copy, Profile profile) {
        remember(existing, storyId, article, profile);
        Instant at = article.published() == null ? null : article.published().at();
        if (existing.isEmpty()) {
            return rank(new Story(storyId, article.title(), article.titleOrigin(), List.of(article.id()),
                    article.outlet() == null ? List.of() : List.of(article.outlet()),
                    List.of(article.language()), at, at, 0, withCategory(Map.of(), article, false), 1));
        }
        Story s = existing.get();
        List<String> members = new ArrayList<>(s.articleIds());
        boolean added = !members.contains(article.id());
        if (added) members.add(article.id());
        int independent = s.independentSources() + (added && !copy ? 1 : 0);
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
                first, max(s.lastUpdated(), at), 0, withCategory(s.categories(), article, s.articleIds().contains(article.id())),
                independent));
    }

    /** Drops what the caches know of a story and an article after an update or delete changed them. */
    public synchronized void forget(String storyId, String articleId) {
        members.remove(storyId);
        centroids.remove(storyId);
        profiles.remove(articleId);
        weighed.remove(articleId);
        embeddings.remove(articleId);
    }

    /** Files the article's profile and membership in the caches story matching reads. */
    private void remember(Optional<Story> existing, String storyId, Article article, Profile known) {
        Profile p = known != null ? known : pending != null && pending.id().equals(article.id()) ? pending : Profile.of(article, analyzers);
        pending = null;
        java.util.Arrays.fill(docsNow, -1);
        if (!profiles.containsKey(article.id())) {
            for (String k : p.keys().keySet()) keyDf.merge(k, 1, Integer::sum);
            keyDocs++;
        }
        profiles.put(article.id(), p);
        List<String> ids = members.get(storyId);
        if (ids == null) {
            ids = new ArrayList<>(existing.map(Story::articleIds).orElse(List.of()));
            members.put(storyId, ids);
        }
        if (!ids.contains(article.id())) {
            ids.add(article.id());
            Centroid c = centroids.get(storyId);
            if (c == null && existing.isEmpty()) centroids.put(storyId, c = new Centroid());
            if (c != null && centroidWeight > 0) c.add(vectorsOf(p), anyVectors ? embedding(article.id()) : NO_VECTOR);
        }
    }

    /**
     * Category counts with the article's category added (unless it is already a member). A report that is not news
     * (a recipe, a guide) counts as {@code not_news}, not as its nearest topic, so a story made of such reports says
     * so; the article itself keeps its topic and its news flag.
     */
    static Map<String, Integer> withCategory(Map<String, Integer> counts, Article article, boolean member) {
        if (article.category() == null || member) return counts;
        Map<String, Integer> out = new java.util.TreeMap<>(counts);
        out.merge(article.news() ? article.category() : org.dateline.classify.Category.NOT_NEWS.label(), 1, Integer::sum);
        return out;
    }

    /**
     * Importance (see story.rank.* in dateline.properties): independent sources (copies count once), outlet
     * diversity and velocity (independent sources per story.rank.velocity.hours over the story's span from first
     * to last report), each on a log scale. Recency is not part of the stored rank: lists order stories by rank
     * decayed with the age of their last report (see {@link org.dateline.store.LuceneStore}), which orders them
     * the same whatever the present moment is.
     */
    Story rank(Story s) {
        double rank = rankSources * Math.log1p(s.independentSources()) + rankOutlets * Math.log1p(s.outlets().size())
                + rankVelocity * Math.log1p(velocity(s));
        // the news filter: a story most of whose reports are not news (guides, recipes, ads) ranks below news of its reach
        if (org.dateline.classify.Category.NOT_NEWS.label().equals(s.category())) rank *= rankNotNews;
        return new Story(s.id(), s.title(), s.titleOrigin(), s.articleIds(), s.outlets(), s.languages(), s.firstSeen(),
                s.lastUpdated(), Math.round(rank * 1000) / 1000.0, s.categories(), s.independentSources());
    }

    /** Independent sources per {@code velocityHours} over the story's span (a span shorter than that counts as that). */
    double velocity(Story s) {
        double hours = s.firstSeen() == null || s.lastUpdated() == null ? 0
                : Duration.between(s.firstSeen(), s.lastUpdated()).toMinutes() / 60.0;
        return s.independentSources() * velocityHours / Math.max(velocityHours, hours);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
