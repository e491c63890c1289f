package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Russian (and other Cyrillic or Latin) text into tokens and sentences the way factRuEval's
 * {@code .tokens} layer does, so the tagger sees at run time what it was trained on: hyphenated words
 * ("из-за", "Санкт-Петербург"), dotted names ("Лента.ру", "Mail.Ru") and decimal numbers ("1,5") stay one
 * token; every other punctuation mark, quotes «» included, is a token of its own.
 */
final class RussianTokenizer {

    /** One token: its text and its span in the tokenized string. */
    record Token(String text, int start, int end) {
    }

    /** Abbreviations whose trailing dot does not end a sentence even before a capital ("г. Москва"). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "г", "гг", "т", "е", "им", "ул", "пр", "д", "проф", "акад", "млн", "млрд", "тыс", "руб", "др", "см",
            "ст", "обл", "р", "н", "э", "mr", "mrs", "dr", "st", "inc", "corp", "co", "ltd", "jr");

    private RussianTokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                // a word opens with a letter or digit: the variation selector of an emoji before a name ("❗️Путин")
                // is a mark, and stays a token of its own
                int end = wordEnd(text, i);
                out.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else if (c == '.' && i + 1 < n && text.charAt(i + 1) == '.') {
                int end = i;
                while (end < n && text.charAt(end) == '.') end++;
                out.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                out.add(new Token(text.substring(i, end), i, end));
                i = end;
            }
        }
        return out;
    }

    /** Groups tokens into sentences: a break after . ! ? … (and closing quotes) before a capital, digit or quote, and at every line break. */
    static List<List<Token>> sentences(String text, List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            if (last || breaksAfter(text, tokens, i)) {
                out.add(tokens.subList(from, i + 1));
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean breaksAfter(String text, List<Token> tokens, int i) {
        Token next = tokens.get(i + 1);
        if (text.substring(tokens.get(i).end(), next.start()).indexOf('\n') >= 0) return true;
        int end = i;
        // a closing quote or bracket after the full stop belongs to the sentence it closes
        while (end > 0 && isCloser(tokens.get(end).text()) && !isCloser(next.text())) end--;
        String mark = tokens.get(end).text();
        if (!(mark.equals(".") || mark.equals("!") || mark.equals("?") || mark.startsWith("..") || mark.equals("…"))) {
            return false;
        }
        if (end != i && !isCloser(tokens.get(i).text())) return false;
        if (mark.equals(".") && end > 0 && isAbbreviation(tokens.get(end - 1), tokens.get(end))) return false;
        char first = next.text().charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "«\"“—–-(".indexOf(first) >= 0;
    }

    /**
     * An initial ("В." of "В. Путин") or a listed abbreviation written right before its dot; an initial also with a
     * space before its dot, as tokenized text writes it ("М . С . Горбачев"): no sentence ends in a capital letter
     * standing alone so.
     */
    private static boolean isAbbreviation(Token word, Token dot) {
        String w = word.text();
        boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
        if (initial && dot.start() - word.end() <= 1) return true;
        if (word.end() != dot.start()) return false;
        return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(String t) {
        return t.equals("»") || t.equals("\"") || t.equals("”") || t.equals(")");
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (true) {
            while (i < n && isWordChar(text.charAt(i))) i++;
            if (i + 1 >= n || !isWordChar(text.charAt(i + 1))) return i;
            char joiner = text.charAt(i);
            boolean digits = Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (joiner == '-' || joiner == '‑' || joiner == '&' || joiner == '\'' || joiner == '’'
                    || (joiner == '.' && (digits || isDomainPart(text, i + 1)))
                    || ((joiner == ',' || joiner == ':') && digits)) {
                i++;
            } else {
                return i;
            }
        }
    }

    /** After a dot, a lower-case word ("Лента.ру", "Mail.ru") or a Latin top-level domain joins the name. */
    private static boolean isDomainPart(String text, int at) {
        char c = text.charAt(at);
        if (Character.isLowerCase(c)) return true;
        int end = at;
        while (end < text.length() && isWordChar(text.charAt(end))) end++;
        String part = text.substring(at, end);
        return part.equals("Ru") || part.equals("RU") || part.equals("РФ") || part.equals("Com");
    }

    private static boolean isWordChar(char c) {
        // combining marks: the stress accent U+0301 sits inside Russian words in some texts
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
