package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cheap, language-independent name spotting for story matching: words written with a capital letter
 * where a sentence does not start (people, places, organisations, "MOSCOW", "TASS"), and numbers of two
 * or more digits (years, counts, amounts). These are what tells two look-alike events apart (same kind of
 * event, other people, places and dates) and what ties two differently worded reports of one event.
 * The words are returned raw; {@link Analyzers#termFrequencies} turns them into the same stemmed terms the
 * text uses, so "Putin's" and "Путина" meet "Putin" and "Путин".
 */
public final class Names {

    /** Compiled once: {@link #keys} runs per spotted word of every article. */
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]"), FROM_APOSTROPHE = Pattern.compile("['’].*$");
    /**
     * A word's "-sk" ending with whatever case or adjective ending follows it, as Russian forms adjectives of places and
     * people and as transliteration keeps them ("Серранском нагорье", "Serran Highlands"; "Достоевского", "Dostoevsky";
     * "Курской", "Kursk"): cut (at least three letters stay), so the adjective, every case of it and the name it comes
     * from meet, on either side of a translation.
     */
    private static final Pattern SK_ENDING = Pattern.compile(
            "(?<=\\p{L}{3})sk(?:iy|ij|ii|yy|aya|oye|oe|ogo|oy|omu|om|ikh|imi|im|iye|ie|uyu|ye|y|i|a|o|e|u)?$");

    private Names() {
    }

    /** The name-like words of {@code text}, in order, joined by spaces (ready for an analyzer). */
    public static String spot(String text) {
        return spot(text, 0);
    }

    /**
     * The name-like words of a title and its body, in order, joined by spaces: those of {@code title + "\n" + body},
     * except the capitalised title words that are no names by the body's spelling. A title-case headline capitalises
     * every word ("Passenger Train Collides With Freight Train Outside Falisava"): of its words only those the body
     * capitalises too are names, here the place. In other titles a word the body writes only in lower case is none.
     */
    public static String spot(String title, String body) {
        String t = title == null ? "" : title;
        return spot(t + "\n" + (body == null ? "" : body), t.length() + 1);
    }

    /** The name-like words of {@code text} whose first {@code titleChars} characters are a title (0: none). */
    private static String spot(String text, int titleChars) {
        if (text == null || text.isEmpty()) return "";
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        java.util.Set<String> bodyLower = new java.util.HashSet<>(), bodyCapital = new java.util.HashSet<>();
        // title words of four letters or more after the first one, and how many of them are capitalised
        int titleWords = 0, titleCapitals = 0;
        boolean firstTitleWord = true;
        for (int start = 0, end; start < text.length(); start = Math.max(end, start + 1)) {
            end = tokenEnd(text, start);
            if (end < 0) continue;
            String w = text.substring(start, end);
            char c = w.charAt(0);
            boolean inTitle = start < titleChars;
            if (Character.isDigit(c)) {
                if (w.length() >= 2) {
                    names.add(w);
                    starts.add(start);
                }
                continue;
            }
            if (inTitle && !firstTitleWord && w.length() >= 4) {
                titleWords++;
                if (Character.isUpperCase(c)) titleCapitals++;
            }
            if (inTitle) firstTitleWord = false;
            if (titleChars > 0 && !inTitle) {
                if (Character.isUpperCase(c)) {
                    bodyCapital.add(w);
                    // "Putin's" in the body names the headline's "Putin"
                    if (w.indexOf('\'') > 0 || w.indexOf('’') > 0) bodyCapital.add(FROM_APOSTROPHE.matcher(w).replaceAll(""));
                } else {
                    bodyLower.add(w);
                }
            }
            if (!Character.isUpperCase(c) || w.length() < 2) continue;
            if (sentenceStart(text, start) && !allCaps(w)) continue;
            names.add(w);
            starts.add(start);
        }
        if (bodyLower.isEmpty()) return String.join(" ", names);
        boolean titleCase = titleWords >= 3 && titleCapitals >= 0.8 * titleWords;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String w = names.get(i);
            boolean common = starts.get(i) < titleChars && !Character.isDigit(w.charAt(0)) && !allCaps(w)
                    && !bodyCapital.contains(w)
                    && (titleCase || bodyLower.contains(w.toLowerCase(java.util.Locale.ROOT)));
            if (common) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /**
     * The end of the word or number starting at {@code i}, -1 when none starts there: a letter and the letters, marks
     * and apostrophes after it, or digits with single dots or commas between groups ("156,000", "2.3"); what the
     * expression {@code \p{L}[\p{L}\p{M}'’]*|\p{N}+(?:[.,]\p{N}+)*} finds, without a regular expression (it ran over
     * every article's opening, once per character).
     */
    static int tokenEnd(String s, int i) {
        int cp = s.codePointAt(i);
        if (Character.isLetter(cp)) {
            int j = i + Character.charCount(cp);
            while (j < s.length()) {
                int c = s.codePointAt(j);
                if (!Character.isLetter(c) && !isMark(c) && c != '\'' && c != '’') break;
                j += Character.charCount(c);
            }
            return j;
        }
        if (!isNumber(cp)) return -1;
        int j = numberEnd(s, i);
        while (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',')) {
            int k = numberEnd(s, j + 1);
            if (k == j + 1) break;
            j = k;
        }
        return j;
    }

    /** The end of the run of number characters at {@code i} ({@code i} when there is none). */
    private static int numberEnd(String s, int i) {
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isNumber(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code \p{N}}: a decimal digit, a letter number or another number character. */
    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}: a combining mark. */
    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Script- and language-independent keys of name-like words, for comparing articles written in different
     * languages: numbers as their digits (separators dropped), words as their consonant skeleton (a leading
     * vowel kept, at most {@code 5} letters, so "Putin", "Путина" and "Putin's" meet) of {@link #latinForKey}
     * (so "Серранском" meets "Serran", "Мирец" "Mirec" and "Эльрика" "Elric").
     */
    public static java.util.Map<String, Integer> keys(String spotted) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        if (spotted == null || spotted.isEmpty()) return out;
        for (String w : spotted.split(" ")) {
            if (w.isEmpty()) continue;
            String key;
            if (Character.isDigit(w.charAt(0))) {
                key = "#" + NOT_DIGIT.matcher(w).replaceAll("");
            } else {
                String latin = latinForKey(org.dateline.normalize.Transliteration.toLatin(FROM_APOSTROPHE.matcher(w).replaceAll("")));
                if (latin.isEmpty()) continue;
                String sk = org.dateline.normalize.Transliteration.skeleton(latin);
                if ("aeiouy".indexOf(latin.charAt(0)) >= 0) sk = latin.charAt(0) + sk;
                if (sk.length() < 2) continue;
                key = sk.length() > 5 ? sk.substring(0, 5) : sk;
            }
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    /**
     * A word's Latin spelling with the "-sk" ending cut ({@link #SK_ENDING}) and what transliteration schemes write
     * differently made one ({@link org.dateline.normalize.Transliteration#foldSpelling}).
     */
    static String latinForKey(String latin) {
        return org.dateline.normalize.Transliteration.foldSpelling(SK_ENDING.matcher(latin).replaceFirst(""));
    }

    private static boolean allCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) return false;
        }
        return true;
    }

    /** True when the word at {@code at} opens a sentence (or the text), so its capital says nothing. */
    public static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) i--;
        if (i < 0) return true;
        char p = text.charAt(i);
        if (p == '\n' || p == '\r') {
            // a new line opens a sentence unless the previous line was cut mid-sentence (wrapped text)
            int j = i;
            while (j >= 0 && Character.isWhitespace(text.charAt(j))) j--;
            if (j < 0) return true;
            char q = text.charAt(j);
            return !(Character.isLowerCase(q) || q == ',');
        }
        return ".!?:;\"“”«»—–-(•*".indexOf(p) >= 0;
    }
}
