package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

/** Where readers deliver what they find: documents, and problems with the input that they skipped. */
public interface DocumentSink {

    void document(RawDocument document);

    void problem(Problem problem);
}
