package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of the text. {@code quote} is the index of the outermost quoted region the token
 * lies in (its marks included), or -1.
 */
record Token(int start, int end, String text, String lower, int quote) {

    /**
     * A word, or any other character but white space; no-break and other Unicode spaces are white space too. A clock
     * time ("21:05", "2:40") is one token: its colon introduces nothing; so is a number with a comma between digits
     * ("12,000", "5,8"): that comma ends no clause.
     */
    // a word opens with a letter or digit: an emoji's variation selector (a mark) before "Путин" in "❗️Путин заявил"
    // stays a token of its own
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}{1,2}(?::\\p{N}{2})+(?![\\p{L}\\p{N}])|\\p{N}+(?:,\\p{N}+)+(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[’'\\-.][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{Z}]");

    /** Index of the first token starting at or after {@code offset} ({@code tokens.size()} when none does). */
    static int firstAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static List<Token> of(String text, List<QuoteMarks.Region> regions) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int r = 0;
        while (m.find()) {
            while (r < regions.size() && regions.get(r).close() < m.start()) r++;
            int quote = r < regions.size() && regions.get(r).contains(m.start()) ? r : -1;
            out.add(new Token(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT), quote));
        }
        return out;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean quoted() {
        return quote >= 0;
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }

    boolean isDash() {
        return text.equals("—") || text.equals("–") || text.equals("-");
    }

    /** A clause boundary a source or content does not cross. */
    boolean isClauseBreak() {
        return !quoted() && (is(",") || is(";") || is(":") || isDash() || is("(") || is(")"));
    }
}
