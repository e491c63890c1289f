package org.dateline.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.dateline.Dateline;
import org.dateline.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Dateline over HTTP: the REST API under {@code /api}, its OpenAPI description, and the web UI.
 * Every route is declared in {@link #routes}; handlers only translate between HTTP and the engine.
 * The engine is opened (for writes) and closed by the caller.
 */
public final class DatelineServer implements AutoCloseable {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String RESOURCES = "/org/dateline/server/";
    private static final Map<String, String> STATIC = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");
    private static final String ERROR_WRITTEN = "dateline.error";

    private final Javalin app;
    private final String host;

    private DatelineServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving {@code engine} on {@code host:port} (port 0: any free port). */
    public static DatelineServer start(Dateline engine, Path dataDir, ApiToken token, String host, int port) {
        ApiHandlers api = new ApiHandlers(engine, new DocumentKeys(dataDir), token);
        PageHandlers pages = new PageHandlers(engine);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = ApiHandlers.MAX_BATCH_BYTES;
            config.http.generateEtags = false;
            config.router.ignoreTrailingSlashes = true;
        });
        routes(app, api, pages);
        app.start(host, port);
        // articles written through the API are analysed in the background; the API answers before that
        engine.startBackgroundAnalysis();
        return new DatelineServer(app, host);
    }

    /** The whole HTTP surface, in one place. Keep {@code openapi.json} in step with the API part. */
    private static void routes(Javalin app, ApiHandlers api, PageHandlers pages) {
        app.before(DatelineServer::securityHeaders);
        app.before(DatelineServer::refuseDotSegments);

        // REST API (see /openapi.json)
        app.before("/api/documents", api::requireToken);
        app.before("/api/documents/*", api::requireToken);
        app.put("/api/documents/{id}", api::putDocument);
        app.delete("/api/documents/{id}", api::deleteDocument);
        app.post("/api/documents", api::postDocuments);
        app.get("/api/stories", api::stories);
        app.get("/api/stories/{id}", api::story);
        app.get("/api/search", api::search);
        app.get("/api/entities/{id}", api::entity);
        app.get("/api/stories/{id}/explain/{article}", api::explain);
        app.get("/api/health", api::health);
        app.get("/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));

        // Web UI
        app.get("/", pages::home);
        app.get("/stories/{id}", pages::story);
        app.get("/search", pages::search);
        app.get("/entities/{id}", pages::entity);
        app.get("/stories/{id}/explain/{article}", pages::scorecard);
        app.get("/static/{file}", DatelineServer::staticFile);
        app.get("/favicon.ico", ctx -> ctx.status(204));

        // Errors: JSON for the API and non-browser clients, a page for browsers.
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 404, "not found: " + ctx.path());
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) error(ctx, 405, "method not allowed");
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    /**
     * Paths with dot segments or encoded separators ({@code ../x}, {@code %2e%2e%2fx}) are refused as
     * they arrive, before the server normalises them into some other route.
     */
    private static void refuseDotSegments(Context ctx) {
        String raw = ctx.req().getRequestURI();
        if (raw == null) return;
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("/../") || lower.endsWith("/..") || lower.contains("/./") || lower.endsWith("/.")
                || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || lower.contains("\\")) {
            throw ApiError.badRequest("invalid path: dot segments and encoded separators are not allowed");
        }
    }

    static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        String accept = ctx.header("Accept");
        boolean page = !ctx.path().startsWith("/api/") && !ctx.path().equals("/api") && accept != null && accept.contains("text/html");
        if (page) {
            ctx.contentType("text/html; charset=utf-8").result(Pages.error(status, message));
        } else {
            ctx.json(Json.MAPPER.createObjectNode().put("error", message == null ? "error" : message));
        }
    }

    private static void staticFile(Context ctx) {
        String file = ctx.pathParam("file");
        String type = STATIC.get(file);
        if (type == null) throw ApiError.notFound("not found: " + ctx.path());
        ctx.header("Cache-Control", "public, max-age=300");
        resource(ctx, "static/" + file, type);
    }

    private static void resource(Context ctx, String name, String type) {
        try (InputStream in = DatelineServer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw ApiError.notFound("not found: " + ctx.path());
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) h = "127.0.0.1";
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Blocks until the server stops (on {@link #close} or JVM shutdown). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }
}
