package org.dateline.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a news URL tells without fetching it: host, date, slug words, Telegram post. */
public final class Urls {

    /** A URL standing alone, as the seed format writes them. */
    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'«»“”]+");
    private static final Pattern DATE_PATH = Pattern.compile("/((?:19|20)\\d\\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?=[/-]|$)");
    private static final Pattern DATE_COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/-]|$)");
    private static final Pattern TELEGRAM = Pattern.compile("^https?://(?:www\\.)?(?:t\\.me|telegram\\.me)/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,})/(\\d+)(?:[/?#].*)?$");
    /** Trailing article-number tokens of slugs: {@code a90124}, {@code 12345}, {@code id12345}. */
    private static final Pattern ID_TOKEN = Pattern.compile("(?:[a-z]{0,3}\\d{3,}|\\d+)");

    private Urls() {
    }

    public static String host(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? null : stripWww(h.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The identity of a URL: scheme and {@code www.} dropped, host lower-cased, fragment, tracking
     * parameters and trailing slash removed. Two addresses of one page map to one key.
     */
    public static String identity(String url) {
        try {
            URI u = new URI(url.trim());
            String host = u.getHost() == null ? "" : stripWww(u.getHost().toLowerCase(Locale.ROOT));
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String query = u.getRawQuery();
            StringBuilder kept = new StringBuilder();
            if (query != null) {
                for (String param : query.split("&")) {
                    String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.isEmpty()) continue;
                    kept.append(kept.isEmpty() ? "?" : "&").append(param);
                }
            }
            return host + path + kept;
        } catch (URISyntaxException e) {
            return url.trim().toLowerCase(Locale.ROOT);
        }
    }

    /** The publication day a URL path carries ({@code /2025/08/07/}, {@code /2025-08-07/}, {@code /20250807/}). */
    public static Optional<LocalDate> date(String url) {
        if (url == null) return Optional.empty();
        String path = pathOf(url);
        for (Pattern p : List.of(DATE_PATH, DATE_COMPACT)) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException ignored) {
                    // not a calendar date after all
                }
            }
        }
        return Optional.empty();
    }

    private static String pathOf(String url) {
        try {
            String p = new URI(url).getRawPath();
            return p == null ? "" : p;
        } catch (URISyntaxException e) {
            int slash = url.indexOf('/', url.indexOf("//") + 2);
            return slash < 0 ? "" : url.substring(slash);
        }
    }

    private static final java.util.regex.Pattern PAGE_SUFFIX = java.util.regex.Pattern.compile("\\.(html?|php|aspx?|shtml)$"),
            SLUG_SEPARATOR = java.util.regex.Pattern.compile("[-_+]|%20");

    /**
     * The words of the URL's slug (its last meaningful path segment), lower-case, with trailing
     * article numbers dropped: {@code .../donald-trump-to-meet-a90124} gives [donald, trump, to, meet].
     */
    public static List<String> slugWords(String url) {
        String path = pathOf(url);
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String seg = PAGE_SUFFIX.matcher(segments[i]).replaceAll("").toLowerCase(Locale.ROOT);
            String[] parts = SLUG_SEPARATOR.split(seg);
            List<String> words = new ArrayList<>();
            for (String part : parts) if (!part.isEmpty()) words.add(part);
            while (!words.isEmpty() && ID_TOKEN.matcher(words.get(words.size() - 1)).matches()) {
                words.remove(words.size() - 1);
            }
            long letters = words.stream().filter(w -> w.chars().anyMatch(Character::isLetter)).count();
            if (letters >= 3) return words;
        }
        return List.of();
    }

    /** A Telegram post link as (channel, post id), or empty. */
    public static Optional<org.dateline.model.TelegramRef> telegramPost(String url) {
        Matcher m = TELEGRAM.matcher(url);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new org.dateline.model.TelegramRef(m.group(1), Long.parseLong(m.group(2)), url));
    }

    public static boolean isTelegram(String url) {
        String h = host(url);
        return "t.me".equals(h) || "telegram.me".equals(h);
    }
}
