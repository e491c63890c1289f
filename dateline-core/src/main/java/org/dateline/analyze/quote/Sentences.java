package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences without ever splitting a quoted region, so a quote of several sentences stays
 * with its attribution. A paragraph break ends a sentence, unless in English a colon ends the paragraph.
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

    static List<Range> split(String text, List<Token> tokens, CueLexicon lex) {
        List<Range> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || endsSentence(text, tokens, i, lex) && !attributionFollows(text, tokens, i, lex)) {
                out.add(new Range(from, i + 1));
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i, CueLexicon lex) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        // "Cruz continued:", "he made the following remarks:" ending a paragraph introduce the next one
        // ... but a transcript after "as follows:" has its speakers' labels: each turn is a statement of its own
        if (paragraphBetween(text, t.end(), next.start())) {
            return !(lex == CueLexicon.ENGLISH && introducesParagraph(tokens, i, lex) && !opensLabelledTurn(tokens, i + 1));
        }
        if (next.start() == t.end()) return false;
        // "Cops: Queens Woman Killed In Hit-And-Run\nDriver Charged ...\nSeptember 14, 2013": a headline or date line
        // ends without a stop
        if (text.substring(t.end(), next.start()).indexOf('\n') >= 0 && titleLine(text, t.end())
                && (Character.isUpperCase(next.text().charAt(0)) || Character.isDigit(next.text().charAt(0))
                || QuoteMarks.isMark(next.text().charAt(0)))) return true;
        boolean closingMark = t.quoted() && (next.quote() != t.quote()) && QuoteMarks.isMark(t.text().charAt(0));
        // "(“We did it,” he said.) Then ...": a closing parenthesis after the stop ends the sentence with it
        boolean closingParen = t.is(")") && i > 0 && tokens.get(i - 1).end() == t.start()
                && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("!") || tokens.get(i - 1).is("?"));
        Token stop = (closingMark || closingParen) && i > 0 ? tokens.get(i - 1) : t;
        if (!(stop.is(".") || stop.is("!") || stop.is("?") || stop.is("…"))) return false;
        if (t.quoted() && !closingMark) return false;
        int before = closingMark || closingParen ? i - 2 : i - 1;
        if (stop.is(".") && before >= 0 && isAbbreviation(tokens.get(before), stop)) return false;
        // "... to participate. (“We persuaded them,” he said.)": a parenthesised sentence starts after the stop
        Token first = next.is("(") && i + 2 < tokens.size() ? tokens.get(i + 2) : next;
        char c = first.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isMark(c) || next.isDash();
    }

    /** At most this many tokens of a short source after a quotation: "Sen. John Smith said", "he asked". */
    private static final int MAX_SOURCE_TOKENS = 6;

    /**
     * "“Why not?” Biden asked.", "“... to win.” Trump said.": a quotation closed by its own stop, then a short
     * source and a cue verb that ends the sentence, is one sentence with them.
     */
    private static boolean attributionFollows(String text, List<Token> tokens, int i, CueLexicon lex) {
        Token close = tokens.get(i);
        if (!close.quoted() || !QuoteMarks.isMark(close.text().charAt(0))) return false;
        // a new paragraph starts a new statement
        if (i + 1 < tokens.size() && paragraphBetween(text, close.end(), tokens.get(i + 1).start())) return false;
        int k = i + 1;
        while (k < tokens.size() && k - i <= MAX_SOURCE_TOKENS && !tokens.get(k).quoted()
                && (tokens.get(k).isWord() && (tokens.get(k).isCapitalized() || lex.pronouns.contains(tokens.get(k).lower()))
                || tokens.get(k).is("."))) k++;
        if (k == i + 1 || k + 1 >= tokens.size() || tokens.get(k).quoted()) return false;
        CueLexicon.Cue cue = lex.verb(tokens.get(k).lower());
        if (cue == null || cue.participle() || cue.needs() == CueLexicon.Needs.OBJECT) return false;
        // "“...!” Trump said on Twitter.", "“...?” she asked reporters Monday.": a short tail of unquoted words
        // without a clause of their own may follow the cue
        int end = k + 1;
        while (end < tokens.size() && end - k <= MAX_TAIL_TOKENS && tokens.get(end).isWord() && !tokens.get(end).quoted()
                && !lex.complementizers.contains(tokens.get(end).lower()) && !lex.pronouns.contains(tokens.get(end).lower())
                && lex.verb(tokens.get(end).lower()) == null) end++;
        return end < tokens.size() && (tokens.get(end).is(".") || tokens.get(end).is("!"));
    }

    /** At most this many words after the cue of a quotation closed by its own stop: "said on Twitter". */
    private static final int MAX_TAIL_TOKENS = 5;

    /** Token {@code i} is a colon right after a verb of saying ("wrote:") or after "the following ..." / "as follows". */
    private static boolean introducesParagraph(List<Token> tokens, int i, CueLexicon lex) {
        if (i == 0 || !tokens.get(i).is(":") || tokens.get(i).quoted() || tokens.get(i - 1).quoted()) return false;
        Token before = tokens.get(i - 1);
        CueLexicon.Cue cue = lex.verb(before.lower());
        if (cue != null && cue.needs() != CueLexicon.Needs.OBJECT && !before.isCapitalized()) return true;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("following") || w.equals("follows")) return true;
        }
        return false;
    }

    /** Whether a speaker's label ("WALLACE:", "“PENCE:") opens the text at token {@code j}, after an opening mark if any. */
    private static boolean opensLabelledTurn(List<Token> tokens, int j) {
        if (j < tokens.size() && tokens.get(j).text().length() == 1 && QuoteMarks.isMark(tokens.get(j).text().charAt(0))) j++;
        int k = j;
        while (k < tokens.size() && k - j < 4 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) k++;
        return k > j && k < tokens.size() && tokens.get(k).is(":") && tokens.get(k).start() == tokens.get(k - 1).end();
    }

    private static boolean isAbbreviation(Token word, Token stop) {
        if (word.end() != stop.start() || !word.isWord()) return false;
        // "magnitude 4.1.": a decimal number is no dotted abbreviation ("U.S.")
        boolean dotted = word.text().contains(".") && !word.text().chars().allMatch(c -> Character.isDigit(c) || c == '.');
        return word.text().length() == 1 && !Character.isDigit(word.text().charAt(0)) || dotted || ABBREVIATIONS.contains(word.lower());
    }

    /**
     * Whether the line ending at {@code end} is a title: no closing stop, and every word of four letters or more
     * capitalised (prose wrapped at a line end has lower-case words).
     */
    static boolean titleLine(String text, int end) {
        char last = text.charAt(end - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' || QuoteMarks.isMark(last)) return false;
        int from = text.lastIndexOf('\n', end - 1) + 1;
        int words = 0;
        java.util.regex.Matcher w = LONG_WORD.matcher(text).region(from, end);
        while (w.find()) {
            if (!Character.isUpperCase(text.charAt(w.start()))) return false;
            words++;
        }
        return words > 0;
    }

    private static final java.util.regex.Pattern LONG_WORD = java.util.regex.Pattern.compile("\\p{L}{4,}");

    private static boolean paragraphBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' && QuoteMarks.paragraphBreak(text, i)) return true;
        }
        return false;
    }
}
