package org.dateline.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory window: what it covers as articles arrive and leave, and what its lookups return. */
class RecentArticlesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final long DAY = Duration.ofDays(1).toMillis();

    private static RecentArticles.Entry entry(String id, String story, int day, Map<String, Integer> terms, List<String> bands) {
        long[] keys = bands.stream().mapToLong(b -> b.hashCode()).toArray();
        return new RecentArticles.Entry(id, story, "en", T0.toEpochMilli() + day * DAY, terms, keys, new int[0], 0, null);
    }

    private static Instant day(double d) {
        return T0.plusMillis((long) (d * DAY));
    }

    private static List<String> ids(List<Candidate> found) {
        return found.stream().map(Candidate::articleId).toList();
    }

    @Test
    void anEmptyStoreIsCoveredFromTheBeginningAndArticlesBeyondTheHorizonLeave() {
        RecentArticles window = new RecentArticles(6 * DAY, 1000, Long.MIN_VALUE);
        window.put(entry("a1", "s1", 0, Map.of("ferry", 1), List.of("b1")));
        assertThat(window.covers(day(-30))).isTrue();
        window.put(entry("a2", "s2", 10, Map.of("ferry", 2), List.of("b1")));
        // a1 is more than six days older than the newest: it left, and with it the window's claim before it
        assertThat(window.size()).isEqualTo(1);
        assertThat(window.covers(day(0))).isFalse();
        assertThat(window.covers(day(0.5))).isTrue();
        assertThat(window.covers(null)).as("an unbounded lookup needs the index").isFalse();
    }

    @Test
    void theOldestLeaveFirstWhenTheWindowIsFull() {
        RecentArticles window = new RecentArticles(6 * DAY, 2, Long.MIN_VALUE);
        window.put(entry("a1", "s1", 0, Map.of("x", 1), List.of()));
        window.put(entry("a2", "s1", 1, Map.of("x", 1), List.of()));
        window.put(entry("a3", "s1", 2, Map.of("x", 1), List.of()));
        assertThat(window.size()).isEqualTo(2);
        assertThat(window.covers(day(0))).isFalse();
        assertThat(ids(window.candidates("en", Map.of("x", 1.0), 10, day(1), day(3), t -> 2, 10, 100, 100)))
                .containsExactlyInAnyOrder("a2", "a3");
    }

    @Test
    void candidatesAreRankedByWeightedSharedTermsWithinTheTimeRangeAndLanguage() {
        RecentArticles window = new RecentArticles(6 * DAY, 1000, Long.MIN_VALUE);
        window.put(entry("ferry", "s1", 1, Map.of("ferry", 3, "gozo", 1), List.of()));
        window.put(entry("gozo", "s2", 1, Map.of("gozo", 1), List.of()));
        window.put(entry("late", "s3", 5, Map.of("ferry", 3, "gozo", 1), List.of()));
        window.put(new RecentArticles.Entry("russian", "s4", "ru", day(1).toEpochMilli(), Map.of("ferry", 1), new long[0],
                new int[0], 0, null));
        List<Candidate> found = window.candidates("en", Map.of("ferry", 2.0, "gozo", 1.0), 10, day(0), day(2),
                t -> 1, 100, 50, 100);
        assertThat(ids(found)).containsExactly("ferry", "gozo");
        assertThat(found.get(0).storyId()).isEqualTo("s1");
        // a term in more articles than maxDf finds nothing
        assertThat(window.candidates("en", Map.of("ferry", 2.0), 10, day(0), day(2), t -> 60, 100, 50, 100)).isEmpty();
    }

    @Test
    void aReplacedArticleIsFoundUnderItsNewStoryAndARemovedOneNotAtAll() {
        RecentArticles window = new RecentArticles(6 * DAY, 1000, Long.MIN_VALUE);
        window.put(entry("a1", "s1", 1, Map.of("ferry", 1), List.of("band")));
        window.put(entry("a2", "s1", 1, Map.of("ferry", 1), List.of("band")));
        window.put(entry("a1", "s9", 1, Map.of("ferry", 1), List.of("band")));
        window.remove("a2");
        List<Candidate> found = window.candidates("en", Map.of("ferry", 1.0), 10, day(0), day(2), t -> 1, 10, 10, 100);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo("a1");
            assertThat(c.storyId()).isEqualTo("s9");
        });
        assertThat(window.sharingBands(new long[]{"band".hashCode(), "other".hashCode()}, 10, day(0), day(2)))
                .singleElement().satisfies(h -> {
                    assertThat(h.articleId()).isEqualTo("a1");
                    assertThat(h.storyId()).isEqualTo("s9");
                    assertThat(h.shared()).isEqualTo(1);
                });
    }
}
