package org.dateline.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Json;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Read + normalize throughput per input format, on generated files of {@code docs} documents each:
 * seed-style text files, JSON Lines, RSS, Telegram export, HTML pages and a gzip WARC.
 */
public final class IngestBench {

    public record FormatResult(String format, int docs, int problems, double docsPerSecond, long heapMb) {
    }

    private IngestBench() {
    }

    public static List<FormatResult> run(int docs, Consumer<String> progress) {
        List<RawDocument> input = new SyntheticCorpus(7, 6).documents(docs);
        Path dir;
        try {
            dir = Files.createTempDirectory("dateline-bench-ingest-");
            Map<String, Path> inputs = new LinkedHashMap<>();
            inputs.put("seed-text", seedText(dir.resolve("seed"), input));
            inputs.put("jsonl", jsonLines(dir.resolve("docs.jsonl"), input));
            inputs.put("rss", rss(dir.resolve("feed.rss"), input));
            inputs.put("telegram", telegram(dir.resolve("result.json"), input));
            inputs.put("html", html(dir.resolve("html"), input));
            inputs.put("warc", warc(dir.resolve("crawl.warc.gz"), input));
            Normalizer normalizer = new Normalizer(OutletRegistry.bundled());
            List<FormatResult> out = new ArrayList<>();
            for (Map.Entry<String, Path> e : inputs.entrySet()) {
                progress.accept("reading " + e.getKey());
                out.add(measure(e.getKey(), e.getValue(), normalizer));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // best effort: the temporary input is large
        }
    }

    private static FormatResult measure(String format, Path input, Normalizer normalizer) {
        Heap.reset();
        int[] counts = new int[2];
        long start = System.nanoTime();
        Sources sources = Sources.standard();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                normalizer.normalize(document);
                counts[0]++;
            }

            @Override
            public void problem(Problem problem) {
                counts[1]++;
            }
        };
        for (Path file : Sources.files(List.of(input), new ArrayList<>())) sources.read(file, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        StoriesBench.delete(input);
        return new FormatResult(format, counts[0], counts[1], counts[0] / seconds, Heap.peakMb());
    }

    private static Path seedText(Path dir, List<RawDocument> docs) throws IOException {
        Files.createDirectories(dir);
        for (RawDocument d : docs) {
            String text = " date " + d.field("published").substring(0, 10) + "\n" + d.field("title") + "\n\n"
                    + d.content() + "\n\nOriginal url:\n" + d.field("url") + "\n";
            Files.writeString(dir.resolve("doc-" + d.position() + ".txt"), text);
        }
        return dir;
    }

    private static Path jsonLines(Path file, List<RawDocument> docs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (RawDocument d : docs) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("id", "d" + d.position()).put("title", d.field("title")).put("text", d.content())
                        .put("url", d.field("url")).put("source", d.field("source")).put("published", d.field("published"))
                        .put("lang", d.field("lang"));
                w.write(Json.write(o));
                w.newLine();
            }
        }
        return file;
    }

    private static Path rss(Path file, List<RawDocument> docs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Bench</title>\n");
            for (RawDocument d : docs) {
                w.write("<item><title>" + xml(d.field("title")) + "</title><link>" + d.field("url") + "</link><pubDate>"
                        + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse(d.field("published")).atZone(java.time.ZoneOffset.UTC))
                        + "</pubDate><content:encoded><![CDATA[" + paragraphsHtml(d.content()) + "]]></content:encoded></item>\n");
            }
            w.write("</channel></rss>\n");
        }
        return file;
    }

    private static Path telegram(Path file, List<RawDocument> docs) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("name", "Bench Channel").put("type", "public_channel").put("id", 42);
        ArrayNode messages = root.putArray("messages");
        for (RawDocument d : docs) {
            ObjectNode m = messages.addObject();
            m.put("id", d.position()).put("type", "message").put("date", d.field("published").substring(0, 19))
                    .put("date_unixtime", String.valueOf(Instant.parse(d.field("published")).getEpochSecond()));
            ArrayNode text = m.putArray("text");
            text.add(d.field("title") + "\n" + d.content() + "\n");
            text.addObject().put("type", "link").put("text", d.field("url"));
        }
        Files.writeString(file, Json.pretty(root));
        return file;
    }

    private static Path html(Path dir, List<RawDocument> docs) throws IOException {
        Files.createDirectories(dir);
        for (RawDocument d : docs) Files.writeString(dir.resolve("page-" + d.position() + ".html"), page(d));
        return dir;
    }

    private static Path warc(Path file, List<RawDocument> docs) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (RawDocument d : docs) {
                byte[] payload = page(d).getBytes(StandardCharsets.UTF_8);
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] all = new byte[head.length + payload.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(payload, 0, all, head.length, payload.length);
                writer.write(new WarcResponse.Builder(URI.create(d.field("url"))).date(Instant.parse(d.field("published")))
                        .body(MediaType.HTTP_RESPONSE, all).build());
            }
        }
        return file;
    }

    private static String page(RawDocument d) {
        return "<!DOCTYPE html><html lang=\"" + d.field("lang") + "\"><head><title>" + xml(d.field("title")) + " - Bench</title>"
                + "<meta property=\"og:title\" content=\"" + xml(d.field("title")) + "\">"
                + "<meta property=\"article:published_time\" content=\"" + d.field("published") + "\">"
                + "<link rel=\"canonical\" href=\"" + d.field("url") + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>" + xml(d.field("title")) + "</h1>" + paragraphsHtml(d.content()) + "</article>"
                + "<aside class=\"related\"><a href=\"/a\">Related one</a> <a href=\"/b\">Related two</a></aside>"
                + "<footer>© Bench</footer></body></html>";
    }

    private static String paragraphsHtml(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.split("\n\n")) sb.append("<p>").append(xml(p)).append("</p>");
        return sb.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
