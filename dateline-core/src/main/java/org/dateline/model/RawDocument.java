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

    public enum Format { SEED_TEXT, JSON_LINES }

    public RawDocument {
        fields = Map.copyOf(fields);
    }

    /** Human-readable location, e.g. {@code feeds/x.jsonl:12}. */
    public String location() {
        return position > 0 ? origin + ":" + position : origin;
    }

    public String field(String name) {
        return fields.get(name);
    }
}
