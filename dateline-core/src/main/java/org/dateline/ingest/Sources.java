package org.dateline.ingest;

import org.dateline.model.Problem;
import org.dateline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files, folders (recursively) and any mix of them, read with the reader their content calls for.
 * The entry point of the ingest stage.
 */
public final class Sources {

    private final List<DocumentReader> readers;

    public Sources(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * Every format Dateline reads, most specific signature first: WARC, Telegram export, RSS/Atom,
     * HTML, JSON Lines, then seed-style text for everything else.
     */
    public static Sources standard() {
        return new Sources(List.of(new WarcFileReader(), new TelegramExportReader(), new FeedReader(),
                new HtmlFileReader(), new JsonLinesReader(), new SeedTextReader()));
    }

    /**
     * Inside folders, files that are documentation or configuration rather than reports (a README
     * beside a corpus, a script) are passed over; a file named explicitly is always read.
     */
    private static final java.util.Set<String> NOT_REPORTS = java.util.Set.of("md", "markdown", "rst", "yaml", "yml",
            "properties", "toml", "ini", "cfg", "conf", "sh", "py", "java", "js", "css", "tsv", "csv", "lock", "log");

    /**
     * The regular files under the given paths, in a stable order (hidden files and folders, and
     * documentation and configuration files inside folders, skipped). A path that does not exist is
     * reported as a problem.
     */
    public static List<Path> files(List<Path> roots, List<Problem> problems) {
        return files(roots, problems, null);
    }

    /**
     * {@link #files(List, List)}, passing over {@code dataDirectory} (the store's own files, when a folder being read
     * holds it: "ingest ." from the folder the data lives in); a path named inside it is reported as a problem.
     */
    public static List<Path> files(List<Path> roots, List<Problem> problems, Path dataDirectory) {
        Path data = dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root) && isGlob(root.toString())) {
                List<Path> matched = glob(root.toString(), problems);
                if (matched.isEmpty()) problems.add(new Problem(root.toString(), "", "no file matches this pattern"));
                // a pattern wide enough to reach into the data directory ("**") passes over it, as a folder's walk does
                if (data != null) matched.removeIf(p -> p.toAbsolutePath().normalize().startsWith(data));
                out.addAll(files(matched, problems, dataDirectory));
            } else if (!Files.exists(root)) {
                problems.add(new Problem(root.toString(), "", "no such file or directory"));
            } else if (data != null && root.toAbsolutePath().normalize().startsWith(data)) {
                problems.add(new Problem(root.toString(), "", "inside the data directory " + dataDirectory + ": the store's own files are no input"));
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> data == null || !p.toAbsolutePath().normalize().startsWith(data))
                            .filter(p -> !isHidden(root.relativize(p)) && !notAReport(p))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(root.toString(), "", "cannot list directory: " + e.getMessage()));
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    /**
     * Paths matching a glob the shell did not expand (quoted, or from a script): the folder part before
     * the first wildcard is walked and every path below it is matched, {@code **} crossing folders.
     */
    private static List<Path> glob(String pattern, List<Problem> problems) {
        String normalized = pattern.replace('\\', '/');
        int wild = 0;
        while (wild < normalized.length() && "*?[{".indexOf(normalized.charAt(wild)) < 0) wild++;
        int slash = normalized.lastIndexOf('/', wild);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        java.nio.file.PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + normalized.substring(slash + 1));
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(base)) return out;
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> !p.equals(base) && matcher.matches(base.relativize(p)) && !isHidden(base.relativize(p)))
                    .sorted().forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(pattern, "", "cannot list " + base + ": " + e.getMessage()));
        }
        return out;
    }

    private static boolean notAReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && NOT_REPORTS.contains(name.substring(dot + 1));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** Reads one file with the first reader that takes it; every failure becomes a problem of that file. */
    public void read(Path file, DocumentSink sink) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            sink.problem(new Problem(file.toString(), "", "unreadable: " + describe(e)));
            return;
        }
        if (Formats.isGzip(head) && readers.stream().noneMatch(r -> r instanceof WarcFileReader && r.accepts(file, head))) {
            Gzip.read(file, sink, this::readPlain);
            return;
        }
        readPlain(file, head, sink);
    }

    private void readPlain(Path file, byte[] head, DocumentSink sink) {
        if (Formats.isZip(head)) {
            sink.problem(new Problem(file.toString(), "", "zip archive: unpack it and ingest the folder"));
            return;
        }
        for (DocumentReader reader : readers) {
            if (reader.accepts(file, head)) {
                Counting counted = new Counting(sink);
                try {
                    reader.read(file, counted);
                } catch (IOException | UncheckedIOException e) {
                    sink.problem(new Problem(file.toString(), "", "read failed: " + describe(e)));
                    return;
                }
                // a feed without items or a crawl without HTML pages would otherwise pass with nothing said
                if (counted.documents == 0 && counted.problems == 0) {
                    sink.problem(new Problem(file.toString(), "", "no document in it (read as " + reader.format() + ")"));
                }
                return;
            }
        }
        sink.problem(new Problem(file.toString(), "", "no reader for this format"));
    }

    /** Passes everything on, counting what the reader delivered. */
    private static final class Counting implements DocumentSink {
        private final DocumentSink sink;
        private int documents, problems;

        Counting(DocumentSink sink) {
            this.sink = sink;
        }

        @Override
        public void document(RawDocument document) {
            documents++;
            sink.document(document);
        }

        @Override
        public void problem(Problem problem) {
            problems++;
            sink.problem(problem);
        }
    }

    static String describe(Exception e) {
        String name = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
