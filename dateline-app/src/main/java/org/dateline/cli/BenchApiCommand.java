package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.server.ApiLoad;
import org.dateline.server.ApiToken;
import org.dateline.server.DatelineServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline bench api}: a bounded load test of the HTTP API on loopback, plus the abuse checks. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "GET /api/stories and /api/search at a fixed rate for a fixed time; report p50/p99 latency, "
                + "errors and req/s, then check that abusive requests are refused. Starts its own server on the "
                + "sample corpus (127.0.0.1, random port) unless --url is given.")
final class BenchApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rate", defaultValue = "200", description = "Requests per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--duration", defaultValue = "5", description = "Seconds to run (default: ${DEFAULT-VALUE}; e.g. 30 for a real run).")
    int duration;

    @Option(names = "--warmup", defaultValue = "2", description = "Seconds of unmeasured requests first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--url", paramLabel = "URL", description = "A running server to test instead (loopback only), e.g. http://127.0.0.1:7070/")
    URI url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The write token of --url's server, for the abuse checks that need one.")
    String token;

    @Option(names = "--samples", paramLabel = "DIR", description = "The sample folder for the own server (default: samples/ of the installation).")
    Path samples;

    @Option(names = "--query", defaultValue = "earthquake", description = "Search words (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (duration < 1 || duration > 600) throw new IllegalArgumentException("--duration must be between 1 and 600 seconds");
        if (warmup < 0 || warmup > 60) throw new IllegalArgumentException("--warmup must be between 0 and 60 seconds");
        if (url != null) {
            String host = url.getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("bench api only targets loopback servers (127.0.0.1 or localhost)");
            }
            return report(url.toString().endsWith("/") ? url : URI.create(url + "/"), token, out);
        }
        Path dir = samples != null ? samples : Path.of(System.getProperty("dateline.home", ".")).resolve("samples");
        if (!Files.isDirectory(dir.resolve("corpus"))) throw new IllegalArgumentException("no sample corpus at " + dir.resolve("corpus"));
        Path data = Files.createTempDirectory("dateline-bench-api");
        try {
            List<Path> outlets = Files.isRegularFile(dir.resolve("outlets.json")) ? List.of(dir.resolve("outlets.json")) : List.of();
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            ApiToken own = new ApiToken(HexFormat.of().formatHex(bytes), ApiToken.Source.GENERATED);
            try (Dateline engine = Dateline.open(data, IngestCommand.registry(data, outlets), Config.load(data, Map.of()))) {
                engine.ingest(List.of(dir.resolve("corpus")), Dateline.Progress.NONE);
                // measure the serving steady state, not the deep analysis the server would otherwise run meanwhile
                engine.analyzePending(Integer.MAX_VALUE, org.dateline.analyze.AnalysisRunner.Progress.NONE);
                try (DatelineServer server = DatelineServer.start(engine, data, own, "127.0.0.1", 0)) {
                    return report(server.uri(), own.value(), out);
                }
            }
        } finally {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int report(URI base, String writeToken, PrintWriter out) throws InterruptedException {
        String q = java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        List<String> paths = List.of("api/stories", "api/search?q=" + q, "api/stories?sort=recent&limit=50", "api/search?q=" + q + "&lang=en");
        if (warmup > 0) ApiLoad.run(base, paths, rate, Duration.ofSeconds(warmup));
        ApiLoad.Result r = ApiLoad.run(base, paths, rate, Duration.ofSeconds(duration));
        List<ApiLoad.Check> checks = writeToken == null ? List.of() : ApiLoad.abuse(base, writeToken);
        boolean allOk = checks.stream().allMatch(ApiLoad.Check::ok);
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("target_rps", r.targetRate()).put("seconds", round(r.seconds())).put("requests", r.requests())
                    .put("errors", r.errors()).put("dropped", r.dropped()).put("rps", round(r.achievedRate()))
                    .put("p50_ms", round(r.p50Ms())).put("p90_ms", round(r.p90Ms())).put("p99_ms", round(r.p99Ms()))
                    .put("max_ms", round(r.maxMs()));
            o.set("statuses", Json.MAPPER.valueToTree(r.statuses()));
            ArrayNode a = o.putArray("abuse");
            for (ApiLoad.Check c : checks) {
                a.addObject().put("check", c.name()).put("expected", c.expected()).put("actual", c.actual()).put("ok", c.ok());
            }
            out.println(Json.write(o));
        } else {
            out.printf("%s: %d requests in %.1f s (target %d req/s, achieved %.1f req/s), %d errors (%d dropped)%n",
                    base, r.requests(), r.seconds(), r.targetRate(), r.achievedRate(), r.errors(), r.dropped());
            out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f   statuses %s%n", r.p50Ms(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.statuses());
            if (!checks.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ApiLoad.Check c : checks) {
                    rows.add(List.of(c.name(), String.valueOf(c.expected()), String.valueOf(c.actual()), c.ok() ? "ok" : "FAIL"));
                }
                Terminal.table(out, List.of("ABUSE CHECK", "EXPECTED", "GOT", ""), rows);
            } else {
                out.println("abuse checks skipped: pass --token for --url's server");
            }
        }
        return allOk && r.errors() == 0 ? 0 : 1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
