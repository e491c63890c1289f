package org.dateline.story;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A compared article's vectors are weighed again, from the terms and counts they keep, once the index has grown
 * (IDF has moved): the similarities must be those of vectors weighed afresh from the article, as a newly opened
 * engine weighs them.
 */
class WeighedAgainTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String title, String text, String day) {
        return org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", title, text, "https://news" + n + ".example/item",
                "2026-04-" + day + "T" + String.format("%02d", 6 + n / 6) + ":" + String.format("%02d", n * 7 % 60) + ":00Z");
    }

    private static final List<String> OTHER_TOPICS = List.of(
            "Harbour cranes idle as dockers in Porvella vote to extend their strike over pensions",
            "Central bank of Ostmark holds its main rate at four percent, citing sticky service prices",
            "Kestrel Motors recalls forty thousand vans over a faulty brake sensor",
            "Heavy rain floods the old town of Vilmar and closes two bridges",
            "Court in Dranholt jails former mayor Edda Sorn for six years over a land deal",
            "Researchers at Lund map a soil microbe that breaks down common packaging",
            "Teachers in Marisco end a week-long walkout after a pay deal",
            "Wildfire near Sapphire Bay forces evacuation of three villages",
            "National orchestra of Elbania names Tova Lind its first woman conductor",
            "Rail operator Nordlink adds night trains between Harven and Ostmark",
            "Election commission of Tarvia sets the presidential vote for March",
            "Drought cuts the olive harvest in Calvera by half, growers say");

    private static RawDocument other(long n, String title, String day) {
        return doc(n, title, title + ". Officials gave further details on Tuesday, and residents said they were "
                + "waiting to see what the coming weeks would bring for " + title.split(" ")[0] + " and the region.", day);
    }

    private static List<Scorecard.Member> members(Dateline engine, String articleId, String storyId) {
        return engine.explain(articleId, storyId).orElseThrow().members();
    }

    @Test
    void similaritiesOfVectorsWeighedAgainAreThoseOfVectorsWeighedAfresh() {
        Path dir = tmp.resolve("store");
        Map<String, String> settings = Map.of("story.vectors", "false", "story.merge.enabled", "false");
        String articleId, storyId;
        List<Scorecard.Member> again;
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(null, settings))) {
            Dateline.Outcome first = engine.add(doc(1, "Ferry Kalda Star sinks off Varno coast, 40 rescued",
                    "The ferry Kalda Star sank off the Varno coast on Monday night; coastguard captain Ines Moravec said 40 "
                            + "passengers were rescued and two are missing. The ferry had left Varno harbour for Telsa island.", "14"));
            long n = 2;
            for (String title : OTHER_TOPICS.subList(0, 6)) engine.add(other(n++, title, "14"));
            Dateline.Outcome second = engine.add(doc(n++, "Two still missing after Kalda Star ferry sinks near Varno",
                    "Coastguard captain Ines Moravec said the search for two missing passengers of the Kalda Star went on. "
                            + "The ferry sank off Varno with 42 aboard; 40 were rescued and taken to Varno harbour.", "14"));
            assertThat(second.storyId()).isEqualTo(first.storyId());
            // the index grows well over the 5% that makes both reports' vectors stale, with reports of weeks later,
            // which never look at the ferry's story (so never weigh its reports at a count in between)
            for (String title : OTHER_TOPICS.subList(6, OTHER_TOPICS.size())) engine.add(other(n++, title, "28"));
            articleId = second.articleId();
            storyId = second.storyId();
            again = members(engine, articleId, storyId);
        }
        try (Dateline reopened = Dateline.open(dir, OutletRegistry.bundled(), Config.load(null, settings))) {
            List<Scorecard.Member> afresh = members(reopened, articleId, storyId);
            assertThat(again).hasSize(1).hasSameSizeAs(afresh);
            assertThat(again.get(0).articleId()).isEqualTo(afresh.get(0).articleId());
            assertThat(again.get(0).words()).isCloseTo(afresh.get(0).words(), within(1e-9)).isGreaterThan(0.1);
            assertThat(again.get(0).similarity()).isCloseTo(afresh.get(0).similarity(), within(1e-9));
        }
    }
}
