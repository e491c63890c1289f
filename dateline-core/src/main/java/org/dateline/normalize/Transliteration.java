package org.dateline.normalize;

import java.util.Locale;
import java.util.Map;

/**
 * Cyrillic ↔ Latin as news URLs and English-language outlets spell Russian and Ukrainian words
 * (BGN/PCGN-like: ж zh, х kh, ц ts, ш sh, щ shch, ё yo, ю yu, я ya). Spellings differ between
 * outlets (Yury/Yuri, ushyol/ushel), so comparisons use {@link #skeleton}, which keeps only the
 * consonants that every common scheme agrees on.
 */
public final class Transliteration {

    private static final Map<Character, String> TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"));
    /** Latin letter groups back to Cyrillic, longest first. */
    private static final String[][] TO_CYRILLIC = {
            {"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"yo", "ё"}, {"yu", "ю"},
            {"ya", "я"}, {"ye", "е"}, {"iy", "ий"}, {"yy", "ый"}, {"oy", "ой"}, {"ey", "ей"}, {"ay", "ай"},
            {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"}, {"y", "ы"},
            {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"},
            {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "ц"}, {"w", "в"}, {"x", "кс"}, {"j", "й"}, {"q", "к"}};

    private Transliteration() {
    }

    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    /** Lower-case Latin spelling of a word; Latin input is only lower-cased. */
    public static String toLatin(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String t = TO_LATIN.get(c);
            sb.append(t == null ? String.valueOf(c) : t);
        }
        return sb.toString();
    }

    /** A best-effort Cyrillic spelling of a transliterated word (lower case). */
    public static String toCyrillic(String latin) {
        String s = latin.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (String[] pair : TO_CYRILLIC) {
                if (s.startsWith(pair[0], i)) {
                    sb.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            sb.append(s.charAt(i++));
        }
        return sb.toString();
    }

    /**
     * A Latin spelling with what transliteration schemes write differently made one: x as ks (Alexander, Александр),
     * ts as c, and k, q as c, since Latin c stands for к in one name and for ц in another (Elric, Эльрик; Mirec, Мирец)
     * and a skeleton cannot tell which; kh as h, since Russian writes a foreign h as х (Reinholt, Рейнхольт) and
     * English a Russian х as kh (Mikhail, Михаил); z as s, since Russian writes a voiced s as з (Ilse, Ильзе).
     */
    public static String foldSpelling(String latin) {
        String s = latin;
        if (s.indexOf('x') >= 0) s = s.replace("x", "ks");
        if (s.contains("ts")) s = s.replace("ts", "c");
        if (s.contains("kh")) s = s.replace("kh", "h");
        return s.replace('k', 'c').replace('q', 'c').replace('z', 's');
    }

    /**
     * The consonant skeleton of a word in either script: transliterated, vowels and the letters schemes
     * disagree on (y, j, h, w) dropped, doubled letters collapsed. "Ушаков", "Ushakov" → "shkv".
     */
    public static String skeleton(String word) {
        String latin = toLatin(word);
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (char c : latin.toCharArray()) {
            if ("aeiouyjhw'’".indexOf(c) >= 0) continue;
            if (c == last) continue;
            sb.append(c);
            last = c;
        }
        return sb.toString();
    }
}
