package org.dateline;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the test data lives: the seeds in {@code ../shared/seeds} and the bundled {@code samples/}. */
public final class TestData {

    public static final String SEED_TASS = "000_93f1181f649b6c3e.txt";
    public static final String SEED_MOSCOW_TIMES = "003_749202c675abe50c.txt";

    private TestData() {
    }

    /**
     * The seeds folder: {@code dateline.shared} (set by surefire) if it exists, else the environment
     * variable {@code DATELINE_SHARED}; the calling test is skipped when neither holds the seeds.
     */
    public static Path seeds() {
        Path seeds = null;
        String prop = System.getProperty("dateline.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "seeds"))) {
            seeds = Path.of(prop, "seeds");
        } else {
            String env = System.getenv("DATELINE_SHARED");
            if (env != null && Files.isDirectory(Path.of(env, "seeds"))) seeds = Path.of(env, "seeds");
        }
        Assumptions.assumeTrue(seeds != null && Files.isRegularFile(seeds.resolve(SEED_TASS))
                        && Files.isRegularFile(seeds.resolve(SEED_MOSCOW_TIMES)),
                "…/shared/seeds not found (system property dateline.shared, env DATELINE_SHARED): seed tests skipped");
        return seeds.toAbsolutePath().normalize();
    }

    /** The repository's {@code samples/} folder ({@code dateline.root}, else found upwards from the working directory). */
    public static Path samples() {
        String root = System.getProperty("dateline.root");
        if (root != null && Files.isRegularFile(Path.of(root, "samples", "gold.tsv"))) {
            return Path.of(root, "samples").toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("samples").resolve("gold.tsv"))) return p.resolve("samples");
        }
        Assumptions.abort("samples/ not found (system property dateline.root): sample-corpus tests skipped");
        return null;
    }

    /**
     * Every raw document of the sample corpus, read as {@code ingest} reads them (files in walk order, a file's
     * documents in file order); a reader's problem fails the calling test.
     */
    public static List<org.dateline.model.RawDocument> sampleDocuments() {
        List<org.dateline.model.Problem> problems = new ArrayList<>();
        List<org.dateline.model.RawDocument> out = new ArrayList<>();
        org.dateline.ingest.Sources sources = org.dateline.ingest.Sources.standard();
        for (Path f : org.dateline.ingest.Sources.files(List.of(samples().resolve("corpus")), problems)) {
            sources.read(f, new org.dateline.ingest.DocumentSink() {
                @Override
                public void document(org.dateline.model.RawDocument document) {
                    out.add(document);
                }

                @Override
                public void problem(org.dateline.model.Problem problem) {
                    problems.add(problem);
                }
            });
        }
        if (!problems.isEmpty()) throw new IllegalStateException("sample corpus problems: " + problems);
        return out;
    }

    /** The text of every file of the sample corpus ({@code samples/corpus}), in path order: real-looking input to run rules over. */
    public static List<String> sampleTexts() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples().resolve("corpus"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
