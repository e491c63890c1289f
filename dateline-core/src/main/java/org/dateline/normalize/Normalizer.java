package org.dateline.normalize;

import org.dateline.model.Anomaly;
import org.dateline.model.Article;
import org.dateline.model.Link;
import org.dateline.model.Published;
import org.dateline.model.RawDocument;
import org.dateline.model.TelegramRef;
import org.dateline.normalize.html.ExtractedPage;
import org.dateline.normalize.html.HtmlExtractor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@link RawDocument} into one {@link Article}. A pure function of its input and the
 * outlet registry: safe to call from many threads.
 */
public final class Normalizer {

    private final OutletRegistry outlets;

    public Normalizer(OutletRegistry outlets) {
        this.outlets = outlets;
    }

    /**
     * @throws IllegalArgumentException when the document has no text to speak of
     */
    public Article normalize(RawDocument raw) {
        if (raw.format() == RawDocument.Format.TELEGRAM_POST) return telegramPost(raw);
        if (raw.format() == RawDocument.Format.HTML) return webPage(raw);
        String byline = blankToNull(raw.field("byline"));
        return article(raw, byline == null ? List.of() : List.of(byline), List.of());
    }

    /**
     * A web page: metadata and main text from the extractor, then the same path as any structured
     * record. A crawl's own time is not a publication time and is not used as one.
     */
    private Article webPage(RawDocument raw) {
        ExtractedPage page = HtmlExtractor.extract(raw.content(), raw.field("url"));
        if (page.paragraphs().isEmpty() && page.title() == null) {
            throw new IllegalArgumentException("no article text found in the page");
        }
        Map<String, String> fields = new HashMap<>();
        putIfPresent(fields, "title", page.title());
        putIfPresent(fields, "url", page.canonicalUrl() != null ? page.canonicalUrl() : raw.field("url"));
        putIfPresent(fields, "published", page.published());
        putIfPresent(fields, "source", page.siteName());
        putIfPresent(fields, "lang", page.language());
        RawDocument text = new RawDocument(raw.origin(), raw.position(), RawDocument.Format.HTML,
                String.join("\n", page.paragraphs()), fields, raw.hash());
        return article(text, page.authors(), page.captions());
    }

    /**
     * The text with its no-break spaces as plain ones, since a no-break space still separates two words
     * ("компания&nbsp;Skoda") and every later step that splits text at white space must see it so; and with a space
     * after a Cyrillic sentence end that scraping glued to the next sentence where it joined two paragraphs
     * ("нельзя.Президент"), which no sentence splitter would otherwise see. Latin text is left alone there: product
     * and site names are written so ("Booking.Com").
     */
    static String plainSpaces(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean noBreak = c == '\u00a0' || c == '\u2007' || c == '\u202f';
            // a Cyrillic sentence end glued to the next sentence: "нельзя.Президент", "забивали.Мы"
            boolean glued = i >= 3 && i + 1 < text.length() && upperCyrillic(c) && lowerCyrillic(text.charAt(i + 1))
                    && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '!' || text.charAt(i - 1) == '?')
                    && lowerCyrillic(text.charAt(i - 2)) && lowerCyrillic(text.charAt(i - 3));
            if (!noBreak && !glued) continue;
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, copied, i).append(' ');
            copied = noBreak ? i + 1 : i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean lowerCyrillic(char c) {
        return c >= 'а' && c <= 'я' || c == 'ё';
    }

    private static boolean upperCyrillic(char c) {
        return c >= 'А' && c <= 'Я' || c == 'Ё';
    }

    /** "By Meridian Press Agency", "By Anna Berg and Lars Holm in Lisbon", "Автор: Иван Петров". */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "(?:By|BY)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|in|staff|correspondent|correspondents|reporter|reporters))*)"
            + "|(?:Автор|Авторы|Текст)\\s*:\\s*(\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*|и))*)");

    /**
     * The writer a paragraph names when it is a byline line and nothing else (at most 80 characters, every word a
     * capitalised name or a linking word of bylines), else null: "By midday, officials counted 37 ships" is text.
     */
    static String byline(String paragraph) {
        String line = paragraph.strip();
        if (line.length() > 80 || line.indexOf('\n') >= 0) return null;
        java.util.regex.Matcher m = BYLINE.matcher(line);
        if (!m.matches()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static void putIfPresent(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) fields.put(key, value.strip());
    }

    private Article article(RawDocument raw, List<String> authors, List<String> captions) {
        boolean structured = raw.format() != RawDocument.Format.SEED_TEXT;
        String givenTitle = blankToNull(plainSpaces(raw.field("title")));
        SeedTextLayout layout = SeedTextLayout.parse(plainSpaces(raw.content()), givenTitle != null, !structured);
        List<Anomaly> anomalies = new ArrayList<>();

        // Canonical URL: the record's url field, else the "Original url:" block; only web addresses count
        // (a javascript: or mailto: "URL" identifies nothing and must not become an id).
        String url = webUrl(blankToNull(raw.field("url")));
        if (url == null && layout.canonicalUrl != null) {
            url = webUrl(layout.canonicalUrl);
            if (url != null && layout.canonicalRepaired) {
                anomalies.add(new Anomaly(Anomaly.Kind.URL_REPAIRED, "canonical URL was broken across lines: " + url));
            }
        }
        if ("true".equals(raw.field("partial"))) {
            anomalies.add(new Anomaly(Anomaly.Kind.PARTIAL_TEXT, "the feed carried a summary only, not the article"));
        }
        for (String repaired : layout.repairedUrls) {
            anomalies.add(new Anomaly(Anomaly.Kind.URL_REPAIRED, "link was broken across lines: " + repaired));
        }

        // A byline line before the body ("By Meridian Press Agency"): who wrote it, and no part of the text; the
        // wire dateline comes after it
        List<String> paragraphs = new ArrayList<>(layout.paragraphs);
        String writer = paragraphs.size() > 1 ? byline(paragraphs.get(0)) : null;
        if (writer != null) {
            paragraphs.remove(0);
            if (authors.isEmpty()) authors = List.of(writer);
        }
        // Wire dateline at the start of the body: place, agency, day.
        Datelines.Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            Optional<Datelines.Dateline> d = Datelines.parse(paragraphs.get(0));
            if (d.isPresent()) {
                dateline = d.get();
                String rest = paragraphs.get(0).substring(dateline.end()).strip();
                if (rest.isEmpty()) paragraphs.remove(0);
                else paragraphs.set(0, rest);
            }
        }
        // Ids and content hashes are of the text as it came: one input keeps its id whatever the reading below drops
        String asGiven = String.join("\n\n", paragraphs);
        // Other articles' headlines that an "ALSO READ:" insert left inside a paragraph are no part of the report (a
        // text of nothing else is left as it is: it is all there is to read)
        List<String> ownText = new ArrayList<>(paragraphs);
        ownText.replaceAll(RelatedLinks::strip);
        ownText.removeIf(String::isEmpty);
        if (!ownText.isEmpty()) paragraphs = ownText;
        if (paragraphs.isEmpty() && givenTitle == null && layout.title == null) {
            throw new IllegalArgumentException("no text: the document has neither a title nor a body");
        }

        Published published = published(raw, layout, url, dateline, anomalies);

        LanguageIdentifier.Result lang = language(raw, (givenTitle != null ? givenTitle : layout.title == null ? "" : layout.title)
                + "\n" + String.join("\n", paragraphs));
        String language = lang.code();

        // Title: given, else the title line (repaired from the slug if it lost its beginning), else derived.
        String title = givenTitle != null ? givenTitle : layout.title;
        // a time stamp in the title field (scraped pages put the page's date line there) names no event: the text's
        // first line that is not one heads the article instead
        int headline = Titles.firstNotStamp(paragraphs);
        if (title != null && headline >= 0 && Titles.isStamp(title)) title = null;
        Article.TitleOrigin titleOrigin = Article.TitleOrigin.GIVEN;
        if (title != null && url != null) {
            Optional<String> restored = Titles.restoreFromSlug(title, Urls.slugWords(url), String.join(" ", paragraphs));
            if (restored.isPresent()) {
                anomalies.add(new Anomaly(Anomaly.Kind.TITLE_TRUNCATED,
                        "title \"" + title.strip() + "\" lost its beginning; restored from the URL"));
                title = restored.get();
                titleOrigin = Article.TitleOrigin.RESTORED_FROM_URL;
            }
        }
        if (title == null) {
            title = Titles.derive(paragraphs.get(Math.max(0, headline)), Locale.forLanguageTag(language));
            titleOrigin = Article.TitleOrigin.DERIVED_FROM_TEXT;
        }

        // Links by role, and the provenance anomalies their dates reveal.
        List<Link> links = new ArrayList<>();
        List<TelegramRef> shared = new ArrayList<>();
        if (url != null) links.add(new Link(url, Link.Role.CANONICAL, null, Urls.date(url).orElse(null)));
        Set<String> seen = new LinkedHashSet<>();
        if (url != null) seen.add(Urls.identity(url));
        List<String> relatedTitles = new ArrayList<>(layout.relatedTitles);
        for (String link : layout.linkUrls) {
            if (!seen.add(Urls.identity(link))) continue;
            Optional<TelegramRef> post = Urls.telegramPost(link);
            if (post.isPresent()) {
                shared.add(post.get());
                links.add(new Link(link, Link.Role.SHARED_BY, null, null));
                continue;
            }
            LocalDate linkDate = Urls.date(link).orElse(null);
            String relatedTitle = matchRelatedTitle(link, relatedTitles);
            if (relatedTitle != null) relatedTitles.remove(relatedTitle);
            links.add(new Link(link, relatedTitle != null ? Link.Role.RELATED : Link.Role.OTHER, relatedTitle, linkDate));
            if (linkDate != null && published != null && linkDate.isAfter(published.day())) {
                anomalies.add(new Anomaly(Anomaly.Kind.LINK_DATED_AFTER_DOCUMENT,
                        "link " + link + " is dated " + linkDate + ", after the document (" + published.iso() + ")"));
            }
        }
        for (String unmatched : relatedTitles) links.add(new Link(null, Link.Role.RELATED, unmatched, null));

        // Outlet: the URL host, else the dateline agency, else the record's source name.
        Optional<Outlet> outlet = Optional.empty();
        String host = url == null ? null : Urls.host(url);
        if (host != null) outlet = outlets.byHost(host);
        String agencyName = null;
        if (dateline != null && dateline.agency() != null) {
            Optional<Outlet> agency = outlets.byMarker(dateline.agency());
            agencyName = agency.map(Outlet::name).orElse(dateline.agency());
            if (outlet.isEmpty() && host == null) outlet = agency;
        }
        String source = blankToNull(raw.field("source"));
        if (outlet.isEmpty() && source != null) outlet = outlets.byMarker(source);
        if (outlet.isEmpty() && host != null && !Urls.isTelegram(url)) outlet = Optional.of(Outlet.unknownHost(host));
        String outletId = outlet.map(Outlet::id).orElse(null);
        String outletName = outlet.map(Outlet::name).orElse(source != null ? source : agencyName);
        if (outletId == null && outletName != null) outletId = slug(outletName);

        String body = asGiven;
        String contentHash = sha256(Titles.words(body).toString());
        // Without a URL the text identifies the report, together with who ran it: an agency's copy run
        // verbatim by another outlet is another report of the story (a copy), not the same document.
        String id = url != null ? idForUrl(url)
                : "h" + sha256(outletId + "\n" + Titles.words(title + " " + body)).substring(0, 16);

        return new Article(id, raw.location(), url, outletId, outletName, agencyName, title.strip(), titleOrigin,
                published, dateline == null ? null : dateline.place(), language, lang.confidence(), paragraphs, links, shared,
                anomalies, contentHash.substring(0, 16), authors, captions, null, true);
    }

    /** The id an article published at {@code url} has (or will have), whatever its text. */
    public static String idForUrl(String url) {
        return "u" + sha256(Urls.identity(url)).substring(0, 16);
    }

    /** A Telegram post that only passes a link on: who shared which article, and when. */
    public record Share(String articleId, String articleUrl, TelegramRef post) {
    }

    /** Posts with at most this many words besides their links are shares of the link, not reports. */
    private static final int SHARE_MAX_WORDS = 40;

    /**
     * The share a Telegram post amounts to when it only links to an article (a headline or a short
     * comment around one external link); empty for a post with text of its own.
     */
    public Optional<Share> share(RawDocument raw) {
        if (raw.format() != RawDocument.Format.TELEGRAM_POST || raw.field("links") == null) return Optional.empty();
        String target = null;
        for (String link : raw.field("links").split("\n")) {
            if (!Urls.isTelegram(link) && Urls.host(link) != null) {
                target = link;
                break;
            }
        }
        if (target == null) return Optional.empty();
        String withoutLinks = Urls.URL.matcher(raw.content()).replaceAll(" ");
        if (Titles.words(withoutLinks).size() > SHARE_MAX_WORDS) return Optional.empty();
        String channel = blankToNull(raw.field("channel"));
        Optional<Outlet> outlet = outlets.byTelegramChannel(channel).or(() -> outlets.byMarker(channel));
        String handle = outlet.filter(o -> !o.telegram().isEmpty()).map(o -> o.telegram().get(0)).orElse(channel);
        long postId = parseLong(raw.field("post_id"));
        String postUrl = outlet.filter(o -> !o.telegram().isEmpty()).map(o -> "https://t.me/" + o.telegram().get(0) + "/" + postId).orElse(null);
        Published at = parseInstant(raw.field("published"));
        return Optional.of(new Share(idForUrl(target), target, new TelegramRef(handle, postId, postUrl, at == null ? null : at.at())));
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A channel post: the channel is the outlet, the post's own time is the publication time, links are
     * kept by role, and a forwarded post names the channel it came from.
     */
    private Article telegramPost(RawDocument raw) {
        String channel = blankToNull(raw.field("channel"));
        String channelId = raw.field("channel_id");
        String postId = raw.field("post_id");
        Optional<Outlet> outlet = outlets.byTelegramChannel(channel).or(() -> outlets.byMarker(channel));
        String url = outlet.filter(o -> !o.telegram().isEmpty() && postId != null)
                .map(o -> "https://t.me/" + o.telegram().get(0) + "/" + postId).orElse(null);
        List<String> paragraphs = new ArrayList<>();
        for (String line : NEWLINES.split(raw.content())) {
            String l = line.strip();
            if (!l.isEmpty() && !Urls.URL.matcher(l).matches()) paragraphs.add(l);
        }
        LanguageIdentifier.Result lang = language(raw, raw.content());
        String language = lang.code();
        String title = paragraphs.isEmpty() ? (channel == null ? "Telegram post" : channel + " post " + postId)
                : Titles.derive(paragraphs.get(0), Locale.forLanguageTag(language));
        Published published = parseInstant(raw.field("published"));
        List<Link> links = new ArrayList<>();
        List<Anomaly> anomalies = new ArrayList<>();
        if (url != null) links.add(new Link(url, Link.Role.CANONICAL, null, null));
        String forwarded = blankToNull(raw.field("forwarded_from"));
        if (forwarded != null) links.add(new Link(null, Link.Role.FORWARDED_FROM, forwarded, null));
        String linkList = raw.field("links");
        if (linkList != null) {
            for (String link : linkList.split("\n")) {
                LocalDate d = Urls.date(link).orElse(null);
                links.add(new Link(link, Link.Role.OTHER, null, d));
                if (d != null && published != null && d.isAfter(published.day())) {
                    anomalies.add(new Anomaly(Anomaly.Kind.LINK_DATED_AFTER_DOCUMENT,
                            "link " + link + " is dated " + d + ", after the post (" + published.iso() + ")"));
                }
            }
        }
        String id = "t" + sha256((channelId == null ? String.valueOf(channel) : channelId) + ":" + postId).substring(0, 16);
        return new Article(id, raw.location(), url, outlet.map(Outlet::id).orElse(channelId == null ? null : "tg-" + channelId),
                outlet.map(Outlet::name).orElse(channel), null, title, Article.TitleOrigin.DERIVED_FROM_TEXT, published,
                null, language, lang.confidence(), paragraphs, links, List.of(), anomalies,
                sha256(Titles.words(raw.content()).toString()).substring(0, 16), List.of(), List.of(), null, true);
    }

    /**
     * A language a record declares is taken as it is (JSON Lines, where the producer knows); a feed's or
     * page's declaration covers a whole site and is only a hint, so the text decides.
     */
    private static LanguageIdentifier.Result language(RawDocument raw, String text) {
        String declared = blankToNull(raw.field("lang"));
        boolean trusted = raw.format() == RawDocument.Format.JSON_LINES || raw.format() == RawDocument.Format.SEED_TEXT;
        if (declared != null && trusted) return new LanguageIdentifier.Result(declared.toLowerCase(Locale.ROOT), 1.0);
        String declaredPrimary = declared == null ? null : LANGUAGE_TAG_SEPARATOR.split(declared.toLowerCase(Locale.ROOT))[0];
        // a page in a language the detector does not know ("id-ID") would be read as the nearest one it does
        if (declaredPrimary != null && declaredPrimary.matches("[a-z]{2,3}") && !LanguageIdentifier.detects(declaredPrimary)) {
            return new LanguageIdentifier.Result(declaredPrimary, 0.5);
        }
        LanguageIdentifier.Result detected = LanguageIdentifier.identify(text);
        if (declaredPrimary != null && detected.code().equals(LanguageIdentifier.UNDETERMINED)) {
            return new LanguageIdentifier.Result(declaredPrimary, 0.5);
        }
        return detected;
    }

    private static Published published(RawDocument raw, SeedTextLayout layout, String url,
                                       Datelines.Dateline dateline, List<Anomaly> anomalies) {
        Published fromField = parseInstant(raw.field("published"));
        Optional<LocalDate> fromUrl = Urls.date(url);
        Published chosen = fromField;
        if (chosen == null && layout.headerDate != null) chosen = Published.ofDay(layout.headerDate, Published.Origin.HEADER);
        if (chosen == null && fromUrl.isPresent()) chosen = Published.ofDay(fromUrl.get(), Published.Origin.URL);
        if (chosen != null && fromUrl.isPresent() && Math.abs(fromUrl.get().toEpochDay() - chosen.day().toEpochDay()) > 1) {
            anomalies.add(new Anomaly(Anomaly.Kind.DATE_CONFLICT,
                    "the URL says " + fromUrl.get() + " but the document says " + chosen.iso()));
        }
        if (dateline != null && dateline.day() != null) {
            if (chosen == null) {
                // A dateline names month and day only; without another date the year is unknown.
                return null;
            }
            LocalDate day = Datelines.resolve(dateline.day(), chosen.day());
            if (Math.abs(day.toEpochDay() - chosen.day().toEpochDay()) > 1) {
                anomalies.add(new Anomaly(Anomaly.Kind.DATE_CONFLICT,
                        "the dateline says " + day + " but the document says " + chosen.iso()));
            }
        }
        return chosen;
    }

    static Published parseInstant(String value) {
        Published p = parseAnyInstant(value);
        return p == null || p.day().getYear() < Published.EARLIEST_YEAR ? null : p;
    }

    private static Published parseAnyInstant(String value) {
        if (value == null || value.isBlank()) return null;
        // Pages often write offsets without a colon (2019-11-19T08:00:00-0500).
        String v = OFFSET_WITHOUT_COLON.matcher(value.strip()).replaceFirst("$1:$2").replace(' ', 'T');
        try {
            return new Published(OffsetDateTime.parse(v).toInstant(), Published.Precision.SECOND, Published.Origin.FIELD);
        } catch (DateTimeParseException ignored) {
            // try the other shapes
        }
        try {
            return new Published(Instant.parse(v), Published.Precision.SECOND, Published.Origin.FIELD);
        } catch (DateTimeParseException ignored) {
            // try a plain date
        }
        try {
            return Published.ofDay(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v), Published.Origin.FIELD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The "Related article:" title whose words the link's slug spells, if any. */
    private static String matchRelatedTitle(String link, List<String> relatedTitles) {
        List<String> slug = Urls.slugWords(link);
        if (slug.isEmpty()) return null;
        Set<String> slugSet = Set.copyOf(slug);
        String best = null;
        double bestScore = 0.6;
        for (String t : relatedTitles) {
            List<String> words = Titles.words(t);
            if (words.isEmpty()) continue;
            long common = words.stream().filter(slugSet::contains).count();
            double score = common / (double) Math.max(words.size(), slug.size());
            if (score >= bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    private static String webUrl(String url) {
        if (url == null) return null;
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && Urls.host(url.strip()) != null ? url.strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Compiled once (these run for every document). */
    private static final java.util.regex.Pattern NEWLINES = java.util.regex.Pattern.compile("\n+"),
            NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+"), EDGE_DASHES = java.util.regex.Pattern.compile("^-|-$"),
            LANGUAGE_TAG_SEPARATOR = java.util.regex.Pattern.compile("[-_]"),
            OFFSET_WITHOUT_COLON = java.util.regex.Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private static String slug(String name) {
        return EDGE_DASHES.matcher(NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
