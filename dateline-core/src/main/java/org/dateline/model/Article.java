package org.dateline.model;

import java.util.List;

/**
 * One normalized report: the canonical data type between {@code normalize} and everything after it.
 *
 * @param id            stable id: derived from the canonical URL when there is one, else from the text
 * @param origin        where it was read from (file path, {@code file:line}, or URL)
 * @param url           canonical URL, or null
 * @param outletId      registry id of the outlet (or the URL host for unknown outlets), or null
 * @param outlet        display name of the outlet, or null when nothing identifies it
 * @param agency        news agency named in the dateline (e.g. TASS, Reuters), or null
 * @param title         best title: as given, restored from the URL slug, or derived from the text
 * @param titleOrigin   where {@code title} came from
 * @param published     publication time, or null when unknown
 * @param datelinePlace place named by the wire dateline (e.g. Moscow), or null
 * @param language      ISO 639-1 code; {@code und} when the text is too short to tell, {@code mul} when mixed
 * @param languageConfidence how sure the language is, 0..1 (1 when the source declared it)
 * @param paragraphs    body text, without link blocks, "Related article" lines or metadata
 * @param links         outbound links by role (canonical, related, shared-by, other)
 * @param sharedBy      Telegram posts that shared the article
 * @param anomalies     contradictions and repairs worth showing a user
 * @param contentHash   hash of the normalized body, used to recognise identical copies
 * @param authors       bylines as the source names them (people or desks), possibly empty
 * @param captions      image and video captions, kept apart from the body
 * @param category      news category (society, economy, technology, sports, entertainment, science, other), or
 *                      null before analysis
 * @param news          false when the text is not news at all (timeless opinion, how-to, encyclopedic piece)
 */
public record Article(String id, String origin, String url, String outletId, String outlet, String agency,
                      String title, TitleOrigin titleOrigin, Published published, String datelinePlace,
                      String language, double languageConfidence, List<String> paragraphs, List<Link> links, List<TelegramRef> sharedBy,
                      List<Anomaly> anomalies, String contentHash, List<String> authors, List<String> captions,
                      String category, boolean news) {

    public enum TitleOrigin { GIVEN, RESTORED_FROM_URL, DERIVED_FROM_TEXT }

    public Article {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
        sharedBy = List.copyOf(sharedBy);
        anomalies = List.copyOf(anomalies);
        authors = authors == null ? List.of() : List.copyOf(authors);
        captions = captions == null ? List.of() : List.copyOf(captions);
    }

    /** This article with its category and news flag set. */
    public Article withCategory(String category, boolean news) {
        return new Article(id, origin, url, outletId, outlet, agency, title, titleOrigin, published, datelinePlace, language,
                languageConfidence, paragraphs, links, sharedBy, anomalies, contentHash, authors, captions, category, news);
    }

    /** The body as one string, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Title plus the first paragraphs up to about {@code maxChars}: what story matching looks at first. */
    public String lead(int maxChars) {
        StringBuilder sb = new StringBuilder(title == null ? "" : title);
        for (String p : paragraphs) {
            if (sb.length() >= maxChars) break;
            sb.append('\n').append(p);
        }
        return sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString();
    }
}
