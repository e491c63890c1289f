package org.dateline;

import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.StoryPage;
import org.dateline.store.StoryQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API and UI ask of the engine: filtered pages of stories, faceted search, updates, deletes. */
class DatelineFacadeTest {

    @TempDir
    Path tmp;
    Dateline engine;

    private static RawDocument doc(String id, String title, String text, String url, String published, String lang) {
        return TestCorpus.jsonLine("test.jsonl", Long.parseLong(id), lang, title, text, url, published);
    }

    @BeforeEach
    void fill() {
        engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults());
        engine.add(doc("1", "Ferry Aurelia Bay runs aground off Gozo", "The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday with 318 passengers on board.",
                "https://www.reuters.com/world/2026/03/20/ferry-aground-gozo", "2026-03-20T18:00:00Z", "en"));
        engine.add(doc("2", "Ferry Aurelia Bay aground off Gozo, passengers evacuated", "The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318 passengers on board; all were evacuated.",
                "https://www.bbc.com/news/2026/03/20/ferry-gozo", "2026-03-20T20:00:00Z", "en"));
        engine.add(doc("3", "Паром сел на мель у острова Гозо", "Паром Aurelia Bay сел на мель у острова Гозо в пятницу вечером, все 318 пассажиров эвакуированы.",
                "https://tass.ru/proisshestviya/2026/03/21/parom", "2026-03-21T06:00:00Z", "ru"));
        engine.add(doc("4", "Kalda library reopens after renovation", "The Kalda public library reopened on Thursday after a two-year renovation that added a reading garden.",
                "https://www.theguardian.com/books/2026/03/26/kalda-library", "2026-03-26T12:00:00Z", "en"));
        engine.commit();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void filtersStoriesByLanguageOutletAndTimeAndPagesThem() {
        StoryPage ru = engine.findStories(new StoryQuery(List.of("ru"), List.of(), null, null, StoryQuery.Sort.RANK, 0, 10), List.of());
        assertThat(ru.stories()).allSatisfy(s -> assertThat(s.languages()).contains("ru"));
        assertThat(ru.total()).isEqualTo(ru.stories().size());

        StoryPage state = engine.findStories(StoryQuery.top(10), List.of("Russian state media"));
        assertThat(state.stories()).isNotEmpty().allSatisfy(s -> assertThat(s.outlets()).contains("TASS"));

        StoryPage late = engine.findStories(new StoryQuery(List.of(), List.of(), Instant.parse("2026-03-25T00:00:00Z"), null,
                StoryQuery.Sort.RECENT, 0, 10), List.of());
        assertThat(late.stories()).extracting(Story::title).containsExactly("Kalda library reopens after renovation");

        StoryPage all = engine.findStories(new StoryQuery(List.of(), List.of(), null, null, StoryQuery.Sort.RECENT, 0, 1), List.of());
        StoryPage second = engine.findStories(new StoryQuery(List.of(), List.of(), null, null, StoryQuery.Sort.RECENT, 1, 1), List.of());
        assertThat(all.total()).isEqualTo(engine.storyCount());
        assertThat(all.stories()).hasSize(1);
        assertThat(second.stories()).hasSize(1).doesNotContainAnyElementsOf(all.stories());
        assertThat(all.stories().get(0).lastUpdated()).isAfterOrEqualTo(second.stories().get(0).lastUpdated());
    }

    @Test
    void searchCountsFacetsOverMatches() {
        SearchResult r = engine.search(new SearchQuery("ferry Gozo", List.of(), List.of(), null, null, 1));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).hasSize(1);
        assertThat(r.facets().get("outlet")).containsEntry("Reuters", 1).containsEntry("BBC", 1);
        assertThat(r.facets().get("day")).containsEntry("2026-03-20", 2);
        SearchResult onlyBbc = engine.search(new SearchQuery("ferry", List.of(), List.of("BBC"), null, null, 10));
        assertThat(onlyBbc.hits()).extracting(h -> h.outlet()).containsOnly("BBC");
    }

    @Test
    void updatingADocumentKeepsItsStoryAndDeletingTheLastMemberRemovesTheStory() {
        Dateline.Outcome updated = engine.put(doc("4", "Kalda library reopens with a reading garden",
                "The Kalda public library reopened on Thursday after a two-year renovation that added a reading garden and a children's floor.",
                "https://www.theguardian.com/books/2026/03/26/kalda-library", "2026-03-26T12:00:00Z", "en"));
        assertThat(updated.reason()).isEqualTo("updated");
        assertThat(engine.article(updated.articleId()).orElseThrow().title()).isEqualTo("Kalda library reopens with a reading garden");
        assertThat(engine.story(updated.storyId()).orElseThrow().title()).isEqualTo("Kalda library reopens with a reading garden");

        long stories = engine.storyCount();
        assertThat(engine.deleteArticle(updated.articleId())).isTrue();
        assertThat(engine.article(updated.articleId())).isEmpty();
        assertThat(engine.story(updated.storyId())).isEmpty();
        assertThat(engine.storyCount()).isEqualTo(stories - 1);
        assertThat(engine.deleteArticle(updated.articleId())).isFalse();
    }
}
