package org.dateline.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the headlines of other articles that a page's "ALSO READ:" / "Читайте также:" insert left inside a paragraph.
 * Scraped and feed texts keep them inline ("... espionage and more! ALSO READ: PODCAST | THE INTERVIEW: Mara Velde on
 * her new role in 'Harbour Lights'"), where they hand the report another story's names and words: two reports
 * linking to each other then read as one event. A saved page's link blocks are dropped whole by the HTML extractor;
 * this is for what arrives as text.
 *
 * <p>The headline after the marker ends where the paragraph's next sentence starts: after a sentence's end, or,
 * after three words of the headline, where a word ending in a small letter, a digit or a closing mark is followed
 * by a capitalised one ("... person of interest in Orvik fraud case After the suspects ..."), unless a capitalised
 * word, an article, a preposition or a conjunction comes before it ("Mara Velde", "in Orvik": names inside the
 * headline). When nothing after the
 * marker ends a sentence, the rest of the paragraph is a list of headlines and goes whole. A headline in title case
 * ("Hawks Seek Person Of Interest") ends too early by this reading, and the rest of it stays in the text.
 */
public final class RelatedLinks {

    /**
     * The markers: English ones only with their colon and in capitals or capitalised ("Read more: ", not "read
     * more about it"); the Russian "Читайте также" also without a colon, as scraped texts lose it.
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:ALSO READ|READ ALSO|READ MORE|SEE ALSO|Also [Rr]ead|Read [Aa]lso|Read [Mm]ore|See [Aa]lso)\\s*:"
                    + "|(?:Читайте|ЧИТАЙТЕ|Читать|Смотрите) (?:также|ТАКЖЕ)\\s*:?)\\s*");

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** A sentence's end in the rest of a paragraph. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:\\s|$)");

    /**
     * Words after which a capitalised word is a name inside the headline, not the start of the next sentence ("in
     * Orvik fraud case").
     */
    private static final java.util.Set<String> BEFORE_NAMES = java.util.Set.of("a", "an", "the", "in", "at", "of", "on", "to",
            "for", "from", "by", "with", "near", "into", "and", "or", "as", "vs", "в", "на", "с", "со", "из", "у", "о", "об",
            "по", "к", "ко", "и", "для", "от", "до", "под", "над", "при", "за");

    private RelatedLinks() {
    }

    /** The paragraph without the related headlines its markers introduce; the paragraph itself when it has none. */
    public static String strip(String paragraph) {
        if (paragraph == null || paragraph.isEmpty() || !mayHoldMarker(paragraph)) return paragraph;
        Matcher m = MARKER.matcher(paragraph);
        if (!m.find()) return paragraph;
        StringBuilder out = new StringBuilder(paragraph.length());
        int from = 0;
        do {
            if (m.start() < from) continue;
            out.append(paragraph, from, m.start());
            from = m.end() + headlineEnd(paragraph.substring(m.end()));
        } while (m.find());
        out.append(paragraph, Math.min(from, paragraph.length()), paragraph.length());
        return out.toString().replaceAll("\\s{2,}", " ").strip();
    }

    /** Words one of which every marker holds: a paragraph with none skips the pattern (most paragraphs of most texts). */
    private static final String[] MARKER_WORDS = {"READ", "Read", "Also r", "SEE", "See", "итайте", "ИТАЙТЕ", "итать", "мотрите"};

    private static boolean mayHoldMarker(String paragraph) {
        for (String w : MARKER_WORDS) if (paragraph.contains(w)) return true;
        return false;
    }

    /** Whether a word's first letter is a capital: a name goes on in the next capitalised word ("Linda Ikeji"). */
    private static boolean capitalised(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) return Character.isUpperCase(word.charAt(i));
        }
        return false;
    }

    /** Where the headline at the start of {@code rest} ends (the length of {@code rest} when it runs to the end). */
    static int headlineEnd(String rest) {
        if (!SENTENCE_END.matcher(rest).find()) return rest.length();
        Matcher word = WORD.matcher(rest);
        String previous = null;
        int words = 0;
        while (word.find()) {
            String w = word.group();
            if (previous != null) {
                char last = previous.charAt(previous.length() - 1);
                if (".!?…".indexOf(last) >= 0) return word.start();
                boolean endsPlain = Character.isLowerCase(last) || Character.isDigit(last) || "\"'”’»)".indexOf(last) >= 0;
                boolean startsCapital = Character.isUpperCase(w.charAt(0)) || "\"“«".indexOf(w.charAt(0)) >= 0 && w.length() > 1
                        && Character.isUpperCase(w.charAt(1));
                if (words >= 3 && endsPlain && startsCapital && !capitalised(previous)
                        && !BEFORE_NAMES.contains(previous.toLowerCase(java.util.Locale.ROOT))) {
                    return word.start();
                }
            }
            previous = w;
            words++;
        }
        return rest.length();
    }
}
