package org.dateline.analyze;

/** A span of an analysed text ({@code end} exclusive) and the text it covers. */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
