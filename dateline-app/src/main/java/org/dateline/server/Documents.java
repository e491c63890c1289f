package org.dateline.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Request bodies as the engine's {@link RawDocument}s: one document (PUT) or a batch (POST). */
final class Documents {

    static final String[] FIELDS = {"title", "url", "source", "published", "lang"};
    static final int MAX_FIELD_CHARS = 4096;
    static final int MAX_BATCH_DOCUMENTS = 5000;

    /** One entry of a batch: the client's key (may be null) and the document, or why it was refused. */
    record Entry(int index, String key, RawDocument document, String error) {
    }

    private Documents() {
    }

    /** The media type without parameters, lower-case; empty when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** One document for {@code PUT /api/documents/{key}}, by content type. */
    static RawDocument single(String key, String contentType, byte[] body) {
        String origin = "api:" + key;
        String hash = sha256(body);
        return switch (mediaType(contentType)) {
            case "application/json" -> {
                JsonNode node = parse(body);
                if (!node.isObject()) throw ApiError.badRequest("the body must be a JSON object");
                String error = check(node);
                if (error != null) throw new ApiError(422, error);
                yield fromObject(origin, 0, node, hash);
            }
            case "text/html" -> new RawDocument(origin, 0, RawDocument.Format.HTML, utf8(body), Map.of(), hash);
            case "text/plain" -> {
                String text = utf8(body);
                if (text.isBlank()) throw new ApiError(422, "the document is empty");
                yield new RawDocument(origin, 0, RawDocument.Format.SEED_TEXT, text, Map.of(), hash);
            }
            case "" -> throw new ApiError(415, "Content-Type is required: application/json, text/html or text/plain");
            default -> throw new ApiError(415, "unsupported Content-Type " + Params.abbreviate(mediaType(contentType))
                    + ": use application/json, text/html or text/plain");
        };
    }

    /** A batch: a JSON array of objects ({@code application/json}) or one object a line ({@code application/x-ndjson}). */
    static List<Entry> batch(String contentType, byte[] body) {
        String type = mediaType(contentType);
        List<JsonNode> nodes = new ArrayList<>();
        List<String> lineErrors = new ArrayList<>();
        switch (type) {
            case "application/json" -> {
                JsonNode root = parse(body);
                if (!root.isArray()) throw ApiError.badRequest("the body must be a JSON array of documents");
                root.forEach(nodes::add);
            }
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" -> {
                String text = utf8(body);
                for (String line : text.split("\n")) {
                    if (line.isBlank()) continue;
                    try {
                        nodes.add(Json.MAPPER.readTree(line));
                        lineErrors.add(null);
                    } catch (JsonProcessingException e) {
                        nodes.add(null);
                        lineErrors.add("invalid JSON: " + e.getOriginalMessage());
                    }
                }
            }
            case "" -> throw new ApiError(415, "Content-Type is required: application/json or application/x-ndjson");
            default -> throw new ApiError(415, "unsupported Content-Type " + Params.abbreviate(type)
                    + ": use application/json (array) or application/x-ndjson (JSON Lines)");
        }
        if (nodes.isEmpty()) throw ApiError.badRequest("the batch is empty");
        if (nodes.size() > MAX_BATCH_DOCUMENTS) {
            throw new ApiError(413, "a batch holds at most " + MAX_BATCH_DOCUMENTS + " documents");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String lineError = i < lineErrors.size() ? lineErrors.get(i) : null;
            if (n == null) {
                entries.add(new Entry(i, null, null, lineError));
                continue;
            }
            if (!n.isObject()) {
                entries.add(new Entry(i, null, null, "not a JSON object"));
                continue;
            }
            String key = n.path("id").isValueNode() && !n.path("id").isNull() ? n.get("id").asText() : null;
            if (key != null && (!Params.ID.matcher(key).matches() || key.contains(".."))) {
                entries.add(new Entry(i, null, null, "id must match [A-Za-z0-9._-]{1,128}"));
                continue;
            }
            String error = check(n);
            if (error != null) {
                entries.add(new Entry(i, key, null, error));
                continue;
            }
            String origin = key != null ? "api:" + key : "api:batch";
            byte[] raw = n.toString().getBytes(StandardCharsets.UTF_8);
            entries.add(new Entry(i, key, fromObject(origin, key != null ? 0 : i + 1, n, sha256(raw)), null));
        }
        return entries;
    }

    /** Why a JSON document cannot be taken, or null. */
    private static String check(JsonNode n) {
        JsonNode text = n.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) return "text must be a string";
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull()) continue;
            if (!v.isValueNode()) return f + " must be a string";
            if (v.asText().length() > MAX_FIELD_CHARS) return f + " is longer than " + MAX_FIELD_CHARS + " characters";
        }
        boolean hasText = text != null && text.isTextual() && !text.asText().isBlank();
        boolean hasTitle = n.path("title").isValueNode() && !n.path("title").asText().isBlank();
        if (!hasText && !hasTitle) return "the document has neither title nor text";
        return null;
    }

    private static RawDocument fromObject(String origin, long position, JsonNode n, String hash) {
        Map<String, String> fields = new HashMap<>();
        for (String f : FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && v.isValueNode()) fields.put(f, v.asText());
        }
        String text = n.path("text").isTextual() ? n.get("text").asText() : "";
        return new RawDocument(origin, position, RawDocument.Format.JSON_LINES, text, fields, hash);
    }

    /** Parses JSON strictly: one value, nothing after it; malformed input is a 400. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) throw ApiError.badRequest("the body is empty");
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            JsonNode node = Json.MAPPER.readTree(p);
            if (node == null) throw ApiError.badRequest("the body is empty");
            if (p.nextToken() != null) throw ApiError.badRequest("malformed JSON: content after the first value");
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + Params.abbreviate(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
    }

    /** Strict UTF-8: invalid bytes are a 400, not replacement characters in the store. */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("the body is not valid UTF-8");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
