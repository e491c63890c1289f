package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Gzip-compressed input other than WARC (e.g. {@code docs.jsonl.gz}, a compressed feed): decompressed
 * to a temporary file, never past {@link #MAX_BYTES} (a gzip bomb is refused, not unpacked), then read
 * like any file. Documents and problems name the compressed file.
 */
final class Gzip {

    static final long MAX_BYTES = 256L << 20;

    interface Inner {
        void read(Path file, byte[] head, DocumentSink sink);
    }

    private Gzip() {
    }

    static void read(Path file, DocumentSink sink, Inner inner) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("dateline-gunzip-", ".tmp");
            long total = 0;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                 OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        sink.problem(new Problem(file.toString(), "", "decompresses to more than " + MAX_BYTES
                                + " bytes: refused as a possible gzip bomb"));
                        return;
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException e) {
                sink.problem(new Problem(file.toString(), "byte " + total + " of the decompressed data",
                        "damaged or truncated gzip: " + Sources.describe(e)));
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(tmp)) {
                head = in.readNBytes(512);
            }
            String origin = file.toString();
            Path decompressed = tmp;
            inner.read(tmp, head, new DocumentSink() {
                @Override
                public void document(RawDocument d) {
                    sink.document(new RawDocument(origin, d.position(), d.format(), d.content(), d.fields(), d.hash()));
                }

                @Override
                public void problem(Problem p) {
                    sink.problem(new Problem(p.file().equals(decompressed.toString()) ? origin : p.file(), p.position(), p.reason()));
                }
            });
        } catch (IOException e) {
            sink.problem(new Problem(file.toString(), "", "cannot decompress: " + Sources.describe(e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
