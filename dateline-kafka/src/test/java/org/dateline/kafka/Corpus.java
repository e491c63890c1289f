package org.dateline.kafka;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bundled sample corpus ({@code samples/corpus} of the repository) and engines to put it in. */
final class Corpus {

    static final int FILES = 55;
    static final int DOCUMENTS = 62;

    private Corpus() {
    }

    /** {@code samples/}, found from the module folder surefire runs in (or the repository root). */
    static Path samples() {
        for (Path p : List.of(Path.of("../samples"), Path.of("samples"))) {
            if (Files.isDirectory(p.resolve("corpus"))) return p.toAbsolutePath().normalize();
        }
        throw new IllegalStateException("samples/corpus not found from " + Path.of("").toAbsolutePath());
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
        List<Problem> problems = new ArrayList<>();
        List<RawDocument> out = new ArrayList<>();
        Sources sources = Sources.standard();
        for (Path f : Sources.files(List.of(folder()), problems)) {
            sources.read(f, new DocumentSink() {
                @Override
                public void document(RawDocument document) {
                    out.add(document);
                }

                @Override
                public void problem(Problem problem) {
                    problems.add(problem);
                }
            });
        }
        if (!problems.isEmpty()) throw new IllegalStateException("corpus problems: " + problems);
        return out;
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
