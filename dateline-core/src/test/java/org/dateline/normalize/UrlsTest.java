package org.dateline.normalize;

import org.dateline.model.TelegramRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @Test
    void readsDateFromSlashSeparatedPath() {
        assertThat(Urls.date("https://www.example.com/2025/08/07/leaders-to-meet-a123"))
                .hasValue(LocalDate.of(2025, 8, 7));
    }

    @Test
    void readsDateFromDashedAndCompactPaths() {
        assertThat(Urls.date("https://example.com/news/2026-03-16/rail-link")).hasValue(LocalDate.of(2026, 3, 16));
        assertThat(Urls.date("https://example.com/news/20260316/rail-link")).hasValue(LocalDate.of(2026, 3, 16));
    }

    @Test
    void findsNoDateWhereThePathHasNone() {
        assertThat(Urls.date("https://example.com/news/rail-link-reopens")).isEmpty();
        assertThat(Urls.date("https://example.com/2025/02/30/not-a-day")).isEmpty();
        assertThat(Urls.date(null)).isEmpty();
    }

    @Test
    void identityIgnoresSchemeWwwTrackingFragmentAndTrailingSlash() {
        String plain = Urls.identity("http://example.com/2025/08/07/story?id=3");
        assertThat(Urls.identity("https://www.Example.com/2025/08/07/story/?utm_source=tg&id=3&utm_medium=x#comments"))
                .isEqualTo(plain);
        assertThat(plain).isEqualTo("example.com/2025/08/07/story?id=3");
    }

    @Test
    void identityKeepsDistinctPagesApart() {
        assertThat(Urls.identity("https://example.com/a/story-one"))
                .isNotEqualTo(Urls.identity("https://example.com/a/story-two"));
        assertThat(Urls.identity("https://example.com/a?id=1")).isNotEqualTo(Urls.identity("https://example.com/a?id=2"));
    }

    @Test
    void hostDropsWwwAndLowerCases() {
        assertThat(Urls.host("https://WWW.TheMoscowTimes.com/2025/08/07/x")).isEqualTo("themoscowtimes.com");
        assertThat(Urls.host("not a url")).isNull();
    }

    @Test
    void slugWordsDropTrailingArticleId() {
        assertThat(Urls.slugWords("https://www.example.com/2025/08/07/leaders-to-meet-in-coming-days-a90124"))
                .containsExactly("leaders", "to", "meet", "in", "coming", "days");
        assertThat(Urls.slugWords("https://example.com/news/ferry-runs-aground-off-gozo-123456.html"))
                .containsExactly("ferry", "runs", "aground", "off", "gozo");
    }

    @Test
    void slugWordsSkipATrailingNumericSegment() {
        assertThat(Urls.slugWords("https://example.com/news/ferry-runs-aground-off-gozo/123456/"))
                .containsExactly("ferry", "runs", "aground", "off", "gozo");
    }

    @Test
    void slugWordsAreEmptyWhenThereIsNoSlug() {
        assertThat(Urls.slugWords("https://example.com/")).isEmpty();
        assertThat(Urls.slugWords("https://example.com/news/123456")).isEmpty();
    }

    @Test
    void recognisesTelegramPostLinks() {
        assertThat(Urls.telegramPost("https://t.me/youlistenedmayak/38300"))
                .hasValue(new TelegramRef("youlistenedmayak", 38300, "https://t.me/youlistenedmayak/38300"));
        assertThat(Urls.telegramPost("https://t.me/s/dockside_daily/77?single"))
                .get().extracting(TelegramRef::channel, TelegramRef::postId)
                .containsExactly("dockside_daily", 77L);
    }

    @Test
    void rejectsLinksThatAreNotTelegramPosts() {
        assertThat(Urls.telegramPost("https://t.me/youlistenedmayak")).isEmpty();
        assertThat(Urls.telegramPost("https://example.com/youlistenedmayak/38300")).isEmpty();
        assertThat(Urls.isTelegram("https://t.me/youlistenedmayak/38300")).isTrue();
        assertThat(Urls.isTelegram("https://example.com/t.me/1")).isFalse();
    }
}
