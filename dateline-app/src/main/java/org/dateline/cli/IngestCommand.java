package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.Dateline;
import org.dateline.analyze.AnalysisRunner;
import org.dateline.model.Json;
import org.dateline.model.Problem;
import org.dateline.normalize.Outlet;
import org.dateline.normalize.OutletRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline ingest PATH...}: read files and folders into the store and assign stories. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read reports from files and folders (recursively) into the data directory and assign them to stories.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    IndexOptions index;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--outlets", paramLabel = "FILE",
            description = "Outlet registry entries to add (JSON array, as the bundled outlets.json); kept in the data directory.")
    List<Path> outletFiles = new ArrayList<>();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--no-analysis", description = "Only assign stories; leave entities, quotes, dates and events "
            + "for 'dateline analyze' (or the server) to compute later.")
    boolean noAnalysis;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutletRegistry registry = registry(data.data, outletFiles);
        Dateline.IngestReport report;
        int analysed = 0;
        long started = 0;
        try (Dateline engine = index.open(data.data, registry, data.config())) {
            report = engine.ingest(paths, json ? Dateline.Progress.NONE : Terminal.progressBar(err));
            started = System.nanoTime();
            // the stories are stored and committed already: deep analysis comes after, never before
            if (!noAnalysis) analysed = engine.analyzePending(Integer.MAX_VALUE, json ? AnalysisRunner.Progress.NONE : Terminal.analysisProgress(err));
        }
        print(report, out, err, json);
        if (!json && analysed > 0) {
            out.printf("deep analysis: %d articles in %.1f s (entities, quotes, dates, events)%n", analysed,
                    (System.nanoTime() - started) / 1e9);
        }
        return report.added() + report.duplicates() + report.shares() == 0 && report.failed() > 0 ? 1 : 0;
    }

    static void print(Dateline.IngestReport report, PrintWriter out, PrintWriter err, boolean json) {
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("files", report.files()).put("added", report.added()).put("duplicates", report.duplicates())
                    .put("shares", report.shares()).put("failed", report.failed());
            ArrayNode problems = o.putArray("problems");
            for (Problem p : report.problems()) problems.add(Json.MAPPER.valueToTree(p));
            out.println(Json.write(o));
            return;
        }
        for (Problem p : report.problems()) err.println("error: " + p);
        out.printf("%d files: %d added, %d duplicates, %d failed%s%n", report.files(), report.added(),
                report.duplicates(), report.failed(),
                report.shares() == 0 ? "" : ", " + report.shares() + " channel shares recorded as provenance");
    }

    /**
     * The bundled registry plus the user's entries kept in the data directory, extended by
     * {@code extra} files (which are then kept there too).
     */
    static OutletRegistry registry(Path dataDir, List<Path> extra) {
        Path kept = dataDir.resolve(OutletRegistry.USER_FILE);
        if (!extra.isEmpty()) {
            Map<String, Outlet> merged = new LinkedHashMap<>();
            if (Files.isRegularFile(kept)) OutletRegistry.read(kept).forEach(o -> merged.put(o.id(), o));
            for (Path f : extra) OutletRegistry.read(f).forEach(o -> merged.put(o.id(), o));
            try {
                Files.createDirectories(dataDir);
                Files.writeString(kept, Json.pretty(List.copyOf(merged.values())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + kept + ": " + e.getMessage(), e);
            }
        }
        return OutletRegistry.forDataDirectory(dataDir);
    }
}
