package org.dateline.view;

import org.dateline.model.Anomaly;
import org.dateline.model.TelegramRef;

import java.util.List;

/** A story as a Markdown briefing an analyst can paste into a report. */
public final class Briefing {

    private Briefing() {
    }

    public static String markdown(StoryView v) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(v.headline())).append("\n\n");
        md.append("*Story `").append(v.id()).append("` · ").append(v.articles()).append(v.articles() == 1 ? " report" : " reports")
                .append(" · ").append(v.independentSources()).append(v.independentSources() == 1 ? " independent source" : " independent sources")
                .append(" · ").append(String.join(", ", v.languages()));
        if (v.firstSeen() != null) {
            md.append(" · first seen ").append(v.firstSeen().toString(), 0, 10);
            if (v.lastUpdated() != null && !v.lastUpdated().equals(v.firstSeen())) {
                md.append(", last updated ").append(v.lastUpdated().toString(), 0, 10);
            }
        }
        md.append("*\n\n");
        if (!v.summary().isEmpty()) {
            md.append("## Summary\n\n");
            for (String s : v.summary()) md.append("> ").append(escape(s)).append("\n");
            md.append("\n");
        }
        if (!v.timeline().isEmpty()) {
            md.append("## Timeline of what the reports mention\n\n");
            for (StoryView.DateMention d : v.timeline()) {
                md.append("- **").append(d.value()).append("** (\"").append(escape(d.text())).append("\", ")
                        .append(escape(String.join(", ", d.outlets()))).append("): ").append(escape(d.sentence())).append("\n");
            }
            md.append("\n");
        }
        analysis(md, v);
        coverage(md, v.comparison());
        md.append("## Who reported it, in order\n\n");
        md.append("| # | Published | Outlet | Type | Report | Note |\n|---|---|---|---|---|---|\n");
        int n = 0;
        for (StoryView.Report r : v.propagation()) {
            String title = isWeb(r.url()) ? "[" + escape(r.title()) + "](<" + r.url().replace(">", "%3E").replace(" ", "%20") + ">)"
                    : escape(r.title());
            String note = r.original() ? "original" : "copy of #" + (indexOf(v.propagation(), r.copyOf()) + 1)
                    + " (" + Math.round(r.copySimilarity() * 100) + "% shared)";
            md.append("| ").append(++n).append(" | ").append(r.published() == null ? "—" : r.published()).append(" | ")
                    .append(escape(r.outlet() == null ? "unknown" : r.outlet())).append(" | ")
                    .append(r.outletType() == null ? "—" : r.outletType()).append(" | ").append(title).append(" | ")
                    .append(note).append(" |\n");
        }
        md.append("\n");
        StringBuilder provenance = new StringBuilder();
        for (StoryView.Report r : v.propagation()) {
            List<String> lines = new java.util.ArrayList<>();
            if (r.agency() != null || r.datelinePlace() != null) {
                lines.add("dateline: " + (r.datelinePlace() == null ? "" : r.datelinePlace()) + (r.agency() == null ? "" : " /" + r.agency() + "/"));
            }
            for (TelegramRef t : r.sharedBy()) {
                lines.add("shared by Telegram channel " + t.channel() + " (post " + t.postId() + (t.at() == null ? "" : ", " + t.at()) + ")");
            }
            for (String rel : r.relatedLinks()) lines.add("related: " + escape(rel));
            for (Anomaly a : r.anomalies()) lines.add("⚠ " + a.kind().name().toLowerCase().replace('_', ' ') + ": " + escape(a.detail()));
            if (lines.isEmpty()) continue;
            provenance.append("- **").append(escape(r.outlet() == null ? r.articleId() : r.outlet())).append("** — ")
                    .append(escape(r.title())).append("\n");
            for (String l : lines) provenance.append("  - ").append(l).append("\n");
        }
        if (!provenance.isEmpty()) md.append("## Provenance\n\n").append(provenance).append("\n");
        return md.toString();
    }

    /** Events, quotes by speaker, and which outlets name which entities. */
    private static void analysis(StringBuilder md, StoryView v) {
        if (!v.events().isEmpty()) {
            md.append("## Events\n\n");
            for (StoryView.EventView e : v.events()) {
                md.append("- ").append(escape(EventLines.line(e.frame()))).append(" (").append(escape(String.join(", ", e.outlets())))
                        .append(")\n");
            }
            md.append("\n");
        }
        if (!v.quotes().isEmpty()) {
            md.append("## Who said what\n\n");
            for (StoryView.QuoteView q : v.quotes()) {
                String speaker = q.speaker() != null ? q.speaker() : q.source() != null ? q.source() : "unattributed";
                md.append("- **").append(escape(speaker)).append("** (").append(q.kind().toLowerCase(java.util.Locale.ROOT))
                        .append(", ").append(escape(String.join(", ", q.outlets()))).append("): “").append(escape(q.content())).append("”\n");
            }
            md.append("\n");
        }
        if (v.entities().isEmpty() || v.comparison().outlets().size() < 2) return;
        md.append("## Entities by outlet\n\n");
        List<String> everywhere = v.entities().stream().filter(e -> e.outlets().size() == v.comparison().outlets().size())
                .map(StoryView.EntityCount::name).limit(20).toList();
        if (!everywhere.isEmpty()) md.append("- all outlets: ").append(escape(String.join(", ", everywhere))).append("\n");
        for (String outlet : v.comparison().outlets()) {
            List<String> only = v.entities().stream().filter(e -> e.outlets().size() == 1 && e.outlets().get(0).equals(outlet))
                    .map(StoryView.EntityCount::name).limit(20).toList();
            if (!only.isEmpty()) md.append("- only ").append(escape(outlet)).append(": ").append(escape(String.join(", ", only))).append("\n");
        }
        md.append("\n");
    }

    private static void coverage(StringBuilder md, StoryView.Comparison c) {
        if (c.statements().isEmpty()) return;
        md.append("## How each outlet covered it\n\n");
        for (StoryView.Statement.Extent extent : StoryView.Statement.Extent.values()) {
            for (String outlet : extent == StoryView.Statement.Extent.ONLY ? c.outlets() : List.of("")) {
                List<StoryView.Statement> items = c.statements().stream().filter(s -> s.extent() == extent)
                        .filter(s -> extent != StoryView.Statement.Extent.ONLY || s.outlets().contains(outlet)).toList();
                if (items.isEmpty()) continue;
                md.append("**").append(switch (extent) {
                    case ALL -> c.outlets().size() == 2 ? "Both" : "All outlets";
                    case SOME -> "Some outlets";
                    case ONLY -> "Only " + escape(outlet);
                }).append("**\n\n");
                for (StoryView.Statement s : items) {
                    for (StoryView.Citation cite : s.citations()) {
                        md.append(cite == s.citations().get(0) ? "- " : "  ").append(extent == StoryView.Statement.Extent.ONLY ? "" : escape(cite.outlet()) + ": ")
                                .append(escape(cite.sentence())).append("\n");
                    }
                }
                md.append("\n");
            }
        }
        List<String> onlyNames = new java.util.ArrayList<>();
        for (String outlet : c.outlets()) {
            List<String> names = c.names().stream().filter(n -> n.outlets().size() == 1 && n.outlets().get(0).equals(outlet)
                    && !n.name().chars().allMatch(Character::isDigit)).map(StoryView.NameCoverage::name).limit(15).toList();
            if (!names.isEmpty()) onlyNames.add("- only " + escape(outlet) + ": " + escape(String.join(", ", names)));
        }
        if (!onlyNames.isEmpty()) md.append("Names only one outlet mentions:\n\n").append(String.join("\n", onlyNames)).append("\n\n");
    }

    /** Only web addresses become links; anything else (javascript:, data:) stays text. */
    private static boolean isWeb(String url) {
        if (url == null) return false;
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private static int indexOf(List<StoryView.Report> reports, String articleId) {
        for (int i = 0; i < reports.size(); i++) if (reports.get(i).articleId().equals(articleId)) return i;
        return -1;
    }

    /** Markdown-significant characters of article text are escaped so a hostile title cannot inject markup. */
    static String escape(String s) {
        if (s == null) return "";
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
                .replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("\n", " ");
    }
}
