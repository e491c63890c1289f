package org.dateline.server;

import io.javalin.http.Context;
import org.dateline.Dateline;
import org.dateline.normalize.Outlet;
import org.dateline.store.SearchQuery;
import org.dateline.store.StoryPage;
import org.dateline.store.StoryQuery;
import org.dateline.view.Briefing;
import org.dateline.view.StoryView;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The web UI: each handler reads the request, asks the engine, and hands the result to {@link Pages}. */
final class PageHandlers {

    private final Dateline engine;

    PageHandlers(Dateline engine) {
        this.engine = engine;
    }

    void home(Context ctx) {
        StoryQuery q = ApiHandlers.storyQuery(ctx);
        List<String> groups = Params.list(ctx, "group");
        StoryPage page = engine.findStories(q, groups);
        TreeSet<String> allGroups = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>(List.of("en", "ru"));
        for (Outlet o : engine.outlets().all()) {
            allGroups.addAll(o.groups());
            if (o.language() != null) languages.add(o.language());
        }
        page.stories().forEach(s -> languages.addAll(s.languages()));
        languages.addAll(q.languages());
        html(ctx, Pages.home(q, groups, page, List.copyOf(languages), List.copyOf(allGroups), ctx.queryParamMap()));
    }

    void story(Context ctx) {
        String raw = ctx.pathParam("id");
        boolean markdown = raw.endsWith(".md");
        String id = Params.id(markdown ? raw.substring(0, raw.length() - 3) : raw, "story id");
        java.util.Optional<String> survivor = engine.storyRedirect(id);
        if (survivor.isPresent()) {
            // a story merged into another: its page moved there for good
            ctx.header("Cache-Control", "no-store");
            ctx.status(301).header("Location", "/stories/" + Html.url(survivor.get()) + (markdown ? ".md" : ""));
            ctx.contentType("text/plain; charset=utf-8").result("Story " + id + " was merged into story " + survivor.get() + ".");
            return;
        }
        StoryView view = engine.storyView(id).orElseThrow(() -> ApiError.notFound("There is no story " + id + "."));
        if (markdown) {
            ctx.contentType("text/markdown; charset=utf-8").result(Briefing.markdown(view));
            return;
        }
        html(ctx, Pages.story(view));
    }

    void search(Context ctx) {
        if (Params.text(ctx, "q", 500) == null) {
            html(ctx, Pages.searchForm());
            return;
        }
        SearchQuery q = ApiHandlers.searchQuery(ctx);
        html(ctx, Pages.search(q, engine.search(q), Objects.requireNonNullElse(ctx.queryParam("from"), ""),
                Objects.requireNonNullElse(ctx.queryParam("to"), "")));
    }

    void entity(Context ctx) {
        String id = Params.id(ctx, "id");
        var profile = engine.entity(id).orElseThrow(() -> ApiError.notFound("There is no entity " + id + " among the analysed articles."));
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        for (String storyId : profile.stories().keySet()) {
            engine.story(storyId).ifPresent(s -> titles.put(storyId, s.title()));
            if (titles.size() == 50) break;
        }
        html(ctx, Pages.entity(profile, titles));
    }

    /** How a story scores now for a report (see {@link org.dateline.Dateline#explain}). */
    void scorecard(Context ctx) {
        String id = Params.id(ctx, "id");
        String articleId = Params.id(ctx, "article");
        var article = engine.article(articleId).orElseThrow(() -> ApiError.notFound("There is no report " + articleId + "."));
        var story = engine.story(id).orElseThrow(() -> ApiError.notFound("There is no story " + id + "."));
        var card = engine.explain(articleId, id).orElseThrow(() ->
                ApiError.notFound("Story " + id + " has no other report to compare report " + articleId + " with."));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (var m : card.members()) engine.article(m.articleId()).ifPresent(a -> titles.put(m.articleId(), a.title()));
        html(ctx, Pages.scorecard(card, article.title(), story.title(), titles));
    }

    private static void html(Context ctx, String page) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
