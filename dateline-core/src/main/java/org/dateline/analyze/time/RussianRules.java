package org.dateline.analyze.time;

import org.dateline.analyze.time.Timex.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

import static org.dateline.analyze.time.EnglishRules.date;
import static org.dateline.analyze.time.EnglishRules.num;

/**
 * Russian patterns. As in English, the preposition is left out of the span ("в 2021 году" →
 * "2021 году", "на следующей неделе" → "следующей неделе"); case endings are matched loosely.
 */
final class RussianRules {

    private RussianRules() {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String MONTH_GEN = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String MONTH_PREP = "(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";
    private static final String WEEKDAY = "(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье)";
    private static final String COUNT = "(?:\\d{1,3}|один|одну|одного|два|две|двух|три|трех|трёх|четыре|пять|шесть|семь|восемь|девять|"
            + "десять|несколько|нескольких)";
    private static final String UNIT = "(?:день|дня|дней|сутки|суток|недел[юиь]|недель|месяц|месяца|месяцев|год|года|лет|час|часа|часов|"
            + "минуту|минуты|минут|секунд[уы]?|квартал|квартала|кварталов)";
    private static final String THIS = "(?:этом|этой|эту|этот|текущем|текущей|нынешнем)";
    private static final String LAST = "(?:прошлом|прошлой|прошлую|прошлый|прошедшей|прошедшем)";
    private static final String NEXT = "(?:следующем|следующей|следующую|следующий|будущем|будущей|грядущей|наступающем)";
    private static final String THIS_GEN = "(?:этого|этой|текущего|текущей|нынешнего)";
    private static final String LAST_GEN = "(?:прошлого|прошлой|прошедшего|минувшего)";
    private static final String NEXT_GEN = "(?:следующего|следующей|будущего|будущей|грядущего|наступающего)";

    static List<Rule> rules() {
        return List.of(
                Rule.of("ru-date", B + "(?<d>\\d{1,2}) (?<mon>" + MONTH_GEN + ")(?: (?<y>\\d{4})(?: (?:года|г\\.))?)?" + E, Type.DATE,
                        RussianRules::dayMonth),
                Rule.of("ru-month", B + "(?:в|во|с|до|к) (?<span>(?<mon>" + MONTH_PREP + "|" + MONTH_GEN + ")"
                        + "(?: (?<y>\\d{4}) (?:года|г\\.))?)" + E, 1, Type.DATE, RussianRules::month),
                Rule.of("ru-year", B + "(?<y>\\d{4}) ?(?:(?:году|года|год)" + E + "|г\\.)", Type.DATE, (m, a) -> m.group("y")),
                Rule.of("ru-relative-unit", B + "(?:в|на|за|к|с) (?<span>(?<rel>" + THIS + "|" + LAST + "|" + NEXT + ") "
                        + "(?<u>году|год|неделе|неделю|месяце|месяц|квартале|квартал))" + E, 1, Type.DATE, RussianRules::relativeUnit),
                Rule.of("ru-relative-day", B + "(?<w>позавчера|вчера|сегодня|завтра|послезавтра)(?: (?<pod>утром|вечером|днём|днем|ночью))?" + E,
                        Type.DATE, RussianRules::relativeDay),
                Rule.of("ru-weekday", B + "(?:в|во|до|к|с) (?<span>(?:(?<mod>" + LAST + "|" + NEXT + "|эт(?:у|от|о)) )?(?<wd>" + WEEKDAY + "))" + E,
                        1, Type.DATE, (m, a) -> Anchor.iso(a.weekday(Lexicon.weekday(m.group("wd")), m.group("mod")))),
                Rule.of("ru-ago", B + "(?<n>" + COUNT + ") (?<u>" + UNIT + ") (?:назад|тому назад)" + E + "|" + B
                        + "(?<u1>год|месяц|неделю) (?:назад|тому назад)" + E, Type.DATE, RussianRules::ago),
                // before the duration it would otherwise be: "через две недели" is a week ahead
                Rule.of("ru-after", B + "через (?<span>(?:(?<n>" + COUNT + ") )?(?<u>" + UNIT + "))" + E, 1, Type.DATE, RussianRules::after),
                Rule.of("ru-duration", B + "(?:(?:около|почти|более|менее|свыше|целых|последние|ближайшие) )?(?<n>" + COUNT + ") (?<u>"
                        + UNIT + ")" + E + "(?! (?:назад|тому))", Type.DURATION, (m, a) -> {
                            String n = Lexicon.count(m.group("n"));
                            return n == null ? null : Lexicon.duration(n, m.group("u"));
                        }),
                Rule.of("ru-future", B + "(?:в )?(?:ближайшие (?:дни|недели|месяцы|годы)|ближайшее время|скором времени|будущем|"
                        + "скоро|вскоре|в ближайшее время)" + E, Type.DATE, (m, a) -> "FUTURE_REF"),
                Rule.of("ru-present", B + "(?:сейчас|в настоящее время|ныне|в данный момент|на данный момент|теперь)" + E, Type.DATE,
                        (m, a) -> "PRESENT_REF"),
                // "в прошлом году" is a year (ru-relative-unit), "в прошлом" alone the past
                Rule.of("ru-past", B + "(?:недавно|ранее|прежде|в прошлом(?! (?:году|год|месяце|квартале|сезоне|веке)" + E + "))" + E,
                        Type.DATE, (m, a) -> "PAST_REF"),
                // "в начале марта", "в конце октября 2024 года": the month; "в конце следующего года": the year
                Rule.of("ru-part-of-month", B + "(?:в )?(?<span>(?:начале|середине|конце) (?<mon>" + MONTH_GEN + ")(?: (?<y>\\d{4}) (?:года|г\\.))?)" + E,
                        1, Type.DATE, RussianRules::month),
                Rule.of("ru-part-of-unit", B + "(?:в )?(?<span>(?:начале|середине|конце) (?<rel>" + THIS_GEN + "|" + LAST_GEN + "|" + NEXT_GEN + ") "
                        + "(?<u>года|месяца|недели|квартала))" + E, 1, Type.DATE, RussianRules::relativeUnit),
                // "в ночь на вторник": the night that ends on that day, dated to the day
                Rule.of("ru-night-before", B + "в (?<span>ночь на (?<wd>" + WEEKDAY + "))" + E, 1, Type.DATE,
                        (m, a) -> Anchor.iso(a.weekday(Lexicon.weekday(m.group("wd")), null))),
                Rule.of("ru-weekend", B + "(?:в|на) (?<span>(?:(?<mod>минувшие|прошлые|прошедшие|эти|ближайшие|следующие|будущие) )?(?:выходные|выходных))" + E,
                        1, Type.DATE, RussianRules::weekend),
                Rule.of("ru-set", B + "(?<w>ежедневно|еженедельно|ежемесячно|ежегодно|каждый день|каждую неделю|каждый месяц|каждый год)" + E,
                        Type.SET, RussianRules::set));
    }

    private static String dayMonth(MatchResult m, Anchor a) {
        int month = Lexicon.month(m.group("mon"));
        int day = num(m, "d");
        int year = m.group("y") != null ? num(m, "y") : a.yearOfMonth(month, day);
        return date(year, month, day);
    }

    private static String month(MatchResult m, Anchor a) {
        int month = Lexicon.month(m.group("mon"));
        int year = m.group("y") != null ? num(m, "y") : a.yearOfMonth(month, 15);
        return Anchor.month(year, month);
    }

    private static String relativeUnit(MatchResult m, Anchor a) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int k = rel.startsWith("прош") || rel.startsWith("минувш") ? -1 : rel.matches("(?:следующ|будущ|грядущ|наступающ).*") ? 1 : 0;
        String u = m.group("u").toLowerCase(Locale.ROOT);
        LocalDate r = a.reference;
        if (u.startsWith("недел")) return Anchor.week(r.plusWeeks(k));
        if (u.startsWith("месяц")) {
            LocalDate d = r.plusMonths(k);
            return Anchor.month(d.getYear(), d.getMonthValue());
        }
        if (u.startsWith("квартал")) return Anchor.quarter(r.plusMonths(3L * k));
        return Anchor.year(r.getYear() + k);
    }

    /** "через две недели": the day, week, month or year that many units after the reference. */
    private static String after(MatchResult m, Anchor a) {
        return shifted(m.group("n"), m.group("u"), 1, "FUTURE_REF", a);
    }

    private static String weekend(MatchResult m, Anchor a) {
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        int k = mod.matches("(?:минувш|прошл|прошедш).*") ? -1 : mod.matches("(?:следующ|будущ).*") ? 1
                : mod.isEmpty() && a.tense() == Anchor.Tense.PAST ? -1 : 0;
        return EnglishRules.weekend(a, k);
    }

    private static String relativeDay(MatchResult m, Anchor a) {
        LocalDate d = switch (m.group("w").toLowerCase(Locale.ROOT)) {
            case "позавчера" -> a.reference.minusDays(2);
            case "вчера" -> a.reference.minusDays(1);
            case "завтра" -> a.reference.plusDays(1);
            case "послезавтра" -> a.reference.plusDays(2);
            default -> a.reference;
        };
        String pod = Lexicon.partOfDay(m.group("pod"));
        return pod == null ? Anchor.iso(d) : Anchor.iso(d) + "T" + pod;
    }

    private static String ago(MatchResult m, Anchor a) {
        return shifted(m.group("n"), m.group("u") != null ? m.group("u") : m.group("u1"), -1, "PAST_REF", a);
    }

    /**
     * The day, week, month, quarter or year {@code count} (one when null) {@code unit}s from the reference in
     * {@code direction}; {@code vague} for a vague count ("несколько"); null for a unit of the clock, a time of day the
     * text does not give.
     */
    private static String shifted(String count, String unit, int direction, String vague, Anchor a) {
        String n = count == null ? "1" : Lexicon.count(count);
        if (n == null) return null;
        if (n.equals("X")) return vague;
        long k = direction * Math.round(Double.parseDouble(n));
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate r = a.reference;
        if (u.startsWith("д") || u.startsWith("сут")) return Anchor.iso(r.plusDays(k));
        if (u.startsWith("недел")) return Anchor.week(r.plusWeeks(k));
        if (u.startsWith("месяц")) {
            LocalDate d = r.plusMonths(k);
            return Anchor.month(d.getYear(), d.getMonthValue());
        }
        if (u.startsWith("квартал")) return Anchor.quarter(r.plusMonths(3 * k));
        if (u.startsWith("год") || u.startsWith("лет")) return Anchor.year(r.getYear() + (int) k);
        return null;
    }

    private static String set(MatchResult m, Anchor a) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        if (w.contains("днев") || w.contains("день")) return "P1D";
        if (w.contains("недел")) return "P1W";
        if (w.contains("месяч") || w.contains("месяц")) return "P1M";
        return "P1Y";
    }
}
