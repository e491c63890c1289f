package org.dateline.view;

import org.dateline.analyze.event.EventFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One readable line per event frame, for text, Markdown and HTML views alike (callers escape for HTML). */
public final class EventLines {

    private EventLines() {
    }

    /** "meeting · agreed · Vladimir Putin, Donald Trump · in the coming days (FUTURE_REF) · venue agreed, not announced yet · suggested: United Arab Emirates (by Vladimir Putin)". */
    public static String line(EventFrame f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.type().name().toLowerCase(Locale.ROOT));
        parts.add(f.status().name().toLowerCase(Locale.ROOT));
        if (!f.participants().isEmpty()) {
            parts.add(String.join(", ", f.participants().stream().map(EventFrame.Participant::name).toList()));
        }
        if (f.time() != null) parts.add(f.timeText() + " (" + f.time() + ")");
        List<String> at = new ArrayList<>();
        List<String> suggested = new ArrayList<>();
        for (EventFrame.Place p : f.places()) {
            if (p.role() == EventFrame.Place.Role.AT) at.add(p.name());
            else suggested.add(p.name() + (p.suggestedBy() == null ? "" : " (by " + p.suggestedBy() + ")"));
        }
        if (!at.isEmpty()) parts.add("in " + String.join(", ", at));
        if (f.venue() != null) parts.add("venue " + f.venue());
        if (!suggested.isEmpty()) parts.add("suggested venue: " + String.join(", ", suggested));
        return String.join(" · ", parts);
    }
}
