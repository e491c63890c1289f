package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;

import java.util.HashMap;
import java.util.Map;

/** Reading labelled evaluation files into documents the engine takes, with their labels kept apart. */
final class EvalDocuments {

    /** Input fields the engine may see; gold labels and fields naming the gold topic are withheld. */
    private static final String[] INPUT_FIELDS = {"title", "source", "published", "lang"};

    private EvalDocuments() {
    }

    /** A document for the engine from an evaluation record, without its label. */
    static RawDocument toRaw(String origin, long position, JsonNode record, String defaultLang) {
        Map<String, String> fields = new HashMap<>();
        for (String f : INPUT_FIELDS) {
            JsonNode v = record.get(f);
            if (v != null && !v.isNull() && v.isValueNode() && !v.asText().isBlank()) fields.put(f, v.asText());
        }
        if (!fields.containsKey("lang") && defaultLang != null) fields.put("lang", defaultLang);
        String text = record.path("text").asText("");
        return new RawDocument(origin, position, RawDocument.Format.JSON_LINES, text, fields, "");
    }
}
