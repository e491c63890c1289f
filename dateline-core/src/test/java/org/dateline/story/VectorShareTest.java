package org.dateline.story;

import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.dateline.text.Analyzers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The embedding's share of a similarity falls from a headline's to a full article's as the body adds words. */
class VectorShareTest {

    private static Profile profile(String title, String text) {
        RawDocument d = org.dateline.TestCorpus.jsonLine("x.jsonl", 1, "en", title, text, "https://a.example/x",
                "2026-04-14T09:00:00Z");
        return Profile.of(new Normalizer(OutletRegistry.bundled()).normalize(d), new Analyzers());
    }

    @Test
    void aHeadlineAloneKeepsTheHeadlineShare() {
        Profile headline = profile("Flood waters rise in Dunmore as river breaks its banks", "");
        assertThat(StoryAssigner.vectorShare(headline, 0.4, 0.0, 40)).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aBodyMovesTheShareTowardsTheFullArticlesOne() {
        Profile shortBody = profile("Flood waters rise in Dunmore", "The river broke its banks on Tuesday night.");
        Profile fullBody = profile("Flood waters rise in Dunmore", """
                The river Dunn broke its banks on Tuesday night after three days of heavy rain, flooding the old town \
                of Dunmore and cutting the road to Kellstown. Mayor Alan Price said two hundred homes were evacuated and \
                the army had sent boats, trucks and pumps. Forecasters expect more rain over the weekend, while farmers \
                downstream count their losses in drowned fields, lost cattle and damaged barns.""");
        double some = StoryAssigner.vectorShare(shortBody, 0.4, 0.0, 40);
        assertThat(some).isStrictlyBetween(0.0, 0.4);
        assertThat(StoryAssigner.vectorShare(fullBody, 0.4, 0.0, 40)).isCloseTo(0.0, within(1e-9));
        // the same weights for both kinds: no change at all
        assertThat(StoryAssigner.vectorShare(fullBody, 0.4, 0.4, 40)).isCloseTo(0.4, within(1e-9));
    }
}
