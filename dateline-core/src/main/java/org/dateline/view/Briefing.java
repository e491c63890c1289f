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
