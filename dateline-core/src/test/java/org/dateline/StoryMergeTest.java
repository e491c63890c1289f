package org.dateline;

import org.dateline.model.Explanation;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.model.StoryMerge;
import org.dateline.normalize.OutletRegistry;
import org.dateline.store.LuceneStore;
import org.dateline.view.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories that turn out to be one are merged: two reports of one event that share too little open two stories, a
 * third report resembling both shows they are one; the older story survives with its id and the other id redirects.
 */
class StoryMergeTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String title, String text, String url, String published) {
        return TestCorpus.jsonLine("merge.jsonl", n, "en", title, text, url, published);
    }

    /** The first report: the evacuation of a village, told by its mayor. */
    static RawDocument evacuation() {
        return evacuation("2026-05-10T21:00:00Z");
    }

    static RawDocument evacuation(String published) {
        return doc(1, "Tarvos village evacuated as wildfire nears homes", """
                Residents of Tarvos were ordered to leave their homes on Sunday night as a wildfire advanced towards \
                the village, mayor Elin Vasko said. Buses took about 600 people to a sports hall in Merrow.

                "We could see the flames from the school yard," Vasko told the Harbour Courier. Police closed Route 9 \
                between Tarvos and Merrow, and volunteers handed out blankets and water at the sports hall.

                Vasko said families would not be allowed back before Tuesday.""",
                "https://harbourcourier.example/news/tarvos-evacuated", published);
    }

    /** A second report of the same fire, about its cause, that shares almost no words with the first. */
    static RawDocument cause() {
        return cause("2026-05-10T22:00:00Z");
    }

    static RawDocument cause(String published) {
        return doc(2, "Lightning strike blamed for Brannock Forest blaze", """
                Fire chief Odo Marren said a lightning strike during Saturday's dry thunderstorm most likely started \
                the blaze in Brannock Forest, which has burned some 1,400 hectares of pine.

                Marren said three firefighting aircraft from Keld airfield were dropping water over the ridge, and \
                crews dug firebreaks along the old logging road. Strong easterly winds were pushing the front west.

                Investigators found a scorched pine at the ridge top, Marren said.""",
                "https://ridgeline-post.example/2026/05/10/brannock-forest-lightning", published);
    }

    /** A later report covering both sides: it resembles each of the first two, which shows they are one event. */
    static RawDocument bridge() {
        return doc(3, "Brannock Forest wildfire forces Tarvos village evacuation", """
                A wildfire in Brannock Forest forced the evacuation of Tarvos village on Sunday night: buses took about \
                600 residents to a sports hall in Merrow, where volunteers handed out blankets and water, mayor Elin \
                Vasko said. Police closed Route 9 between Tarvos and Merrow, and families would not be allowed back \
                before Tuesday, Vasko said.

                Fire chief Odo Marren said a lightning strike during Saturday's dry thunderstorm most likely started \
                the blaze, which has burned some 1,400 hectares of pine; aircraft from Keld airfield were dropping \
                water over the ridge.""",
                "https://valley-news.example/wildfire-brannock-tarvos", "2026-05-11T06:00:00Z");
    }

    /** A later report on the cause alone: after the merge it must find the surviving story. */
    static RawDocument causeFollowUp() {
        return doc(4, "Brannock Forest fire: lightning strike confirmed as cause", """
                Investigators confirmed on Monday that a lightning strike started the Brannock Forest blaze, fire chief \
                Odo Marren said, after finding a scorched pine at the ridge top during Saturday's dry thunderstorm.

                Firefighting aircraft from Keld airfield kept dropping water over the ridge while crews widened \
                firebreaks along the old logging road; the fire has burned some 1,400 hectares of pine.""",
                "https://ridgeline-post.example/2026/05/11/brannock-lightning-confirmed", "2026-05-11T12:00:00Z");
    }

    /** Residents go home: a report on the evacuation that touches the fire's cause in passing. */
    static RawDocument residentsReturn() {
        return doc(5, "Tarvos residents return home as Brannock Forest fire weakens", """
                Families evacuated from Tarvos village returned home on Tuesday, mayor Elin Vasko said, as the wildfire \
                in Brannock Forest weakened. Police reopened Route 9 between Tarvos and Merrow, and the sports hall in \
                Merrow closed its doors.

                The blaze, which fire chief Odo Marren said a lightning strike most likely started, has burned some \
                1,400 hectares of pine.""",
                "https://harbourcourier.example/news/tarvos-return", "2026-05-12T09:00:00Z");
    }

    /** The road reopens: the evacuation's end again, the cause in passing. */
    static RawDocument routeReopened() {
        return doc(6, "Route 9 reopened after Brannock Forest fire", """
                Police reopened Route 9 between Tarvos and Merrow on Tuesday after the Brannock Forest wildfire \
                weakened, and families from Tarvos village went home, mayor Elin Vasko said. The blaze, most \
                likely started by a lightning strike, burned some 1,400 hectares of pine.""",
                "https://valley-news.example/route-9-reopened", "2026-05-12T10:00:00Z");
    }

    private static Dateline open(Path dir) {
        return Dateline.open(dir, OutletRegistry.bundled(), Config.defaults());
    }

    @Test
    void aBridgingReportMergesTheTwoStoriesIntoTheOlder() {
        String storyOfMoved, survivor, mergedId;
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.Outcome a = engine.add(evacuation());
            Dateline.Outcome b = engine.add(cause());
            assertThat(b.storyId()).as("the two early reports share too little to be one story yet").isNotEqualTo(a.storyId());
            engine.commit();
            assertThat(engine.storyCount()).isEqualTo(2);

            Dateline.Outcome c = engine.add(bridge());
            engine.commit();
            // the survivor is the older story: its id is kept
            assertThat(c.storyId()).isEqualTo(a.storyId());
            assertThat(engine.storyRedirect(b.storyId())).contains(a.storyId());
            assertThat(engine.storyRedirect(a.storyId())).isEmpty();
            assertThat(engine.currentStoryId(b.storyId())).isEqualTo(a.storyId());

            Story merged = engine.story(a.storyId()).orElseThrow();
            assertThat(merged.articleIds()).containsExactly(a.articleId(), b.articleId(), c.articleId());
            assertThat(merged.size()).isEqualTo(3);
            assertThat(merged.independentSources()).isEqualTo(3);
            assertThat(merged.outlets()).hasSize(3);
            assertThat(merged.firstSeen()).isEqualTo(Instant.parse("2026-05-10T21:00:00Z"));
            assertThat(merged.lastUpdated()).isEqualTo(Instant.parse("2026-05-11T06:00:00Z"));
            // the moved article and the stores' reads agree on where it is now
            assertThat(engine.article(b.articleId())).isPresent();
            assertThat(engine.story(b.storyId())).map(Story::id).contains(a.storyId());

            // the list never shows the merged story
            assertThat(engine.storyCount()).isEqualTo(1);
            assertThat(engine.stories(10)).extracting(Story::id).containsExactly(a.storyId());
            assertThat(engine.findStories(org.dateline.store.StoryQuery.top(10), List.of()).stories())
                    .extracting(Story::id).containsExactly(a.storyId());

            // explanations say how each report got here
            Explanation moved = engine.explanation(b.articleId()).orElseThrow();
            assertThat(moved.storyId()).isEqualTo(a.storyId());
            assertThat(moved.mergedFrom()).isEqualTo(b.storyId());
            Explanation bridging = engine.explanation(c.articleId()).orElseThrow();
            assertThat(bridging.merged()).containsExactly(b.storyId());
            assertThat(bridging.mergedFrom()).isNull();
            assertThat(engine.explanation(a.articleId()).orElseThrow().mergedFrom()).isNull();

            // the view of the merged id is the survivor's, saying so
            StoryView view = engine.storyView(b.storyId()).orElseThrow();
            assertThat(view.id()).isEqualTo(a.storyId());
            assertThat(view.redirectedFrom()).isEqualTo(b.storyId());
            assertThat(view.mergedFrom()).containsExactly(b.storyId());
            assertThat(view.articles()).isEqualTo(3);
            assertThat(view.reports()).filteredOn(r -> r.articleId().equals(b.articleId()))
                    .singleElement().satisfies(r -> assertThat(r.why().mergedFrom()).isEqualTo(b.storyId()));
            assertThat(engine.storyView(a.storyId()).orElseThrow().redirectedFrom()).isNull();

            // the assigner's caches follow the merge: a later report on the cause joins the survivor
            Dateline.Outcome d = engine.add(causeFollowUp());
            assertThat(d.storyId()).isEqualTo(a.storyId());
            Story after = engine.story(a.storyId()).orElseThrow();
            assertThat(after.size()).isEqualTo(4);
            assertThat(after.independentSources()).isEqualTo(4);
            assertThat(after.outlets()).hasSize(3);
            assertThat(engine.storyCount()).isEqualTo(1);
            storyOfMoved = b.articleId();
            survivor = a.storyId();
            mergedId = b.storyId();
        }
        // what the index holds after the merge (the moved report was already searchable when it moved)
        try (LuceneStore store = LuceneStore.openReadOnly(tmp.resolve("data"))) {
            assertThat(store.storyOf(storyOfMoved)).contains(survivor);
            assertThat(store.story(mergedId)).isEmpty();
            assertThat(store.story(survivor).orElseThrow().size()).isEqualTo(4);
        }
    }

    @Test
    void aStoryOfOneReportThatWouldNowJoinTheGrownStoryIsAbsorbed() {
        // the report on the cause opens a story of its own; the evacuation's story grows with the reports that
        // cover both; once the cause's report alone would join it, the next report resembling both absorbs it (no
        // report resembles both enough for the usual merge here: its threshold is set out of reach)
        for (String absorb : List.of("1", "0")) {
            Map<String, String> settings = Map.of("story.merge.threshold", "0.99", "story.merge.absorb.max.articles", absorb);
            try (Dateline engine = Dateline.open(tmp.resolve("absorb-" + absorb), OutletRegistry.bundled(), Config.load(null, settings))) {
                Dateline.Outcome cause = engine.add(cause("2026-05-10T20:00:00Z"));
                Dateline.Outcome evacuation = engine.add(evacuation());
                assertThat(engine.add(bridge()).storyId()).isEqualTo(evacuation.storyId());
                assertThat(engine.add(residentsReturn()).storyId()).isEqualTo(evacuation.storyId());
                assertThat(engine.add(routeReopened()).storyId()).isEqualTo(evacuation.storyId());
                engine.commit();
                if (absorb.equals("1")) {
                    assertThat(engine.storyCount()).isEqualTo(1);
                    // the story the report joined takes the small one and keeps its id, though the small one is older
                    assertThat(engine.storyRedirect(cause.storyId())).contains(evacuation.storyId());
                    assertThat(engine.story(evacuation.storyId()).orElseThrow().articleIds()).contains(cause.articleId());
                } else {
                    assertThat(engine.storyCount()).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void atCommitAStoryOfOneReportThatWouldNowJoinAnotherIsMergedIntoIt() {
        // neither the usual merge nor absorbing while assigning: what is left is the look at commit
        for (String absorb : List.of("1", "0")) {
            Map<String, String> settings = Map.of("story.merge.threshold", "0.99", "story.merge.absorb.floor", "100",
                    "story.merge.absorb.max.articles", absorb);
            try (Dateline engine = Dateline.open(tmp.resolve("commit-" + absorb), OutletRegistry.bundled(), Config.load(null, settings))) {
                Dateline.Outcome cause = engine.add(cause());
                Dateline.Outcome evacuation = engine.add(evacuation());
                engine.add(bridge());
                engine.add(residentsReturn());
                assertThat(engine.story(cause.storyId()).orElseThrow().id()).isEqualTo(cause.storyId());
                engine.commit();
                if (absorb.equals("1")) {
                    // the story it joins keeps its id, and the absorbed one redirects there
                    assertThat(engine.storyRedirect(cause.storyId())).contains(evacuation.storyId());
                    assertThat(engine.storyCount()).isEqualTo(1);
                    Explanation moved = engine.explanation(cause.articleId()).orElseThrow();
                    assertThat(moved.storyId()).isEqualTo(evacuation.storyId());
                    assertThat(moved.mergedFrom()).isEqualTo(cause.storyId());
                } else {
                    assertThat(engine.storyCount()).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void theMergedIdStillRedirectsAfterReopeningAndReingestingIsANoOp() {
        Path data = tmp.resolve("data");
        Dateline.Outcome a, b, c;
        try (Dateline engine = open(data)) {
            a = engine.add(evacuation());
            b = engine.add(cause());
            c = engine.add(bridge());
            engine.commit();
        }
        assertThat(b.storyId()).isNotEqualTo(a.storyId());
        try (Dateline reader = Dateline.openReadOnly(data)) {
            assertThat(reader.storyRedirect(b.storyId())).contains(a.storyId());
            assertThat(reader.story(b.storyId()).orElseThrow().id()).isEqualTo(a.storyId());
            assertThat(reader.mergedFrom(a.storyId())).containsExactly(b.storyId());
        }
        try (Dateline engine = open(data)) {
            assertThat(engine.storyRedirect(b.storyId())).contains(a.storyId());
            for (RawDocument d : List.of(evacuation(), cause(), bridge())) {
                Dateline.Outcome again = engine.add(d);
                assertThat(again.status()).isEqualTo(Dateline.Outcome.Status.DUPLICATE);
                assertThat(again.storyId()).isEqualTo(a.storyId());
            }
            engine.commit();
            Story s = engine.story(a.storyId()).orElseThrow();
            assertThat(s.size()).isEqualTo(3);
            assertThat(s.independentSources()).isEqualTo(3);
            assertThat(engine.storyCount()).isEqualTo(1);
            assertThat(engine.articleCount()).isEqualTo(3);
            assertThat(engine.mergedFrom(a.storyId())).containsExactly(b.storyId());
        }
    }

    @Test
    void theOlderStorySurvivesEvenWhenTheBridgeResemblesTheYoungerMore() {
        try (Dateline engine = open(tmp.resolve("data"))) {
            // the report on the cause comes first this time; the bridge is closer to the evacuation story
            Dateline.Outcome older = engine.add(cause("2026-05-10T20:00:00Z"));
            Dateline.Outcome younger = engine.add(evacuation("2026-05-10T21:00:00Z"));
            assertThat(younger.storyId()).isNotEqualTo(older.storyId());
            Dateline.Outcome c = engine.add(bridge());
            assertThat(engine.explanation(c.articleId()).orElseThrow().nearestArticleId()).isEqualTo(younger.articleId());
            assertThat(c.storyId()).isEqualTo(older.storyId());
            assertThat(engine.storyRedirect(younger.storyId())).contains(older.storyId());
            assertThat(engine.story(older.storyId()).orElseThrow().articleIds())
                    .containsExactly(older.articleId(), younger.articleId(), c.articleId());
        }
    }

    @Test
    void withMergingOffTheTwoStoriesStayApart() {
        Path data = tmp.resolve("data");
        try (Dateline engine = Dateline.open(data, OutletRegistry.bundled(), Config.load(data, Map.of("story.merge.enabled", "false")))) {
            Dateline.Outcome a = engine.add(evacuation());
            Dateline.Outcome b = engine.add(cause());
            Dateline.Outcome c = engine.add(bridge());
            assertThat(c.storyId()).isIn(a.storyId(), b.storyId());
            assertThat(engine.storyCount()).isEqualTo(2);
            assertThat(engine.storyRedirect(b.storyId())).isEmpty();
            assertThat(engine.explanation(c.articleId()).orElseThrow().merged()).isEmpty();
        }
    }

    @Test
    void chainsOfRedirectsResolveToTheLastSurvivorAndSurviveReopening() {
        Path data = tmp.resolve("data");
        Story live = new Story("sC", "Survivor", org.dateline.model.Article.TitleOrigin.GIVEN, List.of("u1", "u2", "u3"),
                List.of("X"), List.of("en"), Instant.parse("2026-05-10T00:00:00Z"), Instant.parse("2026-05-10T05:00:00Z"), 1.0,
                Map.of(), 3);
        try (LuceneStore store = LuceneStore.open(data)) {
            store.putStory(live);
            store.putMerge(new StoryMerge("sA", "sB", "u2", 0.5, 1));
            assertThat(store.redirect("sA")).contains("sB");
            store.putMerge(new StoryMerge("sB", "sC", "u3", 0.6, 2));
            assertThat(store.redirect("sA")).contains("sC");
            assertThat(store.redirect("sB")).contains("sC");
            assertThat(store.redirect("sC")).isEmpty();
            assertThat(store.mergedFrom("sC")).containsExactly("sA", "sB");
            assertThat(store.mergedFrom("sB")).containsExactly("sA");
            store.commit();
        }
        try (Dateline engine = Dateline.openReadOnly(data)) {
            assertThat(engine.storyRedirect("sA")).contains("sC");
            assertThat(engine.story("sA")).map(Story::id).contains("sC");
            assertThat(engine.currentStoryId("sB")).isEqualTo("sC");
            assertThat(engine.currentStoryId("sC")).isEqualTo("sC");
            assertThat(engine.currentStoryId("sZ")).isEqualTo("sZ");
            assertThat(engine.mergedFrom("sC")).containsExactly("sA", "sB");
            assertThat(engine.story("sZ")).isEmpty();
        }
    }
}
