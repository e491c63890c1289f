package org.dateline.server;

import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Request parameters, validated: every bad value becomes a 400 naming the parameter. */
final class Params {

    /** A client's document key, a story id or an article id: no slashes, no "..", bounded. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N} .,'&()/_-]{1,100}");

    private Params() {
    }

    static String id(Context ctx, String name) {
        return id(ctx.pathParam(name), name);
    }

    static String id(String value, String name) {
        if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
            throw ApiError.badRequest(name + " must match [A-Za-z0-9._-]{1,128} and not contain \"..\"");
        }
        return value;
    }

    /** Values of a repeatable parameter; each may also be a comma-separated list. */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) continue;
                if (!WORD.matcher(p).matches()) throw ApiError.badRequest("invalid " + name + ": " + abbreviate(p));
                out.add(p);
            }
        }
        if (out.size() > 20) throw ApiError.badRequest("too many values for " + name + " (20 at most)");
        return out;
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return defaultValue;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be an integer");
        }
    }

    /**
     * An ISO date ({@code 2026-03-13}) or instant ({@code 2026-03-13T10:00:00Z}); a date as
     * {@code to} means the end of that day.
     */
    static Instant time(Context ctx, String name, boolean endOfDay) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        v = v.strip();
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return endOfDay ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                        : d.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be an ISO date (2026-03-13) or instant (2026-03-13T10:00:00Z)");
        }
    }

    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        v = v.strip();
        if (v.length() > maxLength) throw ApiError.badRequest(name + " is longer than " + maxLength + " characters");
        return v.isEmpty() ? null : v;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
