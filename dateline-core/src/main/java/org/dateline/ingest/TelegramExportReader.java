package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Telegram Desktop channel export ({@code result.json}): every post becomes a document with its
 * channel, post id, time, text (text entities flattened) and links; forwarded posts keep the channel
 * they came from. Messages are streamed one at a time, so export size does not matter.
 */
public final class TelegramExportReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "Telegram export";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String start = Formats.headText(head);
        if (!start.stripLeading().startsWith("{")) return false;
        // An export is one pretty-printed object; JSON Lines has a whole object on its first line.
        int nl = start.indexOf('\n');
        String firstLine = nl < 0 ? start : start.substring(0, nl);
        return firstLine.strip().equals("{")
                && (start.contains("\"messages\"") || start.matches("(?s).*\"type\"\\s*:\\s*\"(public|private)_(channel|supergroup)\".*"));
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.getFactory().createParser(in)) {
            String channel = null, channelId = null;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                sink.problem(new Problem(file.toString(), "", "not a Telegram export: no top-level object"));
                return;
            }
            boolean sawMessages = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> channel = p.getValueAsString();
                    case "id" -> channelId = p.getValueAsString();
                    case "messages" -> {
                        sawMessages = true;
                        if (value != JsonToken.START_ARRAY) {
                            sink.problem(new Problem(file.toString(), "", "\"messages\" is not an array"));
                            return;
                        }
                        int index = 0;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            index++;
                            JsonNode message = JSON.readTree(p);
                            post(file, index, channel, channelId, message, sink);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!sawMessages) sink.problem(new Problem(file.toString(), "", "not a Telegram export: no \"messages\""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            sink.problem(new Problem(file.toString(), "line " + e.getLocation().getLineNr(),
                    "invalid or truncated JSON: " + e.getOriginalMessage()));
        }
    }

    private static void post(Path file, int index, String channel, String channelId, JsonNode m, DocumentSink sink) {
        if (!"message".equals(m.path("type").asText())) return;
        List<String> links = new ArrayList<>();
        String text = flatten(m.get("text"), links);
        if (text.isBlank() && links.isEmpty()) return;
        Map<String, String> fields = new HashMap<>();
        put(fields, "channel", channel);
        put(fields, "channel_id", channelId);
        put(fields, "post_id", m.path("id").asText(null));
        put(fields, "published", time(m));
        put(fields, "forwarded_from", m.path("forwarded_from").asText(null));
        if (!links.isEmpty()) fields.put("links", String.join("\n", links));
        sink.document(new RawDocument(file.toString(), index, RawDocument.Format.TELEGRAM_POST, text, fields,
                Bytes.sha256(channelId + ":" + m.path("id").asText() + ":" + text)));
    }

    /** Text as a plain string: entity parts concatenated, link targets collected. */
    static String flatten(JsonNode text, List<String> links) {
        if (text == null || text.isNull()) return "";
        if (text.isTextual()) {
            collectUrls(text.asText(), links);
            return text.asText();
        }
        StringBuilder sb = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>(links);
        for (JsonNode part : text) {
            if (part.isTextual()) {
                sb.append(part.asText());
                continue;
            }
            String t = part.path("text").asText("");
            sb.append(t);
            String type = part.path("type").asText("");
            if (type.equals("link") && seen.add(t)) links.add(t);
            if (type.equals("text_link") && part.hasNonNull("href") && seen.add(part.get("href").asText())) {
                links.add(part.get("href").asText());
            }
        }
        return sb.toString();
    }

    private static void collectUrls(String s, List<String> links) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+").matcher(s);
        while (m.find()) if (!links.contains(m.group())) links.add(m.group());
    }

    private static String time(JsonNode m) {
        if (m.hasNonNull("date_unixtime")) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(m.get("date_unixtime").asText())).toString();
            } catch (NumberFormatException ignored) {
                // fall back to the local date below
            }
        }
        if (m.hasNonNull("date")) {
            try {
                // Older exports give local time without a zone; taken as UTC (precision of a day is what matters).
                return LocalDateTime.parse(m.get("date").asText()).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) fields.put(key, value);
    }
}
