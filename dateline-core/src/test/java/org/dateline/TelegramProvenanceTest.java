package org.dateline;

import org.dateline.model.Article;
import org.dateline.model.TelegramRef;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A channel post that only passes a link on is provenance of the linked article, not a story member. */
class TelegramProvenanceTest {

    @TempDir
    Path tmp;

    private static final String ARTICLE = """
             Harbour Strike Enters Second Day
             Dockworkers at the port stayed off the job for a second day on Wednesday, leaving
            dozens of container ships waiting at anchor outside the harbour, union leaders said.

            The union is demanding guarantees over crane automation before talks resume.

            Original url:
            https://harbourgazette.example/2026/03/11/harbour-strike-enters-second-day
            """;

    private static String export(int postId, String text, String link) {
        return """
                {
                 "name": "Port Watch",
                 "type": "public_channel",
                 "id": 777,
                 "messages": [
                  {"id": %d, "type": "message", "date": "2026-03-11T10:00:00", "date_unixtime": "1773223200",
                   "text": ["%s ", {"type": "link", "text": "%s"}]}
                 ]
                }
                """.formatted(postId, text, link);
    }

    @Test
    void shareBeforeAndAfterTheArticleBothEndUpAsItsProvenance() throws IOException {
        String url = "https://harbourgazette.example/2026/03/11/harbour-strike-enters-second-day";
        Path early = Files.createDirectories(tmp.resolve("early"));
        Files.writeString(early.resolve("result.json"), export(41, "Strike continues:", url));
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("strike.txt"), ARTICLE);
        Path late = Files.createDirectories(tmp.resolve("late"));
        Files.writeString(late.resolve("result.json"), export(42, "Second day of the port strike", url));

        try (Dateline engine = Dateline.open(tmp.resolve("data"), OutletRegistry.bundled(), Config.defaults())) {
            Dateline.IngestReport first = engine.ingest(List.of(early), Dateline.Progress.NONE);
            assertThat(first.shares()).isEqualTo(1);
            assertThat(first.added()).isZero();
            Dateline.IngestReport second = engine.ingest(List.of(articles), Dateline.Progress.NONE);
            assertThat(second.added()).isEqualTo(1);
            engine.ingest(List.of(late), Dateline.Progress.NONE);
            engine.ingest(List.of(late), Dateline.Progress.NONE);

            assertThat(engine.storyCount()).isEqualTo(1);
            Article a = engine.articles(engine.stories(1).get(0).articleIds()).get(0);
            assertThat(a.sharedBy()).extracting(TelegramRef::channel, TelegramRef::postId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Port Watch", 41L), org.assertj.core.groups.Tuple.tuple("Port Watch", 42L));
            assertThat(a.sharedBy().get(0).at()).isEqualTo(Instant.ofEpochSecond(1773223200));
        }
    }

    @Test
    void postWithTextOfItsOwnIsAReportNotAShare() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("posts"));
        String longText = "Port authorities confirmed this morning that thirty seven container ships are now waiting outside the harbour "
                + "while the dockworkers strike continues into its second day and no talks are scheduled before Friday, "
                + "the union said in a statement read outside the main gate to reporters and workers gathered there";
        Files.writeString(dir.resolve("result.json"), export(50, longText, "https://harbourgazette.example/2026/03/11/x"));
        try (Dateline engine = Dateline.open(tmp.resolve("data2"), OutletRegistry.bundled(), Config.defaults())) {
            Dateline.IngestReport r = engine.ingest(List.of(dir), Dateline.Progress.NONE);
            assertThat(r.shares()).isZero();
            assertThat(r.added()).isEqualTo(1);
            Article post = engine.articles(engine.stories(1).get(0).articleIds()).get(0);
            assertThat(post.outlet()).isEqualTo("Port Watch");
            assertThat(post.published().at()).isEqualTo(Instant.ofEpochSecond(1773223200));
        }
    }
}
