package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * WARC archives (plain or gzip, e.g. Common Crawl's CC-NEWS): every response record with an HTML
 * payload becomes a document; request, metadata and other records are skipped. Records are streamed
 * one at a time, so an archive of any size is read in constant memory.
 */
public final class WarcFileReader implements DocumentReader {

    static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    @Override
    public String format() {
        return "WARC archive";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return true;
        if (Formats.headText(head).startsWith("warc/")) return true;
        if (Formats.isGzip(head)) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
                byte[] b = in.readNBytes(5);
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        long position = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(message -> { });
            while (true) {
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    sink.problem(new Problem(file.toString(), "byte " + reader.position(),
                            "damaged or truncated WARC record: " + e.getMessage()));
                    return;
                }
                if (record == null) return;
                position = reader.position();
                if (!(record instanceof WarcResponse response)) continue;
                try {
                    page(file, position, response, sink);
                } catch (IOException | RuntimeException e) {
                    sink.problem(new Problem(file.toString(), "byte " + position,
                            "unreadable response record for " + response.target() + ": " + e.getMessage()));
                }
            }
        }
    }

    private static void page(Path file, long position, WarcResponse response, DocumentSink sink) throws IOException {
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) return;
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.contains("html")) return;
        byte[] bytes;
        try (InputStream body = http.body().stream()) {
            bytes = body.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > MAX_PAGE_BYTES) {
            sink.problem(new Problem(file.toString(), "byte " + position, "page " + response.target() + " larger than " + MAX_PAGE_BYTES + " bytes"));
            return;
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("url", response.target());
        fields.put("crawled", response.date().toString());
        String charset = type == null ? null : type.parameters().get("charset");
        sink.document(new RawDocument(file.toString(), position, RawDocument.Format.HTML, Html.decode(bytes, charset),
                fields, Bytes.sha256(bytes, 0, bytes.length)));
    }
}
