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
