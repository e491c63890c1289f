package org.dateline.model;

/** Something in a document that contradicts itself or cannot be trusted, kept for provenance. */
public record Anomaly(Kind kind, String detail) {

    public enum Kind {
        /** A link whose URL date is later than the document's own publication date. */
        LINK_DATED_AFTER_DOCUMENT,
        /** The title line lost its beginning; the full title was restored from the URL slug. */
        TITLE_TRUNCATED,
        /** A URL broken across lines was joined back together. */
        URL_REPAIRED,
        /** Two date sources of the document disagree. */
        DATE_CONFLICT,
        /** Only part of the text is available (a feed item that carries a summary, not the article). */
        PARTIAL_TEXT
    }
}
