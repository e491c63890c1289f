package org.dateline.analyze.entity;

/**
 * One named-entity mention in a text: its type and character span ({@code end} exclusive) and the text it
 * covers. Recognizers return mentions in text order without overlaps.
 */
public record Mention(EntityType type, int start, int end, String text) {
    public Mention {
        if (type == null) throw new IllegalArgumentException("type is required");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
