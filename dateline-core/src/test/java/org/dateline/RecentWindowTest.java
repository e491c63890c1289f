package org.dateline;

import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidate retrieval and the near-duplicate check answer from the in-memory window of recent articles when a
 * lookup falls inside it and from the index otherwise: the stories must be the same either way, after a reopen
 * (the window is loaded from the index) and for a report arriving long after newer ones pushed its time out.
 */
class RecentWindowTest {

    @TempDir
    Path tmp;

    private static final String FERRY = """
            The ferry Aurelia Bay ran aground near Qarnita Point off the island of Gozo on Friday evening with 318 \
            passengers and 41 crew on board, the Maltese coast guard said. All passengers were taken off by two patrol \
            boats and a fishing vessel within three hours, and nine people were treated for minor injuries at the \
            hospital in Victoria. The vessel, operated by Marenostra Lines, was sailing from Cirkewwa to Mgarr when it \
            lost engine power in strong winds, according to the operator.""";

    private static final String LIBRARY = """
            The city council of Tirel approved the renovation of the old harbour library on Tuesday, voting 31 to 4 \
            for a plan that keeps the nineteenth-century reading room and adds a children's wing. Work is to start in \
            the spring and last two years, the mayor's office said, at a cost of 14 million euros.""";

    private static RawDocument doc(long n, String title, String text, String url, String published) {
        return TestCorpus.jsonLine("window.jsonl", n, "en", title, text, url, published);
    }

    private static RawDocument ferry(long n, String title, String url, String published) {
        return doc(n, title, FERRY, url, published);
    }

    private static RawDocument ownFerryReport(String published) {
        return doc(7, "Gozo ferry passengers describe night of fear after Aurelia Bay grounding", """
                Passengers of the Aurelia Bay described hours of fear after the ferry struck rocks near Qarnita Point \
                off Gozo, as the vessel listed and the lights went out. Marenostra Lines apologised and said it would \
                compensate every passenger, while the coast guard confirmed that nine people had been treated for minor \
                injuries in Victoria after the ferry ran aground with 318 passengers.""",
                "https://timesofmalta.com/articles/view/gozo-ferry-passengers", published);
    }

    private static Dateline open(Path dir, Map<String, String> settings) {
        return Dateline.open(dir, OutletRegistry.bundled(), Config.load(null, settings));
    }

    @Test
    void aReopenedStoreLoadsItsRecentArticlesAndNewReportsFindThem() {
        Path data = tmp.resolve("data");
        String original;
        String story;
        try (Dateline engine = open(data, Map.of())) {
            Dateline.Outcome first = engine.add(ferry(1, "Ferry runs aground off Gozo with 318 passengers",
                    "https://www.reuters.com/world/europe/ferry-aground-gozo/", "2026-03-20T18:00:00Z"));
            engine.add(doc(2, "Tirel approves harbour library renovation", LIBRARY,
                    "https://www.tirelpost.example/library", "2026-03-20T12:00:00Z"));
            original = first.articleId();
            story = first.storyId();
        }
        try (Dateline engine = open(data, Map.of())) {
            Dateline.Outcome copy = engine.add(ferry(3, "Ferry aground off Gozo, all passengers rescued",
                    "https://www.theguardian.com/world/2026/mar/20/ferry-aground-gozo", "2026-03-20T19:00:00Z"));
            Dateline.Outcome own = engine.add(ownFerryReport("2026-03-21T08:00:00Z"));
            assertThat(copy.storyId()).isEqualTo(story);
            assertThat(engine.explanation(copy.articleId()).orElseThrow().copyOf()).isEqualTo(original);
            assertThat(own.storyId()).isEqualTo(story);
        }
    }

    @Test
    void aReportOlderThanTheWindowIsMatchedThroughTheIndex() {
        try (Dateline engine = open(tmp.resolve("data"), Map.of())) {
            Dateline.Outcome first = engine.add(ferry(1, "Ferry runs aground off Gozo with 318 passengers",
                    "https://www.reuters.com/world/europe/ferry-aground-gozo/", "2026-03-20T18:00:00Z"));
            // six weeks later: the ferry's day leaves the in-memory window
            engine.add(doc(2, "Tirel approves harbour library renovation", LIBRARY,
                    "https://www.tirelpost.example/library", "2026-05-01T12:00:00Z"));
            Dateline.Outcome lateCopy = engine.add(ferry(3, "Ferry aground off Gozo, all passengers rescued",
                    "https://www.theguardian.com/world/2026/mar/20/ferry-aground-gozo", "2026-03-20T19:00:00Z"));
            Dateline.Outcome lateOwn = engine.add(ownFerryReport("2026-03-21T08:00:00Z"));
            assertThat(lateCopy.storyId()).isEqualTo(first.storyId());
            assertThat(engine.explanation(lateCopy.articleId()).orElseThrow().copyOf()).isEqualTo(first.articleId());
            assertThat(lateOwn.storyId()).isEqualTo(first.storyId());
        }
    }

    @Test
    void theSampleCorpusGetsTheSameStoriesFromTheWindowAsFromTheIndex() {
        Path corpus = TestData.samples().resolve("corpus");
        // a window of one article: nearly every lookup reaches before it and goes to the index
        Map<String, String> indexOnly = new HashMap<>(Map.of("store.recent.max.articles", "1"));
        assertThat(partition(tmp.resolve("window"), corpus, Map.of()))
                .isEqualTo(partition(tmp.resolve("index"), corpus, indexOnly));
    }

    /** Each story of an ingest as the sorted ids of its articles, the stories sorted. */
    private static List<List<String>> partition(Path data, Path corpus, Map<String, String> settings) {
        try (Dateline engine = open(data, settings)) {
            Dateline.IngestReport report = engine.ingest(List.of(corpus), Dateline.Progress.NONE);
            assertThat(report.problems()).isEmpty();
            return engine.stories(10_000).stream()
                    .map(s -> s.articleIds().stream().sorted().toList())
                    .sorted(java.util.Comparator.comparing(ids -> ids.get(0)))
                    .toList();
        }
    }
}
