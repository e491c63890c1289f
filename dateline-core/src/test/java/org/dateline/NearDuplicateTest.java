package org.dateline;

import org.dateline.model.Explanation;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.dateline.story.Fingerprint;
import org.dateline.view.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wire copy, reposts and updated versions are found when they arrive, recorded, and counted once. */
class NearDuplicateTest {

    @TempDir
    Path tmp;

    private static final String WIRE = """
            The ferry Aurelia Bay ran aground near Qarnita Point off the island of Gozo on Friday evening with 318 \
            passengers and 41 crew on board, the Maltese coast guard said.

            All passengers were taken off by two patrol boats and a fishing vessel within three hours, and nine people \
            were treated for minor injuries at the hospital in Victoria, a coast guard spokeswoman told reporters.

            The vessel, operated by the Sliema-based company Marenostra Lines, was sailing from Cirkewwa to Mgarr when \
            it lost engine power in strong winds, according to the operator. An investigation has been opened.

            Ferry services between the two islands were suspended for the night and are expected to resume on Saturday \
            morning, the transport ministry said in a statement.""";

    private static RawDocument doc(long n, String title, String text, String url, String published) {
        return TestCorpus.jsonLine("test.jsonl", n, "en", title, text, url, published);
    }

    private static RawDocument wire() {
        return doc(1, "Ferry runs aground off Gozo with 318 passengers", WIRE,
                "https://www.reuters.com/world/europe/ferry-aground-gozo-2026-03-20/", "2026-03-20T18:00:00Z");
    }

    /** The wire report republished by three other outlets, each with small edits of its own. */
    private static List<RawDocument> copies() {
        return List.of(
                doc(2, "Ferry aground off Gozo, all passengers rescued", WIRE.replace("on Friday evening", "on Friday")
                                + "\n\n(Reporting by Reuters; editing by the news desk)",
                        "https://www.theguardian.com/world/2026/mar/20/ferry-aground-gozo", "2026-03-20T19:10:00Z"),
                doc(3, "Gozo ferry accident: 318 passengers evacuated", WIRE.replace("told reporters", "said")
                                .replace("An investigation has been opened.", "Police have opened an investigation."),
                        "https://www.bbc.com/news/world-europe-gozo-ferry", "2026-03-20T19:40:00Z"),
                doc(4, "Ferry runs aground near Gozo", "VALLETTA, March 20 — " + WIRE,
                        "https://apnews.com/article/malta-gozo-ferry-aground", "2026-03-20T20:05:00Z"));
    }

    /** Another report of the same event, written independently. */
    private static RawDocument ownReport() {
        return doc(5, "Gozo ferry passengers describe night of fear after grounding", """
                Passengers of the Aurelia Bay described hours of fear after the ferry struck rocks near Qarnita Point \
                on Friday, as the vessel listed and the lights went out in the lower lounge.

                "We heard a loud bang and then everything went dark," said Joseph Camilleri, a teacher from Rabat who \
                was travelling with his two children. Many passengers waited on the open deck in the rain.

                Marenostra Lines apologised on Saturday and said it would compensate every passenger, while the coast \
                guard confirmed that nine people had been treated for minor injuries in Victoria.""",
                "https://timesofmalta.com/articles/view/gozo-ferry-passengers-describe-night", "2026-03-21T08:00:00Z");
    }

    private static Dateline open(Path dir) {
        return Dateline.open(dir, OutletRegistry.bundled(), Config.defaults());
    }

    @Test
    void wireCopiesRepublishedByThreeOutletsJoinTheOriginalAndCountOnce() {
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.Outcome original = engine.add(wire());
            List<Dateline.Outcome> copies = copies().stream().map(engine::add).toList();
            Dateline.Outcome own = engine.add(ownReport());
            engine.commit();

            assertThat(copies).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(Dateline.Outcome.Status.ADDED);
                assertThat(o.storyId()).isEqualTo(original.storyId());
                Explanation why = engine.explanation(o.articleId()).orElseThrow();
                assertThat(why.copyOf()).isEqualTo(original.articleId());
                assertThat(why.copySimilarity()).isGreaterThanOrEqualTo(0.8);
            });
            Explanation first = engine.explanation(original.articleId()).orElseThrow();
            assertThat(first.copyOf()).isNull();
            assertThat(first.copyChecked()).isTrue();
            // The independent report of the same event is no copy: it joins the story as a source of its own.
            Explanation ownWhy = engine.explanation(own.articleId()).orElseThrow();
            assertThat(ownWhy.copyOf()).isNull();
            assertThat(own.storyId()).isEqualTo(original.storyId());

            Story story = engine.story(original.storyId()).orElseThrow();
            assertThat(story.size()).isEqualTo(5);
            assertThat(story.independentSources()).isEqualTo(2);
            assertThat(story.outlets()).hasSize(5);

            StoryView view = engine.storyView(story.id()).orElseThrow();
            assertThat(view.articles()).isEqualTo(5);
            assertThat(view.independentSources()).isEqualTo(story.independentSources());
            assertThat(view.reports()).filteredOn(StoryView.Report::original).extracting(StoryView.Report::articleId)
                    .containsExactlyInAnyOrder(original.articleId(), own.articleId());
            assertThat(view.reports()).filteredOn(r -> !r.original())
                    .allSatisfy(r -> assertThat(r.copyOf()).isEqualTo(original.articleId()));
        }
    }

    @Test
    void anUpdatedVersionOfAnArticleIsMarkedAsAVersionOfTheFirst() {
        String first = WIRE.substring(0, WIRE.indexOf("The vessel,")).strip();
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.Outcome v1 = engine.add(doc(1, "Ferry runs aground off Gozo", first,
                    "https://www.reuters.com/world/europe/ferry-aground-gozo-2026-03-20/", "2026-03-20T18:00:00Z"));
            Dateline.Outcome v2 = engine.add(doc(2, "UPDATE 1-Ferry runs aground off Gozo, services suspended", WIRE,
                    "https://www.reuters.com/world/europe/ferry-aground-gozo-update-2026-03-20/", "2026-03-20T21:00:00Z"));
            assertThat(v2.articleId()).isNotEqualTo(v1.articleId());
            assertThat(v2.storyId()).isEqualTo(v1.storyId());
            Explanation why = engine.explanation(v2.articleId()).orElseThrow();
            assertThat(why.copyOf()).isEqualTo(v1.articleId());
            assertThat(engine.story(v1.storyId()).orElseThrow().independentSources()).isEqualTo(1);
        }
    }

    @Test
    void theSameTextUnderAnotherUrlIsACopy() {
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.Outcome a = engine.add(wire());
            Dateline.Outcome b = engine.add(doc(9, "Ferry runs aground off Gozo with 318 passengers", WIRE,
                    "https://news.example.org/mirror/ferry-gozo", "2026-03-20T18:30:00Z"));
            assertThat(b.articleId()).isNotEqualTo(a.articleId());
            assertThat(engine.explanation(b.articleId()).orElseThrow()).satisfies(w -> {
                assertThat(w.copyOf()).isEqualTo(a.articleId());
                assertThat(w.copySimilarity()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void differentReportsOfOneEventAreNotDuplicates() {
        assertThat(Fingerprint.containment(Fingerprint.of(WIRE), Fingerprint.of(ownReport().content()))).isLessThan(0.2);
        try (Dateline engine = open(tmp.resolve("data"))) {
            engine.add(wire());
            Dateline.Outcome own = engine.add(ownReport());
            assertThat(engine.explanation(own.articleId()).orElseThrow().copyOf()).isNull();
        }
    }

    @Test
    void reingestIsANoOpAndTheRelationSurvivesReopening() {
        Path data = tmp.resolve("data");
        String storyId;
        List<String> copyIds;
        try (Dateline engine = open(data)) {
            storyId = engine.add(wire()).storyId();
            copyIds = copies().stream().map(engine::add).map(Dateline.Outcome::articleId).toList();
            engine.commit();
        }
        try (Dateline engine = open(data)) {
            assertThat(engine.add(wire()).status()).isEqualTo(Dateline.Outcome.Status.DUPLICATE);
            assertThat(copies()).allSatisfy(d -> assertThat(engine.add(d).status()).isEqualTo(Dateline.Outcome.Status.DUPLICATE));
            Story story = engine.story(storyId).orElseThrow();
            assertThat(story.size()).isEqualTo(4);
            assertThat(story.independentSources()).isEqualTo(1);
            assertThat(copyIds).allSatisfy(id -> assertThat(engine.explanation(id).orElseThrow().copyOf()).isNotNull());
            StoryView view = engine.storyView(storyId).orElseThrow();
            assertThat(view.independentSources()).isEqualTo(1);
            assertThat(view.reports()).filteredOn(r -> !r.original()).hasSize(3);
            // a copy arriving after the reopen still finds its original through the indexed bands
            Dateline.Outcome late = engine.add(doc(7, "Ferry aground off Gozo", WIRE + "\n\nMore to follow.",
                    "https://www.aljazeera.com/news/2026/3/20/ferry-gozo", "2026-03-20T22:00:00Z"));
            assertThat(late.storyId()).isEqualTo(storyId);
            assertThat(engine.explanation(late.articleId()).orElseThrow().copyOf()).isNotNull();
            assertThat(engine.story(storyId).orElseThrow().independentSources()).isEqualTo(1);
        }
    }

    @Test
    void storiesStoredBeforeTheCountExistedStillLoad() {
        String old = """
                {"id":"s1","title":"T","titleOrigin":"GIVEN","articleIds":["a1","a2"],"outlets":["X"],"languages":["en"],\
                "rank":1.5,"categories":{}}""";
        Story s = Json.MAPPER.convertValue(readTree(old), Story.class);
        assertThat(s.independentSources()).isEqualTo(2);
        String why = """
                {"articleId":"a2","storyId":"s1","openedStory":false,"score":0.5,"sharedNames":[]}""";
        Explanation e = Json.MAPPER.convertValue(readTree(why), Explanation.class);
        assertThat(e.copyChecked()).isFalse();
        assertThat(e.copyOf()).isNull();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
