package org.dateline.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.StoryPage;
import org.dateline.classify.Category;
import org.dateline.store.StoryQuery;
import org.dateline.view.StoryView;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The REST API: each handler reads and validates the request, calls the engine, and writes JSON.
 * Writes are serialised (one writer at a time) and committed before they are acknowledged.
 */
final class ApiHandlers {

    static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
    static final int MAX_BATCH_BYTES = 20 * 1024 * 1024;
    static final int MAX_PAGE = 100;

    private final Dateline engine;
    private final DocumentKeys keys;
    private final ApiToken token;
    private final Object writeLock = new Object();

    ApiHandlers(Dateline engine, DocumentKeys keys, ApiToken token) {
        this.engine = engine;
        this.keys = keys;
        this.token = token;
    }

    /** Before every write: the bearer token, or 401. */
    void requireToken(Context ctx) {
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dateline\"");
            throw new ApiError(401, "a valid 'Authorization: Bearer <token>' header is required for writes");
        }
    }

    void putDocument(Context ctx) {
        String key = Params.id(ctx, "id");
        RawDocument raw = Documents.single(key, ctx.contentType(), body(ctx, MAX_DOCUMENT_BYTES));
        ObjectNode out = Json.MAPPER.createObjectNode();
        synchronized (writeLock) {
            String previous = keys.article(key).orElse(null);
            Dateline.Outcome o = engine.put(raw);
            if (o.status() == Dateline.Outcome.Status.FAILED) throw new ApiError(422, "not ingested: " + o.reason());
            boolean replaced = previous != null && o.articleId() != null && !previous.equals(o.articleId());
            if (replaced) engine.deleteArticle(previous);
            if (o.articleId() != null) keys.put(key, o.articleId());
            engine.commit();
            keys.save();
            boolean updated = previous != null || "updated".equals(o.reason());
            out.put("key", key).put("status", updated ? "updated" : "created").put("articleId", o.articleId())
                    .put("storyId", o.storyId());
            if (replaced) out.put("replaced", previous);
            ctx.status(updated ? 200 : 201);
        }
        ctx.json(out);
    }

    void deleteDocument(Context ctx) {
        String id = Params.id(ctx, "id");
        synchronized (writeLock) {
            String articleId = engine.article(id).isPresent() ? id : keys.article(id).orElse(null);
            if (articleId == null || !engine.deleteArticle(articleId)) throw ApiError.notFound("no article " + id);
            keys.removeArticle(articleId);
            engine.commit();
            keys.save();
            ctx.json(Json.MAPPER.createObjectNode().put("deleted", articleId));
        }
    }

    void postDocuments(Context ctx) {
        List<Documents.Entry> entries = Documents.batch(ctx.contentType(), body(ctx, MAX_BATCH_BYTES));
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode results = Json.MAPPER.createArrayNode();
        int created = 0, updated = 0, failed = 0;
        synchronized (writeLock) {
            for (Documents.Entry e : entries) {
                ObjectNode r = results.addObject().put("index", e.index());
                if (e.key() != null) r.put("key", e.key());
                if (e.document() == null) {
                    r.put("status", "failed").put("error", e.error());
                    failed++;
                    continue;
                }
                String previous = e.key() == null ? null : keys.article(e.key()).orElse(null);
                Dateline.Outcome o = engine.put(e.document());
                if (o.status() == Dateline.Outcome.Status.FAILED) {
                    r.put("status", "failed").put("error", o.reason());
                    failed++;
                    continue;
                }
                if (previous != null && o.articleId() != null && !previous.equals(o.articleId())) engine.deleteArticle(previous);
                if (e.key() != null && o.articleId() != null) keys.put(e.key(), o.articleId());
                boolean isUpdate = previous != null || "updated".equals(o.reason());
                r.put("status", isUpdate ? "updated" : "created").put("articleId", o.articleId()).put("storyId", o.storyId());
                if (isUpdate) updated++;
                else created++;
            }
            engine.commit();
            keys.save();
        }
        out.put("created", created).put("updated", updated).put("failed", failed).set("results", results);
        ctx.json(out);
    }

    void stories(Context ctx) {
        StoryPage page = engine.findStories(storyQuery(ctx), Params.list(ctx, "group"));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("total", page.total()).put("offset", Params.integer(ctx, "offset", 0, 0, 100_000))
                .put("limit", Params.integer(ctx, "limit", 20, 1, MAX_PAGE));
        out.set("stories", Json.MAPPER.valueToTree(page.stories()));
        ctx.json(out);
    }

    /** The story filters shared by the API and the web UI. */
    static StoryQuery storyQuery(Context ctx) {
        String sort = Params.text(ctx, "sort", 10);
        StoryQuery.Sort s;
        if (sort == null || sort.equalsIgnoreCase("rank")) s = StoryQuery.Sort.RANK;
        else if (sort.equalsIgnoreCase("recent")) s = StoryQuery.Sort.RECENT;
        else throw ApiError.badRequest("sort must be rank or recent");
        return new StoryQuery(Params.list(ctx, "lang"), Params.list(ctx, "outlet"), Params.time(ctx, "from", false),
                Params.time(ctx, "to", true), s, Params.integer(ctx, "offset", 0, 0, 100_000),
                Params.integer(ctx, "limit", 20, 1, MAX_PAGE), categories(ctx));
    }

    /** The category filter: labels of {@link Category}, validated. */
    static List<String> categories(Context ctx) {
        List<String> out = new java.util.ArrayList<>();
        for (String c : Params.list(ctx, "category")) {
            try {
                out.add(Category.of(c).label());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("unknown category: " + c);
            }
        }
        return out;
    }

    void story(Context ctx) {
        String id = Params.id(ctx, "id");
        java.util.Optional<String> survivor = engine.storyRedirect(id);
        if (survivor.isPresent()) {
            // a story merged into another: its id moved there for good
            String location = "/api/stories/" + Html.url(survivor.get());
            ctx.status(301).header("Location", location);
            ctx.json(Json.MAPPER.createObjectNode().put("redirectedFrom", id).put("mergedInto", survivor.get()).put("location", location));
            return;
        }
        Story story = engine.story(id).orElseThrow(() -> ApiError.notFound("no story " + id));
        StoryView view = engine.storyView(id).orElseThrow(() -> ApiError.notFound("no story " + id));
        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode st = Json.MAPPER.valueToTree(story);
        st.set("mergedFrom", Json.MAPPER.valueToTree(engine.mergedFrom(story.id())));
        out.set("story", st);
        out.set("view", Json.MAPPER.valueToTree(view));
        out.set("articles", Json.MAPPER.valueToTree(engine.articles(story.articleIds())));
        ctx.json(out);
    }

    void search(Context ctx) {
        SearchResult r = engine.search(searchQuery(ctx));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("total", r.total());
        out.set("hits", Json.MAPPER.valueToTree(r.hits()));
        out.set("facets", Json.MAPPER.valueToTree(r.facets()));
        ctx.json(out);
    }

    /** The search shared by the API and the web UI. */
    static SearchQuery searchQuery(Context ctx) {
        String q = Params.text(ctx, "q", 500);
        if (q == null) throw ApiError.badRequest("q (the search text) is required");
        return new SearchQuery(q, Params.list(ctx, "lang"), Params.list(ctx, "outlet"), Params.time(ctx, "from", false),
                Params.time(ctx, "to", true), Params.integer(ctx, "limit", 20, 1, MAX_PAGE), categories(ctx), Params.list(ctx, "entity"));
    }

    void entity(Context ctx) {
        String id = Params.id(ctx, "id");
        ctx.json(engine.entity(id).orElseThrow(() -> ApiError.notFound("no entity " + id + " among the analysed articles")));
    }

    /** How the story scores for the article now (see {@link Dateline#explain}); 404 when either is unknown. */
    void explain(Context ctx) {
        String id = Params.id(ctx, "id");
        String article = Params.id(ctx, "article");
        if (engine.article(article).isEmpty()) throw ApiError.notFound("no article " + article);
        if (engine.story(id).isEmpty()) throw ApiError.notFound("no story " + id);
        ctx.json(engine.explain(article, id).orElseThrow(() ->
                ApiError.notFound("story " + id + " has no other member to compare article " + article + " with")));
    }

    void health(Context ctx) {
        Dateline.AnalysisStatus analysis = engine.analysisStatus();
        ObjectNode out = Json.MAPPER.createObjectNode().put("status", "ok").put("articles", engine.articleCount())
                .put("stories", engine.storyCount());
        out.putObject("analysis").put("analysed", analysis.analysed()).put("pending", analysis.pending());
        ctx.json(out);
    }

    /** The body, at most {@code limit} bytes (else 413), read before anything is parsed. */
    static byte[] body(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(limit);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) throw tooLarge(limit);
            return bytes;
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private static ApiError tooLarge(int limit) {
        return new ApiError(413, "the body is larger than " + (limit / (1024 * 1024)) + " MB");
    }
}
