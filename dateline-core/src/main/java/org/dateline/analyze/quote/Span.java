package org.dateline.analyze.quote;

/** A stretch of the analysed text: char offsets ({@code end} exclusive) and the text they cover. */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    static Span of(String text, int start, int end) {
        return new Span(start, end, text.substring(start, end));
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
