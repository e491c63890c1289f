package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormatReadersTest {

    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final DocumentSink sink = new DocumentSink() {
        @Override
        public void document(RawDocument document) {
            docs.add(document);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    @Test
    void readsRssItemsAndMarksSummaryOnlyItemsPartial() throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Harbour Gazette</title><language>en-gb</language>
                <item><title>Port strike enters second day</title>
                  <link>https://harbourgazette.example/2026/03/11/port-strike-second-day</link>
                  <pubDate>Wed, 11 Mar 2026 08:00:00 GMT</pubDate>
                  <description>Dockworkers stayed out for a second day.</description></item>
                <item><title>Full text item</title><link>https://harbourgazette.example/2026/03/12/full</link>
                  <content:encoded><![CDATA[<p>%s</p><p>Second paragraph of the article.</p>]]></content:encoded></item>
                </channel></rss>
                """.formatted("The long first paragraph of a full article. ".repeat(20)));
        Sources.standard().read(feed, sink);
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(2);
        RawDocument first = docs.get(0);
        assertThat(first.format()).isEqualTo(RawDocument.Format.FEED_ITEM);
        assertThat(first.field("title")).isEqualTo("Port strike enters second day");
        assertThat(first.field("published")).isEqualTo("2026-03-11T08:00:00Z");
        assertThat(first.field("source")).isEqualTo("Harbour Gazette");
        assertThat(first.field("lang")).isEqualTo("en");
        assertThat(first.field("partial")).isEqualTo("true");
        assertThat(docs.get(1).field("partial")).isNull();
        assertThat(docs.get(1).content()).contains("Second paragraph of the article.").doesNotContain("<p>");
    }

    @Test
    void readsTelegramExportPostsWithFlattenedEntitiesLinksAndForwards() throws IOException {
        Path export = dir.resolve("result.json");
        Files.writeString(export, """
                {
                 "name": "Port Watch",
                 "type": "public_channel",
                 "id": 1234567,
                 "messages": [
                  {"id": 1, "type": "service", "date": "2026-03-10T09:00:00", "actor": "Port Watch", "action": "create_channel"},
                  {"id": 2, "type": "message", "date": "2026-03-10T09:05:00", "date_unixtime": "1773133500",
                   "text": ["Strike at the port: ", {"type": "bold", "text": "37 ships"}, " waiting. ",
                            {"type": "text_link", "text": "details", "href": "https://harbourgazette.example/2026/03/10/port-strike"}]},
                  {"id": 3, "type": "message", "date": "2026-03-10T10:00:00", "forwarded_from": "Coast News",
                   "text": "https://coastline.example/2026/03/10/ferry"}
                 ]
                }
                """);
        Sources.standard().read(export, sink);
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(2);
        RawDocument post = docs.get(0);
        assertThat(post.format()).isEqualTo(RawDocument.Format.TELEGRAM_POST);
        assertThat(post.content()).isEqualTo("Strike at the port: 37 ships waiting. details");
        assertThat(post.field("channel")).isEqualTo("Port Watch");
        assertThat(post.field("post_id")).isEqualTo("2");
        assertThat(post.field("published")).isEqualTo("2026-03-10T09:05:00Z");
        assertThat(post.field("links")).isEqualTo("https://harbourgazette.example/2026/03/10/port-strike");
        assertThat(docs.get(1).field("forwarded_from")).isEqualTo("Coast News");
        assertThat(docs.get(1).field("links")).isEqualTo("https://coastline.example/2026/03/10/ferry");
    }

    @Test
    void truncatedTelegramExportIsOneProblemAfterTheReadablePosts() throws IOException {
        Path export = dir.resolve("result.json");
        Files.writeString(export, """
                {
                 "name": "Port Watch",
                 "type": "public_channel",
                 "id": 1,
                 "messages": [
                  {"id": 2, "type": "message", "date": "2026-03-10T09:05:00", "text": "First post survives."},
                  {"id": 3, "type": "message", "text": "cut he""");
        Sources.standard().read(export, sink);
        assertThat(docs).hasSize(1);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(export.toString());
        assertThat(problems.get(0).reason()).contains("truncated");
    }

    @Test
    void readsHtmlResponsesFromGzipWarcAndSkipsOtherRecords() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            URI uri = URI.create("https://harbourgazette.example/2026/03/10/port-strike");
            writer.write(new WarcRequest.Builder(uri).date(Instant.parse("2026-03-10T12:00:00Z"))
                    .body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response(uri, "text/html; charset=utf-8", "<html><body><p>Порт остановился.</p></body></html>"));
            writer.write(response(URI.create("https://harbourgazette.example/logo.png"), "image/png", "PNG"));
        }
        Sources.standard().read(warc, sink);
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(docs.get(0).field("url")).isEqualTo("https://harbourgazette.example/2026/03/10/port-strike");
        assertThat(docs.get(0).content()).contains("Порт остановился.");
    }

    @Test
    void truncatedWarcReportsOneProblemWithPosition() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                writer.write(response(URI.create("https://a.example/" + i), "text/html", "<html><body><p>Page " + i + " " + "x".repeat(4000) + "</p></body></html>"));
            }
        }
        byte[] all = Files.readAllBytes(warc);
        Path cut = dir.resolve("cut.warc.gz");
        try (OutputStream out = Files.newOutputStream(cut)) {
            out.write(all, 0, all.length - 40);
        }
        Sources.standard().read(cut, sink);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(cut.toString());
        assertThat(problems.get(0).position()).startsWith("byte ");
        assertThat(docs.size()).isBetween(1, 2);
    }

    @Test
    void aFileReadWithoutAnyDocumentOrProblemIsReportedOnceNamingItsFormat() throws IOException {
        Path warc = dir.resolve("images.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response(URI.create("https://harbourgazette.example/logo.png"), "image/png", "PNG"));
        }
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title></channel></rss>
                """);
        Sources.standard().read(warc, sink);
        Sources.standard().read(feed, sink);
        assertThat(docs).isEmpty();
        assertThat(problems).extracting(Problem::file, Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(warc.toString(), "no document in it (read as WARC archive)"),
                org.assertj.core.groups.Tuple.tuple(feed.toString(), "no document in it (read as RSS or Atom feed)"));
    }

    @Test
    void invalidJsonIsReportedWithoutJacksonsNameForItsInput() throws IOException {
        Path lines = dir.resolve("cut.jsonl");
        Files.writeString(lines, "{\"id\":\"a\",\"title\":\"ok\"");
        Sources.standard().read(lines, sink);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("line 1");
            assertThat(p.reason()).startsWith("invalid JSON: ").contains("line: 1").doesNotContain("Source", "REDACTED");
        });
    }

    @Test
    void expandsGlobsTheShellLeftAloneAndMixesThemWithFilesAndFolders() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "one");
        Files.writeString(dir.resolve("a/b/two.txt"), "two");
        Files.writeString(dir.resolve("a/b/skip.html"), "<p>x</p>");
        Files.writeString(dir.resolve("loose.jsonl"), "{}");
        List<Problem> found = new ArrayList<>();
        List<Path> files = Sources.files(List.of(Path.of(dir + "/a/**/*.txt"), dir.resolve("loose.jsonl"),
                Path.of(dir + "/none/*.txt")), found);
        assertThat(files).containsExactly(dir.resolve("a/b/two.txt"), dir.resolve("loose.jsonl"));
        assertThat(Sources.files(List.of(Path.of(dir + "/a/*.txt")), found)).containsExactly(dir.resolve("a/one.txt"));
        assertThat(found).singleElement().satisfies(p -> assertThat(p.reason()).contains("no file matches"));
    }

    private static WarcResponse response(URI uri, String type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[http.length + payload.length];
        System.arraycopy(http, 0, all, 0, http.length);
        System.arraycopy(payload, 0, all, http.length, payload.length);
        return new WarcResponse.Builder(uri).date(Instant.parse("2026-03-10T12:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all).build();
    }
}
