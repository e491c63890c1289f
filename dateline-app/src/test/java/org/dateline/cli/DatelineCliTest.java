package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line through {@link DatelineCli#run}, as a user would drive it. */
class DatelineCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exit code and what went to stdout and stderr. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DatelineCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** {@code dateline.shared}/seeds if it exists, else {@code $DATELINE_SHARED}/seeds; skips the test otherwise. */
    static Path seeds() {
        List<String> candidates = new ArrayList<>();
        if (System.getProperty("dateline.shared") != null) candidates.add(System.getProperty("dateline.shared"));
        if (System.getenv("DATELINE_SHARED") != null) candidates.add(System.getenv("DATELINE_SHARED"));
        for (String c : candidates) {
            Path seeds = Path.of(c, "seeds");
            if (Files.isRegularFile(seeds.resolve("000_93f1181f649b6c3e.txt"))
                    && Files.isRegularFile(seeds.resolve("003_749202c675abe50c.txt"))) {
                return seeds.toAbsolutePath().normalize();
            }
        }
        Assumptions.abort("…/shared/seeds not found (system property dateline.shared, env DATELINE_SHARED): seed tests skipped");
        return null;
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheSeeds {

        Path tmp;
        Path data;
        Result ingest;

        @BeforeAll
        void ingestSeeds() throws IOException {
            Path seeds = seeds();
            tmp = Files.createTempDirectory("dateline-cli-");
            data = tmp.resolve("data");
            ingest = cli("ingest", seeds.toString(), "--data", data.toString());
        }

        @AfterAll
        void deleteData() throws IOException {
            if (tmp == null) return;
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        @Test
        void ingestExitsZeroAndPrintsASummaryLine() {
            assertThat(ingest.exit()).as(ingest.err()).isZero();
            assertThat(ingest.out().strip().lines()).first().isEqualTo("2 files: 2 added, 0 duplicates, 0 failed");
            assertThat(ingest.out().strip().lines()).element(1).asString().startsWith("deep analysis: 2 articles in ");
            assertThat(ingest.err()).doesNotContain("error:");
        }

        @Test
        void ingestingAgainReportsDuplicatesAsJson() {
            Result again = cli("ingest", seeds().toString(), "--data", data.toString(), "--json");
            assertThat(again.exit()).isZero();
            JsonNode o = again.json();
            assertThat(o.path("files").asInt()).isEqualTo(2);
            assertThat(o.path("added").asInt()).isZero();
            assertThat(o.path("duplicates").asInt()).isEqualTo(2);
            assertThat(o.path("failed").asInt()).isZero();
            assertThat(o.path("problems").isArray()).isTrue();
        }

        @Test
        void storiesJsonListsStoriesWithTheirArticles() {
            Result r = cli("stories", "--data", data.toString(), "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode stories = r.json();
            assertThat(stories.isArray()).isTrue();
            assertThat(stories.size()).isGreaterThanOrEqualTo(1);
            List<String> outlets = new ArrayList<>();
            int articles = 0;
            for (JsonNode s : stories) {
                assertThat(s.path("id").asText()).isNotBlank();
                assertThat(s.path("title").asText()).isNotBlank();
                assertThat(s.path("rank").isNumber()).isTrue();
                assertThat(s.path("articles").isArray()).isTrue();
                for (JsonNode a : s.path("articles")) {
                    articles++;
                    assertThat(a.path("id").asText()).isNotBlank();
                    assertThat(a.path("title").asText()).isNotBlank();
                    assertThat(a.path("source").asText()).isNotBlank();
                    outlets.add(a.path("outlet").asText());
                }
            }
            assertThat(articles).isEqualTo(2);
            assertThat(outlets).containsExactlyInAnyOrder("TASS", "The Moscow Times");
        }

        @Test
        void storiesTablePrintsTotals() {
            Result r = cli("stories", "--data", data.toString());
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("STORY", "TITLE").containsPattern("\\d+ stories, 2 articles in total");
        }

        @Test
        void storyJsonShowsOneStoryWithFullArticles() {
            JsonNode first = cli("stories", "--data", data.toString(), "--json").json().get(0);
            String id = first.path("id").asText();
            Result r = cli("story", id, "--data", data.toString(), "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode story = r.json();
            assertThat(story.path("id").asText()).isEqualTo(id);
            assertThat(story.path("title").asText()).isEqualTo(first.path("title").asText());
            assertThat(story.path("articles").size()).isEqualTo(first.path("articles").size());
            for (JsonNode a : story.path("articles")) {
                assertThat(a.path("id").asText()).isNotBlank();
                assertThat(a.path("titleOrigin").asText()).isIn("GIVEN", "RESTORED_FROM_URL", "DERIVED_FROM_TEXT");
                assertThat(a.path("paragraphs").isArray()).isTrue();
            }
        }

        @Test
        void storyTextShowsProvenanceOfTheMoscowTimesReport() {
            Result search = cli("search", "Ushakov", "Kremlin", "--data", data.toString(), "--json");
            String storyId = null;
            for (JsonNode hit : search.json()) {
                if ("The Moscow Times".equals(hit.path("outlet").asText())) storyId = hit.path("storyId").asText();
            }
            assertThat(storyId).as("story of the Moscow Times seed").isNotNull();
            Result r = cli("story", storyId, "--data", data.toString());
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("shared by Telegram channel @youlistenedmayak (post 38300)",
                    "shared by Telegram channel @ostorozhno_novosti (post 39963)", "related: ", "link dated after document");
        }

        @Test
        void unknownStoryIdExitsOneWithOneLine() {
            Result r = cli("story", "s0000000000000000", "--data", data.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip().lines()).singleElement().asString().contains("no story s0000000000000000");
        }

        @Test
        void searchFindsPutin() {
            Result r = cli("search", "Putin", "--data", data.toString(), "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode hits = r.json();
            assertThat(hits.isArray()).isTrue();
            assertThat(hits.size()).isEqualTo(2);
            for (JsonNode h : hits) {
                assertThat(h.path("articleId").asText()).isNotBlank();
                assertThat(h.path("storyId").asText()).isNotBlank();
            }
        }

        @Test
        void searchWithoutMatchesReturnsEmptyArray() {
            Result r = cli("search", "zebracrossingxyz", "--data", data.toString(), "--json");
            assertThat(r.exit()).isZero();
            assertThat(r.json().isArray()).isTrue();
            assertThat(r.json().size()).isZero();
        }
    }

    @Test
    void storiesOnMissingDataDirExitsOneWithOneLineAndNoStackTrace(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-data");
        Result r = cli("stories", "--data", missing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().strip().lines().toList();
        assertThat(lines).singleElement().asString().startsWith("dateline: ").contains(missing.toString());
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void ingestOfOnlyBadInputExitsOneAndNamesTheFile(@TempDir Path tmp) throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Result r = cli("ingest", empty.toString(), "--data", tmp.resolve("data").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + empty + ": ");
        assertThat(r.out().strip()).isEqualTo("1 files: 0 added, 0 duplicates, 1 failed");
    }

    @Test
    void storyOfAMergedIdPrintsTheSurvivorAndSaysSo(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("wildfire.jsonl"), org.dateline.MergeReports.jsonLines());
        String data = tmp.resolve("data").toString();
        assertThat(cli("ingest", file.toString(), "--data", data, "--no-analysis", "--set", "story.vectors=false").exit()).isZero();
        JsonNode stories = cli("stories", "--json", "--data", data).json();
        assertThat(stories).hasSize(1);
        String survivor = stories.get(0).path("id").asText();
        JsonNode full = cli("story", survivor, "--json", "--data", data).json();
        assertThat(full.path("mergedFrom")).hasSize(1);
        assertThat(full.has("redirectedFrom")).isFalse();
        String merged = full.path("mergedFrom").get(0).asText();
        assertThat(merged).isNotEqualTo(survivor);

        Result text = cli("story", merged, "--data", data);
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines().findFirst()).contains("story " + merged + " was merged into story " + survivor + "; showing " + survivor);
        assertThat(text.out()).contains("story " + survivor + " · 3 articles").contains("arrived here when story " + merged + " was merged into this one");

        JsonNode json = cli("story", merged, "--json", "--data", data).json();
        assertThat(json.path("id").asText()).isEqualTo(survivor);
        assertThat(json.path("redirectedFrom").asText()).isEqualTo(merged);
        assertThat(json.path("mergedFrom").get(0).asText()).isEqualTo(merged);
        assertThat(json.path("view").path("redirectedFrom").asText()).isEqualTo(merged);
        assertThat(json.path("articles")).hasSize(3);
    }

    /** Four documents: two reports of one event (near-identical), two unrelated singletons. */
    private static final String EVAL_DOCS = """
            {"id":"d1","title":"Ferry Aurelia Bay runs aground off Gozo","text":"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday with 318 passengers and 24 crew on board. All were evacuated by lifeboats and tugs.","published":"2026-03-20T18:00:00Z","lang":"en","story":"ferry"}
            {"id":"d2","title":"Ferry Aurelia Bay aground off Gozo, passengers evacuated","text":"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo on Friday evening with 318 passengers and 24 crew on board. All were evacuated by lifeboats and tugs, officials said.","published":"2026-03-20T20:00:00Z","lang":"en","story":"ferry"}
            {"id":"d3","title":"Orvik half-marathon registration opens","text":"Registration for the Orvik half-marathon, to be held on May 17, opened on Sunday and more than 2,000 runners signed up in six hours.","published":"2026-03-21T09:00:00Z","lang":"en","story":"marathon"}
            {"id":"d4","title":"Kalda library reopens after renovation","text":"The Kalda public library reopened on Thursday after a two-year renovation that added a reading garden and a children's floor.","published":"2026-03-21T12:00:00Z","lang":"en","story":"library"}
            """;

    @Test
    void evalClusteringPrintsScoresAsJson(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("documents.jsonl"), EVAL_DOCS);
        Result r = cli("eval", "clustering", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.path("docs").asInt()).isEqualTo(4);
        assertThat(o.path("gold_stories").asInt()).isEqualTo(3);
        assertThat(o.path("stories").asInt()).isEqualTo(3);
        for (String metric : List.of("pairwise", "bcubed")) {
            for (String f : List.of("precision", "recall", "f1")) {
                assertThat(o.path(metric).path(f).isNumber()).as(metric + "." + f).isTrue();
            }
        }
        assertThat(o.path("bcubed").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(o.path("pairwise").path("f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evalClusteringWritesEachDocumentsPredictedStory(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("documents.jsonl"), EVAL_DOCS);
        Path predictions = tmp.resolve("predictions.jsonl");
        Result r = cli("eval", "clustering", file.toString(), "--json", "--output", predictions.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(predictions)) lines.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
        assertThat(lines).extracting(n -> n.path("id").asText()).containsExactly("d1", "d2", "d3", "d4");
        // the two reports of the ferry share a story, the singletons have their own
        assertThat(lines.get(0).path("cluster").asText()).isNotBlank().isEqualTo(lines.get(1).path("cluster").asText());
        assertThat(java.util.Set.of(lines.get(0).path("cluster").asText(), lines.get(2).path("cluster").asText(),
                lines.get(3).path("cluster").asText())).hasSize(3);
    }

    @Test
    void evalClusteringOfMissingFileExitsOneWithOneLine(@TempDir Path tmp) {
        Result r = cli("eval", "clustering", tmp.resolve("nope.jsonl").toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("dateline: ").contains("nope.jsonl");
    }

    @Test
    void evalPairsPrintsScoresPerLanguageAsJson(@TempDir Path tmp) throws IOException {
        String en1 = "{\"url\":\"https://a.example/ferry\",\"title\":\"Ferry Aurelia Bay runs aground off Gozo\",\"text\":\"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo with 318 passengers on board; all were evacuated.\"}";
        String en2 = "{\"url\":\"https://b.example/ferry\",\"title\":\"Ferry Aurelia Bay aground off Gozo\",\"text\":\"The ferry Aurelia Bay ran aground near Qarnita Point off Gozo with 318 passengers on board; all were evacuated safely.\"}";
        String en3 = "{\"url\":\"https://c.example/library\",\"title\":\"Kalda library reopens after renovation\",\"text\":\"The Kalda public library reopened after a two-year renovation that added a reading garden.\"}";
        String ru1 = "{\"url\":\"https://a.example/pozhar\",\"title\":\"Пожар на складе в Северогорске\",\"text\":\"Ночной пожар уничтожил склад компании Трансвектор в Северогорске, площадь возгорания составила 3500 квадратных метров.\"}";
        String ru2 = "{\"url\":\"https://b.example/pozhar\",\"title\":\"В Северогорске сгорел склад Трансвектора\",\"text\":\"Ночной пожар уничтожил склад компании Трансвектор в Северогорске, площадь возгорания составила 3500 квадратных метров, сообщили спасатели.\"}";
        String ru3 = "{\"url\":\"https://c.example/pogoda\",\"title\":\"Погода на выходные\",\"text\":\"В выходные в области ожидается потепление до плюс десяти градусов и небольшой дождь.\"}";
        String pairs = String.join("\n",
                "{\"id\":\"p1\",\"lang\":\"en\",\"a\":" + en1 + ",\"b\":" + en2 + ",\"same_story\":true}",
                "{\"id\":\"p2\",\"lang\":\"en\",\"a\":" + en1 + ",\"b\":" + en3 + ",\"same_story\":false}",
                "{\"id\":\"p3\",\"lang\":\"ru\",\"a\":" + ru1 + ",\"b\":" + ru2 + ",\"same_story\":true}",
                "{\"id\":\"p4\",\"lang\":\"ru\",\"a\":" + ru1 + ",\"b\":" + ru3 + ",\"same_story\":false}") + "\n";
        Path file = Files.writeString(tmp.resolve("pairs_test.jsonl"), pairs);
        Result r = cli("eval", "pairs", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.fieldNames()).toIterable().containsExactlyInAnyOrder("en", "ru");
        for (String lang : List.of("en", "ru")) {
            JsonNode s = o.path(lang);
            assertThat(s.path("pairs").asInt()).as(lang + " pairs").isEqualTo(2);
            for (String f : List.of("precision", "recall", "f1", "accuracy")) {
                assertThat(s.path(f).isNumber()).as(lang + "." + f).isTrue();
                assertThat(s.path(f).asDouble()).as(lang + "." + f).isBetween(0.0, 1.0);
            }
            assertThat(s.path("accuracy").asDouble()).as(lang + " accuracy").isEqualTo(1.0);
        }
    }

    @Test
    void evalPairsOfMissingFileExitsOneWithOneLine(@TempDir Path tmp) {
        Result r = cli("eval", "pairs", tmp.resolve("nope.jsonl").toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("dateline: ");
    }
}
