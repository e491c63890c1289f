package org.dateline.server;

import org.dateline.model.Anomaly;
import org.dateline.model.Story;
import org.dateline.model.TelegramRef;
import org.dateline.store.SearchHit;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.StoryPage;
import org.dateline.store.StoryQuery;
import org.dateline.view.StoryView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.dateline.server.Html.esc;

/**
 * The web UI's pages as HTML strings. Every value from the engine passes through {@link Html#esc}
 * (or {@link Html#link} for URLs); no page carries inline script or style (see the CSP).
 */
final class Pages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Pages() {
    }

    // ---- layout ----

    static String layout(String title, String searchText, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Dateline</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "<script src=\"/static/app.js\" defer></script></head><body>"
                + "<header class=\"topbar\"><div class=\"wrap topbar-inner\">"
                + "<a class=\"brand\" href=\"/\"><span class=\"brand-mark\">◆</span> Dateline</a>"
                + "<form class=\"topsearch\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search reports…\" aria-label=\"Search reports\" value=\""
                + esc(searchText) + "\"><button type=\"submit\">Search</button></form>"
                + "<nav class=\"topnav\"><a href=\"/\">Stories</a><a href=\"/openapi.json\">API</a></nav>"
                + "</div></header><main class=\"wrap\">" + body + "</main>"
                + "<footer class=\"wrap footer\">Dateline — raw reports in, explained stories out.</footer>"
                + "</body></html>";
    }

    static String error(int status, String message) {
        String title = switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> "Error " + status;
        };
        return layout(title, "", "<section class=\"empty\"><h1>" + esc(title) + "</h1><p>" + esc(message)
                + "</p><p><a href=\"/\">Back to the top stories</a></p></section>");
    }

    // ---- top stories ----

    /** The news categories a story can carry, for the filter. */
    private static final List<String> CATEGORIES = java.util.Arrays.stream(org.dateline.classify.Category.values())
            .map(org.dateline.classify.Category::label).toList();

    static String home(StoryQuery q, List<String> groups, StoryPage page, List<String> languages, List<String> allGroups,
                       Map<String, List<String>> params) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"pagehead\"><h1>Top stories</h1><p class=\"muted\">").append(page.total())
                .append(page.total() == 1 ? " story" : " stories").append(" match</p></section>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/\" data-autosubmit>");
        b.append(select("Language", "lang", first(q.languages()), languages, Map.of()));
        b.append(select("Outlet group", "group", first(groups), allGroups, Map.of()));
        b.append(select("Category", "category", first(q.categories()), CATEGORIES, Map.of()));
        b.append("<label>From <input type=\"date\" name=\"from\" value=\"").append(q.from() == null ? "" : esc(day(q.from())))
                .append("\"></label>");
        b.append("<label>To <input type=\"date\" name=\"to\" value=\"").append(q.to() == null ? "" : esc(day(q.to())))
                .append("\"></label>");
        Map<String, String> sortLabels = new LinkedHashMap<>();
        sortLabels.put("rank", "Most important");
        sortLabels.put("recent", "Most recent");
        b.append("<label>Sort <select name=\"sort\">");
        for (var e : sortLabels.entrySet()) {
            boolean sel = e.getKey().equals(q.sort().name().toLowerCase(Locale.ROOT));
            b.append("<option value=\"").append(e.getKey()).append('"').append(sel ? " selected" : "").append('>')
                    .append(e.getValue()).append("</option>");
        }
        b.append("</select></label><div class=\"filter-actions\"><button type=\"submit\">Apply</button>"
                + "<a class=\"reset\" href=\"/\">Reset</a></div></form>");
        if (page.stories().isEmpty()) {
            b.append("<section class=\"empty\"><p>No stories match these filters.</p></section>");
        } else {
            b.append("<ol class=\"storylist\" start=\"").append(q.offset() + 1).append("\">");
            for (Story s : page.stories()) storyCard(b, s);
            b.append("</ol>");
        }
        pager(b, q.offset(), q.limit(), page.total(), params);
        return layout("Top stories", "", b.toString());
    }

    private static void storyCard(StringBuilder b, Story s) {
        b.append("<li class=\"storycard\"><a class=\"headline\" href=\"/stories/").append(Html.url(s.id())).append("\">")
                .append(esc(s.title())).append("</a><div class=\"meta\">");
        b.append("<span class=\"pill\">").append(s.size()).append(s.size() == 1 ? " report" : " reports");
        if (s.independentSources() < s.size()) b.append(" · ").append(s.independentSources()).append(" independent");
        b.append("</span>");
        List<String> outlets = s.outlets();
        b.append("<span>").append(esc(String.join(", ", outlets.subList(0, Math.min(4, outlets.size())))));
        if (outlets.size() > 4) b.append(" +").append(outlets.size() - 4);
        b.append("</span>");
        for (String l : s.languages()) b.append("<span class=\"lang\">").append(esc(l)).append("</span>");
        b.append("<span class=\"when\">").append(range(s.firstSeen(), s.lastUpdated())).append("</span>");
        b.append("</div></li>");
    }

    private static void pager(StringBuilder b, int offset, int limit, long total, Map<String, List<String>> params) {
        if (total <= limit && offset == 0) return;
        b.append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (offset > 0) {
            b.append("<a rel=\"prev\" href=\"/").append(query(params, Map.of("offset", List.of(String.valueOf(Math.max(0, offset - limit))))))
                    .append("\">← Previous</a>");
        } else {
            b.append("<span class=\"disabled\">← Previous</span>");
        }
        long pages = (total + limit - 1) / limit;
        b.append("<span class=\"muted\">Page ").append(offset / limit + 1).append(" of ").append(Math.max(1, pages)).append("</span>");
        if (offset + limit < total) {
            b.append("<a rel=\"next\" href=\"/").append(query(params, Map.of("offset", List.of(String.valueOf(offset + limit)))))
                    .append("\">Next →</a>");
        } else {
            b.append("<span class=\"disabled\">Next →</span>");
        }
        b.append("</nav>");
    }

    // ---- one story ----

    /** The recorded reason a report is in the story, escaped. */
    private static String why(StoryView.Report r, Map<String, Integer> number) {
        org.dateline.model.Explanation w = r.why();
        if (w == null) return "—";
        String merge = w.mergedFrom() == null ? "" : "; arrived when story " + esc(w.mergedFrom()) + " was merged into this one";
        if (!w.merged().isEmpty()) merge += "; also resembled story " + esc(String.join(", ", w.merged())) + ", which was merged into this one";
        // "first" by arrival: the table is in publication order, where the report that opened the story may stand later
        if (w.openedStory()) return (w.mergedFrom() == null ? "opened the story (the first of its reports to arrive)"
                : "opened story " + esc(w.mergedFrom()) + " (the first of its reports to arrive)") + merge;
        StringBuilder b = new StringBuilder("score ").append(String.format(java.util.Locale.ROOT, "%.2f", w.score()));
        Integer near = number.get(w.nearestArticleId());
        if (near != null) b.append(", closest to <a href=\"#r-").append(near).append("\">#").append(near).append("</a>");
        if (!w.sharedNames().isEmpty()) b.append("; shares ").append(esc(String.join(", ", w.sharedNames().subList(0, Math.min(6, w.sharedNames().size())))));
        if (w.hoursApart() != null) b.append("; ").append(w.hoursApart()).append(" h apart");
        return b.append(merge).toString();
    }

    /** What all, some or only one outlet says, each statement with the sentence every outlet used. */
    private static void coverage(StringBuilder b, StoryView.Comparison c) {
        if (c.statements().isEmpty()) return;
        b.append("<section class=\"coverage\" id=\"coverage\"><h2>What each outlet said</h2>")
                .append("<p class=\"muted small\">Statements grouped across outlets by shared wording; each cites the sentence it comes from.</p>");
        for (StoryView.Statement.Extent extent : StoryView.Statement.Extent.values()) {
            for (String outlet : extent == StoryView.Statement.Extent.ONLY ? c.outlets() : List.of("")) {
                List<StoryView.Statement> items = c.statements().stream().filter(st -> st.extent() == extent)
                        .filter(st -> extent != StoryView.Statement.Extent.ONLY || st.outlets().contains(outlet)).toList();
                if (items.isEmpty()) continue;
                String title = switch (extent) {
                    case ALL -> c.outlets().size() == 2 ? "Both" : "All outlets";
                    case SOME -> "Some outlets";
                    case ONLY -> "Only " + outlet;
                };
                b.append("<h3 class=\"extent-").append(extent.name().toLowerCase()).append("\">").append(esc(title)).append("</h3><ul class=\"statements\">");
                for (StoryView.Statement st : items) {
                    b.append("<li>");
                    for (StoryView.Citation cite : st.citations()) {
                        b.append("<blockquote><span class=\"cite-outlet\">").append(esc(cite.outlet())).append("</span> ")
                                .append(esc(cite.sentence())).append("</blockquote>");
                    }
                    b.append("</li>");
                }
                b.append("</ul>");
            }
        }
        b.append("</section>");
    }

    static String story(StoryView v) {
        StringBuilder b = new StringBuilder();
        List<StoryView.Report> reports = v.propagation();
        Map<String, Integer> number = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) number.put(reports.get(i).articleId(), i + 1);

        b.append("<nav class=\"crumbs\"><a href=\"/\">Top stories</a> › Story</nav>");
        b.append("<article class=\"story\"><header class=\"storyhead\"><h1 id=\"headline\">").append(esc(v.headline())).append("</h1>");
        b.append("<p class=\"muted\">").append(range(v.firstSeen(), v.lastUpdated()));
        for (String l : v.languages()) b.append(" <span class=\"lang\">").append(esc(l)).append("</span>");
        b.append(" · <a class=\"briefing\" href=\"/stories/").append(Html.url(v.id())).append(".md\">Markdown briefing</a></p>");
        if (!v.mergedFrom().isEmpty()) {
            b.append("<p class=\"muted small merged\">Merged from ").append(v.mergedFrom().size() == 1 ? "story " : "stories ")
                    .append(esc(String.join(", ", v.mergedFrom()))).append(" (their links lead here).</p>");
        }
        b.append("</header>");

        if (!v.summary().isEmpty()) {
            b.append("<section class=\"summary\"><h2>Summary</h2>");
            for (String s : v.summary()) b.append("<p>").append(esc(s)).append("</p>");
            b.append("</section>");
        }

        b.append("<section class=\"stats\">");
        stat(b, String.valueOf(v.articles()), v.articles() == 1 ? "report" : "reports");
        stat(b, String.valueOf(v.independentSources()), v.independentSources() == 1 ? "independent source" : "independent sources");
        stat(b, String.valueOf(v.outlets().size()), v.outlets().size() == 1 ? "outlet" : "outlets");
        long copies = reports.stream().filter(r -> !r.original()).count();
        stat(b, String.valueOf(copies), copies == 1 ? "copy" : "copies");
        b.append("</section>");

        b.append("<section class=\"timeline\" id=\"timeline\"><h2>Timeline</h2>");
        b.append(Timeline.svg(reports));
        b.append(Timeline.legend(reports));
        b.append("</section>");

        if (!v.timeline().isEmpty()) {
            b.append("<section class=\"dates\" id=\"dates\"><h2>Dates the reports mention</h2><ol class=\"date-list\">");
            for (StoryView.DateMention d : v.timeline()) {
                b.append("<li><span class=\"date-value\">").append(esc(d.value())).append("</span> <q>").append(esc(d.text()))
                        .append("</q> <span class=\"muted\">").append(esc(String.join(", ", d.outlets()))).append("</span>")
                        .append("<div class=\"date-sentence\">").append(esc(d.sentence())).append("</div></li>");
            }
            b.append("</ol></section>");
        }
        b.append("<section class=\"comparison\" id=\"comparison\"><h2>Outlet comparison</h2>"
                + "<p class=\"muted small\">Who reported it, in order of publication. Copies repeat at least 60% of an earlier report's text.</p>"
                + "<div class=\"tablewrap\"><table class=\"data\" id=\"comparison-table\"><thead><tr>"
                + "<th>#</th><th>Outlet</th><th>Type</th><th>Groups</th><th>Published</th><th>Report</th>"
                + "<th>Original / copy</th><th>Why it is here</th><th class=\"num\">Words</th></tr></thead><tbody>");
        for (StoryView.Report r : reports) {
            int n = number.get(r.articleId());
            b.append("<tr id=\"r-").append(n).append("\" data-report=\"").append(n).append("\">");
            b.append("<td class=\"num\">").append(n).append("</td>");
            b.append("<td>").append(esc(r.outlet() == null ? "unknown" : r.outlet())).append("</td>");
            b.append("<td><span class=\"type ").append(Timeline.typeClass(r.outletType())).append("\">")
                    .append(esc(r.outletType() == null ? "—" : r.outletType())).append("</span></td>");
            b.append("<td>").append(r.outletGroups().isEmpty() ? "—" : esc(String.join(", ", r.outletGroups()))).append("</td>");
            b.append("<td class=\"nowrap\">").append(esc(published(r.published()))).append("</td>");
            b.append("<td class=\"report\">").append(r.url() == null ? esc(r.title()) : Html.link(r.url(), r.title()));
            if (r.language() != null) b.append(" <span class=\"lang\">").append(esc(r.language())).append("</span>");
            b.append("</td><td>");
            if (r.original()) {
                b.append("<span class=\"badge original\">original</span>");
            } else {
                Integer of = number.get(r.copyOf());
                b.append("<span class=\"badge copy\">copy of ").append(of == null ? esc(r.copyOf()) : "<a href=\"#r-" + of + "\">#" + of + "</a>")
                        .append(" · ").append(Math.round(r.copySimilarity() * 100)).append("%</span>");
            }
            b.append("</td><td class=\"why small\">").append(why(r, number));
            if (reports.size() > 1) {
                b.append(" · <a class=\"scorecard-link\" href=\"/stories/").append(Html.url(v.id())).append("/explain/")
                        .append(Html.url(r.articleId())).append("\">score now</a>");
            }
            b.append("</td><td class=\"num\">").append(r.words()).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        b.append("</section>");
        coverage(b, v.comparison());
        analysis(b, v);

        provenance(b, reports, number);
        b.append("</article>");
        return layout(v.headline(), "", b.toString());
    }

    private static void stat(StringBuilder b, String value, String label) {
        b.append("<div class=\"stat\"><span class=\"value\">").append(esc(value)).append("</span><span class=\"label\">")
                .append(esc(label)).append("</span></div>");
    }

    private static void provenance(StringBuilder b, List<StoryView.Report> reports, Map<String, Integer> number) {
        StringBuilder p = new StringBuilder();
        for (StoryView.Report r : reports) {
            boolean dateline = r.agency() != null || r.datelinePlace() != null;
            if (!dateline && r.sharedBy().isEmpty() && r.relatedLinks().isEmpty() && r.anomalies().isEmpty()) continue;
            p.append("<li class=\"prov\"><div class=\"prov-head\"><span class=\"num\">#").append(number.get(r.articleId()))
                    .append("</span> <strong>").append(esc(r.outlet() == null ? "unknown outlet" : r.outlet())).append("</strong> — ")
                    .append(esc(r.title())).append("</div><ul>");
            if (dateline) {
                p.append("<li><span class=\"tag\">dateline</span> ").append(esc(r.datelinePlace() == null ? "" : r.datelinePlace()))
                        .append(r.agency() == null ? "" : " /" + esc(r.agency()) + "/").append("</li>");
            }
            for (TelegramRef t : r.sharedBy()) {
                p.append("<li><span class=\"tag tg\">Telegram</span> shared by ");
                String label = "@" + t.channel() + " · post " + t.postId();
                p.append(t.url() == null ? esc(label) : Html.link(t.url(), label));
                if (t.at() != null) p.append(" <span class=\"muted\">at ").append(esc(MINUTE.format(t.at()))).append(" UTC</span>");
                p.append("</li>");
            }
            for (String rel : r.relatedLinks()) {
                p.append("<li><span class=\"tag\">related</span> ").append(related(rel)).append("</li>");
            }
            for (Anomaly a : r.anomalies()) {
                p.append("<li class=\"anomaly\"><span class=\"warn\" aria-label=\"warning\" title=\"warning\">⚠</span> <strong>")
                        .append(esc(a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append("</strong>: ")
                        .append(esc(a.detail())).append("</li>");
            }
            p.append("</ul></li>");
        }
        b.append("<section class=\"provenance\" id=\"provenance\"><h2>Provenance</h2>");
        if (p.isEmpty()) b.append("<p class=\"muted\">No shares, related links or anomalies recorded.</p>");
        else b.append("<ul class=\"provlist\">").append(p).append("</ul>");
        b.append("</section>");
    }

    private static final java.util.regex.Pattern TITLED_LINK = java.util.regex.Pattern.compile("(?s)(.*\\S)\\s+<(\\S+)>");

    /** A related link as the view gives it: {@code Title <url>} or a bare URL. */
    static String related(String rel) {
        java.util.regex.Matcher m = TITLED_LINK.matcher(rel);
        return m.matches() ? Html.link(m.group(2), m.group(1)) : Html.link(rel, rel);
    }

    // ---- search ----

    static String searchForm() {
        return layout("Search", "", "<section class=\"pagehead\"><h1>Search</h1><p class=\"muted\">Search every report: words, "
                + "\"exact phrases\", AND/OR/NOT.</p></section>");
    }

    static String search(SearchQuery q, SearchResult r, String from, String to) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(q.text()));
        if (!q.languages().isEmpty()) params.put("lang", q.languages());
        if (!q.outlets().isEmpty()) params.put("outlet", q.outlets());
        if (!q.categories().isEmpty()) params.put("category", q.categories());
        if (!from.isBlank()) params.put("from", List.of(from));
        if (!to.isBlank()) params.put("to", List.of(to));

        StringBuilder b = new StringBuilder();
        b.append("<section class=\"pagehead\"><h1>Search</h1><p class=\"muted\" id=\"search-total\">").append(r.total())
                .append(r.total() == 1 ? " report matches " : " reports match ").append("<q>").append(esc(q.text())).append("</q></p>");
        List<String[]> active = new ArrayList<>();
        for (String l : q.languages()) active.add(new String[]{"lang", l, "language " + l});
        for (String o : q.outlets()) active.add(new String[]{"outlet", o, o});
        for (String c : q.categories()) active.add(new String[]{"category", c, "category " + c});
        Map<String, Integer> entityFacet = r.facets().getOrDefault("entity", Map.of());
        for (String e : q.entities()) active.add(new String[]{"entity", e, "entity " + entityName(e, entityFacet)});
        if (!from.isBlank() || !to.isBlank()) active.add(new String[]{"day", "", from.equals(to) ? from : from + " – " + to});
        if (!active.isEmpty()) {
            b.append("<div class=\"chips\">");
            for (String[] a : active) {
                Map<String, List<String>> without = new LinkedHashMap<>(params);
                if (a[0].equals("day")) {
                    without.remove("from");
                    without.remove("to");
                } else {
                    List<String> rest = new ArrayList<>(without.getOrDefault(a[0], List.of()));
                    rest.remove(a[1]);
                    if (rest.isEmpty()) without.remove(a[0]);
                    else without.put(a[0], rest);
                }
                b.append("<a class=\"chip\" href=\"/search").append(query(without, Map.of())).append("\">")
                        .append(esc(a[2])).append(" <span aria-hidden=\"true\">×</span></a>");
            }
            b.append("</div>");
        }
        b.append("</section><div class=\"searchgrid\"><div class=\"results\">");
        if (r.hits().isEmpty()) {
            b.append("<p class=\"empty\">Nothing found.</p>");
        } else {
            b.append("<ol class=\"hits\">");
            for (SearchHit h : r.hits()) {
                b.append("<li class=\"hit\">");
                if (h.storyId() != null) {
                    b.append("<a class=\"headline\" href=\"/stories/").append(Html.url(h.storyId())).append("\">").append(esc(h.title())).append("</a>");
                } else {
                    b.append("<span class=\"headline\">").append(esc(h.title())).append("</span>");
                }
                b.append("<div class=\"meta\"><span>").append(esc(h.outlet() == null ? "unknown outlet" : h.outlet())).append("</span>");
                if (h.published() != null) b.append("<span class=\"when\">").append(esc(published(h.published()))).append("</span>");
                b.append("</div></li>");
            }
            b.append("</ol>");
        }
        b.append("</div><aside class=\"facets\" id=\"facets\">");
        facet(b, "Outlet", "outlet", r.facets().get("outlet"), params);
        facet(b, "Language", "language", r.facets().get("language"), params);
        facet(b, "Category", "category", r.facets().get("category"), params);
        facet(b, "Day", "day", r.facets().get("day"), params);
        facet(b, "Entity", "entity", entityFacet, params);
        b.append("</aside></div>");
        return layout("Search: " + q.text(), q.text(), b.toString());
    }

    /** An entity facet key is "id|name": the name of the id when the facet holds it, else the id. */
    private static String entityName(String id, Map<String, Integer> facet) {
        for (String key : facet.keySet()) if (key.startsWith(id + "|")) return key.substring(id.length() + 1);
        return id;
    }

    private static void facet(StringBuilder b, String title, String name, Map<String, Integer> counts, Map<String, List<String>> params) {
        if (counts == null || counts.isEmpty()) return;
        b.append("<section class=\"facet\" data-facet=\"").append(name).append("\"><h3>").append(title).append("</h3><ul>");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        if (!name.equals("day")) entries.sort((x, y) -> y.getValue() - x.getValue());
        for (var e : entries.subList(0, Math.min(entries.size(), 30))) {
            Map<String, List<String>> set = switch (name) {
                case "outlet" -> Map.of("outlet", List.of(e.getKey()));
                case "language" -> Map.of("lang", List.of(e.getKey()));
                case "category" -> Map.of("category", List.of(e.getKey()));
                case "entity" -> Map.of("entity", List.of(e.getKey().substring(0, Math.max(0, e.getKey().indexOf('|')))));
                default -> Map.of("from", List.of(e.getKey()), "to", List.of(e.getKey()));
            };
            String label = name.equals("entity") ? e.getKey().substring(e.getKey().indexOf('|') + 1) : e.getKey();
            b.append("<li><a href=\"/search").append(query(params, set)).append("\">").append(esc(label))
                    .append("</a><span class=\"count\">").append(e.getValue()).append("</span></li>");
        }
        b.append("</ul></section>");
    }

    // ---- entities ----

    static String entity(org.dateline.analyze.entity.EntityProfile e, Map<String, String> storyTitles) {
        StringBuilder b = new StringBuilder();
        b.append("<nav class=\"crumbs\"><a href=\"/\">Top stories</a> › Entity</nav>");
        b.append("<article class=\"entity\"><h1 id=\"entity-name\">").append(esc(e.name())).append("</h1>");
        b.append("<p class=\"muted\"><span class=\"badge\">").append(esc(e.type().name().toLowerCase(java.util.Locale.ROOT)))
                .append("</span> ").append(e.articles()).append(e.articles() == 1 ? " article" : " articles").append(" · ")
                .append(e.mentions()).append(" mentions · id <code>").append(esc(e.id())).append("</code></p>");
        if (!e.descriptions().isEmpty()) {
            b.append("<p>Described as: ").append(esc(String.join("; ", e.descriptions()))).append("</p>");
        }
        b.append("<section id=\"variants\"><h2>Names used</h2><ul class=\"facet\">");
        for (Map.Entry<String, Integer> v : e.variants().entrySet()) {
            b.append("<li>").append(esc(v.getKey())).append("<span class=\"count\">").append(v.getValue()).append("</span></li>");
        }
        b.append("</ul></section><section id=\"entity-stories\"><h2>Stories</h2><ul>");
        for (Map.Entry<String, String> s : storyTitles.entrySet()) {
            b.append("<li><a href=\"/stories/").append(Html.url(s.getKey())).append("\">").append(esc(s.getValue())).append("</a> ")
                    .append("<span class=\"muted small\">").append(reports(e.stories().getOrDefault(s.getKey(), 0))).append("</span></li>");
        }
        b.append("</ul></section>");
        if (!e.quotes().isEmpty()) {
            b.append("<section id=\"entity-quotes\"><h2>Quotes</h2>");
            for (org.dateline.analyze.entity.EntityProfile.Said q : e.quotes()) {
                b.append("<blockquote>").append(esc(q.quote().content())).append("</blockquote>");
                if (q.storyId() != null) {
                    b.append("<p class=\"muted small\"><a href=\"/stories/").append(Html.url(q.storyId())).append("\">")
                            .append(esc(storyTitles.getOrDefault(q.storyId(), "story"))).append("</a></p>");
                }
            }
            b.append("</section>");
        }
        b.append("</article>");
        return layout(e.name(), "", b.toString());
    }

    /**
     * How a story scores now for an article: the verdict against the threshold, the steps of the blend, and each
     * compared member with its similarity and the factors that scaled it.
     */
    static String scorecard(org.dateline.story.Scorecard c, String articleTitle, String storyTitle, Map<String, String> memberTitles) {
        StringBuilder b = new StringBuilder();
        b.append("<nav class=\"crumbs\"><a href=\"/\">Top stories</a> › <a href=\"/stories/").append(Html.url(c.storyId()))
                .append("\">").append(esc(storyTitle)).append("</a> › Score</nav>");
        b.append("<article class=\"scorecard\"><h1>How this story scores for a report</h1>");
        b.append("<p>Report <code>").append(esc(c.articleId())).append("</code> ").append(esc(articleTitle)).append("</p>");
        b.append("<p id=\"verdict\" class=\"").append(c.joins() ? "joins" : "apart").append("\">Score <strong>")
                .append(String.format(java.util.Locale.ROOT, "%.3f", c.score())).append("</strong> against a threshold of ")
                .append(String.format(java.util.Locale.ROOT, "%.3f", c.threshold())).append(": ")
                .append(c.joins() ? "high enough to join (a report joins the best-scoring such story)"
                        : c.score() >= c.threshold() ? "high enough, but the story lies outside the time window" : "too low to join")
                .append(".</p>");
        b.append("<ol class=\"steps small\">");
        for (String a : c.adjustments()) b.append("<li>").append(esc(a)).append("</li>");
        b.append("</ol>");
        b.append("<div class=\"tablewrap\"><table class=\"data\" id=\"scorecard-members\"><thead><tr><th>Member</th>"
                + "<th class=\"num\">Similarity</th><th class=\"num\">Words</th><th class=\"num\">Meaning</th>"
                + "<th class=\"num\">Hours apart</th><th>Scaled by</th></tr></thead><tbody>");
        for (org.dateline.story.Scorecard.Member m : c.members()) {
            b.append("<tr><td>").append(esc(memberTitles.getOrDefault(m.articleId(), m.articleId())))
                    .append(m.otherLanguage() ? " <span class=\"lang\">other language</span>" : "").append("</td>")
                    .append("<td class=\"num\">").append(String.format(java.util.Locale.ROOT, "%.3f", m.similarity())).append("</td>")
                    .append("<td class=\"num\">").append(String.format(java.util.Locale.ROOT, "%.3f", m.words())).append("</td>")
                    .append("<td class=\"num\">").append(m.meaning() == null ? "—" : String.format(java.util.Locale.ROOT, "%.3f", m.meaning())).append("</td>")
                    .append("<td class=\"num\">").append(m.hoursApart() == null ? "—" : String.valueOf(m.hoursApart())).append("</td>")
                    .append("<td class=\"small\">").append(m.factors().isEmpty() ? "—" : esc(String.join("; ", m.factors()))).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
        b.append("<p class=\"muted small\">Worked out against the store as it is now, leaving the report itself out of the story's "
                + "members: a report stored earlier may have scored otherwise on arrival. The same as <code>dateline explain</code> "
                + "and <code>/api/stories/{id}/explain/{article}</code>.</p></article>");
        return layout("Score · " + storyTitle, "", b.toString());
    }

    private static String reports(int n) {
        return n + (n == 1 ? " report" : " reports");
    }

    /** The story's people, organisations and places; quotes by speaker; events. */
    private static void analysis(StringBuilder b, StoryView v) {
        if (v.analysed() < v.articles()) {
            b.append("<p class=\"muted small\" id=\"analysis-status\">Deep analysis done for ").append(v.analysed()).append(" of ")
                    .append(v.articles()).append(" reports; the rest are waiting.</p>");
        }
        if (!v.events().isEmpty()) {
            b.append("<section class=\"events\" id=\"events\"><h2>Events</h2><ul>");
            for (StoryView.EventView e : v.events()) {
                b.append("<li>").append(esc(org.dateline.view.EventLines.line(e.frame()))).append(" <span class=\"muted small\">")
                        .append(esc(String.join(", ", e.outlets()))).append("</span></li>");
            }
            b.append("</ul></section>");
        }
        if (!v.quotes().isEmpty()) {
            b.append("<section class=\"quotes\" id=\"quotes\"><h2>Quotes by speaker</h2>");
            String last = "\u0000";
            for (StoryView.QuoteView q : v.quotes()) {
                String speaker = q.speaker() != null ? q.speaker() : q.source() != null ? q.source() : "Unattributed";
                if (!speaker.equals(last)) {
                    if (!"\u0000".equals(last)) b.append("</ul>");
                    b.append("<h3>");
                    if (q.speakerId() != null) b.append("<a href=\"/entities/").append(Html.url(q.speakerId())).append("\">").append(esc(speaker)).append("</a>");
                    else b.append(esc(speaker));
                    b.append("</h3><ul class=\"quote-list\">");
                    last = speaker;
                }
                b.append("<li><q>").append(esc(q.content())).append("</q> <span class=\"muted small\">")
                        .append(esc(q.kind().toLowerCase(java.util.Locale.ROOT))).append(" · ").append(esc(String.join(", ", q.outlets())))
                        .append("</span></li>");
            }
            b.append("</ul></section>");
        }
        if (!v.entities().isEmpty()) {
            b.append("<section class=\"entities\" id=\"entities\"><h2>Entities</h2><div class=\"tablewrap\"><table class=\"data\">")
                    .append("<thead><tr><th>Name</th><th>Type</th><th class=\"num\">Mentions</th><th>Outlets</th></tr></thead><tbody>");
            for (StoryView.EntityCount e : v.entities().subList(0, Math.min(40, v.entities().size()))) {
                b.append("<tr><td><a href=\"/entities/").append(Html.url(e.id())).append("\">").append(esc(e.name())).append("</a></td><td>")
                        .append(esc(e.type())).append("</td><td class=\"num\">").append(e.mentions()).append("</td><td>")
                        .append(esc(String.join(", ", e.outlets()))).append("</td></tr>");
            }
            b.append("</tbody></table></div></section>");
        }
    }

    // ---- small helpers ----

    private static String select(String label, String name, String selected, List<String> values, Map<String, String> labels) {
        StringBuilder b = new StringBuilder("<label>").append(esc(label)).append(" <select name=\"").append(name).append("\">");
        b.append("<option value=\"\">Any</option>");
        for (String v : values) {
            b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(selected) ? " selected" : "").append('>')
                    .append(esc(labels.getOrDefault(v, v))).append("</option>");
        }
        return b.append("</select></label>").toString();
    }

    /** {@code ?a=1&b=2} from {@code params} with {@code set} replacing (and {@code offset} dropped unless set). */
    static String query(Map<String, List<String>> params, Map<String, List<String>> set) {
        Map<String, List<String>> all = new LinkedHashMap<>(params);
        all.remove("offset");
        all.putAll(set);
        StringBuilder sb = new StringBuilder();
        for (var e : all.entrySet()) {
            for (String v : e.getValue()) {
                if (v == null || v.isEmpty()) continue;
                sb.append(sb.isEmpty() ? '?' : '&').append(Html.url(e.getKey())).append('=').append(Html.url(v));
            }
        }
        return esc(sb.toString());
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    static String day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }

    static String range(Instant from, Instant to) {
        if (from == null) return "";
        String a = DAY.format(from);
        if (to == null || DAY.format(to).equals(a)) return esc(a);
        return esc(a) + " – " + esc(DAY.format(to));
    }

    /** A report's ISO date or instant, for reading. */
    static String published(String iso) {
        if (iso == null) return "undated";
        try {
            if (iso.length() == 10) return DAY.format(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC));
            return MINUTE.format(Instant.parse(iso)) + " UTC";
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
