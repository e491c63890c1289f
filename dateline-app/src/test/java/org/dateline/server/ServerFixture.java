package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.normalize.OutletRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A server on 127.0.0.1 (random port) over a temporary data directory, optionally holding the sample corpus. */
final class ServerFixture implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789abcdef";

    final Path data;
    final Dateline engine;
    final DatelineServer server;
    final URI base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServerFixture(Path data, Dateline engine, DatelineServer server) {
        this.data = data;
        this.engine = engine;
        this.server = server;
        this.base = server.uri();
    }

    static Path root() {
        return Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
    }

    static ServerFixture start(boolean withCorpus) {
        return start(withCorpus, Map.of());
    }

    /** A server whose engine runs with {@code settings} over the defaults. */
    static ServerFixture start(boolean withCorpus, Map<String, String> settings) {
        try {
            Path data = Files.createTempDirectory("dateline-server-test");
            Path samples = root().resolve("samples");
            OutletRegistry registry = OutletRegistry.bundledPlus(List.of(samples.resolve("outlets.json")));
            Dateline engine = Dateline.open(data, registry, Config.load(data, settings));
            if (withCorpus) {
                Dateline.IngestReport report = engine.ingest(List.of(samples.resolve("corpus")), Dateline.Progress.NONE);
                if (report.added() < 50) throw new IllegalStateException("sample corpus not ingested: " + report.added());
                engine.analyzePending(Integer.MAX_VALUE, org.dateline.analyze.AnalysisRunner.Progress.NONE);
            }
            DatelineServer server = DatelineServer.start(engine, data, new ApiToken(TOKEN, ApiToken.Source.OPTION), "127.0.0.1", 0);
            return new ServerFixture(data, engine, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> put(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    HttpResponse<String> put(String path, String json) {
        return put(path, "application/json", json, TOKEN);
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    HttpResponse<String> delete(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        engine.close();
        try (Stream<Path> walk = Files.walk(data)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
