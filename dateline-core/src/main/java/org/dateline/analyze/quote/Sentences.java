package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences without ever splitting a quoted region, so a quote of several sentences stays
 * with its attribution. A paragraph break always ends a sentence.
 */
final class Sentences {

    /** Tokens {@code [from, to)} of one sentence. */
    record Range(int from, int to) {
    }

    /** Words before a full stop that do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "prof", "jr", "sr", "no", "inc", "co", "corp", "vs", "jan", "feb", "aug", "sept",
            "oct", "nov", "dec", "г", "гг", "т", "им", "ул", "тыс", "млн", "млрд", "руб", "долл", "проф", "акад");

    private Sentences() {
    }

    static List<Range> split(String text, List<Token> tokens) {
        List<Range> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(text, tokens, i)) {
                out.add(new Range(from, i + 1));
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (paragraphBetween(text, t.end(), next.start())) return true;
        if (next.start() == t.end()) return false;
        boolean closingMark = t.quoted() && (next.quote() != t.quote()) && QuoteMarks.isMark(t.text().charAt(0));
        Token stop = closingMark && i > 0 ? tokens.get(i - 1) : t;
        if (!(stop.is(".") || stop.is("!") || stop.is("?") || stop.is("…"))) return false;
        if (t.quoted() && !closingMark) return false;
        int before = closingMark ? i - 2 : i - 1;
        if (stop.is(".") && before >= 0 && isAbbreviation(tokens.get(before), stop)) return false;
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isMark(c) || next.isDash();
    }

    private static boolean isAbbreviation(Token word, Token stop) {
        if (word.end() != stop.start() || !word.isWord()) return false;
        return word.text().length() == 1 || word.text().contains(".") || ABBREVIATIONS.contains(word.lower());
    }

    private static boolean paragraphBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' && QuoteMarks.paragraphBreak(text, i)) return true;
        }
        return false;
    }
}
