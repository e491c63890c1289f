package org.dateline.analyze;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence spans of a text, for the analysis steps that read sentence by sentence. A blank line always ends a
 * sentence (paragraphs), and a line break inside a paragraph is only wrapping.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<TextSpan> of(String text, String language) {
        List<TextSpan> out = new ArrayList<>();
        Locale locale = language == null ? Locale.ROOT : Locale.forLanguageTag(language);
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            split(text, paragraphStart, paragraphEnd, locale, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private static void split(String text, int from, int to, Locale locale, List<TextSpan> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        // wrapped lines read as one line, so a line break does not end a sentence
        it.setText(text.substring(from, to).replace('\n', ' '));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new TextSpan(s, e, text.substring(s, e)));
        }
    }
}
