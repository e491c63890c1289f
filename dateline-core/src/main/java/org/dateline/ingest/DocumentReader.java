package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one input format. Knows bytes and layout, nothing about meaning. */
public interface DocumentReader {

    /** Whether this reader takes the file, judging by its name and its first bytes. */
    boolean accepts(Path file, byte[] head);

    /** What the reader takes, as a user names it ("WARC archive"): said when a file it read held no document. */
    String format();

    /**
     * Delivers every document of the file to the sink, and a problem for every part it cannot read,
     * then carries on with the rest of the file where the format allows.
     *
     * @throws IOException when the file itself cannot be read
     */
    void read(Path file, DocumentSink sink) throws IOException;
}
