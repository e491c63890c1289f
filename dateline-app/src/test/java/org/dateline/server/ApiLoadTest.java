package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.cli.DatelineCli;
import org.dateline.model.Json;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A short, bounded load run on loopback and the abuse checks; the full run is `dateline bench api --duration 30`. */
class ApiLoadTest {

    @Test
    void aShortLoadRunHasNoErrorsAndEveryAbuseIsRefused() throws Exception {
        try (ServerFixture s = ServerFixture.start(true)) {
            ApiLoad.Result r = ApiLoad.run(s.base, List.of("api/stories", "api/search?q=earthquake"), 50, Duration.ofSeconds(2));
            assertThat(r.requests()).isBetween(90L, 110L);
            assertThat(r.errors()).as(r.statuses().toString()).isZero();
            assertThat(r.p99Ms()).isPositive().isLessThan(5_000);
            List<ApiLoad.Check> checks = ApiLoad.abuse(s.base, ServerFixture.TOKEN);
            assertThat(checks).hasSizeGreaterThanOrEqualTo(8).allSatisfy(c -> assertThat(c.ok()).as(c.toString()).isTrue());
            assertThat(ServerFixture.json(s.get("api/health")).path("status").asText()).isEqualTo("ok");
        }
    }

    @Test
    void benchApiCommandReportsLatencyAndChecks() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = DatelineCli.run(new String[]{"bench", "api", "--duration", "1", "--warmup", "0", "--rate", "20", "--json",
                "--samples", ServerFixture.root().resolve("samples").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(out + "\n" + err).isZero();
        JsonNode o = Json.MAPPER.readTree(out.toString());
        assertThat(o.path("requests").asInt()).isPositive();
        assertThat(o.path("errors").asInt()).isZero();
        assertThat(o.has("p50_ms")).isTrue();
        assertThat(o.has("p99_ms")).isTrue();
        assertThat(o.path("abuse")).allSatisfy(c -> assertThat(c.path("ok").asBoolean()).as(c.toString()).isTrue());
    }
}
