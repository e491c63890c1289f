package org.dateline.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines at the start of a report: {@code MOSCOW, August 7. /TASS/.},
 * {@code МОСКВА, 7 августа. /ТАСС/.}, {@code LONDON (Reuters) -}, {@code KYIV, March 3 (AP) —}, and the AP style
 * with the state or country after the city: {@code SPRINGFIELD, Ill. (AP) —}, {@code KYIV, Ukraine (Reuters) -}.
 */
public final class Datelines {

    /** What a dateline says, and where the text after it starts. */
    public record Dateline(String place, String agency, MonthDay day, int end) {
    }

    private static final String PLACE_EN = "([A-Z][A-Z.'\\-]*(?: [A-Z][A-Z.'\\-]*){0,3})";
    private static final String PLACE_RU = "([А-ЯЁ][А-ЯЁ\\-]*(?: [А-ЯЁ][А-ЯЁ\\-]*){0,3})";
    /** The state or country after an English dateline's city ("Ill.", "Ukraine", "New Mexico"); never a date. */
    private static final String REGION_EN = "(?:,\\s*((?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d)"
            + "[A-Z][a-z.'\\-]+(?: [A-Z][a-z.'\\-]+){0,2}))?";
    private static final Pattern SLASH_EN = Pattern.compile(
            "^" + PLACE_EN + REGION_EN + "(?:,\\s*([A-Z][a-z]{2,8})\\.? (\\d{1,2}))?\\s*\\.?\\s*/([^/\\n]{2,40})/\\s*\\.?\\s*[-–—]?\\s*");
    private static final Pattern SLASH_RU = Pattern.compile(
            "^" + PLACE_RU + "(?:,\\s*(\\d{1,2}) ([а-яё]+))?\\s*\\.?\\s*/([^/\\n]{2,40})/\\s*\\.?\\s*[-–—]?\\s*");
    private static final Pattern PAREN_EN = Pattern.compile(
            "^" + PLACE_EN + REGION_EN + "(?:,\\s*([A-Z][a-z]{2,8})\\.? (\\d{1,2}))?\\s*\\(([^)\\n]{2,40})\\)\\s*[-–—]+\\s*");
    private static final Pattern PAREN_RU = Pattern.compile(
            "^" + PLACE_RU + "(?:,\\s*(\\d{1,2}) ([а-яё]+))?\\s*\\(([^)\\n]{2,40})\\)\\s*[-–—]+\\s*");
    private static final Pattern PLACE_DASH = Pattern.compile("^" + PLACE_EN + "\\s+[-–—]\\s+");

    private static final Map<String, Month> RU_MONTHS = Map.ofEntries(
            Map.entry("января", Month.JANUARY), Map.entry("февраля", Month.FEBRUARY), Map.entry("марта", Month.MARCH),
            Map.entry("апреля", Month.APRIL), Map.entry("мая", Month.MAY), Map.entry("июня", Month.JUNE),
            Map.entry("июля", Month.JULY), Map.entry("августа", Month.AUGUST), Map.entry("сентября", Month.SEPTEMBER),
            Map.entry("октября", Month.OCTOBER), Map.entry("ноября", Month.NOVEMBER), Map.entry("декабря", Month.DECEMBER));

    private Datelines() {
    }

    public static Optional<Dateline> parse(String text) {
        Matcher m;
        if ((m = SLASH_EN.matcher(text)).find() || (m = PAREN_EN.matcher(text)).find()) {
            String place = m.group(2) == null ? place(m.group(1)) : place(m.group(1)) + ", " + m.group(2);
            return Optional.of(new Dateline(place, m.group(5).strip(), englishDay(m.group(3), m.group(4)), m.end()));
        }
        if ((m = SLASH_RU.matcher(text)).find() || (m = PAREN_RU.matcher(text)).find()) {
            return Optional.of(new Dateline(place(m.group(1)), m.group(4).strip(), russianDay(m.group(2), m.group(3)), m.end()));
        }
        if ((m = PLACE_DASH.matcher(text)).find() && m.group(1).length() >= 3) {
            return Optional.of(new Dateline(place(m.group(1)), null, null, m.end()));
        }
        return Optional.empty();
    }

    /** {@code NEW YORK} → {@code New York}, {@code МОСКВА} → {@code Москва}. */
    static String place(String upper) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : upper.strip().toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        return sb.toString();
    }

    private static MonthDay englishDay(String month, String day) {
        if (month == null) return null;
        for (Month m : Month.values()) {
            String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (name.regionMatches(true, 0, month, 0, Math.max(3, month.length())) && month.length() >= 3) {
                return monthDay(m, day);
            }
        }
        return null;
    }

    private static MonthDay russianDay(String day, String month) {
        if (month == null) return null;
        Month m = RU_MONTHS.get(month.toLowerCase(Locale.ROOT));
        return m == null ? null : monthDay(m, day);
    }

    private static MonthDay monthDay(Month m, String day) {
        try {
            return MonthDay.of(m, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The dateline's day in the year of {@code near} (or the year before, when that is closer). */
    public static LocalDate resolve(MonthDay day, LocalDate near) {
        LocalDate same = safeAtYear(day, near.getYear());
        LocalDate before = safeAtYear(day, near.getYear() - 1);
        return Math.abs(same.toEpochDay() - near.toEpochDay()) <= Math.abs(before.toEpochDay() - near.toEpochDay())
                ? same : before;
    }

    private static LocalDate safeAtYear(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, day.getMonth(), 28);
    }
}
