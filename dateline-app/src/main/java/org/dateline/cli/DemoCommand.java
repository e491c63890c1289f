package org.dateline.cli;

import org.dateline.Dateline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline demo}: the main job on the bundled sample corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample corpus (samples/corpus) into the data directory and print the top stories; "
                + "with --serve, then serve the web UI and API.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--samples", paramLabel = "DIR", description = "The sample folder (default: samples/ of the Dateline installation).")
    Path samples;

    @Option(names = "--limit", defaultValue = "15", description = "How many stories to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--serve", description = "Then serve the web UI and API over the result (see `dateline serve`).")
    boolean serve;

    @Mixin
    ServeCommand.Options serveOptions;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : Path.of(System.getProperty("dateline.home", ".")).resolve("samples");
        Path corpus = dir.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no sample corpus at " + corpus + " (pass --samples DIR)");
        }
        List<Path> outlets = Files.isRegularFile(dir.resolve("outlets.json")) ? List.of(dir.resolve("outlets.json")) : List.of();
        out.println("Ingesting the sample corpus " + corpus + " into " + data.data.toAbsolutePath() + " …");
        Dateline engine = Dateline.open(data.data, IngestCommand.registry(data.data, outlets), data.config());
        try {
            Dateline.IngestReport report = engine.ingest(List.of(corpus), Terminal.progressBar(err));
            IngestCommand.print(report, out, err, false);
            int analysed = engine.analyzePending(Integer.MAX_VALUE, Terminal.analysisProgress(err));
            out.printf("deep analysis: %d articles (entities, quotes, dates, events)%n", analysed);
            out.println();
            StoriesCommand.print(engine, limit, false, out);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        out.println();
        if (serve) return ServeCommand.serve(engine, data.data, serveOptions, out);
        engine.close();
        out.println("Next: ./dateline story <STORY>   ./dateline search <words>   ./dateline serve   (or: ./dateline demo --serve)");
        return 0;
    }
}
