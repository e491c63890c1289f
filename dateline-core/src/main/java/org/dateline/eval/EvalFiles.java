package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The data files of an evaluation set's folder (under ../shared/eval a set keeps its README beside its data). */
public final class EvalFiles {

    private EvalFiles() {
    }

    /** The files directly in {@code folder} whose names end with one of {@code extensions} ("jsonl"), by name. */
    public static List<Path> inFolder(Path folder, String... extensions) {
        return inFolder(folder, name -> Arrays.stream(extensions).anyMatch(e -> name.endsWith("." + e)));
    }

    /** The files directly in {@code folder} whose names {@code accepts}, by name. */
    public static List<Path> inFolder(Path folder, Predicate<String> accepts) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> accepts.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the folder", e);
        }
    }
}
