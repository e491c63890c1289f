package org.dateline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an article was published, how precisely that is known, and where the date came from.
 * {@code at} is UTC; with {@link Precision#DAY} it is midnight UTC of that day.
 */
public record Published(Instant at, Precision precision, Origin origin) {

    public enum Precision { DAY, SECOND }

    public enum Origin { HEADER, FIELD, URL, DATELINE }

    /** A date before this year is a placeholder ("0001-01-01T00:00:00Z", a CMS's zero date), not when a report appeared. */
    public static final int EARLIEST_YEAR = 1900;

    public static Published ofDay(LocalDate day, Origin origin) {
        return new Published(day.atStartOfDay(ZoneOffset.UTC).toInstant(), Precision.DAY, origin);
    }

    public LocalDate day() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** ISO date for day precision, ISO instant otherwise. */
    public String iso() {
        return precision == Precision.DAY ? day().toString() : at.toString();
    }
}
