package org.dateline.analyze.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** Words of the calendar in English and Russian: months, weekdays, numbers, units. */
final class Lexicon {

    private Lexicon() {
    }

    // English: month names must be capitalised ("May" the month, not the verb).
    static final String MONTH = "(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![\\p{L}]))";
    static final String WEEKDAY = "(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}]))";
    static final String WEEKDAY_ABBR = "(?-i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)";

    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
    /** A count: digits, number words (incl. "twenty four"), "a", "a few", "several". */
    static final String COUNT = "(?:\\d{1,3}(?:\\.\\d+)?(?: 1/2)?|(?:" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + ")*)"
            + "(?: and a half)?|a couple of|a few|several|many|a|an|one|few)";
    static final String UNIT = "(?:second|minute|hour|day|week|month|year|decade|century|centuries|quarter|fortnight)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            // Russian
            Map.entry("один", 1), Map.entry("одну", 1), Map.entry("одна", 1), Map.entry("одного", 1), Map.entry("два", 2),
            Map.entry("две", 2), Map.entry("двух", 2), Map.entry("три", 3), Map.entry("трех", 3), Map.entry("трёх", 3),
            Map.entry("четыре", 4), Map.entry("пять", 5), Map.entry("шесть", 6), Map.entry("семь", 7),
            Map.entry("восемь", 8), Map.entry("девять", 9), Map.entry("десять", 10), Map.entry("полтора", 1),
            Map.entry("несколько", -1), Map.entry("нескольких", -1));

    /**
     * The number a count phrase denotes as a TimeML quantity: "24", "2.5", or "X" when vague
     * ("a few", "several"); {@code null} when it is not a count.
     */
    static String count(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).trim();
        if (p.equals("a few") || p.equals("several") || p.equals("many") || p.equals("few") 
                || p.equals("несколько") || p.equals("нескольких")) {
            return "X";
        }
        if (p.equals("a couple of")) return "2";
        double half = 0;
        if (p.endsWith(" and a half")) {
            half = 0.5;
            p = p.substring(0, p.length() - " and a half".length());
        }
        if (p.endsWith(" 1/2")) {
            half = 0.5;
            p = p.substring(0, p.length() - 4);
        }
        double n;
        if (p.matches("\\d+(?:\\.\\d+)?")) {
            n = Double.parseDouble(p);
        } else {
            n = 0;
            for (String w : p.split("[- ]+")) {
                Integer v = NUMBERS.get(w);
                if (v == null || v < 0) return null;
                if (v == 100) n = Math.max(n, 1) * 100;
                else n += v;
            }
        }
        n += half;
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    /** TimeML duration for a count of a unit: ("3", "year") → P3Y, ("48", "hour") → PT48H, ("2.5", "year") → P2Y6M. */
    static String duration(String count, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        boolean time = false;
        String code;
        String n = count;
        if (u.startsWith("second") || u.startsWith("секунд")) {
            time = true;
            code = "S";
        } else if (u.startsWith("minute") || u.startsWith("минут")) {
            time = true;
            code = "M";
        } else if (u.startsWith("hour") || u.startsWith("час")) {
            time = true;
            code = "H";
        } else if (u.startsWith("day") || u.startsWith("дн") || u.startsWith("ден") || u.startsWith("сут")) {
            code = "D";
        } else if (u.startsWith("fortnight")) {
            code = "W";
            n = scale(n, 2);
        } else if (u.startsWith("week") || u.startsWith("недел")) {
            code = "W";
        } else if (u.startsWith("month") || u.startsWith("месяц")) {
            code = "M";
        } else if (u.startsWith("quarter") || u.startsWith("квартал")) {
            code = "Q";
        } else if (u.startsWith("decade") || u.startsWith("десятилет")) {
            if (n.equals("X")) return "P" + "XDE";
            n = scale(n, 10);
            code = "Y";
        } else if (u.startsWith("centur") || u.startsWith("век")) {
            if (n.equals("X")) return "PXCE";
            n = scale(n, 100);
            code = "Y";
        } else {
            code = "Y";
        }
        if (code.equals("Y") && n.endsWith(".5")) {
            return "P" + n.substring(0, n.length() - 2) + "Y6M";
        }
        return (time ? "PT" : "P") + n + code;
    }

    private static String scale(String n, int factor) {
        if (n.equals("X")) return n;
        double v = Double.parseDouble(n) * factor;
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Month number of an English or Russian month word (any case, abbreviated or inflected), or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] en = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] ru = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};
        for (int i = 0; i < 12; i++) if (w.startsWith(en[i])) return i + 1;
        for (int i = 0; i < 12; i++) {
            if (i == 4 ? w.matches("ма[йяе]") : w.startsWith(ru[i])) return i + 1;
        }
        return 0;
    }

    /** Day of week of an English or Russian weekday word (any form), or {@code null}. */
    static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("mon") || w.startsWith("понедельн")) return DayOfWeek.MONDAY;
        if (w.startsWith("tue") || w.startsWith("вторн")) return DayOfWeek.TUESDAY;
        if (w.startsWith("wed") || w.startsWith("сред")) return DayOfWeek.WEDNESDAY;
        if (w.startsWith("thu") || w.startsWith("четверг")) return DayOfWeek.THURSDAY;
        if (w.startsWith("fri") || w.startsWith("пятниц")) return DayOfWeek.FRIDAY;
        if (w.startsWith("sat") || w.startsWith("суббот")) return DayOfWeek.SATURDAY;
        if (w.startsWith("sun") || w.startsWith("воскресень")) return DayOfWeek.SUNDAY;
        return null;
    }

    /** TimeML part-of-day code for "morning", "evening", "утром" ..., or {@code null}. */
    static String partOfDay(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("morning") || w.startsWith("утр")) return "MO";
        if (w.startsWith("afternoon") || w.startsWith("днём") || w.startsWith("днем")) return "AF";
        if (w.startsWith("evening") || w.startsWith("вечер")) return "EV";
        if (w.startsWith("night") || w.startsWith("ноч")) return "NI";
        return null;
    }

    /** TimeML season code. */
    static String season(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("spring") || w.startsWith("весн")) return "SP";
        if (w.startsWith("summer") || w.startsWith("лет")) return "SU";
        if (w.startsWith("fall") || w.startsWith("autumn") || w.startsWith("осен")) return "FA";
        return "WI";
    }

    /** Ordinal word or number (first, 3rd, третий ...) → 1..n, or 0. */
    static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] en = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth"};
        for (int i = 0; i < en.length; i++) if (w.equals(en[i])) return i + 1;
        String[] ru = {"перв", "втор", "трет", "четв[её]рт"};
        for (int i = 0; i < ru.length; i++) if (w.matches(ru[i] + "\\p{L}*")) return i + 1;
        if (w.matches("\\d+(?:st|nd|rd|th|-?[йяегм]\\p{L}*)?")) return Integer.parseInt(w.replaceAll("\\D", ""));
        return 0;
    }
}
