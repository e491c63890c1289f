package org.dateline.normalize;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Titles: repairing one that lost its beginning, deriving one where the document has none. */
public final class Titles {

    /** The words a title-case headline leaves in lower case (AP style). */
    public static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
            "in", "into", "of", "on", "or", "over", "per", "the", "to", "vs", "via", "with");
    private static final int DERIVED_MAX_CHARS = 120;

    private Titles() {
    }

    /** Compiled once (these run for every article). */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’‘`]"),
            NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+"), SPACES = java.util.regex.Pattern.compile("\\s+"),
            TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.;:,]+$");

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    /** The words a date or time line has besides numbers: months, weekdays, clock and zone marks, "updated". */
    private static final Set<String> STAMP_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
            "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt",
            "cet", "cest", "bst", "pst", "pdt", "et", "pt", "msk", "updated", "posted", "published", "last", "at", "on", "of",
            "th", "st", "nd", "rd", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
            "воскресенье", "обновлено", "опубликовано", "мск", "г", "года", "в");

    /**
     * Whether a title is only a date or time ("9 / 10 / 2010 @ 1:19PM", "Updated: Sept. 10, 2010 1:19 p.m. EDT"): a
     * scraped page's time stamp in the title field, which names no event and would head the story it opens.
     */
    public static boolean isStamp(String title) {
        java.util.regex.Matcher t = TOKEN.matcher(title);
        boolean digit = false;
        while (t.find()) {
            String w = t.group();
            if (Character.isDigit(w.charAt(0))) {
                digit = true;
                // "1:19PM", "10th": the letters after the digits must be stamp words too
                int k = 0;
                while (k < w.length() && Character.isDigit(w.charAt(k))) k++;
                if (k < w.length() && !STAMP_WORDS.contains(w.substring(k).toLowerCase(Locale.ROOT))) return false;
            } else if (!STAMP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return digit;
    }

    /** The first of {@code paragraphs} that is not a {@linkplain #isStamp stamp}, or -1. */
    static int firstNotStamp(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) if (!isStamp(paragraphs.get(i))) return i;
        return -1;
    }

    /** Lower-case word tokens as a slug would spell them: apostrophes dropped, other punctuation splits. */
    static List<String> words(String text) {
        // one pass instead of a regex replace and split: every article's body goes through here for its content hash
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        StringBuilder joined = null;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\'' || cp == '’' || cp == '‘' || cp == '`') {
                // an apostrophe joins the word's parts ("don't" → "dont")
                if (start >= 0) {
                    if (joined == null) joined = new StringBuilder();
                    joined.append(lower, start, i);
                    start = -1;
                }
            } else if (isWordCodePoint(cp)) {
                if (start < 0) start = i;
            } else {
                flush(out, lower, start, i, joined);
                start = -1;
                joined = null;
            }
            i = next;
        }
        flush(out, lower, start, lower.length(), joined);
        return out;
    }

    private static void flush(List<String> out, String text, int start, int end, StringBuilder joined) {
        if (joined != null) {
            if (start >= 0) joined.append(text, start, end);
            if (!joined.isEmpty()) out.add(joined.toString());
        } else if (start >= 0) {
            out.add(text.substring(start, end));
        }
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any kind. */
    private static boolean isWordCodePoint(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * If {@code title} is the tail of the title the URL slug spells, the full title with the missing
     * beginning restored from the slug; empty when the title is whole or unrelated to the slug.
     * A first word cut in the middle ("et in ..." for "meet in ...") is restored too.
     */
    public static Optional<String> restoreFromSlug(String title, List<String> slug) {
        return restoreFromSlug(title, slug, "");
    }

    /**
     * As {@link #restoreFromSlug(String, List)}, for titles in any script: a Cyrillic title is matched
     * against a transliterated slug, and the missing words are spelled as {@code context} (the article's
     * text) spells them, or transliterated back when the text does not have them.
     */
    public static Optional<String> restoreFromSlug(String title, List<String> slug, String context) {
        // "471031-new-york-man-pleads-guilty…": an article number before the slug's words is no word of the title
        int ids = 0;
        while (ids < slug.size() && isArticleNumber(slug.get(ids))) ids++;
        slug = slug.subList(ids, slug.size());
        List<String> t = words(title);
        if (t.isEmpty() || slug.size() <= t.size()) return Optional.empty();
        boolean cyrillic = Transliteration.hasCyrillic(title);
        int offset = slug.size() - t.size();
        // Words after the first must match the end of the slug exactly.
        for (int i = 1; i < t.size(); i++) {
            if (!sameWord(t.get(i), slug.get(offset + i), cyrillic)) return Optional.empty();
        }
        String first = t.get(0);
        String aligned = slug.get(offset);
        boolean firstWhole = sameWord(first, aligned, cyrillic);
        if (t.size() < 3 && !firstWhole) return Optional.empty();
        List<String> missing;
        String trimmed = title.strip();
        if (firstWhole) {
            missing = slug.subList(0, offset);
        } else if (!cyrillic && aligned.endsWith(first) && aligned.length() > first.length()) {
            // The cut fell inside the first word: drop the fragment and take the whole word from the slug.
            missing = slug.subList(0, offset + 1);
            trimmed = trimmed.substring(indexAfterFirstWord(trimmed)).strip();
        } else {
            return Optional.empty();
        }
        if (missing.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            String w = cyrillic ? spellFromContext(missing.get(i), context) : withApostrophe(missing.get(i), context);
            sb.append(i > 0 && (cyrillic || SMALL_WORDS.contains(w)) && !startsUpper(w) ? w : capitalize(w)).append(' ');
        }
        return Optional.of(sb.append(trimmed).toString().strip());
    }

    /** Digits only, longer than a year: a site's article number ("471031", "201911181077343476"). */
    private static boolean isArticleNumber(String word) {
        return word.length() > 4 && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean sameWord(String titleWord, String slugWord, boolean cyrillic) {
        if (titleWord.equals(slugWord)) return true;
        return cyrillic && Transliteration.skeleton(titleWord).equals(Transliteration.skeleton(slugWord))
                && !Transliteration.skeleton(slugWord).isEmpty() || cyrillic && Transliteration.toLatin(titleWord).equals(slugWord);
    }

    /**
     * The context's own spelling of a transliterated word (keeping its case), else a back-transliteration.
     * A context word must transliterate to the same letters, or to the same skeleton at nearly the same
     * length, so that an inflected neighbour ("мэрии" for "mer") is not taken for the word.
     */
    private static String spellFromContext(String latin, String context) {
        String key = Transliteration.skeleton(latin);
        String near = null;
        if (!key.isEmpty()) {
            for (String w : NON_WORD.split(context)) {
                if (w.isEmpty() || !Transliteration.hasCyrillic(w)) continue;
                String wl = Transliteration.toLatin(w);
                if (wl.equals(latin)) return w;
                if (near == null && Transliteration.skeleton(w).equals(key) && Math.abs(wl.length() - latin.length()) <= 1) near = w;
            }
        }
        return near != null ? near : Transliteration.toCyrillic(latin);
    }

    /**
     * A slug word as the context spells it when the slug dropped its apostrophe ("valmaras" for "Valmara's",
     * "dont" for "don't"); the slug word itself otherwise (a slug keeps every other letter).
     */
    private static String withApostrophe(String slugWord, String context) {
        if (context.isEmpty()) return slugWord;
        for (String token : SPACES.split(context)) {
            if (token.length() <= slugWord.length() || !APOSTROPHES.matcher(token).find()) continue;
            int from = 0, to = token.length();
            while (from < to && !Character.isLetterOrDigit(token.charAt(from))) from++;
            while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) to--;
            String word = token.substring(from, to);
            if (words(word).equals(List.of(slugWord))) return word;
        }
        return slugWord;
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static int indexAfterFirstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        return i;
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * A title for a document that has none: its first sentence, cut at the first clause boundary when
     * that still leaves a full thought (six words or more), and never longer than about 120 characters.
     */
    public static String derive(String firstParagraph, Locale locale) {
        String sentence = firstSentence(firstParagraph, locale);
        String title = sentence;
        int clause = firstClauseBoundary(sentence);
        if (clause > 0 && SPACES.split(sentence.substring(0, clause).trim()).length >= 6) {
            title = sentence.substring(0, clause);
        }
        title = TRAILING_PUNCTUATION.matcher(title.strip()).replaceAll("");
        if (title.length() > DERIVED_MAX_CHARS) {
            int cut = title.lastIndexOf(' ', DERIVED_MAX_CHARS);
            title = title.substring(0, cut > 40 ? cut : DERIVED_MAX_CHARS) + "…";
        }
        return title;
    }

    static String firstSentence(String text, Locale locale) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text);
        int end = it.next();
        return end == BreakIterator.DONE ? text : text.substring(0, end).strip();
    }

    private static int firstClauseBoundary(String s) {
        int depth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                // A straight quote opens and closes alike.
                straightOpen = !straightOpen;
                depth += straightOpen ? 1 : -1;
            } else if (c == '“' || c == '«') depth++;
            else if (c == '”' || c == '»') depth = Math.max(0, depth - 1);
            else if (depth == 0 && (c == ',' || c == ';' || c == '—' || c == '–')) return i;
        }
        return -1;
    }
}
