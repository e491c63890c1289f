package org.dateline;

import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.dateline.view.Briefing;
import org.dateline.view.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** EXPECTED.md: both seed documents report one event and land in exactly one story. */
class SeedStoryTest {

    @Test
    void bothSeedsLandInOneStory(@TempDir Path tmp) {
        Path seeds = TestData.seeds();
        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            Dateline.IngestReport report = engine.ingest(List.of(seeds), Dateline.Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(report.added()).isEqualTo(2);
            List<String> articleIds = report.outcomes().stream().map(Dateline.Outcome::articleId).toList();
            assertThat(report.outcomes()).extracting(Dateline.Outcome::storyId).as("story of each seed").containsOnly(
                    report.outcomes().get(0).storyId());

            List<Story> stories = engine.stories(10);
            assertThat(stories).hasSize(1);
            Story story = stories.get(0);
            assertThat(story.articleIds()).containsExactlyInAnyOrderElementsOf(articleIds);
            assertThat(story.outlets()).containsExactlyInAnyOrder("TASS", "The Moscow Times");
            assertThat(story.languages()).containsExactly("en");
            // A title an outlet gave (here restored from the URL) beats one derived from text.
            assertThat(story.title()).startsWith("Donald Trump and Vladimir Putin to Meet in");
        }
    }

    @Test
    void storyViewShowsBothOutletsAsIndependentAndTheDatesTheReportsMention(@TempDir Path tmp) {
        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            engine.ingest(List.of(TestData.seeds()), Dateline.Progress.NONE);
            StoryView view = engine.storyView(engine.stories(1).get(0).id()).orElseThrow();
            assertThat(view.independentSources()).isEqualTo(2);
            // Each report says why it is in the story: one opened it, the other joined it for shared names.
            assertThat(view.reports()).extracting(r -> r.why().openedStory()).containsExactlyInAnyOrder(true, false);
            assertThat(view.reports()).filteredOn(r -> !r.why().openedStory()).singleElement().satisfies(r -> {
                assertThat(r.why().sharedNames()).contains("Putin", "Trump", "Ushakov");
                assertThat(r.why().nearestArticleId()).isNotEqualTo(r.articleId());
                assertThat(r.why().hoursApart()).isZero();
            });
            assertThat(view.reports()).allSatisfy(r -> assertThat(r.original()).isTrue());
            // EXPECTED.md: Thursday = 2025-08-07, Wednesday = 2025-08-06, next week = the week of 2025-08-11,
            // 2021 (Biden in Geneva), 2018 (Helsinki); "in the coming days" is vague, not a date.
            assertThat(view.timeline()).extracting(StoryView.DateMention::value)
                    .containsSubsequence("2018", "2021", "2025-08-06", "2025-08-07", "2025-W33");
            assertThat(view.timeline()).filteredOn(d -> d.value().equals("2018"))
                    .singleElement().satisfies(d -> assertThat(d.sentence()).contains("Helsinki"));
            assertThat(view.timeline()).noneSatisfy(d -> assertThat(d.text()).containsIgnoringCase("coming days"));
            assertThat(Briefing.markdown(view)).contains("2025-W33", "Helsinki", "TASS");
            // Coverage: Ushakov's announcement is in both; Dudakov's view only in TASS; Rubio only in The Moscow Times.
            StoryView.Comparison c = view.comparison();
            assertThat(c.outlets()).containsExactlyInAnyOrder("TASS", "The Moscow Times");
            assertThat(c.statements()).filteredOn(st -> st.extent() == StoryView.Statement.Extent.ALL)
                    .anySatisfy(st -> assertThat(st.citations()).extracting(StoryView.Citation::sentence)
                            .anySatisfy(x -> assertThat(x).contains("Ushakov", "coming days")));
            // ... and so is the agreed venue to be announced later, in other words at each outlet
            assertThat(c.statements()).filteredOn(st -> st.extent() == StoryView.Statement.Extent.ALL)
                    .anySatisfy(st -> assertThat(st.citations()).extracting(StoryView.Citation::sentence)
                            .anySatisfy(x -> assertThat(x).contains("venue", "agreed"))
                            .anySatisfy(x -> assertThat(x).contains("location", "revealed soon")));
            assertThat(c.statements()).filteredOn(st -> st.extent() == StoryView.Statement.Extent.ONLY && st.outlets().contains("TASS"))
                    .anySatisfy(st -> assertThat(st.citations().get(0).sentence()).contains("Dudakov"));
            assertThat(c.statements()).filteredOn(st -> st.extent() == StoryView.Statement.Extent.ONLY && st.outlets().contains("The Moscow Times"))
                    .anySatisfy(st -> assertThat(st.citations().get(0).sentence()).contains("Rubio"));
        }
    }
}
