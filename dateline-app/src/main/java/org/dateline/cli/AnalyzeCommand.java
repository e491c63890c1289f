package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dateline analyze}: run the deep analysis the fast path left pending. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute entities, quotes, dates and events for the stored articles still waiting for them "
                + "(after 'ingest --no-analysis', stored before the deep analysis existed, or analysed by an older version "
                + "of the analysers), and print how many are analysed and waiting.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--status", description = "Only print how many articles are analysed and waiting.")
    boolean status;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Option(names = "--again", description = "Analyse every stored article anew (after an upgrade changed the analysers); "
            + "if stopped midway, the articles not yet redone wait for the next run.")
    boolean again;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int analysed = 0;
        long started = System.nanoTime();
        Dateline.AnalysisStatus after;
        try (Dateline engine = status ? Dateline.openReadOnly(data.data) : Dateline.open(data.data,
                IngestCommand.registry(data.data, java.util.List.of()), data.config())) {
            // articles stored before the deep analysis existed have no pending mark: give them one first
            if (!status && again) engine.markAllForAnalysis();
            else if (!status) engine.markUnanalysed();
            if (!status) analysed = engine.analyzePending(Integer.MAX_VALUE, json ? org.dateline.analyze.AnalysisRunner.Progress.NONE
                    : Terminal.analysisProgress(spec.commandLine().getErr()));
            after = engine.analysisStatus();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            out.println(Json.write(Json.MAPPER.createObjectNode().put("analysed_now", analysed)
                    .put("analysed", after.analysed()).put("pending", after.pending())));
        } else {
            if (!status) out.printf("analysed %d articles in %.1f s%n", analysed, seconds);
            out.printf("%d articles analysed, %d waiting%n", after.analysed(), after.pending());
        }
        return 0;
    }
}
