package org.dateline.cli;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.normalize.OutletRegistry;
import org.dateline.opensearch.OpenSearchCandidateIndex;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/** Where the story engine finds its candidates: the embedded index (the default) or an OpenSearch cluster. */
final class IndexOptions {

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Find story candidates through an OpenSearch cluster (e.g. http://127.0.0.1:9200) instead of the "
                    + "embedded index; articles and stories stay in the data directory, and a new index first learns "
                    + "the articles stored there.")
    URI openSearch;

    @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = OpenSearchCandidateIndex.DEFAULT_INDEX,
            description = "The OpenSearch index of the articles (default: ${DEFAULT-VALUE}); created when missing.")
    String openSearchIndex;

    /** The engine over {@code dataDir}, with the cluster's candidate index when one is given. */
    Dateline open(Path dataDir, OutletRegistry outlets, Config config) {
        if (openSearch == null) return Dateline.open(dataDir, outlets, config);
        OpenSearchCandidateIndex index = OpenSearchCandidateIndex.builder(openSearch).index(openSearchIndex).build();
        try {
            return Dateline.open(dataDir, outlets, config, index);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }
}
