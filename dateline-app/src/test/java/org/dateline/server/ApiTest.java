package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.Dateline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.server.ServerFixture.TOKEN;
import static org.dateline.server.ServerFixture.json;

/** The REST API over HTTP, against a server holding the sample corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private ServerFixture s;

    @BeforeAll
    void start() {
        s = ServerFixture.start(true);
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private static void assertJsonError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(r).path("error").asText()).isNotBlank();
    }

    @Nested
    class Reads {

        @Test
        void healthCountsArticlesAndStories() {
            JsonNode h = json(s.get("api/health"));
            assertThat(h.path("status").asText()).isEqualTo("ok");
            assertThat(h.path("articles").asLong()).isGreaterThanOrEqualTo(55);
            assertThat(h.path("stories").asLong()).isGreaterThanOrEqualTo(10);
        }

        @Test
        void storiesArePagedAndLimited() {
            JsonNode first = json(s.get("api/stories?limit=5"));
            JsonNode second = json(s.get("api/stories?limit=5&offset=5"));
            assertThat(first.path("stories")).hasSize(5);
            assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(10);
            List<String> a = ids(first), b = ids(second);
            assertThat(a).doesNotContainAnyElementsOf(b);
            assertJsonError(s.get("api/stories?limit=101"), 400);
            assertJsonError(s.get("api/stories?offset=-1"), 400);
            assertJsonError(s.get("api/stories?limit=ten"), 400);
        }

        @Test
        void storiesFilterByLanguageOutletGroupAndTime() {
            for (JsonNode st : json(s.get("api/stories?lang=ru&limit=100")).path("stories")) {
                assertThat(st.path("languages").toString()).contains("\"ru\"");
            }
            JsonNode byOutlet = json(s.get("api/stories?outlet=Coastline%20Wire&limit=100"));
            assertThat(byOutlet.path("total").asLong()).isPositive();
            for (JsonNode st : byOutlet.path("stories")) assertThat(st.path("outlets").toString()).contains("Coastline Wire");
            JsonNode state = json(s.get("api/stories?group=state-owned&limit=100"));
            assertThat(state.path("total").asLong()).isPositive();
            for (JsonNode st : state.path("stories")) assertThat(st.path("outlets").toString()).contains("Северный курьер");
            JsonNode march13 = json(s.get("api/stories?from=2026-03-13&to=2026-03-14&limit=100"));
            assertThat(march13.path("total").asLong()).isPositive()
                    .isLessThan(json(s.get("api/stories?limit=100")).path("total").asLong());
            assertJsonError(s.get("api/stories?from=yesterday"), 400);
            assertJsonError(s.get("api/stories?sort=random"), 400);
        }

        @Test
        void recentSortOrdersByLastUpdate() {
            JsonNode recent = json(s.get("api/stories?sort=recent&limit=20")).path("stories");
            List<String> times = new ArrayList<>();
            recent.forEach(st -> times.add(st.path("lastUpdated").asText()));
            assertThat(times).isSortedAccordingTo((x, y) -> y.compareTo(x));
        }

        @Test
        void storyComesWithViewAndArticles() {
            String id = ids(json(s.get("api/stories?limit=1"))).get(0);
            JsonNode st = json(s.get("api/stories/" + id));
            assertThat(st.path("story").path("id").asText()).isEqualTo(id);
            assertThat(st.path("view").path("headline").asText()).isNotBlank();
            assertThat(st.path("view").path("reports").size()).isEqualTo(st.path("articles").size()).isGreaterThan(1);
            assertJsonError(s.get("api/stories/s0000000000000000"), 404);
        }

        @Test
        void explainsHowAStoryScoresForAnArticle() {
            List<String> top = ids(json(s.get("api/stories?limit=2")));
            JsonNode first = json(s.get("api/stories/" + top.get(0))).path("story");
            String member = first.path("articleIds").get(0).asText();
            JsonNode own = json(s.get("api/stories/" + top.get(0) + "/explain/" + member));
            assertThat(own.path("storyId").asText()).isEqualTo(top.get(0));
            assertThat(own.path("members").size()).isEqualTo(first.path("articleIds").size() - 1);
            assertThat(own.path("members").findValuesAsText("articleId")).doesNotContain(member);
            assertThat(own.path("threshold").asDouble()).isPositive();
            JsonNode other = json(s.get("api/stories/" + top.get(1) + "/explain/" + member));
            assertThat(other.path("score").asDouble()).isLessThan(own.path("score").asDouble());
            assertThat(other.path("joins").asBoolean()).isFalse();
            assertJsonError(s.get("api/stories/" + top.get(0) + "/explain/h0000000000000000"), 404);
            assertJsonError(s.get("api/stories/s0000000000000000/explain/" + member), 404);
            assertJsonError(s.get("api/stories/" + top.get(0) + "/explain/%3Cscript%3E"), 400);
        }

        @Test
        void searchReturnsHitsTotalAndFacetsThatFilter() {
            JsonNode all = json(s.get("api/search?q=earthquake"));
            assertThat(all.path("total").asLong()).isGreaterThan(2);
            assertThat(all.path("hits").size()).isPositive();
            assertThat(all.path("facets").path("outlet").size()).isGreaterThan(1);
            assertThat(all.path("facets").has("language")).isTrue();
            assertThat(all.path("facets").has("day")).isTrue();
            String outlet = all.path("facets").path("outlet").fieldNames().next();
            int count = all.path("facets").path("outlet").path(outlet).asInt();
            JsonNode one = json(s.get("api/search?q=earthquake&outlet=" + Html.url(outlet)));
            assertThat(one.path("total").asLong()).isEqualTo(count);
            one.path("hits").forEach(h -> assertThat(h.path("outlet").asText()).isEqualTo(outlet));
            assertThat(json(s.get("api/search?q=earthquake&limit=1")).path("hits")).hasSize(1);
            assertJsonError(s.get("api/search"), 400);
            assertJsonError(s.get("api/search?q=" + "x".repeat(501)), 400);
        }

        @Test
        void entitiesOfAStoryHaveProfiles() {
            String storyId = ids(json(s.get("api/stories?limit=1"))).get(0);
            JsonNode entities = json(s.get("api/stories/" + storyId)).path("view").path("entities");
            assertThat(entities.size()).isPositive();
            JsonNode first = entities.get(0);
            JsonNode profile = json(s.get("api/entities/" + first.path("id").asText()));
            assertThat(profile.path("name").asText()).isNotBlank();
            assertThat(profile.path("articles").asLong()).isPositive();
            assertThat(profile.path("stories").has(storyId)).isTrue();
            assertJsonError(s.get("api/entities/e000000000000"), 404);
            assertJsonError(s.get("api/entities/..%2F..%2Fetc"), 400);
        }

        @Test
        void searchFacetsAndFiltersByEntity() {
            JsonNode all = json(s.get("api/search?q=earthquake"));
            JsonNode entities = all.path("facets").path("entity");
            assertThat(entities.size()).isPositive();
            String key = entities.fieldNames().next();
            String id = key.substring(0, key.indexOf('|'));
            JsonNode filtered = json(s.get("api/search?q=earthquake&entity=" + id));
            assertThat(filtered.path("total").asLong()).isEqualTo(entities.path(key).asLong()).isLessThanOrEqualTo(all.path("total").asLong());
            assertThat(filtered.path("facets").path("entity").has(key)).isTrue();
            assertJsonError(s.get("api/search?q=earthquake&entity=%3Cscript%3E"), 400);
        }

        @Test
        void healthShowsAnalysisProgress() {
            JsonNode h = json(s.get("api/health"));
            // the sample corpus was analysed before the server started; documents written by other tests may still wait
            assertThat(h.path("analysis").path("analysed").asLong()).isGreaterThanOrEqualTo(55);
            assertThat(h.path("analysis").path("analysed").asLong() + h.path("analysis").path("pending").asLong())
                    .isGreaterThanOrEqualTo(h.path("articles").asLong());
        }

        @Test
        void openApiDescribesEveryRoute() {
            HttpResponse<String> r = s.get("openapi.json");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode paths = json(r).path("paths");
            assertThat(json(r).path("openapi").asText()).startsWith("3.");
            assertThat(paths.fieldNames()).toIterable().contains("/api/documents/{id}", "/api/documents", "/api/stories",
                    "/api/stories/{id}", "/api/search", "/api/entities/{id}", "/api/health");
            assertThat(paths.path("/api/documents/{id}").has("put")).isTrue();
            assertThat(paths.path("/api/documents/{id}").has("delete")).isTrue();
            assertThat(paths.path("/api/documents").has("post")).isTrue();
        }
    }

    @Nested
    class Writes {

        @Test
        void putCreatesThenUpdatesTheSameDocument() {
            HttpResponse<String> created = s.put("api/documents/put-test-1",
                    "{\"title\":\"Lighthouse keeper retires after forty years\",\"text\":\"The keeper of the Saltmere lighthouse retired on Friday.\","
                            + "\"source\":\"Test Wire\",\"published\":\"2026-04-02\",\"lang\":\"en\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode c = json(created);
            assertThat(c.path("status").asText()).isEqualTo("created");
            String first = c.path("articleId").asText();
            assertThat(json(s.get("api/stories/" + c.path("storyId").asText())).path("view").path("headline").asText())
                    .isEqualTo("Lighthouse keeper retires after forty years");

            HttpResponse<String> updated = s.put("api/documents/put-test-1",
                    "{\"title\":\"Lighthouse keeper retires after 41 years\",\"text\":\"The keeper of the Saltmere lighthouse retired on Friday after 41 years.\","
                            + "\"source\":\"Test Wire\",\"published\":\"2026-04-02\",\"lang\":\"en\"}");
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            JsonNode u = json(updated);
            assertThat(u.path("status").asText()).isEqualTo("updated");
            assertThat(s.engine.article(first)).as("the old version is replaced").isEmpty();
            assertThat(s.engine.article(u.path("articleId").asText())).get().extracting(a -> a.title())
                    .isEqualTo("Lighthouse keeper retires after 41 years");
        }

        @Test
        void putAcceptsHtmlAndPlainText() {
            HttpResponse<String> html = s.put("api/documents/html-1", "text/html; charset=utf-8",
                    "<html><head><title>Orvik ferry timetable changes</title></head><body><article><h1>Orvik ferry timetable changes</h1>"
                            + "<p>The Orvik ferry will run every two hours from Monday, the operator said on Tuesday.</p></article></body></html>", TOKEN);
            assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
            HttpResponse<String> text = s.put("api/documents/text-1", "text/plain",
                    "Saltmere bakery wins regional prize\n\nA family bakery in Saltmere won the regional bread prize on Sunday.", TOKEN);
            assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
        }

        @Test
        void acknowledgedWritesAreCommitted() {
            HttpResponse<String> r = s.put("api/documents/durable-1",
                    "{\"title\":\"Harbour crane inspection completed\",\"text\":\"Inspectors completed the crane check in Port Ardent.\"}");
            assertThat(r.statusCode()).isEqualTo(201);
            // A reader opened now sees only what was committed: the write must be there.
            try (Dateline reader = Dateline.openReadOnly(s.data)) {
                assertThat(reader.article(json(r).path("articleId").asText())).isPresent();
            }
        }

        @Test
        void deleteRemovesTheArticleAndItsLoneStory() {
            // a place of its own: two sentences sharing a place with a one-report story of the sample corpus may join it
            JsonNode c = json(s.put("api/documents/delete-me",
                    "{\"title\":\"Tallowmere choir tours the coast\",\"text\":\"The Tallowmere choir begins a coastal tour in May.\"}"));
            String article = c.path("articleId").asText();
            String story = c.path("storyId").asText();
            HttpResponse<String> d = s.delete("api/documents/" + article, TOKEN);
            assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
            assertThat(json(d).path("deleted").asText()).isEqualTo(article);
            assertJsonError(s.get("api/stories/" + story), 404);
            assertJsonError(s.delete("api/documents/" + article, TOKEN), 404);
        }

        @Test
        void batchTakesJsonArraysAndJsonLinesAndReportsBadEntries() {
            HttpResponse<String> arr = s.post("api/documents", "application/json",
                    "[{\"id\":\"b-1\",\"title\":\"Saltmere tram line extended\",\"text\":\"The tram line now reaches the port.\"},"
                            + "{\"id\":\"b-2\",\"title\":\"Orvik museum reopens its map room\",\"text\":\"The map room reopened on Saturday.\"},"
                            + "{\"id\":\"b-3\"},"
                            + "{\"id\":\"../b-4\",\"title\":\"x\"}]", TOKEN);
            assertThat(arr.statusCode()).as(arr.body()).isEqualTo(200);
            JsonNode a = json(arr);
            assertThat(a.path("created").asInt()).isEqualTo(2);
            assertThat(a.path("failed").asInt()).isEqualTo(2);
            assertThat(a.path("results").get(2).path("status").asText()).isEqualTo("failed");

            HttpResponse<String> lines = s.post("api/documents", "application/x-ndjson",
                    "{\"title\":\"Verkhneozyorsk council meets\",\"text\":\"The council met on Monday.\",\"lang\":\"en\"}\n"
                            + "{not json}\n"
                            + "{\"title\":\"Port Ardent harbour wall repaired\",\"text\":\"Repairs finished ahead of schedule.\"}\n", TOKEN);
            assertThat(lines.statusCode()).as(lines.body()).isEqualTo(200);
            JsonNode l = json(lines);
            assertThat(l.path("created").asInt()).isEqualTo(2);
            assertThat(l.path("failed").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class Refusals {

        @Test
        void writesNeedTheToken() {
            String doc = "{\"title\":\"t\",\"text\":\"x\"}";
            assertJsonError(s.put("api/documents/no-token", "application/json", doc, null), 401);
            assertJsonError(s.put("api/documents/no-token", "application/json", doc, "wrong-token-0123456789"), 401);
            assertJsonError(s.post("api/documents", "application/json", "[" + doc + "]", null), 401);
            assertJsonError(s.delete("api/documents/whatever", null), 401);
            assertThat(s.put("api/documents/no-token", "application/json", doc, null).headers().firstValue("WWW-Authenticate")).isPresent();
        }

        @Test
        void oversizedBodiesAre413() {
            HttpResponse<String> r = s.put("api/documents/big", "text/plain", "a".repeat(2 * 1024 * 1024 + 1), TOKEN);
            assertJsonError(r, 413);
        }

        @Test
        void malformedJsonIs400() {
            assertJsonError(s.put("api/documents/bad-json", "{\"title\": "), 400);
            assertJsonError(s.put("api/documents/bad-json", "[1,2]"), 400);
            assertJsonError(s.put("api/documents/bad-json", "{\"title\":\"a\"} trailing"), 400);
            assertJsonError(s.post("api/documents", "application/json", "{\"title\":\"not an array\"}", TOKEN), 400);
            assertJsonError(s.put("api/documents/empty-doc", "{\"url\":\"https://example.org/x\"}"), 422);
        }

        @Test
        void unsupportedContentTypeIs415() {
            assertJsonError(s.put("api/documents/xml", "application/xml", "<doc/>", TOKEN), 415);
            assertJsonError(s.put("api/documents/none", null, "{}", TOKEN), 415);
        }

        @Test
        void pathTraversalIdsAre400() {
            for (String id : List.of("..%2Fx", "..%2F..%2Fetc%2Fpasswd", "%2E%2E%2Fx", "..", "a..b", "x%00y", "%2e%2e", "a%5Cb")) {
                HttpResponse<String> r = s.put("api/documents/" + id, "{\"title\":\"t\",\"text\":\"x\"}");
                assertThat(r.statusCode()).as(id + " → " + r.body()).isEqualTo(400);
            }
            assertThat(s.delete("api/documents/..%2F..%2Fapi-token", TOKEN).statusCode()).isEqualTo(400);
            assertThat(s.get("api/stories/..%2Fx").statusCode()).isEqualTo(400);
            assertJsonError(s.put("api/documents/" + "a".repeat(129), "{\"title\":\"t\"}"), 400);
        }

        @Test
        void unknownRoutesAre404JsonAndWrongMethods405() {
            assertJsonError(s.get("api/no-such-thing"), 404);
            assertJsonError(s.send(HttpRequest.newBuilder(s.base.resolve("api/health")).DELETE().build()), 405);
        }

        @Test
        void responsesCarrySecurityHeaders() {
            HttpResponse<String> r = s.get("");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("stories").forEach(st -> ids.add(st.path("id").asText()));
        return ids;
    }
}
