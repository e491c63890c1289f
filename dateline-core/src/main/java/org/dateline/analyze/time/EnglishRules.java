package org.dateline.analyze.time;

import org.dateline.analyze.time.Timex.Type;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.dateline.analyze.time.Lexicon.COUNT;
import static org.dateline.analyze.time.Lexicon.MONTH;
import static org.dateline.analyze.time.Lexicon.UNIT;
import static org.dateline.analyze.time.Lexicon.WEEKDAY;
import static org.dateline.analyze.time.Lexicon.WEEKDAY_ABBR;

/**
 * English patterns, written for news text and TimeML/TempEval-3 conventions: the span excludes the
 * preposition ("in 2021" → "2021") but keeps determiners and modifiers ("the third quarter",
 * "late November", "nearly forty years").
 */
final class EnglishRules {

    private EnglishRules() {
    }

    static final String B = "(?<![\\p{L}\\p{N}])";
    static final String E = "(?![\\p{L}\\p{N}])";
    private static final String YEAR = "(?:1[6-9]|20)\\d\\d";
    private static final String SPOKEN_TENS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String SPOKEN_YEAR = "(?:nineteen[- ]" + SPOKEN_TENS + "|(?:the year )?two thousand(?: and)?(?: (?:one|two|three|four|five|six|seven|eight|nine|ten))?)";
    private static final String MOD = "(?:(?:early|late|mid|the (?:start|beginning|end|middle|first half|second half) of|the turn of)[- ])";
    private static final String APPROX = "(?:(?:nearly|almost|about|around|roughly|some|approximately|more than|less than|fewer than|"
            + "at least|up to|over|under|no more than|only|just|another|an additional|an extra|the last|the past|the next|"
            + "the first|the final|the coming|the previous|the following|the remaining|the latest|the|past|last|next|first|"
            + "coming|previous|final|latest) )";
    private static final String PART = "(?:morning|afternoon|evening|night)";

    static List<Rule> rules() {
        return List.of(
                Rule.of("iso-date", B + "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})" + E, Type.DATE,
                        (m, a) -> date(num(m, "y"), num(m, "m"), num(m, "d"))),
                Rule.of("numeric-date", B + "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})" + E, Type.DATE,
                        (m, a) -> date(fullYear(num(m, "y")), num(m, "m"), num(m, "d"))),
                Rule.of("month-day", B + "(?:(?<wd>" + WEEKDAY + "|" + WEEKDAY_ABBR + "),? )?(?<mod>" + MOD + ")?(?<mon>" + MONTH
                        + ") (?<d>\\d{1,2})(?:st|nd|rd|th)?" + E + "(?:,? (?<y>" + YEAR + ")" + E + ")?", Type.DATE,
                        EnglishRules::monthDay),
                Rule.of("day-month", B + "(?:(?<wd>" + WEEKDAY + "),? )?(?:the )?(?<d>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<mon>"
                        + MONTH + ")(?:,? (?<y>" + YEAR + ")" + E + ")?", Type.DATE, EnglishRules::monthDay),
                Rule.of("month-year", B + "(?<mod>" + MOD + ")?(?<mon>" + MONTH + "),? (?:of )?(?:(?<y>" + YEAR + ")" + E
                        + "|(?<sy>" + SPOKEN_YEAR + ")" + E + "|(?<rel>this|last|next) year" + E + ")", Type.DATE,
                        EnglishRules::monthYear),
                Rule.of("month", B + "(?<mod>(?:" + MOD + "|(?:last|this|next|early|late|mid|the middle of|the end of|the "
                        + "beginning of)[- ]))?(?<mon>" + MONTH + ")", Type.DATE, EnglishRules::monthAlone),
                Rule.of("month-set", B + "(?:each|every) (?<mon>" + MONTH + ")", Type.SET,
                        (m, a) -> "XXXX-" + two(Lexicon.month(m.group("mon")))),
                // "© 2000-2019 Example.com", "Copyright 2019": the site's notice, not the report's
                Rule.of("year", B + "(?<!©)(?<!© )(?<!\\(c\\) )(?<!copyright )(?<!© \\d{4}[-–])(?<pre>(?:fiscal(?: year)?|calendar(?: year)?|model year|the year) |" + MOD + ")?(?<y>" + YEAR
                        + ")(?!['’]?s)" + E + "(?!,\\d|\\.\\d|%| percent)", Type.DATE, EnglishRules::year),
                Rule.of("spoken-year", B + "(?<mod>" + MOD + ")?(?:the (?:winter|summer|spring|fall) of )?(?<sy>" + SPOKEN_YEAR + ")" + E,
                        Type.DATE, (m, a) -> spokenYear(m.group("sy"))),
                Rule.of("decade", B + "(?:the )?(?<mod>(?:early|late|mid)[- ])?(?:(?<c>1[6-9]|20)(?<d>\\d)0|['’](?<d2>\\d)0)['’]?s" + E,
                        Type.DATE, EnglishRules::decade),
                Rule.of("century", B + "(?:the )?(?<mod>(?:early|late|mid)[- ])?(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century" + E,
                        Type.DATE, (m, a) -> two(num(m, "n") - 1)),
                // "USA TODAY" is a newspaper
                Rule.of("relative-day", B + "(?<!USA )(?<mod>(?:late|early|earlier|later) )?(?<w>yesterday|today|tomorrow|tonight)(?:'s)?"
                        + "(?: (?<pod>" + PART + "))?" + E, Type.DATE, EnglishRules::relativeDay),
                Rule.of("this-part", B + "(?:(?:early|late|earlier|later) )?(?:this|tomorrow|yesterday) (?<pod>morning|afternoon|evening)" + E
                        + "|" + B + "(?:(?:early|late|earlier|later) )?mid[- ]?(?<pod2>afternoon|morning)" + E, Type.TIME, EnglishRules::thisPart),
                Rule.of("weekday", B + "(?<mod>(?:last|next|this|early|late|earlier|later|coming|past) )?(?<wd>" + WEEKDAY + ")"
                        + "(?:,? (?<pod>" + PART + "))?", Type.DATE, EnglishRules::weekday),
                Rule.of("weekday-set", B + "(?:(?:each|every) (?<wd>" + WEEKDAY + ")|(?<wds>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays"
                        + "|Fridays|Saturdays|Sundays))(?: (?<pod>" + PART + "s?))?)" + E, Type.SET, EnglishRules::weekdaySet),
                Rule.of("ago", B + "(?<approx>(?:nearly|almost|about|around|roughly|some|more than|less than|at least|only|just) )?"
                        + "(?<n>" + COUNT + ")[ -](?<u>" + UNIT + ")s?(?: or so)? (?<dir>ago|earlier|from now|hence)" + E,
                        Type.DATE, EnglishRules::ago),
                Rule.of("year-ago", B + "(?:(?<the>the )?year[- ](?:ago|earlier)(?: (?<n>quarter|period))?|(?:the )?same (?:quarter|period) "
                        + "(?:a year (?:ago|earlier)|last year))" + E, Type.DATE, EnglishRules::yearAgo),
                Rule.of("quarter", B + "(?:(?<the>(?:the|its|their|a) )?(?:(?<y1>" + YEAR + ")(?:'s)? |(?<rel0>this|last|next) year's )?(?:fiscal[- ])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
                        + " (?:fiscal |calendar )?quarter|(?<ord2>first|second|third|fourth)-quarter)(?:,? of (?:fiscal )?(?:(?<y2>" + YEAR
                        + ")|(?<rel>this|last|next) year))?(?: (?<y3>" + YEAR + "))?" + E, Type.DATE, EnglishRules::quarter),
                Rule.of("quarter-ref", B + "(?:the (?:latest|last|recent|most recent|current|previous|past|comparable|fiscal|same) "
                        + "(?:fiscal )?(?:quarter|period)|the quarter|(?:this|last|next) quarter|the (?:latest|current|previous) "
                        + "three months)" + E, Type.DATE, EnglishRules::quarterRef),
                Rule.of("half", B + "the (?<ord>first|second|last) half(?: of (?:(?<y>" + YEAR + ")|(?<rel>this|last|next) year))?" + E
                        + "|" + B + "(?<ord2>first|second)-half" + E, Type.DATE, EnglishRules::half),
                Rule.of("relative-unit", B + "(?<mod>(?:earlier|later|early|late|the (?:start|beginning|end|middle) of) )?"
                        + "(?<rel>this|last|next|the past|the current|the previous|the coming|the following|the last|the same) "
                        + "(?:fiscal |calendar )?(?<u>week|month|year|decade|century|weekend)" + E + "(?!'s (?:first|second|third|fourth))", Type.DATE, EnglishRules::relativeUnit),
                Rule.of("weekend", B + "the weekend" + E, Type.DATE,
                        (m, a) -> weekend(a, a.tense() == Anchor.Tense.FUTURE ? 0 : -1)),
                Rule.of("season", B + "(?<mod>(?:last|this|next|early|late|mid|the|this past|the coming)[- ])(?<s>spring|summer|fall|autumn|winter)"
                        + "(?:,? (?:of )?(?<y>" + YEAR + "))?" + E + "|" + B + "(?<s2>spring|summer|fall|autumn|winter),? (?:of )?(?<y2>" + YEAR + ")" + E,
                        Type.DATE, EnglishRules::season),
                Rule.of("holiday", B + "(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Independence Day|"
                        + "Halloween|Valentine's Day|Labor Day|Memorial Day)(?:,? (?<y>" + YEAR + "))?" + E, Type.DATE, EnglishRules::holiday),
                Rule.of("duration", B + "(?<approx>" + APPROX + "{0,2})(?<n>" + COUNT + ")[ -](?<u>" + UNIT + ")s?(?:-old|-long)?" + E,
                        Type.DURATION, EnglishRules::duration),
                Rule.of("plural-duration", B + "(?:for|in|over|within|lasting|took|take|takes) (?<span>(?:several |many |a few |few )?"
                        + "(?<u>minute|hour|day|week|month|year|decade)s)" + E + "(?! ago| earlier)", 1, Type.DURATION,
                        (m, a) -> Lexicon.duration("X", m.group("u"))),
                Rule.of("recent-units", B + "recent (?<u>day|week|month|year|quarter|decade)s" + E, Type.DURATION,
                        (m, a) -> m.group("u").equalsIgnoreCase("quarter") ? "PXM" : Lexicon.duration("X", m.group("u"))),
                Rule.of("the-year", B + "the (?:(?:full|fiscal|calendar|current fiscal|latest fiscal|current calendar|same) )?year" + E
                        + "(?! (?:ago|earlier|before|later|" + YEAR + "))", Type.DATE, (m, a) -> Anchor.year(a.reference.getYear())),
                Rule.of("year-end", B + "(?:the )?year[- ]end" + E, Type.DATE, (m, a) -> Anchor.year(a.reference.getYear()) + "-12-31"),
                Rule.of("last-night", B + "(?:late )?last night" + E, Type.TIME, (m, a) -> Anchor.iso(a.reference.minusDays(1)) + "TNI"),
                Rule.of("present", B + "(?:now|currently|current|at present|presently|nowadays|these days|the present|at the moment|"
                        + "right now|at this time|the moment)" + E + "(?! that| on)", Type.DATE, (m, a) -> "PRESENT_REF"),
                Rule.of("past", B + "(?:recently|recent|formerly|lately|(?:the|in the) past(?! (?:\\d|" + Lexicon.NUMBER_WORD + "|few|several|couple|decades?|years?|months?|weeks?|days?|hours?|quarters?|spring|summer|fall|autumn|winter)))" + E, Type.DATE, EnglishRules::pastRef),
                Rule.of("future", B + "(?:the future|the near future|the (?:coming|next few|days|weeks|months|years) "
                        + "(?:days|weeks|months|years|ahead)|coming (?:days|weeks|months|years)|the (?:days|weeks|months|years) ahead)" + E
                        + "(?!s)", Type.DATE, (m, a) -> "FUTURE_REF"),
                Rule.of("set", B + "(?<w>daily|weekly|monthly|yearly|hourly|nightly|biweekly)" + E,
                        Type.SET, EnglishRules::setWord),
                Rule.of("every", B + "(?:every|each|per|a) (?:(?<n>" + COUNT + ") )?(?<u>second|minute|hour|day|week|month|year|quarter)s?" + E,
                        Type.SET, EnglishRules::every),
                Rule.of("every-part", B + "(?:every|each) (?<pod>" + PART + ")" + E, Type.SET,
                        (m, a) -> "XXXX-XX-XXT" + Lexicon.partOfDay(m.group("pod"))),
                Rule.of("clock", B + "(?:(?:around|approximately) )?(?<h>\\d{1,2})(?:[:.](?<min>\\d\\d))?\\s?(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)"
                        + "(?![\\p{L}])(?: (?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local time|Moscow time))?(?:,? (?:on )?(?:(?<wd>" + WEEKDAY + ")|(?<mon>" + MONTH + ") (?<d>\\d{1,2})" + E + "))?",
                        Type.TIME, EnglishRules::clock),
                // a 24-hour clock reads as a time only with its zone: "3:07" alone is as often a race's or a match's
                Rule.of("clock-24", B + "(?:(?:around|approximately) )?(?<h>[01]?\\d|2[0-3])[:.](?<min>[0-5]\\d)(?![:.]?\\d) (?:GMT|UTC|BST|CET|CEST|MSK"
                        + "|local time|Moscow time)(?:,? (?:on )?(?<wd>" + WEEKDAY + ")" + E + ")?", Type.TIME, EnglishRules::clock24),
                Rule.of("noon", B + "(?:(?<wd>" + WEEKDAY + ") )?(?<t>noon|midnight)(?: (?<wd2>" + WEEKDAY + "))?" + E, Type.TIME,
                        EnglishRules::noon));
    }

    // --- resolvers ----------------------------------------------------------------------------------

    private static String monthDay(MatchResult m, Anchor a) {
        int month = Lexicon.month(m.group("mon"));
        int day = num(m, "d");
        if (month == 0 || day < 1 || day > 31) return null;
        int year = m.group("y") != null ? num(m, "y") : a.yearOfMonth(month, day);
        return date(year, month, day);
    }

    private static String monthYear(MatchResult m, Anchor a) {
        int month = Lexicon.month(m.group("mon"));
        int year;
        if (m.group("y") != null) year = num(m, "y");
        else if (m.group("sy") != null) year = Integer.parseInt(spokenYear(m.group("sy")));
        else year = a.reference.getYear() + shift(m.group("rel"));
        return Anchor.month(year, month);
    }

    private static String monthAlone(MatchResult m, Anchor a) {
        String mon = m.group("mon");
        String mod = lower(m.group("mod"));
        int month = Lexicon.month(mon);
        if (mod.isEmpty() && (mon.equals("May") || mon.endsWith(".") && mon.length() <= 4 || mon.equals("March"))) {
            String before = a.text.substring(Math.max(0, a.start - 8), a.start).toLowerCase(Locale.ROOT);
            if (!before.matches("(?s).*\\b(in|since|until|by|of|during|through|from|to|before|after|last|next|this) $")) return null;
        }
        int ref = a.reference.getMonthValue();
        int year = a.reference.getYear();
        if (mod.startsWith("last")) year = month >= ref ? year - 1 : year;
        else if (mod.startsWith("next")) year = month <= ref ? year + 1 : year;
        else if (!mod.startsWith("this")) year = a.yearOfMonth(month, 15);
        return Anchor.month(year, month);
    }

    /** A year, whole, right before a hyphen: the first year of a range ("the pandemic of 2009-2010"). */
    private static final Pattern YEAR_BEFORE_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{N}-])" + YEAR + "-$");

    private static String year(MatchResult m, Anchor a) {
        int s = a.start;
        if (s > 0) {
            char c = a.text.charAt(s - 1);
            // a year after a hyphen is a code's or a phone number's digits, but for the end of a range of years ("2009-2010")
            if (c == '-' && !YEAR_BEFORE_HYPHEN.matcher(a.text.substring(Math.max(0, s - 6), s)).find()) return null;
            if (c == '$' || c == '#' || c == '/' || c == '£' || c == '€') return null;
            if (s > 1 && (c == ',' || c == '.') && Character.isDigit(a.text.charAt(s - 2))) return null;
        }
        String after = a.text.substring(a.end, Math.min(a.text.length(), a.end + 12)).toLowerCase(Locale.ROOT);
        if (after.matches("(?s)^ (?:shares|people|units|points|feet|meters|miles|tons|troops|acres|jobs|workers|employees|cars|"
                + "ounces|barrels|pounds|dollars|yuan|rubles|votes)\\b.*")) {
            return null;
        }
        return m.group("y");
    }

    static String spokenYear(String s) {
        String w = s.toLowerCase(Locale.ROOT).replace("the year ", "");
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).replace(" and", "").trim();
            String n = rest.isEmpty() ? "0" : Lexicon.count(rest);
            return n == null ? null : Anchor.year(2000 + Integer.parseInt(n));
        }
        String rest = w.substring("nineteen".length()).trim();
        String n = Lexicon.count(rest.replace('-', ' '));
        return n == null ? null : Anchor.year(1900 + Integer.parseInt(n));
    }

    private static String decade(MatchResult m, Anchor a) {
        if (m.group("c") != null) return m.group("c") + m.group("d");
        int d = num(m, "d2");
        int century = d * 10 > a.reference.getYear() % 100 ? a.reference.getYear() / 100 - 1 : a.reference.getYear() / 100;
        return two(century) + d;
    }

    private static String relativeDay(MatchResult m, Anchor a) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        LocalDate d = switch (w) {
            case "yesterday" -> a.reference.minusDays(1);
            case "tomorrow" -> a.reference.plusDays(1);
            default -> a.reference;
        };
        String pod = Lexicon.partOfDay(m.group("pod"));
        return pod == null ? Anchor.iso(d) : Anchor.iso(d) + "T" + pod;
    }

    private static String thisPart(MatchResult m, Anchor a) {
        String g = m.group(0).toLowerCase(Locale.ROOT);
        LocalDate d = g.contains("yesterday") ? a.reference.minusDays(1) : g.contains("tomorrow") ? a.reference.plusDays(1) : a.reference;
        String pod = m.group("pod") != null ? m.group("pod") : m.group("pod2");
        return Anchor.iso(d) + "T" + Lexicon.partOfDay(pod);
    }

    /** "worth a Sunday", "on any Monday.": a weekday that heads an indefinite phrase is no day in particular. */
    private static final java.util.regex.Pattern INDEFINITE_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:a|any|one)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern NO_WORD_AFTER = java.util.regex.Pattern.compile("^\\s*(?:$|[^\\p{L}\\s])");

    private static String weekday(MatchResult m, Anchor a) {
        // ("a Sunday night service" is that Sunday's service: a word after the weekday makes it a modifier)
        if (m.group("mod") == null && INDEFINITE_BEFORE.matcher(a.text.substring(Math.max(0, m.start() - 6), m.start())).find()
                && NO_WORD_AFTER.matcher(a.text.substring(m.end(), Math.min(a.text.length(), m.end() + 3))).find()) {
            return null;
        }
        DayOfWeek day = Lexicon.weekday(m.group("wd"));
        String mod = lower(m.group("mod"));
        LocalDate d = a.weekday(day, mod.startsWith("coming") ? "next" : mod.startsWith("past") ? "last" : mod);
        String pod = Lexicon.partOfDay(m.group("pod"));
        // "Friday night" is annotated as the day itself more often than as its night
        return pod == null || pod.equals("NI") ? Anchor.iso(d) : Anchor.iso(d) + "T" + pod;
    }

    private static String weekdaySet(MatchResult m, Anchor a) {
        String w = m.group("wd") != null ? m.group("wd") : m.group("wds");
        String pod = Lexicon.partOfDay(m.group("pod"));
        return "XXXX-WXX-" + Lexicon.weekday(w).getValue() + (pod == null ? "" : "T" + pod);
    }

    private static String ago(MatchResult m, Anchor a) {
        String n = Lexicon.count(m.group("n"));
        if (n == null) return null;
        String u = m.group("u").toLowerCase(Locale.ROOT);
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int sign = dir.equals("from now") || dir.equals("hence") ? 1 : -1;
        if (dir.equals("earlier") && !u.startsWith("year") && !u.startsWith("month") && !u.startsWith("quarter")) return null;
        // "a month earlier than usual" compares two times: the quantity is a length, not a date
        if (a.text.startsWith(" than", a.end)) return null;
        if (n.equals("X")) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        double v = Double.parseDouble(n);
        long k = Math.round(v) * sign;
        LocalDate r = a.reference;
        if (u.startsWith("day")) return Anchor.iso(r.plusDays(k));
        if (u.startsWith("week") || u.startsWith("fortnight")) return Anchor.iso(r.plusWeeks(u.startsWith("f") ? 2 * k : k));
        if (u.startsWith("month")) {
            LocalDate d = r.plusMonths(k);
            return Anchor.month(d.getYear(), d.getMonthValue());
        }
        if (u.startsWith("quarter")) return Anchor.quarter(r.plusMonths(3 * k));
        if (u.startsWith("decade")) return Integer.toString((r.getYear() + 10 * (int) k) / 10);
        if (u.startsWith("centur")) return two((r.getYear() + 100 * (int) k) / 100);
        if (u.startsWith("year")) {
            if (k == -1 && a.quarterContext(1500)) return shiftQuarter(a.lastQuarter(), -1);
            return Anchor.year(r.getYear() + (int) k);
        }
        return null; // hours, minutes: a time we cannot place without the clock
    }

    private static String yearAgo(MatchResult m, Anchor a) {
        boolean noun = m.group(0).toLowerCase(Locale.ROOT).matches(".*(?:quarter|period)");
        if (noun ? a.lastQuarter() != null : a.quarterContext(1500)) return shiftQuarter(a.lastQuarter(), -1);
        return Anchor.year(a.reference.getYear() - 1);
    }

    private static String quarter(MatchResult m, Anchor a) {
        int q = Lexicon.ordinal(m.group("ord") != null ? m.group("ord") : m.group("ord2"));
        if (q < 1 || q > 4) return null;
        int year;
        if (m.group("y1") != null) year = num(m, "y1");
        else if (m.group("y2") != null) year = num(m, "y2");
        else if (m.group("y3") != null) year = num(m, "y3");
        else if (m.group("rel") != null) year = a.reference.getYear() + shift(m.group("rel"));
        else if (m.group("rel0") != null) year = a.reference.getYear() + shift(m.group("rel0"));
        else {
            year = a.reference.getYear();
            int current = (a.reference.getMonthValue() - 1) / 3 + 1;
            if (q > current && a.tense() == Anchor.Tense.PAST && a.lastQuarter() == null) year--;
        }
        String value = year + "-Q" + q;
        a.quarterMentioned(value);
        return value;
    }

    private static String quarterRef(MatchResult m, Anchor a) {
        String g = m.group(0).toLowerCase(Locale.ROOT);
        LocalDate r = a.reference;
        if (g.startsWith("this") || g.contains("current")) return Anchor.quarter(r);
        if (g.startsWith("next")) return Anchor.quarter(r.plusMonths(3));
        if (g.startsWith("last quarter") || g.contains("previous") || g.contains("latest") || g.contains("recent")
                || g.contains("the last")) {
            return Anchor.quarter(r.minusMonths(3));
        }
        if (a.lastQuarter() != null) return a.lastQuarter();
        return Anchor.quarter(r.minusMonths(3));
    }

    private static String half(MatchResult m, Anchor a) {
        String ord = m.group("ord") != null ? m.group("ord") : m.group("ord2");
        int year = m.group("y") != null ? num(m, "y") : a.reference.getYear() + shift(m.group("rel"));
        return year + "-H" + (ord.equalsIgnoreCase("first") ? 1 : 2);
    }

    private static String relativeUnit(MatchResult m, Anchor a) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        int k = switch (rel) {
            case "last", "the past", "the previous", "the last" -> -1;
            case "next", "the coming", "the following" -> 1;
            default -> 0;
        };
        if (rel.equals("the past") && !u.equals("year") && !u.equals("decade")) return null; // "the past week": a duration
        LocalDate r = a.reference;
        return switch (u) {
            case "week" -> Anchor.week(r.plusWeeks(k));
            case "weekend" -> weekend(a, k == 0 ? (a.tense() == Anchor.Tense.FUTURE ? 0 : -1) : k < 0 ? -1 : 1);
            case "month" -> {
                LocalDate d = r.plusMonths(k);
                yield Anchor.month(d.getYear(), d.getMonthValue());
            }
            case "year" -> Anchor.year(r.getYear() + k);
            case "decade" -> Integer.toString(r.getYear() / 10 + k);
            default -> two(r.getYear() / 100 + k);
        };
    }

    static String weekend(Anchor a, int k) {
        LocalDate r = a.reference;
        LocalDate base = r.getDayOfWeek().getValue() >= 6 ? r : r.plusWeeks(k);
        return Anchor.week(base) + "-WE";
    }

    private static String season(MatchResult m, Anchor a) {
        String s = m.group("s") != null ? m.group("s") : m.group("s2");
        String code = Lexicon.season(s);
        String y = m.group("y") != null ? m.group("y") : m.group("y2");
        if (y != null) return y + "-" + code;
        String mod = lower(m.group("mod")).trim();
        LocalDate r = a.reference;
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        // the season of year y starts in startMonth of y (winter: in December of y - 1)
        int year = r.getYear() + 1;
        while (seasonStart(year, startMonth).isAfter(r)) year--; // now: the latest season started on or before r
        boolean running = !seasonStart(year, startMonth).plusMonths(3).isBefore(r);
        if (mod.startsWith("last") || mod.startsWith("this past")) {
            if (running) year--;
        } else if (mod.startsWith("next") || mod.startsWith("the coming")) {
            year++;
        } else if (!running && (mod.startsWith("this") && !(a.tense() == Anchor.Tense.PAST && a.pastVerb())
                || a.tense() == Anchor.Tense.FUTURE)) {
            // "this summer" in November is next summer, unless a past verb says it is the one gone ("began trading this summer")
            year++;
        }
        return year + "-" + code;
    }

    private static LocalDate seasonStart(int year, int startMonth) {
        return startMonth == 12 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, startMonth, 1);
    }

    private static String holiday(MatchResult m, Anchor a) {
        String h = m.group("h").toLowerCase(Locale.ROOT);
        int month;
        int day;
        if (h.startsWith("christmas eve")) { month = 12; day = 24; }
        else if (h.startsWith("christmas")) { month = 12; day = 25; }
        else if (h.startsWith("new year's eve")) { month = 12; day = 31; }
        else if (h.startsWith("new year")) { month = 1; day = 1; }
        else if (h.startsWith("independence")) { month = 7; day = 4; }
        else if (h.startsWith("halloween")) { month = 10; day = 31; }
        else if (h.startsWith("valentine")) { month = 2; day = 14; }
        else if (h.startsWith("thanksgiving")) { month = 11; day = -4; }
        else if (h.startsWith("labor")) { month = 9; day = -1; }
        else { month = 5; day = -9; }
        int year = m.group("y") != null ? num(m, "y") : a.yearOfMonth(month, 15);
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate d = switch (day) {
            case -4 -> first.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case -1 -> first.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case -9 -> first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            default -> LocalDate.of(year, month, day);
        };
        return Anchor.iso(d);
    }

    private static String duration(MatchResult m, Anchor a) {
        String n = Lexicon.count(m.group("n"));
        if (n == null) return null;
        String approx = lower(m.group("approx"));
        String text = m.group(0).toLowerCase(Locale.ROOT);
        String u = m.group("u");
        // "a day" alone is a count of one only when it reads as a length ("a week", "a year"), not "one day last week"
        if (m.group("n").equalsIgnoreCase("one") && u.equalsIgnoreCase("day") && approx.isEmpty()) {
            String after = a.text.substring(a.end, Math.min(a.text.length(), a.end + 6)).toLowerCase(Locale.ROOT);
            if (after.startsWith(" last") || after.startsWith(" next") || after.startsWith(" in ")) return null;
        }
        if (text.matches("an? (?:second|minute)") && approx.isEmpty()) return null;
        if (text.endsWith("-old")) return null; // an age, not a period
        if (u.toLowerCase(Locale.ROOT).startsWith("quarter")) {
            String after = a.text.substring(a.end, Math.min(a.text.length(), a.end + 4)).toLowerCase(Locale.ROOT);
            if (after.startsWith(" of") || text.matches(".*[a-z]-quarters?")) return null;
            return n.equals("X") ? "PXM" : Lexicon.duration(Integer.toString((int) (Double.parseDouble(n) * 3)), "month");
        }
        return Lexicon.duration(n, u);
    }

    private static String pastRef(MatchResult m, Anchor a) {
        String w = m.group(0).toLowerCase(Locale.ROOT);
        if (w.equals("once")) {
            // "once" is a past reference only in "was once", "had once": otherwise a conjunction or a count
            String before = a.text.substring(Math.max(0, a.start - 8), a.start).toLowerCase(Locale.ROOT);
            return before.matches("(?s).*\\b(was|were|had|is|are) $") ? "PAST_REF" : null;
        }
        return "PAST_REF";
    }

    private static String setWord(MatchResult m, Anchor a) {
        return switch (m.group("w").toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "quarterly" -> "P1Q";
            case "semiannually" -> "P6M";
            default -> "P1Y";
        };
    }

    private static String every(MatchResult m, Anchor a) {
        String g = m.group(0).toLowerCase(Locale.ROOT);
        if (g.startsWith("a ") || g.startsWith("per ")) {
            // "a week" is a rate only after a number or "times": "twice a week", "$5 a day"
            String before = a.text.substring(Math.max(0, a.start - 12), a.start).toLowerCase(Locale.ROOT);
            if (!before.matches("(?s).*(?:\\d|twice|times|once|percent|%|cents?|dollars?|million|billion) $")) return null;
        }
        String n = m.group("n") == null ? "1" : Lexicon.count(m.group("n"));
        if (n == null) return null;
        return Lexicon.duration(n, m.group("u"));
    }

    private static String clock(MatchResult m, Anchor a) {
        int h = num(m, "h");
        int min = m.group("min") == null ? 0 : num(m, "min");
        if (h > 12 || h < 1 || min > 59) return null;
        boolean pm = m.group("ap").toLowerCase(Locale.ROOT).startsWith("p");
        if (pm && h < 12) h += 12;
        if (!pm && h == 12) h = 0;
        String day;
        if (m.group("mon") != null) {
            int month = Lexicon.month(m.group("mon"));
            day = date(a.yearOfMonth(month, num(m, "d")), month, num(m, "d"));
            if (day == null) return null;
        } else {
            day = Anchor.iso(m.group("wd") != null ? a.weekday(Lexicon.weekday(m.group("wd")), "") : a.reference);
        }
        return day + String.format("T%02d:%02d", h, min);
    }

    private static String clock24(MatchResult m, Anchor a) {
        LocalDate day = m.group("wd") != null ? a.weekday(Lexicon.weekday(m.group("wd")), "") : a.reference;
        return Anchor.iso(day) + String.format("T%02d:%s", num(m, "h"), m.group("min"));
    }

    private static String noon(MatchResult m, Anchor a) {
        String wd = m.group("wd") != null ? m.group("wd") : m.group("wd2");
        LocalDate d = wd != null ? a.weekday(Lexicon.weekday(wd), "") : a.reference;
        return Anchor.iso(d) + (m.group("t").equalsIgnoreCase("noon") ? "T12:00" : "T24:00");
    }

    // --- small helpers ------------------------------------------------------------------------------

    static String date(int year, int month, int day) {
        try {
            return Anchor.iso(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String shiftQuarter(String quarter, int years) {
        int y = Integer.parseInt(quarter.substring(0, 4));
        return Anchor.year(y + years) + quarter.substring(4);
    }

    private static int fullYear(int y) {
        return y >= 100 ? y : y + (y > 30 ? 1900 : 2000);
    }

    static int num(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }

    static int shift(String rel) {
        if (rel == null) return 0;
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    static String two(int n) {
        return String.format("%02d", n);
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
