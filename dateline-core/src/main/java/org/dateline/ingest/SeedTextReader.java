package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One report per plain-text file, in the layout monitoring pipelines save (see the seeds): the whole
 * file is one document. Files larger than {@link #MAX_BYTES} are refused rather than read into memory.
 */
public final class SeedTextReader implements DocumentReader {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    @Override
    public String format() {
        return "text file";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return true;
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            sink.problem(new Problem(file.toString(), "", "too large for one text report (" + size
                    + " bytes, limit " + MAX_BYTES + ")"));
            return;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            sink.problem(new Problem(file.toString(), "", "empty file"));
            return;
        }
        if (Bytes.looksBinary(bytes, Math.min(bytes.length, 8192))) {
            sink.problem(new Problem(file.toString(), "", "binary content, not text"));
            return;
        }
        String text;
        try {
            text = Bytes.utf8(bytes, 0, bytes.length);
        } catch (Bytes.InvalidText e) {
            sink.problem(new Problem(file.toString(), "byte " + e.offset, "invalid UTF-8"));
            return;
        }
        if (text.isBlank()) {
            sink.problem(new Problem(file.toString(), "", "empty file"));
            return;
        }
        sink.document(new RawDocument(file.toString(), 0, RawDocument.Format.SEED_TEXT, text, Map.of(),
                Bytes.sha256(bytes, 0, bytes.length)));
    }
}
