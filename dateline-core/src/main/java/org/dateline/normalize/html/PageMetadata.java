package org.dateline.normalize.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.model.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Page metadata from the declarations a page makes about itself, strongest first: JSON-LD
 * ({@code NewsArticle} and kin, also inside {@code @graph}), OpenGraph, {@code <meta>} conventions
 * (article:*, parsely-*, Dublin Core, sailthru), microdata and {@code <time datetime>}.
 */
final class PageMetadata {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "report", "scholarlyarticle", "techarticle",
            "webpage", "askpublicnewsarticle");
    private static final int MAX_JSON_NODES = 50_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

    String title;
    final List<String> authors = new ArrayList<>();
    String published;
    String modified;
    String canonicalUrl;
    String siteName;
    String language;
    String description;
    /** JSON-LD articleBody, unverified; null when absent. */
    String articleBody;

    private PageMetadata() {
    }

    static PageMetadata of(Document doc, String baseUrl) {
        PageMetadata m = new PageMetadata();
        JsonNode article = m.jsonLdArticle(doc);
        if (article != null) m.fromJsonLd(article);
        String heading = heading(doc);
        m.fromMeta(doc, baseUrl, heading);
        if (m.title != null) m.title = headline(m.title, heading, m.siteName, m.canonicalUrl != null ? m.canonicalUrl : baseUrl);
        return m;
    }

    // ---------------------------------------------------------------- the headline inside a page title

    /** A separator between a headline and the site's name: spaced on both sides, so "U.S.-backed" is no break. */
    private static final java.util.regex.Pattern TITLE_SEPARATOR = java.util.regex.Pattern.compile("\\s+(?:[|\\-–—•·»]|::)\\s+");
    /** An HTML entity left in text that was encoded twice ("&amp;#8211;" in the page, "&#8211;" once parsed). */
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(?:#\\d+|#[xX]\\p{XDigit}+|[A-Za-z]+\\d*);");
    /** Longest tail that is taken for a site's name by matching the page's heading alone (no site name to compare). */
    private static final int MAX_SITE_WORDS = 5;

    /**
     * The headline in a page's title: entities the page encoded twice decoded, and the site's name cut from either
     * end ("New York man pleads guilty … | TheHill", "… - Sportsnet.ca", "The Beachbody Blog | …"). A part is the
     * site's when it spells the declared site name or the host ("TheHill" for thehill.com), or, at the end, when the
     * rest is the page's own heading and the part is a few words ("Clymer workshop manual review | MoreBikes" under
     * the heading "Clymer workshop manual review"). A section label before the headline ("Opinion | …") stays: it
     * tells the reader what kind of piece it is.
     */
    static String headline(String title, String heading, String siteName, String url) {
        String t = decodeEntities(title);
        String h = heading == null ? null : key(decodeEntities(heading));
        java.util.Set<String> site = siteKeys(siteName, url);
        for (int pass = 0; pass < 2; pass++) {
            java.util.regex.Matcher m = TITLE_SEPARATOR.matcher(t);
            int firstStart = -1, firstEnd = -1, lastStart = -1, lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart < 0) break;
            String head = t.substring(0, lastStart), tail = t.substring(lastEnd);
            String lead = t.substring(0, firstStart), rest = t.substring(firstEnd);
            if (wordCount(head) >= 2 && (site.contains(key(tail)) || key(head).equals(h) && wordCount(tail) <= MAX_SITE_WORDS)) {
                t = head.strip();
            } else if (wordCount(rest) >= 2 && site.contains(key(lead))) {
                t = rest.strip();
            } else {
                break;
            }
        }
        return t;
    }

    private static String decodeEntities(String s) {
        return s.indexOf('&') >= 0 && ENTITY.matcher(s).find() ? clean(org.jsoup.parser.Parser.unescapeEntities(s, false)) : s;
    }

    /** The forms a site's name takes in a title, as {@link #key}s: its declared name, its host with and without the suffix. */
    private static java.util.Set<String> siteKeys(String siteName, String url) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (siteName != null) keys.add(key(decodeEntities(siteName)));
        String host = null;
        try {
            host = url == null ? null : java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            // no host to compare: the declared name and the heading still serve
        }
        if (host != null) {
            host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            keys.add(key(host));
            int dot = host.lastIndexOf('.');
            if (dot > 0) keys.add(key(host.substring(0, dot)));
        }
        keys.remove("");
        return keys;
    }

    /** Letters and digits only, lower case: "The Hill" and "TheHill", "Sportsnet.ca" and "sportsnet.ca" alike. */
    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    // ---------------------------------------------------------------- JSON-LD

    private JsonNode jsonLdArticle(Document doc) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : doc.select("script[type~=(?i)application/(ld\\+)?json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) continue;
            JsonNode root;
            try {
                root = LENIENT.readTree(json);
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the other sources still count
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            int seen = 0;
            while (!pending.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = pending.pop();
                if (n.isArray()) {
                    for (int i = n.size() - 1; i >= 0; i--) pending.push(n.get(i));
                } else if (n.isObject()) {
                    int rank = typeRank(n.get("@type"));
                    if (rank < bestRank) {
                        best = n;
                        bestRank = rank;
                    }
                    if (n.has("@graph")) pending.push(n.get("@graph"));
                    if (n.has("mainEntity")) pending.push(n.get("mainEntity"));
                }
            }
        }
        return best;
    }

    /** 0 for news articles, 1 for other articles, 2 for web pages, MAX when not an article at all. */
    private static int typeRank(JsonNode type) {
        if (type == null) return Integer.MAX_VALUE;
        int best = Integer.MAX_VALUE;
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) type.forEach(types::add); else types.add(type);
        for (JsonNode t : types) {
            String s = t.asText("").toLowerCase(Locale.ROOT);
            int slash = s.lastIndexOf('/');
            if (slash >= 0) s = s.substring(slash + 1);
            if (!ARTICLE_TYPES.contains(s)) continue;
            best = Math.min(best, s.contains("news") ? 0 : s.equals("webpage") ? 2 : 1);
        }
        return best;
    }

    private void fromJsonLd(JsonNode a) {
        title = text(a.get("headline"), text(a.get("name"), null));
        published = firstDate(text(a.get("datePublished"), null), text(a.get("dateCreated"), null));
        modified = firstDate(text(a.get("dateModified"), null));
        description = text(a.get("description"), null);
        language = text(a.get("inLanguage"), null);
        articleBody = text(a.get("articleBody"), null);
        JsonNode publisher = a.get("publisher");
        if (publisher != null) siteName = text(publisher.isObject() ? publisher.get("name") : publisher, null);
        JsonNode url = a.get("url");
        if (url == null && a.path("mainEntityOfPage").isObject()) url = a.get("mainEntityOfPage").get("@id");
        canonicalUrl = text(url, null);
        JsonNode author = a.has("author") ? a.get("author") : a.get("creator");
        if (author != null) {
            List<JsonNode> list = new ArrayList<>();
            if (author.isArray()) author.forEach(list::add); else list.add(author);
            for (JsonNode n : list) {
                String name = n.isObject() ? text(n.get("name"), null) : text(n, null);
                addAuthor(name);
            }
        }
    }

    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("^\\s*(\\d{4})(?!\\d)");

    /**
     * The first of {@code dates} that is given and does not open with a year before {@link Published#EARLIEST_YEAR}
     * (a CMS's zero date, "0001-01-01T00:00:00Z"), so a placeholder makes the next source be asked.
     */
    static String firstDate(String... dates) {
        for (String date : dates) {
            if (date == null) continue;
            java.util.regex.Matcher m = LEADING_YEAR.matcher(date);
            if (!m.find() || Integer.parseInt(m.group(1)) >= Published.EARLIEST_YEAR) return date;
        }
        return null;
    }

    private static String text(JsonNode n, String fallback) {
        if (n == null || n.isNull()) return fallback;
        if (n.isArray()) return n.isEmpty() ? fallback : text(n.get(0), fallback);
        if (n.isObject()) return n.has("@value") ? text(n.get("@value"), fallback) : fallback;
        String s = clean(n.asText());
        return s == null ? fallback : s;
    }

    // ---------------------------------------------------------------- meta, OpenGraph, microdata

    private void fromMeta(Document doc, String baseUrl, String heading) {
        if (title == null) title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "parsely-title"),
                meta(doc, "dc.title"), heading, clean(doc.title()));
        if (published == null) published = firstDate(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"), meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.created"), meta(doc, "dc.date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "date"), itemprop(doc, "datePublished"), timeDatetime(doc));
        if (modified == null) modified = firstDate(meta(doc, "article:modified_time"), meta(doc, "og:updated_time"),
                meta(doc, "dcterms.modified"), itemprop(doc, "dateModified"));
        if (siteName == null) siteName = first(meta(doc, "og:site_name"), meta(doc, "application-name"),
                meta(doc, "parsely-site"));
        if (description == null) description = first(meta(doc, "og:description"), meta(doc, "description"),
                meta(doc, "twitter:description"), meta(doc, "dc.description"));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"),
                absolute(doc, meta(doc, "og:url")));
        if (canonical != null) canonicalUrl = canonical;
        else if (canonicalUrl == null) canonicalUrl = clean(baseUrl);
        String lang = first(clean(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
                meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "dc.language"), language);
        language = primaryLanguage(lang);
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "parsely-author", "dc.creator", "sailthru.author")) {
                for (Element m : doc.select("meta[name=" + key + "], meta[property=" + key + "]")) {
                    String v = clean(m.attr("content"));
                    if (v == null || v.startsWith("http")) continue;
                    for (String part : v.split("\\s*[,;]\\s*|\\s+(?:and|и)\\s+")) addAuthor(part);
                }
                if (!authors.isEmpty()) break;
            }
        }
        if (authors.isEmpty()) {
            for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author]")) addAuthor(e.text());
        }
    }

    private void addAuthor(String name) {
        name = clean(name);
        if (name == null || name.length() > 100) return;
        if (authors.stream().noneMatch(name::equalsIgnoreCase)) authors.add(name);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("http-equiv")) || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = clean(m.attr("content"));
                if (v != null) return v;
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) return null;
        return first(clean(e.attr("datetime")), clean(e.attr("content")), clean(e.text()));
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return t == null ? null : clean(t.attr("datetime"));
    }

    private static String heading(Document doc) {
        Element h1 = doc.selectFirst("article h1, h1");
        return h1 == null ? null : clean(h1.text());
    }

    private static String absolute(Document doc, String url) {
        if (url == null) return null;
        if (url.startsWith("http://") || url.startsWith("https://")) return url;
        String base = doc.location();
        if (base == null || base.isEmpty()) return url;
        try {
            return java.net.URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String attr(Element e, String key) {
        return e == null ? null : clean(e.attr(key));
    }

    static String primaryLanguage(String tag) {
        if (tag == null) return null;
        String primary = tag.strip().split("[-_\\s,;]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }
}
