package org.dateline.analyze;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.event.EventFrame;
import org.dateline.analyze.time.Timex;

import java.util.List;

/**
 * The deep analysis of one article, computed off the fast path: its entities (one per referent, with stable
 * ids shared across documents), quotes with speakers, dates resolved against the publication date, and event
 * frames. Offsets are into the article's body ({@link org.dateline.model.Article#text()}).
 *
 * @param recognizer the entity recognizer chain that produced the entities ("corenlp-en+known-organisations", ...)
 */
public record Analysis(String articleId, String language, String recognizer, List<DocumentEntity> entities,
                       List<AttributedQuote> quotes, List<Timex> dates, List<EventFrame> events) {
    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
    }
}
