package org.dateline.model;

import java.time.LocalDate;

/**
 * An outbound link of an article and what it is for.
 *
 * @param date the date the URL itself carries (e.g. {@code /2025/08/07/}), or null
 * @param title the anchor or announced title (e.g. a "Related article:" line), or null
 */
public record Link(String url, Role role, String title, LocalDate date) {

    public enum Role {
        /** The article's own address ("Original url:", the record's url). */
        CANONICAL,
        /** Another story the article points to ("Related article: ..."). */
        RELATED,
        /** A post of a channel that shared the article (Telegram): provenance, not text. */
        SHARED_BY,
        /** The channel a forwarded post came from ({@code title} names it; {@code url} when known). */
        FORWARDED_FROM,
        /** Any other link found in the text. */
        OTHER
    }
}
