package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * JSON Lines: one object a line, {@code {"id","title","text","url","source","published","lang"}};
 * other fields are ignored. Streams the file, so its size does not matter; a bad line is reported
 * with its line number and the rest of the file is read.
 */
public final class JsonLinesReader implements DocumentReader {

    static final int MAX_LINE_BYTES = 8 * 1024 * 1024;
    private static final String[] FIELDS = {"id", "title", "url", "source", "published", "lang"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "JSON lines";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return true;
        for (byte b : head) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
            return b == '{';
        }
        return false;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            long lineNo = 0;
            boolean overflow = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (b >= 0 || line.size() > 0 || overflow) {
                        lineNo++;
                        if (overflow) {
                            sink.problem(new Problem(file.toString(), "line " + lineNo, "line longer than " + MAX_LINE_BYTES + " bytes"));
                        } else {
                            record(file, lineNo, line.toByteArray(), sink);
                        }
                    }
                    line.reset();
                    overflow = false;
                    if (b < 0) break;
                } else if (!overflow) {
                    if (line.size() >= MAX_LINE_BYTES) {
                        overflow = true;
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        }
    }

    private static void record(Path file, long lineNo, byte[] bytes, DocumentSink sink) {
        String text;
        try {
            text = Bytes.utf8(bytes, 0, bytes.length);
        } catch (Bytes.InvalidText e) {
            sink.problem(new Problem(file.toString(), "line " + lineNo, "invalid UTF-8 at byte " + e.offset + " of the line"));
            return;
        }
        if (text.isBlank()) return;
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.problem(new Problem(file.toString(), "line " + lineNo, "invalid JSON: " + withoutSource(e.getOriginalMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new Problem(file.toString(), "line " + lineNo, "not a JSON object"));
            return;
        }
        String body = node.path("text").isTextual() ? node.get("text").asText() : "";
        Map<String, String> fields = new HashMap<>();
        for (String f : FIELDS) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && v.isValueNode()) fields.put(f, v.asText());
        }
        if (body.isBlank() && !fields.containsKey("title")) {
            sink.problem(new Problem(file.toString(), "line " + lineNo, "record has neither title nor text"));
            return;
        }
        sink.document(new RawDocument(file.toString(), lineNo, RawDocument.Format.JSON_LINES, body, fields,
                Bytes.sha256(bytes, 0, bytes.length)));
    }

    /** Jackson's message names its input source ("[Source: REDACTED (...); line: 1, ...]"): the file is named already. */
    static String withoutSource(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;]*; ", "[");
    }
}
