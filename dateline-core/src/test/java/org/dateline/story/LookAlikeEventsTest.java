package org.dateline.story;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two events of one kind (two jewel heists in one city) stay apart when what would tell them apart cannot be read
 * (story.join.headline.margin: a lone headline beside a report with a body) or disagrees (story.title.figures.penalty:
 * each title's figure is missing from the other report, nothing near it either); a true follow-up report still joins.
 */
class LookAlikeEventsTest {

    @TempDir
    Path tmp;

    private static RawDocument doc(long n, String title, String text, String url) {
        return org.dateline.TestCorpus.jsonLine("x.jsonl", n, "en", title, text, url, "2026-04-14T09:00:00Z");
    }

    /** A wire item that is its headline alone. */
    private static RawDocument headline() {
        String t = "Robbers dressed as women steal 80 million euros of diamonds from Paris jewellery store";
        return doc(1, t, t, "https://a.example/paris-heist-headline");
    }

    /** Another heist in Paris, reported with a body: other thieves, other loot, another street. */
    private static RawDocument otherHeist() {
        return doc(2, "Paris thieves ram car into jewellery store and grab 2.5 million euros of watches", """
                Four men rammed a car into a jewellery store on Rue de la Paix in Paris early on Monday and fled \
                with watches and rings worth about 2.5 million euros, police said.

                The thieves set the car on fire before escaping on scooters. Police said nobody was hurt in the \
                robbery at the store, the third raid on a Paris jeweller this year.""",
                "https://b.example/paris-ram-raid");
    }

    /** The headline's own heist told in full: the same robbers, loot and store. */
    private static RawDocument followUp() {
        return doc(3, "Paris robbers dressed as women steal 80 million euros of diamonds from jewellery store", """
                Robbers dressed as women walked into a jewellery store in Paris on Thursday and stole diamonds, rings \
                and watches worth 80 million euros, police said. The robbers, two of them dressed as women with wigs, \
                threatened the staff with a gun and emptied the display cases of diamonds.

                Police said the 80 million euros of diamonds make it the largest jewellery heist in Paris.""",
                "https://c.example/paris-diamond-heist");
    }

    private static Profile profile(RawDocument d) {
        return Profile.of(new org.dateline.normalize.Normalizer(OutletRegistry.bundled()).normalize(d), new org.dateline.text.Analyzers());
    }

    /** The second report's score for the first one's story, and whether it joined. */
    private record Second(double score, boolean joined) {
    }

    private Second second(RawDocument first, RawDocument other, Map<String, String> settings, String dir) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("story.vectors", "false");
        try (Dateline engine = Dateline.open(tmp.resolve(dir), OutletRegistry.bundled(), Config.load(null, all))) {
            String story = engine.add(first).storyId();
            Dateline.Outcome o = engine.add(other);
            return new Second(engine.explanation(o.articleId()).orElseThrow().score(), o.storyId().equals(story));
        }
    }

    @Test
    void aHeadlineAloneIsOnlyTitle() {
        assertThat(StoryAssigner.headlineOnly(profile(headline()))).isTrue();
        assertThat(StoryAssigner.headlineOnly(profile(otherHeist()))).isFalse();
    }

    @Test
    void anotherEventsReportWithABodyStaysApartFromALoneHeadline() {
        Map<String, String> off = Map.of("story.join.headline.margin", "0", "story.title.figures.penalty", "0");
        Map<String, String> on = Map.of("story.join.headline.margin", "0.15", "story.title.figures.penalty", "0");
        Second without = second(headline(), otherHeist(), off, "without");
        Second with = second(headline(), otherHeist(), on, "with");
        // the old behaviour: two heists in Paris read alike and became one story
        assertThat(without.joined()).isTrue();
        assertThat(with.joined()).isFalse();
        assertThat(with.score()).isCloseTo(without.score() - 0.15, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void theHeadlinesOwnEventToldInFullStillJoins() {
        Second with = second(headline(), followUp(), Map.of(), "follow-up");
        assertThat(with.joined()).isTrue();
    }

    @Test
    void reportsOfTheSameKindAreNotHeldToTheMargin() {
        // a report with a body beside a report with a body: the margin is not theirs
        Second off = second(followUp(), otherHeist(), Map.of("story.join.headline.margin", "0", "story.title.figures.penalty", "0"), "off");
        Second on = second(followUp(), otherHeist(), Map.of("story.join.headline.margin", "0.15", "story.title.figures.penalty", "0"), "on");
        assertThat(on.score()).isCloseTo(off.score(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void titleFiguresDisagreeWhenNeitherReportMentionsTheOthers() {
        Profile other = profile(otherHeist()), follow = profile(followUp()), head = profile(headline());
        var otherFigures = StoryAssigner.titleFigures(other);
        var followFigures = StoryAssigner.titleFigures(follow);
        assertThat(otherFigures).isNotEmpty();
        assertThat(followFigures).isNotEmpty();
        assertThat(StoryAssigner.titleFiguresDisagree(otherFigures, other, followFigures, follow)).isTrue();
        // the follow-up gives the headline's figure: no disagreement
        assertThat(StoryAssigner.titleFiguresDisagree(StoryAssigner.titleFigures(head), head, followFigures, follow)).isFalse();
        // a figure near the other's is the same one given another way (a conversion, a rounding): no disagreement
        RawDocument converted = doc(5, "Paris jewellery raid: thieves take $3.2 million in watches", """
                Thieves who rammed a car into a jewellery store in Paris took watches worth $3.2 million, police said.""",
                "https://e.example/converted");
        Profile c = profile(converted);
        assertThat(StoryAssigner.titleFigures(c)).isNotEmpty();
        assertThat(StoryAssigner.titleFiguresDisagree(otherFigures, other, StoryAssigner.titleFigures(c), c)).isFalse();
        // two headlines alone have no body to mention the other's figure in
        RawDocument h2 = doc(4, "Thieves grab 2.5 million euros of watches in Paris", "Thieves grab 2.5 million euros of watches in Paris",
                "https://d.example/h2");
        Profile p2 = profile(h2);
        assertThat(StoryAssigner.titleFiguresDisagree(StoryAssigner.titleFigures(head), head, StoryAssigner.titleFigures(p2), p2)).isFalse();
    }

    @Test
    void aReportWhoseTitleFigureTheOtherNeverGivesScoresLess() {
        Map<String, String> off = Map.of("story.join.headline.margin", "0", "story.title.figures.penalty", "0");
        Map<String, String> on = Map.of("story.join.headline.margin", "0", "story.title.figures.penalty", "0.5");
        Second without = second(followUp(), otherHeist(), off, "tf-off");
        Second with = second(followUp(), otherHeist(), on, "tf-on");
        assertThat(with.score()).isCloseTo(0.5 * without.score(), org.assertj.core.data.Offset.offset(0.001));
    }

    /** A weather report for one town, written from one template: only the town and its figures change. */
    private static RawDocument weather(long n, String town, String title, int low, int high) {
        return doc(n, title, town + " will see light rain on Sunday, 17 May, with temperatures between " + low + " and " + high
                + " degrees. Winds in " + town + " will be moderate from the west, and the weather service expects clear skies over "
                + town + " by the evening. Drivers in " + town + " are asked to take care on wet roads.",
                "https://w.example/" + town.toLowerCase(java.util.Locale.ROOT) + "-" + n);
    }

    private static final Map<String, String> TEMPLATE_OFF = Map.of("story.title.template.penalty", "0");
    private static final Map<String, String> TEMPLATE_ON = Map.of("story.title.template.penalty", "0.6");

    @Test
    void aHeadlineTemplateFilledForAnotherTownIsAnotherEvent() {
        RawDocument orvik = weather(1, "Orvik", "Weather in Orvik for 17 May", 9, 14);
        RawDocument saltmere = weather(2, "Saltmere", "Weather in Saltmere for 17 May", 8, 13);
        Second without = second(orvik, saltmere, TEMPLATE_OFF, "tpl-off");
        Second with = second(orvik, saltmere, TEMPLATE_ON, "tpl-on");
        // the old behaviour: one wording, two towns, one story
        assertThat(without.joined()).isTrue();
        assertThat(with.joined()).isFalse();
        assertThat(with.score()).isCloseTo(0.4 * without.score(), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aTitleWithOtherOrdinaryWordsIsNoTemplateFilledTwice() {
        // the same town's forecast under another headline: the words it adds are not names
        RawDocument orvik = weather(1, "Orvik", "Weather in Orvik for 17 May", 9, 14);
        RawDocument again = weather(2, "Orvik", "Weather in Orvik for 17 May: Rain Clearing by Evening", 9, 14);
        assertThat(second(orvik, again, TEMPLATE_ON, "same-on").score()).isCloseTo(second(orvik, again, TEMPLATE_OFF, "same-off").score(),
                org.assertj.core.data.Offset.offset(1e-9));
        // title case capitalises every word of a headline; each body writes its own word ("tough", "still") in lower case
        RawDocument a = doc(3, "Studio Director In Tough Talks Over Kestria Sequel", """
                The studio's director is in tough talks over a sequel filmed in Kestria, people familiar with the \
                matter said. The director wants a larger budget for the Kestria shoot.""",
                "https://t.example/a");
        RawDocument b = doc(4, "Studio Director Still In Talks Over Kestria Sequel", """
                The studio's director is still in talks over a sequel filmed in Kestria, people familiar with the \
                matter said. The director wants a larger budget for the Kestria shoot.""",
                "https://t.example/b");
        assertThat(second(a, b, TEMPLATE_ON, "case-on").score()).isCloseTo(second(a, b, TEMPLATE_OFF, "case-off").score(),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
