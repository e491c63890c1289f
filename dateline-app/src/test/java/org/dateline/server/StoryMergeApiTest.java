package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.MergeReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.server.ServerFixture.json;

/** Merged stories over HTTP: the merged id answers 301 to the survivor, the list and pages follow. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryMergeApiTest {

    private ServerFixture s;
    private final List<JsonNode> written = new ArrayList<>();

    @BeforeAll
    void start() {
        s = ServerFixture.start(false, org.dateline.MergeReports.LEXICAL);
        int n = 0;
        for (String doc : MergeReports.DOCUMENTS) {
            HttpResponse<String> r = s.put("api/documents/wildfire-" + (++n), doc);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            written.add(json(r));
        }
    }

    @AfterAll
    void stop() {
        s.close();
    }

    private String survivor() {
        return written.get(0).path("storyId").asText();
    }

    /** The story the second report opened, before the third merged it away. */
    private String merged() {
        return written.get(1).path("storyId").asText();
    }

    @Test
    void theBridgingReportLandsInTheOlderStory() {
        assertThat(merged()).isNotEqualTo(survivor());
        assertThat(written.get(2).path("storyId").asText()).isEqualTo(survivor());
    }

    @Test
    void aMergedIdAnswers301ToTheSurvivor() {
        HttpResponse<String> r = s.get("api/stories/" + merged());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/api/stories/" + survivor());
        assertThat(json(r).path("mergedInto").asText()).isEqualTo(survivor());
        assertThat(json(r).path("redirectedFrom").asText()).isEqualTo(merged());

        // a client that follows redirects ends at the surviving story, which names the merged id
        HttpClient following = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> followed = s.send(following, HttpRequest.newBuilder(s.base.resolve("api/stories/" + merged())).GET().build());
        assertThat(followed.statusCode()).isEqualTo(200);
        JsonNode st = json(followed);
        assertThat(st.path("story").path("id").asText()).isEqualTo(survivor());
        assertThat(st.path("story").path("articleIds")).hasSize(3);
        assertThat(st.path("story").path("independentSources").asInt()).isEqualTo(3);
        assertThat(st.path("story").path("mergedFrom").toString()).isEqualTo("[\"" + merged() + "\"]");
        assertThat(st.path("view").path("mergedFrom").toString()).isEqualTo("[\"" + merged() + "\"]");
        // the moved report's explanation says it arrived through the merge
        String movedArticle = written.get(1).path("articleId").asText();
        JsonNode moved = null;
        for (JsonNode r2 : st.path("view").path("reports")) if (r2.path("articleId").asText().equals(movedArticle)) moved = r2;
        assertThat(moved).isNotNull();
        assertThat(moved.path("why").path("mergedFrom").asText()).isEqualTo(merged());

        // the survivor itself answers 200, an unknown id still 404
        assertThat(s.get("api/stories/" + survivor()).statusCode()).isEqualTo(200);
        assertThat(s.get("api/stories/s0000000000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void theListShowsOnlyTheSurvivor() {
        JsonNode page = json(s.get("api/stories?limit=100"));
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("stories").get(0).path("id").asText()).isEqualTo(survivor());
        assertThat(s.get("").body()).doesNotContain(merged()).contains(survivor());
    }

    @Test
    void theStoryPageOfAMergedIdRedirectsToTheSurvivor() {
        HttpResponse<String> page = s.get("stories/" + merged());
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).contains("/stories/" + survivor());
        HttpResponse<String> md = s.get("stories/" + merged() + ".md");
        assertThat(md.statusCode()).isEqualTo(301);
        assertThat(md.headers().firstValue("Location")).contains("/stories/" + survivor() + ".md");
        HttpResponse<String> survivorPage = s.get("stories/" + survivor());
        assertThat(survivorPage.statusCode()).isEqualTo(200);
        assertThat(survivorPage.body()).contains("Merged from story " + merged()).contains("was merged into this one");
    }

    @Test
    void openApiDocumentsTheRedirect() {
        JsonNode get = json(s.get("openapi.json")).path("paths").path("/api/stories/{id}").path("get");
        assertThat(get.path("responses").has("301")).isTrue();
        assertThat(get.path("responses").path("301").path("headers").has("Location")).isTrue();
    }
}
