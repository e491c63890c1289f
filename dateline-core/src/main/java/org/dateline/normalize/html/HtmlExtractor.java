package org.dateline.normalize.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one HTML page into an {@link ExtractedPage}: metadata from what the page declares about
 * itself (JSON-LD, OpenGraph, {@code <meta>}, {@code <time>}, {@code <link rel=canonical>}), and the
 * main text by content heuristics, for pages in any language.
 *
 * <pre>{@code
 * ExtractedPage page = HtmlExtractor.extract(html, "https://example.org/news/1");
 * page.title(); page.published(); page.paragraphs();
 * }</pre>
 *
 * Stateless and thread-safe. Never throws on malformed, truncated or hostile markup: the parse is
 * jsoup's (which repairs anything), and every walk over the tree is iterative and linear.
 */
public final class HtmlExtractor {

    /** Below this many characters the first attempt is taken to have missed, and names are not trusted. */
    private static final int MIN_BODY_CHARS = 250;
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private HtmlExtractor() {
    }

    /**
     * @param html    the page source; null or empty gives an empty page
     * @param baseUrl the URL the page was fetched from, to resolve relative links; may be null
     */
    public static ExtractedPage extract(String html, String baseUrl) {
        String source = html == null ? "" : html;
        String base = baseUrl == null ? "" : baseUrl;
        Document doc = Jsoup.parse(source, base);
        PageMetadata meta = PageMetadata.of(doc, baseUrl);
        List<String> captions = MainText.captions(doc);
        String pageText = meta.articleBody != null && meta.articleBody.length() >= MIN_BODY_CHARS && doc.body() != null
                ? doc.body().text() : null;
        List<String> paragraphs = MainText.paragraphs(doc, meta.title, true);
        if (length(paragraphs) < MIN_BODY_CHARS) {
            // Class names misled the first attempt (e.g. the article sits in a "post-share" wrapper): retry without them.
            List<String> plain = MainText.paragraphs(Jsoup.parse(source, base), meta.title, false);
            if (length(plain) > length(paragraphs)) paragraphs = plain;
        }
        if (pageText != null) paragraphs = preferDeclaredBody(paragraphs, meta.articleBody, pageText);
        paragraphs = withoutCaptions(paragraphs, captions);
        return new ExtractedPage(meta.title, meta.authors, meta.published, meta.modified, meta.canonicalUrl,
                meta.siteName, meta.language, meta.description, captions, paragraphs);
    }

    /**
     * The JSON-LD {@code articleBody} instead of the DOM text when the DOM text misses much of it and
     * the page really shows it (a truncated, stale or teaser articleBody is never taken).
     */
    private static List<String> preferDeclaredBody(List<String> dom, String declared, String pageText) {
        Set<String> declaredShingles = shingles(declared);
        if (declaredShingles.size() < 20) return dom;
        Set<String> domShingles = shingles(String.join(" ", dom));
        if (share(declaredShingles, domShingles) >= 0.6) return dom;
        if (share(declaredShingles, shingles(pageText)) < 0.9) return dom;
        List<String> out = new ArrayList<>();
        for (String p : declared.split("\\s*\\n\\s*")) {
            String t = MainText.clean(p);
            if (t != null) out.add(t);
        }
        return out;
    }

    private static double share(Set<String> of, Set<String> in) {
        int found = 0;
        for (String s : of) if (in.contains(s)) found++;
        return of.isEmpty() ? 0 : (double) found / of.size();
    }

    /** Distinct 4-word shingles of lower-cased letter/digit words. */
    private static Set<String> shingles(String text) {
        String[] words = WORDS.split(text.toLowerCase(java.util.Locale.ROOT));
        List<String> w = new ArrayList<>(words.length);
        for (String s : words) if (!s.isEmpty()) w.add(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.size(); i++) out.add(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2) + ' ' + w.get(i + 3));
        return out;
    }

    private static List<String> withoutCaptions(List<String> paragraphs, List<String> captions) {
        if (captions.isEmpty()) return paragraphs;
        Set<String> known = new HashSet<>(captions);
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) if (!known.contains(p)) out.add(p);
        return out;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }
}
