package org.dateline.server;

import org.dateline.view.StoryView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.dateline.server.Html.esc;

/**
 * A story's reports on a time axis, drawn server-side as inline SVG: one row and one mark per report
 * (in publication order), coloured by outlet type, hollow for copies. No inline style: colours come
 * from classes in app.css, positions from SVG attributes.
 */
final class Timeline {

    static final int MAX_ROWS = 60;
    private static final int WIDTH = 880, LABEL = 190, RIGHT = 24, ROW = 26, TOP = 12, AXIS = 34;
    private static final DateTimeFormatter TICK_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TICK_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> TYPES = Set.of("agency", "state-owned", "public-broadcaster", "independent", "channel", "aggregator");

    private Timeline() {
    }

    static String typeClass(String type) {
        if (type == null) return "t-unknown";
        String t = type.toLowerCase(Locale.ROOT);
        return TYPES.contains(t) ? "t-" + t : "t-other";
    }

    static Instant time(String iso) {
        if (iso == null) return null;
        try {
            return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean dayOnly(String iso) {
        return iso != null && iso.length() == 10;
    }

    static String svg(List<StoryView.Report> reports) {
        List<StoryView.Report> rows = reports.subList(0, Math.min(MAX_ROWS, reports.size()));
        Instant min = null, max = null;
        for (StoryView.Report r : rows) {
            Instant t = time(r.published());
            if (t == null) continue;
            Instant end = dayOnly(r.published()) ? t.plusSeconds(86_400) : t;
            if (min == null || t.isBefore(min)) min = t;
            if (max == null || end.isAfter(max)) max = end;
        }
        int height = TOP + rows.size() * ROW + AXIS;
        int plot = WIDTH - LABEL - RIGHT;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"timeline-svg\" role=\"img\" aria-labelledby=\"tl-title\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        b.append("<title id=\"tl-title\">Reports by publication time</title>");
        long span = min == null ? 0 : Math.max(0, max.toEpochMilli() - min.toEpochMilli());
        // Axis and ticks
        int axisY = TOP + rows.size() * ROW + 6;
        b.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(axisY).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(axisY).append("\"/>");
        if (min != null) {
            int ticks = span == 0 ? 1 : 5;
            boolean sameDayTicks = span < 3L * 24 * 3600 * 1000;
            for (int i = 0; i < ticks; i++) {
                double f = ticks == 1 ? 0.5 : i / (double) (ticks - 1);
                Instant t = Instant.ofEpochMilli(min.toEpochMilli() + Math.round(span * f));
                int x = LABEL + (int) Math.round(f * plot);
                b.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(x)
                        .append("\" y2=\"").append(axisY).append("\"/>");
                String anchor = ticks == 1 ? "middle" : i == 0 ? "start" : i == ticks - 1 ? "end" : "middle";
                b.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(axisY + 18).append("\" text-anchor=\"")
                        .append(anchor).append("\">").append(esc((sameDayTicks ? TICK_TIME : TICK_DAY).format(t))).append("</text>");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            StoryView.Report r = rows.get(i);
            int y = TOP + i * ROW + ROW / 2;
            String outlet = r.outlet() == null ? "unknown" : r.outlet();
            String label = outlet.length() > 22 ? outlet.substring(0, 21) + "…" : outlet;
            b.append("<g class=\"tl-row\" data-report=\"").append(i + 1).append("\">");
            b.append("<line class=\"lane\" x1=\"").append(LABEL).append("\" y1=\"").append(y).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(y).append("\"/>");
            b.append("<text class=\"rowlabel\" x=\"").append(LABEL - 10).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(i + 1).append(". ").append(esc(label)).append("</text>");
            Instant t = time(r.published());
            String tip = (i + 1) + ". " + outlet + " — " + Pages.published(r.published()) + (r.original() ? "" : " (copy)")
                    + "\n" + (r.title() == null ? "" : r.title());
            if (t == null) {
                b.append("<text class=\"undated\" x=\"").append(LABEL + 4).append("\" y=\"").append(y + 4).append("\">undated<title>")
                        .append(esc(tip)).append("</title></text>");
            } else {
                double f = span == 0 ? 0.5 : (t.toEpochMilli() - min.toEpochMilli()) / (double) span;
                int x = LABEL + (int) Math.round(f * plot);
                if (dayOnly(r.published()) && span > 0) {
                    // Only the day is known: a band over the whole day, the mark in its middle.
                    int w = (int) Math.round(86_400_000.0 / span * plot);
                    b.append("<rect class=\"dayband ").append(typeClass(r.outletType())).append("\" x=\"").append(x).append("\" y=\"")
                            .append(y - 5).append("\" width=\"").append(Math.max(w, 4)).append("\" height=\"10\" rx=\"5\"/>");
                    x += w / 2;
                    tip += "\n(date only: the time of day is unknown)";
                }
                b.append("<a href=\"#r-").append(i + 1).append("\"><circle class=\"mark ").append(typeClass(r.outletType()))
                        .append(r.original() ? "" : " copy").append("\" cx=\"").append(x).append("\" cy=\"").append(y)
                        .append("\" r=\"7\"><title>").append(esc(tip)).append("</title></circle></a>");
            }
            b.append("</g>");
        }
        b.append("</svg>");
        if (reports.size() > rows.size()) {
            b.append("<p class=\"muted small\">Showing the first ").append(rows.size()).append(" of ").append(reports.size())
                    .append(" reports.</p>");
        }
        return b.toString();
    }

    /** The outlet types present, with their colours, and how copies are drawn. */
    static String legend(List<StoryView.Report> reports) {
        Set<String> types = new LinkedHashSet<>();
        for (StoryView.Report r : reports) types.add(r.outletType() == null ? "unknown" : r.outletType());
        List<String> items = new ArrayList<>();
        for (String t : types) {
            items.add("<li><span class=\"swatch " + typeClass(t.equals("unknown") ? null : t) + "\"></span>" + esc(t) + "</li>");
        }
        items.add("<li><span class=\"swatch hollow\"></span>copy of an earlier report</li>");
        if (reports.stream().anyMatch(r -> dayOnly(r.published()))) {
            items.add("<li><span class=\"swatch band\"></span>date known, time of day not</li>");
        }
        return "<ul class=\"legend\">" + String.join("", items) + "</ul>";
    }
}
