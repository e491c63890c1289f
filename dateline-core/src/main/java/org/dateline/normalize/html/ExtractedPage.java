package org.dateline.normalize.html;

import java.util.List;

/**
 * What {@link HtmlExtractor} finds in one HTML page: its metadata and its main text.
 *
 * @param title        the headline, or null
 * @param authors      bylines as the page names them (people or desks), possibly empty
 * @param published    publication time exactly as the page declares it (usually ISO 8601), or null
 * @param modified     last modification time as the page declares it, or null
 * @param canonicalUrl the page's canonical URL (absolute), or the base URL, or null
 * @param siteName     the outlet's name as the page declares it, or null
 * @param language     primary language subtag in lower case ({@code en}, {@code ru}), or null
 * @param description  the page's summary (meta / OpenGraph description), or null
 * @param captions     image and video captions found in the article, in page order
 * @param paragraphs   main body text, one entry per paragraph or subheading, without headline,
 *                     bylines, captions, navigation, comments, share and related-links blocks
 */
public record ExtractedPage(String title, List<String> authors, String published, String modified,
                            String canonicalUrl, String siteName, String language, String description,
                            List<String> captions, List<String> paragraphs) {

    public ExtractedPage {
        authors = List.copyOf(authors);
        captions = List.copyOf(captions);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one string, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
