package org.dateline.kafka;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.TestData;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bundled sample corpus ({@code samples/corpus} of the repository) and engines to put it in. */
final class Corpus {

    static final int FILES = 55;
    static final int DOCUMENTS = 62;

    private Corpus() {
    }

    static Path samples() {
        return TestData.samples();
    }

    static Path folder() {
        return samples().resolve("corpus");
    }

    /** An engine on {@code dataDir} with the outlets the sample corpus declares, as the core's corpus test opens it. */
    static Dateline open(Path dataDir) {
        return Dateline.open(dataDir, OutletRegistry.bundledPlus(List.of(samples().resolve("outlets.json"))),
                Config.defaults());
    }

    /** Every raw document of the corpus, read as {@code ingest} reads them. */
    static List<RawDocument> documents() {
        return TestData.sampleDocuments();
    }

    /** The stories as sets of article ids: what grouping the engine found, whatever the story ids. */
    static Set<Set<String>> grouping(Dateline engine) {
        Set<Set<String>> out = new HashSet<>();
        for (Story s : engine.stories(10_000)) out.add(Set.copyOf(s.articleIds()));
        return out;
    }

    static Set<String> articleIds(Dateline engine) {
        Set<String> out = new HashSet<>();
        for (Story s : engine.stories(10_000)) out.addAll(s.articleIds());
        return out;
    }
}
