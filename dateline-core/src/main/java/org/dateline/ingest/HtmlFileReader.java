package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** A saved web page: one document, its HTML handed to the normalizer's extractor. */
public final class HtmlFileReader implements DocumentReader {

    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public String format() {
        return "HTML page";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || Html.looksLikeHtml(head);
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            sink.problem(new Problem(file.toString(), "", "web page larger than " + MAX_BYTES + " bytes"));
            return;
        }
        if (bytes.length == 0) {
            sink.problem(new Problem(file.toString(), "", "empty file"));
            return;
        }
        if (Bytes.looksBinary(bytes, Math.min(bytes.length, 8192))) {
            sink.problem(new Problem(file.toString(), "", "binary content, not a web page"));
            return;
        }
        sink.document(new RawDocument(file.toString(), 0, RawDocument.Format.HTML, Html.decode(bytes, null), Map.of(),
                Bytes.sha256(bytes, 0, bytes.length)));
    }
}
