package org.dateline.cli;

import org.dateline.analyze.quote.AttributionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code dateline eval train-quotes FILE}: rebuilds the bundled English attribution model from PolNeAR articles
 * ({@code polnear_attribution/articles.jsonl}), by default from the articles of its train split only. Hidden: a
 * maintainer's tool, run from the repository root.
 */
@Command(name = "train-quotes", hidden = true, mixinStandardHelpOptions = true,
        description = "Rebuild the bundled English attribution model from a PolNeAR articles.jsonl.")
final class TrainQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "PolNeAR articles.jsonl.")
    Path file;
    @Option(names = "--out", paramLabel = "PATH", description = "Model file to write (default: the bundled resource).")
    Path out;
    @Option(names = "--split", split = ",", paramLabel = "SPLIT", description = "polnear_split compartments to train on (default: train).")
    List<String> splits = List.of("train");

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "jsonl");
        PrintWriter w = spec.commandLine().getOut();
        if (out == null) out = AttributionTrainer.BUNDLED_MODEL;
        AttributionTrainer.Trained t = AttributionTrainer.train(file, out, Set.copyOf(splits));
        w.printf("%d articles, %d gold attributions, %d candidates (%d correct); %d extra verb cues;"
                        + " %d features; threshold %.2f (cross-validated pair F1 %.4f) -> %s (%d bytes, %.1f s)%n",
                t.docs(), t.gold(), t.candidates(), t.positives(), t.verbs(), t.features(), t.threshold(),
                t.cvPairF1(), out, t.bytes(), t.seconds());
        return 0;
    }
}
