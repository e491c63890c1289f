package org.dateline.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place text becomes HTML. Everything that comes from articles, queries or the registry goes
 * through {@link #esc}; links from article data go through {@link #link}, which makes an {@code href}
 * only of http(s) URLs and renders anything else as inert text.
 */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                default -> {
                    // Control characters other than tab/newline never belong in a page.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') sb.append('\uFFFD');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** The URL when it is an absolute http or https URL a browser may follow, else null. */
    static String safeHref(String url) {
        if (url == null) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null) return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            if (uri.getHost() == null) return null;
            return u;
        } catch (Exception e) {
            return null;
        }
    }

    /** A link to an external URL from article data: an anchor for http(s), plain text for anything else. */
    static String link(String url, String text) {
        String href = safeHref(url);
        String label = text == null || text.isBlank() ? url : text;
        if (href == null) {
            // Not a web address (javascript:, data:, relative, ...): shown, never followed.
            String shown = "<span class=\"inert-link\">" + esc(label) + "</span>";
            return url == null || url.equals(label) ? shown : shown + " <span class=\"inert-url\">" + esc(url) + "</span>";
        }
        return "<a href=\"" + esc(href) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">" + esc(label) + "</a>";
    }

    /** Percent-encodes a query parameter value or a path segment. */
    static String url(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
