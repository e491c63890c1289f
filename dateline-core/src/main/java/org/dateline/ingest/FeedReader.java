package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome): each item becomes a document. When an item carries the
 * article's full text ({@code content:encoded}, Atom content) that is the text; otherwise title and
 * summary, marked partial so users know the article itself was not seen.
 */
public final class FeedReader implements DocumentReader {

    /** Feed items whose text is shorter than this are summaries, not articles. */
    private static final int FULL_TEXT_MIN_CHARS = 600;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public String format() {
        return "RSS or Atom feed";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom")) return true;
        String start = Formats.headText(head);
        return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf");
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            sink.problem(new Problem(file.toString(), "", "feed larger than " + MAX_BYTES + " bytes"));
            return;
        }
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(file); XmlReader xml = new XmlReader(in)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            sink.problem(new Problem(file.toString(), "", "not a readable RSS/Atom feed: " + firstLine(e.getMessage())));
            return;
        }
        String source = feed.getTitle();
        String language = feed.getLanguage();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            String html = fullContent(entry);
            boolean partial = false;
            if (html == null || Jsoup.parse(html).text().length() < FULL_TEXT_MIN_CHARS) {
                String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
                if (html == null || (summary != null && summary.length() > html.length())) html = summary;
                partial = true;
            }
            String text = html == null ? "" : paragraphs(html);
            Map<String, String> fields = new HashMap<>();
            put(fields, "title", entry.getTitle());
            put(fields, "url", entry.getLink() != null ? entry.getLink() : entry.getUri());
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            if (date != null) fields.put("published", date.toInstant().toString());
            put(fields, "source", source);
            put(fields, "lang", language == null ? null : language.split("[-_]")[0]);
            put(fields, "byline", entry.getAuthor());
            if (partial) fields.put("partial", "true");
            if (text.isBlank() && !fields.containsKey("title")) {
                sink.problem(new Problem(file.toString(), "item " + position, "item has neither title nor text"));
                continue;
            }
            sink.document(new RawDocument(file.toString(), position, RawDocument.Format.FEED_ITEM, text, fields,
                    Bytes.sha256(fields.getOrDefault("url", "") + text)));
        }
    }

    private static String fullContent(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent c : entry.getContents()) if (c.getValue() != null && !c.getValue().isBlank()) parts.add(c.getValue());
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /** Block elements become paragraphs (one per line); inline markup is flattened. */
    static String paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> out = new ArrayList<>();
        for (Element block : body.select("p, li, h1, h2, h3, h4, blockquote")) {
            if (!block.select("p, li, blockquote").isEmpty() && !block.is("blockquote")) continue;
            String t = block.text().strip();
            if (!t.isEmpty()) out.add(t);
        }
        if (out.isEmpty()) {
            String t = body.text().strip();
            if (!t.isEmpty()) out.add(t);
        }
        return String.join("\n", out);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) fields.put(key, value.strip());
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
