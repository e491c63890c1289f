package org.dateline.story;

import org.dateline.Config;
import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.Candidate;
import org.dateline.store.CandidateIndex;
import org.dateline.store.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nearest embeddings are asked for only when no lexical candidate is already far over the join threshold
 * (story.vector.confident.margin): a follow-up report sharing most of its words with its story skips the graph search,
 * a report with few words in common still gets it.
 */
class ConfidentLexicalMatchTest {

    @TempDir
    Path tmp;

    /** A unit vector standing for the ferry story's meaning; both reports get it, as for two tellings of one event. */
    private static final float[] FERRY_MEANING = {1, 0, 0, 0};

    private static Article article(long n, String title, String text) {
        RawDocument d = org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", title, text, "https://news" + n + ".example/item",
                "2026-04-14T0" + n + ":00:00Z");
        return new Normalizer(OutletRegistry.bundled()).normalize(d);
    }

    /** The store as the assigner sees it, counting the nearest-embedding searches. */
    private record CountingIndex(LuceneStore store, AtomicInteger nearestAsked) implements CandidateIndex {
        @Override
        public List<Candidate> candidates(String language, Map<String, Double> terms, int k, Instant from, Instant to) {
            return store.candidates(language, terms, k, from, to);
        }

        @Override
        public int docFreq(String language, String term) {
            return store.docFreq(language, term);
        }

        @Override
        public int docCount(String language) {
            return store.docCount(language);
        }

        @Override
        public List<Candidate> nearest(float[] vector, int k, Instant from, Instant to) {
            nearestAsked.incrementAndGet();
            return store.nearest(vector, k, from, to);
        }

        @Override
        public Optional<float[]> vector(String articleId) {
            return store.vector(articleId);
        }

        @Override
        public Optional<Article> storedArticle(String id) {
            return store.storedArticle(id);
        }
    }

    /** Assigns and stores one article as the engine does; returns its story id. */
    private static String add(StoryAssigner assigner, LuceneStore store, Article a, float[] vector) {
        Profile p = assigner.profile(a);
        StoryAssigner.Assignment assignment = assigner.assign(a, vector, p);
        Optional<Story> existing = assignment.newStory() ? Optional.empty() : store.story(assignment.storyId());
        Story story = assigner.withMember(existing, assignment.storyId(), a, false, p);
        store.addArticle(a, story.id(), Fingerprint.of(a.text()), null, vector, p.terms());
        store.putStory(story);
        return story.id();
    }

    private static final String FERRY_TEXT = "The ferry Kalda Star sank off the Varno coast on Monday night; coastguard "
            + "captain Ines Moravec said 40 passengers were rescued and two are missing. The ferry had left Varno harbour "
            + "for Telsa island with 42 people aboard.";

    /** How assigning {@code next} after the ferry report went: nearest-embedding searches made, and whether it joined. */
    private record Outcome(int nearestSearches, boolean joined) {
    }

    private Outcome assignAfterFerry(String margin, Article next, float[] nextVector) {
        AtomicInteger asked = new AtomicInteger();
        Config config = Config.load(null, Map.of("story.vector.confident.margin", margin, "story.merge.enabled", "false"));
        try (LuceneStore store = LuceneStore.open(tmp.resolve("store-" + margin + "-" + next.id().hashCode()))) {
            StoryAssigner assigner = new StoryAssigner(new CountingIndex(store, asked), store, config);
            String ferry = add(assigner, store, article(1, "Ferry Kalda Star sinks off Varno coast, 40 rescued", FERRY_TEXT),
                    FERRY_MEANING);
            asked.set(0);
            String story = add(assigner, store, next, nextVector);
            return new Outcome(asked.get(), story.equals(ferry));
        }
    }

    @Test
    void aReportSharingMostOfItsWordsWithAStorySkipsTheNearestSearch() {
        Article followUp = article(2, "Kalda Star ferry sinks off Varno coast: 40 rescued, two missing", FERRY_TEXT
                + " Captain Ines Moravec said the search for the two missing passengers of the Kalda Star went on.");
        assertThat(assignAfterFerry("0.2", followUp, FERRY_MEANING)).isEqualTo(new Outcome(0, true));
        // a margin no score reaches: the search is always made, and the report joins all the same
        assertThat(assignAfterFerry("9", followUp, FERRY_MEANING)).isEqualTo(new Outcome(1, true));
    }

    @Test
    void aReportWithFewWordsInCommonStillSearches() {
        Article retold = article(3, "Rescue boats bring the survivors ashore overnight",
                "Boats brought the survivors ashore overnight, and relatives waited on the quay with blankets.");
        assertThat(assignAfterFerry("0.2", retold, FERRY_MEANING).nearestSearches()).isEqualTo(1);
    }
}
