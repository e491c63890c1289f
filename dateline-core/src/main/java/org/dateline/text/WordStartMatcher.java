package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches in a text, as {@link Matcher#find()} would, without trying the pattern at every
 * character. The date rules and event triggers are long alternations ("nearly|almost|about|…") matched with case
 * folding, and trying each of them at every character was a fifth of the deep path's time, though an expression
 * begins at a handful of a text's places.
 *
 * <p>Two facts narrow the places down, neither of them written by hand for a pattern:
 * <ul>
 *   <li>a pattern all of whose alternatives open with a lookbehind that no letter (or no letter or digit) comes
 *       before ({@link #NO_LETTER_BEFORE}, {@link #NO_LETTER_OR_DIGIT_BEFORE}) can only match where no letter
 *       comes before;</li>
 *   <li>of those places, the first two characters rule most patterns out. Matching the two characters alone
 *       either succeeds, or fails having reached their end (then more text could still match: {@link
 *       Matcher#hitEnd()}), or fails before it, and then no text that opens with them can match. Each pair's
 *       answer is worked out on first use and kept.</li>
 * </ul>
 * A pattern the first fact does not hold for (another opening, or a positive lookbehind, which could look back
 * past the two characters) is tried at every position, as {@link Matcher#find()} does. The pair table is filled
 * lazily by whichever thread meets a pair first; its entries are single bytes that every thread computes alike,
 * so the race is benign.
 */
public final class WordStartMatcher {

    /** The opening lookbehind of a pattern that matches whole words only. */
    public static final String NO_LETTER_BEFORE = "(?<![\\p{L}])";
    /** The opening lookbehind of a pattern that matches whole words or numbers only. */
    public static final String NO_LETTER_OR_DIGIT_BEFORE = "(?<![\\p{L}\\p{N}])";

    /** Characters outside the table: every pair with one of them is tried. */
    private static final int OTHER = 0;
    /** The text ends after the first character. */
    private static final int END = 1;
    private static final int ASCII_FROM = 0x20;
    private static final int ASCII_COUNT = 0x7f - ASCII_FROM;
    private static final int CYRILLIC_COUNT = 'я' - 'А' + 1;
    private static final int CODES = 2 + ASCII_COUNT + CYRILLIC_COUNT + 2;
    private static final byte UNKNOWN = 0;
    private static final byte NEVER = 1;
    private static final byte MAYBE = 2;

    private final Pattern pattern;
    private final boolean atWordStarts;
    private final byte[] pairs;

    public WordStartMatcher(Pattern pattern) {
        this.pattern = pattern;
        String regex = pattern.pattern();
        this.atWordStarts = !regex.contains("(?<=") && topLevelAlternatives(regex).stream()
                .allMatch(a -> a.startsWith(NO_LETTER_BEFORE) || a.startsWith(NO_LETTER_OR_DIGIT_BEFORE));
        this.pairs = atWordStarts ? new byte[CODES * CODES] : null;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pattern is only tried where a word may begin (false: at every position). */
    public boolean atWordStarts() {
        return atWordStarts;
    }

    /**
     * Every match {@link Matcher#find()} gives on the text of {@code starts}, in order, until {@code more} answers
     * false.
     */
    public void matches(Starts starts, Predicate<MatchResult> more) {
        String text = starts.text;
        Matcher m = pattern.matcher(text);
        if (!atWordStarts) {
            while (m.find()) {
                if (!more.test(m.toMatchResult())) return;
            }
            return;
        }
        // the lookbehind must see the text before the region, and the region's end is not the text's
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int i = 0; i < starts.count; i++) {
            int p = starts.positions[i];
            if (p < from || !mayOpen(starts.first[i], starts.second[i])) continue;
            m.region(p, text.length());
            if (m.lookingAt()) {
                if (!more.test(m.toMatchResult())) return;
                // find() goes on where the match ended, one further after an empty one
                from = m.end() == p ? p + 1 : m.end();
            }
        }
    }

    /** Every match {@link Matcher#find()} gives on the text of {@code starts}, in order. */
    public List<MatchResult> matches(Starts starts) {
        List<MatchResult> out = new ArrayList<>();
        matches(starts, out::add);
        return out;
    }

    /** The first match {@link Matcher#find()} gives on the text of {@code starts}, or null. */
    public MatchResult first(Starts starts) {
        MatchResult[] first = new MatchResult[1];
        matches(starts, m -> {
            first[0] = m;
            return false;
        });
        return first[0];
    }

    private boolean mayOpen(int first, int second) {
        if (first == OTHER || second == OTHER) return true;
        int index = first * CODES + second;
        byte known = pairs[index];
        if (known == UNKNOWN) {
            String probe = second == END ? String.valueOf(decode(first)) : "" + decode(first) + decode(second);
            Matcher m = pattern.matcher(probe);
            known = m.lookingAt() || m.hitEnd() ? MAYBE : NEVER;
            pairs[index] = known;
        }
        return known == MAYBE;
    }

    private static int code(char c) {
        if (c >= ASCII_FROM && c < ASCII_FROM + ASCII_COUNT) return 2 + c - ASCII_FROM;
        if (c >= 'А' && c <= 'я') return 2 + ASCII_COUNT + c - 'А';
        if (c == 'Ё') return 2 + ASCII_COUNT + CYRILLIC_COUNT;
        if (c == 'ё') return 2 + ASCII_COUNT + CYRILLIC_COUNT + 1;
        return OTHER;
    }

    private static char decode(int code) {
        int c = code - 2;
        if (c < ASCII_COUNT) return (char) (ASCII_FROM + c);
        c -= ASCII_COUNT;
        if (c < CYRILLIC_COUNT) return (char) ('А' + c);
        return c == CYRILLIC_COUNT ? 'Ё' : 'ё';
    }

    /** The pattern split at its top-level {@code |}, outside groups, classes and escapes. */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * A text with the places where a word-start pattern may match, each with its first two characters' codes:
     * every position no letter comes before. That is a superset of where either lookbehind holds (a digit, another
     * numeral or a supplementary letter before a position only takes it out for the pattern itself). Made once
     * per text and shared by all the patterns matched over it.
     */
    public static final class Starts {
        final String text;
        final int count;
        final int[] positions;
        final int[] first;
        final int[] second;

        public Starts(String text) {
            this.text = text;
            int n = text.length();
            int[] at = new int[n + 1];
            int[] one = new int[n + 1];
            int[] two = new int[n + 1];
            int count = 0;
            // the text's end is a place too, where only an empty match can be, always tried
            for (int i = 0; i <= n; i++) {
                if (i > 0 && Character.isLetter(text.charAt(i - 1))) continue;
                at[count] = i;
                one[count] = i < n ? code(text.charAt(i)) : OTHER;
                two[count] = i + 1 < n ? code(text.charAt(i + 1)) : END;
                count++;
            }
            this.count = count;
            this.positions = at;
            this.first = one;
            this.second = two;
        }

        public String text() {
            return text;
        }
    }
}
