package org.dateline.model;

import java.util.Map;

/**
 * One document as a reader found it: where it came from and its text, before any interpretation.
 *
 * @param origin   file path or URL the document was read from
 * @param position where inside the origin (line number for JSON Lines, 0 for a whole file)
 * @param format   the reader's format, which tells the normalizer how to interpret {@code content}
 * @param content  the decoded text of the document (for JSON Lines: the record's {@code text})
 * @param fields   structured metadata the format carries (title, url, published, source, lang, id); may be empty
 * @param hash     SHA-256 of the raw bytes, hex
 */
public record RawDocument(String origin, long position, Format format, String content,
                          Map<String, String> fields, String hash) {

    public enum Format {
        /** Plain-text report in the layout monitoring pipelines save (see the seeds). */
        SEED_TEXT,
        /** A JSON Lines record: title, text, url, source, published, lang. */
        JSON_LINES,
        /** An RSS or Atom item: text already extracted from the item's HTML. */
        FEED_ITEM,
        /** A web page: {@code content} is the raw HTML. */
        HTML,
        /** A Telegram channel post: text entities flattened, links in the {@code links} field. */
        TELEGRAM_POST
    }

    public RawDocument {
        fields = Map.copyOf(fields);
    }

    /** Human-readable location, e.g. {@code feeds/x.jsonl:12}. */
    public String location() {
        return position > 0 ? origin + ":" + position : origin;
    }

    /** The position as a problem of this document names it: "line N", or "" for a document that is a whole file. */
    public String positionLabel() {
        return position > 0 ? "line " + position : "";
    }

    public String field(String name) {
        return fields.get(name);
    }
}
