package org.dateline.analyze.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks of every style ("", “”, «», „“, ‘’) and returns the outermost quoted regions. A quote
 * still open at a paragraph break ends there: English news leaves the closing mark off every paragraph of a
 * quote but the last. The event extractor reads sentences outside quotations through it too.
 */
public final class QuoteMarks {

    /** A quoted region: {@code open} and {@code close} are the offsets of the marks ({@code close} may be the
     * paragraph end when the mark is missing); the words lie between them. */
    public record Region(int open, int close) {
        public boolean contains(int offset) {
            return offset >= open && offset <= close;
        }
    }

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        return "\"“”«»„‘’".indexOf(c) >= 0;
    }

    /**
     * The author's words inside a quotation, Russian style: «Мы готовы, — сказал министр, — к переговорам»
     * keeps one pair of marks around speech the author interrupts between dashes. The words between the dashes,
     * "сказал министр", are no part of the quotation.
     */
    private static final Pattern INTERRUPTION = Pattern.compile(
            "(?<=[\\p{L}\\d)])(?:[,!?]|\\.\\.\\.|…)[\\s\u00a0]+[—–-][\\s\u00a0]+([^\"“”«»„\\n]{2,120}?)[,.][\\s\u00a0]+[—–-][\\s\u00a0]+(?=\\p{L})");

    /**
     * As {@link #outermost(String)}, with each quotation the author interrupts between dashes split in two around
     * the author's words, when those words hold one that {@code isCue} accepts (lower-cased): the speech before
     * and the speech after are each quoted, the author's words not.
     */
    static List<Region> outermost(String text, Predicate<String> isCue) {
        List<Region> out = new ArrayList<>();
        for (Region r : outermost(text)) {
            int from = r.open() + 1;
            Matcher m = INTERRUPTION.matcher(text).region(from, Math.max(from, r.close()));
            Region rest = r;
            while (m.find()) {
                if (!hasCue(m.group(1), isCue)) continue;
                // the speech before ends at the punctuation before the first dash; the speech after opens at the second
                out.add(new Region(rest.open(), m.start()));
                rest = new Region(m.end() - 1, rest.close());
            }
            out.add(rest);
        }
        return out;
    }

    private static boolean hasCue(String words, Predicate<String> isCue) {
        for (String w : words.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && isCue.test(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    public static List<Region> outermost(String text) {
        List<Region> out = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && paragraphBreak(text, i)) {
                if (!open.isEmpty()) out.add(new Region(open.peekLast(), i));
                open.clear();
                continue;
            }
            char top = open.isEmpty() ? 0 : text.charAt(open.peek());
            // “ inside “: English nests single marks, so the first quotation was left unclosed (a paragraph that runs on
            // without its closing mark where paragraphs are single lines, or a slip); it ends where the next one opens
            if (c == '“' && top == '“' && open.size() == 1) {
                out.add(new Region(open.pop(), i - 1));
                open.push(i);
                continue;
            }
            // copy edited in two systems mixes straight and curly marks: "...” and “..." are pairs too
            boolean closes = switch (c) {
                case '"' -> top == '"' || top == '“';
                case '»' -> top == '«';
                case '”' -> top == '“' || top == '„' || top == '"';
                // “ closes „ (German and Russian style), else it opens (English style)
                case '“' -> top == '„';
                // ’ is mostly an apostrophe: it closes only an open ‘ and only before a non-letter
                case '’' -> top == '‘' && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)));
                default -> false;
            };
            if (closes) {
                int at = open.pop();
                if (open.isEmpty()) out.add(new Region(at, i));
                continue;
            }
            boolean opens = switch (c) {
                case '"', '«', '“', '„' -> true;
                case '‘' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                default -> false;
            };
            if (opens) open.push(i);
        }
        if (!open.isEmpty()) out.add(new Region(open.peekLast(), n));
        return out;
    }

    /** A newline followed by only spaces up to another newline. */
    static boolean paragraphBreak(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }
}
