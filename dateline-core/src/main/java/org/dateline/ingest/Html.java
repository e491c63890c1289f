package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding web pages: the charset the server or the page declares, else UTF-8. */
final class Html {

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private Html() {
    }

    static boolean looksLikeHtml(byte[] head) {
        String start = Formats.headText(head);
        return start.contains("<!doctype html") || start.contains("<html") || start.contains("<head")
                || start.contains("<body") || start.contains("<article");
    }

    /** Decodes page bytes: {@code declared} (from HTTP) first, then a meta charset, then UTF-8 (lenient). */
    static String decode(byte[] bytes, String declared) {
        Charset cs = charset(declared);
        if (cs == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) cs = charset(m.group(1));
        }
        return new String(bytes, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
