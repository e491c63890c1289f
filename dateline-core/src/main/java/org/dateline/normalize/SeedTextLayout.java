package org.dateline.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a report in the raw form monitoring pipelines save: optional {@code date} header,
 * optional title line, hard-wrapped paragraphs, link lines, {@code Related article:} lines and an
 * {@code Original url:} block whose URL may be broken across two lines. Pure layout: no meaning.
 */
final class SeedTextLayout {

    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:T\\S*| \\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s+(.*))?$");
    private static final Pattern ORIGINAL_URL = Pattern.compile("^\\s*(?:original|source|canonical)\\s+url\\s*:\\s*(\\S*)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED = Pattern.compile("^\\s*(?:related(?: article| story)?|read (?:also|more)|see also|читайте также|по теме)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_LINE = Pattern.compile("^\\s*(https?://\\S+)\\s*$");
    /** The tail of a URL that a line break cut off: no spaces, no scheme, only URL characters. */
    private static final Pattern URL_TAIL = Pattern.compile("^[A-Za-z0-9\\-._~/?#\\[\\]@!$&()*+,;=%]+$");
    private static final int TITLE_MAX_WORDS = 25;

    LocalDate headerDate;
    String title;
    String canonicalUrl;
    boolean canonicalRepaired;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> relatedTitles = new ArrayList<>();
    final Set<String> linkUrls = new LinkedHashSet<>();
    final List<String> repairedUrls = new ArrayList<>();

    /**
     * @param text        the document
     * @param titleGiven  the format already supplies a title, so the first line is body text
     * @param hardWrapped lines inside a paragraph were wrapped and must be joined (seed files); when
     *                    false every line is a paragraph of its own (JSON Lines texts)
     */
    static SeedTextLayout parse(String text, boolean titleGiven, boolean hardWrapped) {
        SeedTextLayout layout = new SeedTextLayout();
        layout.read(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1), titleGiven, hardWrapped);
        return layout;
    }

    private void read(String[] lines, boolean titleGiven, boolean hardWrapped) {
        int i = skipBlank(lines, 0);
        if (i < lines.length) {
            Matcher header = DATE_HEADER.matcher(lines[i]);
            if (header.matches()) {
                headerDate = LocalDate.parse(header.group(1));
                lines[i] = header.group(2) == null ? "" : header.group(2);
            } else if (!titleGiven && looksLikeTitle(lines, i)) {
                title = lines[i].strip();
                i++;
            }
        }
        List<String> current = new ArrayList<>();
        // A paragraph interrupted by a link block continues after it: remember that a block was cut.
        for (; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            Matcher m;
            if (stripped.isEmpty()) {
                flush(current);
                continue;
            }
            if ((m = ORIGINAL_URL.matcher(stripped)).matches()) {
                flush(current);
                String url = m.group(1);
                int next = i + 1;
                if (url.isEmpty()) {
                    next = skipBlank(lines, next);
                    if (next < lines.length && URL_LINE.matcher(lines[next]).matches()) {
                        url = lines[next].strip();
                        next++;
                    }
                }
                if (!url.isEmpty()) {
                    // The line break may fall inside the URL: the next line then holds its tail.
                    while (next < lines.length && isUrlTail(lines[next])) {
                        url += lines[next].strip();
                        canonicalRepaired = true;
                        next++;
                    }
                    canonicalUrl = url;
                }
                i = next - 1;
                continue;
            }
            if ((m = RELATED.matcher(stripped)).matches()) {
                flush(current);
                StringBuilder related = new StringBuilder(m.group(1).strip());
                while (i + 1 < lines.length && !lines[i + 1].isBlank() && !URL_LINE.matcher(lines[i + 1]).matches()) {
                    related.append(' ').append(lines[++i].strip());
                }
                relatedTitles.add(related.toString());
                continue;
            }
            if ((m = URL_LINE.matcher(line)).matches()) {
                flush(current);
                String url = m.group(1);
                // Only a long URL line can have been wrapped; a short one followed by a word is not broken.
                if (url.length() >= 60 && i + 1 < lines.length && isUrlTail(lines[i + 1])
                        && URL_TAIL_CHARS.matcher(lines[i + 1].strip()).matches()) {
                    url += lines[++i].strip();
                    repairedUrls.add(url);
                }
                linkUrls.add(url);
                continue;
            }
            if (hardWrapped) {
                current.add(stripped);
            } else {
                current.add(stripped);
                flush(current);
            }
        }
        flush(current);
        mergeInterruptedParagraphs();
    }

    private static boolean isUrlTail(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("http") && URL_TAIL.matcher(s).matches();
    }

    private void flush(List<String> current) {
        if (current.isEmpty()) return;
        paragraphs.add(String.join(" ", current));
        current.clear();
    }

    /** Rejoin a paragraph that a link block or stray blank line split in the middle of a sentence. */
    private void mergeInterruptedParagraphs() {
        for (int p = paragraphs.size() - 2; p >= 0; p--) {
            String a = paragraphs.get(p);
            String b = paragraphs.get(p + 1);
            if (endsMidSentence(a) && a.length() > 60 && !b.isEmpty()) {
                paragraphs.set(p, a + " " + b);
                paragraphs.remove(p + 1);
            }
        }
    }

    private static boolean endsMidSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == ',' || last == ';' || Character.isLowerCase(last);
    }

    private static int skipBlank(String[] lines, int i) {
        while (i < lines.length && lines[i].isBlank()) i++;
        return i;
    }

    private static final java.util.regex.Pattern URL_TAIL_CHARS = java.util.regex.Pattern.compile(".*[-/0-9].*"),
            SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A first line is a title when it is short, is not a finished sentence, and text follows it. */
    private static boolean looksLikeTitle(String[] lines, int i) {
        String s = lines[i].strip();
        if (s.isEmpty() || URL_LINE.matcher(s).matches()) return false;
        if (SPACES.split(s).length > TITLE_MAX_WORDS) return false;
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            // "Mr." or an ellipsis-less headline still ends in a letter; a sentence ends in a period.
            return false;
        }
        int next = skipBlank(lines, i + 1);
        return next < lines.length;
    }

    boolean hasTitleLine() {
        return title != null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
