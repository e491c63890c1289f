package org.dateline.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a {@link RawDocument} travels as a Kafka record: the value is the document in the model's own JSON mapping
 * ({@link Json}), UTF-8; the key is the document's hash, so copies of one document land in one partition and a
 * compacted topic would keep one of them.
 *
 * <p>Values are decoded here rather than by a Kafka {@code Deserializer}: a deserializer that throws makes
 * {@code poll} fail for the whole batch, while decoding each value on its own lets one bad record be reported and
 * skipped.
 */
public final class RawDocumentRecords {

    private RawDocumentRecords() {
    }

    /** A record value that is not a raw document; the message names where it was read and why it is rejected. */
    public static final class UndecodableRecordException extends IllegalArgumentException {
        private final String topic;
        private final int partition;
        private final long offset;
        private final String reason;

        UndecodableRecordException(String topic, int partition, long offset, String reason, Throwable cause) {
            super(where(topic, partition, offset) + ": " + reason, cause);
            this.topic = topic;
            this.partition = partition;
            this.offset = offset;
            this.reason = reason;
        }

        public String topic() {
            return topic;
        }

        public int partition() {
            return partition;
        }

        public long offset() {
            return offset;
        }

        /** Why the value was rejected, without the location. */
        public String reason() {
            return reason;
        }
    }

    /** The record key: the document's hash (null, and so spread round-robin, for a document without one). */
    public static String key(RawDocument document) {
        return document.hash();
    }

    /** The record value: the document as JSON, UTF-8. */
    public static byte[] encode(RawDocument document) {
        return Json.write(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document in a record value.
     *
     * @throws UndecodableRecordException naming topic, partition and offset, when the value is empty, not JSON, or
     *                                    JSON that is not a complete raw document
     */
    public static RawDocument decode(String topic, int partition, long offset, byte[] value) {
        if (value == null || value.length == 0) {
            throw new UndecodableRecordException(topic, partition, offset, "empty value (no document)", null);
        }
        RawDocument d;
        try {
            d = Json.MAPPER.readValue(value, RawDocument.class);
        } catch (JsonMappingException e) {
            // valid JSON of the wrong shape, or a constructor that refused it (e.g. no fields map)
            Throwable root = e.getCause() != null ? e.getCause() : e;
            String why = root == e ? e.getOriginalMessage() : root.toString();
            throw new UndecodableRecordException(topic, partition, offset, "not a raw document: " + oneLine(why), e);
        } catch (JsonProcessingException e) {
            throw new UndecodableRecordException(topic, partition, offset, "not JSON: " + oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UndecodableRecordException(topic, partition, offset, "unreadable value: " + oneLine(e.toString()), e);
        }
        if (d == null) throw new UndecodableRecordException(topic, partition, offset, "value is JSON null", null);
        String missing = d.origin() == null ? "origin" : d.format() == null ? "format" : d.content() == null ? "content"
                : d.hash() == null || d.hash().isBlank() ? "hash" : null;
        if (missing != null) {
            throw new UndecodableRecordException(topic, partition, offset, "not a raw document: no " + missing, null);
        }
        return d;
    }

    /** Where a record was read, as messages and problems name it. */
    static String where(String topic, int partition, long offset) {
        return "topic " + topic + ", partition " + partition + ", offset " + offset;
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
