package org.dateline.analyze.time;

import java.util.Objects;

/**
 * One temporal expression found in a text, TimeML style: {@code start}/{@code end} are Java
 * {@code String} char offsets (end exclusive), {@code value} is the normalised TIMEX3 value
 * ({@code 2025-08-07}, {@code 2025-W33}, {@code P3Y}, {@code FUTURE_REF}, {@code XXXX-WXX-4} ...).
 */
public record Timex(int start, int end, String text, Type type, String value) {

    /** The four TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    public Timex {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
