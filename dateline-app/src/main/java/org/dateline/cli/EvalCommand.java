package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.eval.ClusterScores;
import org.dateline.eval.ClusteringEval;
import org.dateline.eval.PairsEval;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dateline eval ...}: quality of each analysis step on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure quality on labelled data (formats: shared/eval/README.md).",
        subcommands = {EvalCommand.Clustering.class, EvalCommand.Pairs.class, EvalExtractionCommand.class,
                EvalCategoriesCommand.class, TrainCategoriesCommand.class, EvalDatesCommand.class, EvalNerCommand.class,
                EvalQuotesCommand.class, EvalEventsCommand.class, TrainNerRuCommand.class, TrainQuotesCommand.class})
final class EvalCommand {

    @Command(name = "clustering", mixinStandardHelpOptions = true,
            description = "Cluster a documents.jsonl in published order into a fresh store; print pairwise and B-cubed P/R/F1.")
    static final class Clustering implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DataOptions data;
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--json", description = "Print one JSON object.") boolean json;
        @Option(names = "--reference", description = "Also run Carrot2 (Lingo) on the same file and print its figures beside Dateline's.")
        boolean reference;
        @Option(names = "--output", paramLabel = "FILE",
                description = "Also write the predicted story of each document, one {\"id\",\"cluster\"} line per document.")
        Path output;

        @Override
        public Integer call() {
            file = dataFile(file, "jsonl");
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long start = System.nanoTime();
            ClusterScores s = ClusteringEval.run(file, data.config(), done -> {
                if (!json && Terminal.interactive() && done % 50 == 0) {
                    err.print("\r" + done + " documents clustered");
                    err.flush();
                }
            }, output);
            double seconds = (System.nanoTime() - start) / 1e9;
            Carrot2Reference.Result ref = reference ? Carrot2Reference.run(file) : null;
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.set("pairwise", prf(s.pairwise()));
                o.set("bcubed", prf(s.bcubed()));
                o.put("stories", s.stories()).put("gold_stories", s.goldStories()).put("docs", s.docs());
                o.put("docs_per_s", Math.round(s.docs() / seconds * 10) / 10.0);
                if (ref != null) {
                    ObjectNode r = o.putObject("reference");
                    r.put("name", "carrot2-lingo");
                    r.set("pairwise", prf(ref.scores().pairwise()));
                    r.set("bcubed", prf(ref.scores().bcubed()));
                    r.put("stories", ref.scores().stories()).put("docs_per_s", Math.round(s.docs() / ref.seconds() * 10) / 10.0);
                }
                out.println(Json.write(o));
            } else {
                if (Terminal.interactive()) err.print("\r" + " ".repeat(40) + "\r");
                List<List<String>> rows = new ArrayList<>(List.of(row("dateline pairwise", s.pairwise()), row("dateline b-cubed", s.bcubed())));
                if (ref != null) {
                    rows.add(row("carrot2 lingo pairwise", ref.scores().pairwise()));
                    rows.add(row("carrot2 lingo b-cubed", ref.scores().bcubed()));
                }
                Terminal.table(out, List.of("METRIC", "PRECISION", "RECALL", "F1"), rows);
                out.printf("%d documents: %d predicted stories, %d gold stories (%.1f s, %.0f docs/s)%n",
                        s.docs(), s.stories(), s.goldStories(), seconds, s.docs() / seconds);
                if (ref != null) {
                    out.printf("carrot2 lingo (batch, same documents): %d clusters (%.1f s, %.0f docs/s)%n",
                            ref.scores().stories(), ref.seconds(), s.docs() / ref.seconds());
                }
            }
            return 0;
        }
    }

    @Command(name = "pairs", mixinStandardHelpOptions = true,
            description = "Predict same-story for each pair of a pairs_*.jsonl file (or folder); print P/R/F1/accuracy per language.")
    static final class Pairs implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DataOptions data;
        @Parameters(paramLabel = "FILE_OR_DIR") Path file;
        @Option(names = "--json", description = "Print one JSON object keyed by language.") boolean json;
        @Option(names = "--errors", description = "List the wrongly predicted pairs with the second document's story's score "
                + "for the first one (as 'dateline explain' gives it) against the threshold.") boolean errors;

        @Override
        public Integer call() {
            if (!Files.exists(file)) throw new IllegalArgumentException(file + ": no such file or directory");
            PrintWriter out = spec.commandLine().getOut();
            PairsEval.Report report = PairsEval.report(file, data.config());
            Map<String, PairsEval.Scores> scores = report.scores();
            if (json) {
                out.println(Json.write(scores));
                return 0;
            }
            if (errors) {
                for (PairsEval.Error e : report.errors()) {
                    org.dateline.story.Scorecard c = e.scorecard();
                    out.printf("%s %s gold %s, predicted %s: %s%n  a: %s%n  b: %s%n", e.id(), e.lang(), e.gold() ? "same" : "apart",
                            e.gold() ? "apart" : "same", c == null ? "no score"
                                    : String.format(java.util.Locale.ROOT, "score %.3f vs threshold %.3f; %s", c.score(), c.threshold(),
                                    c.members().isEmpty() ? "" : String.join("; ", c.members().get(0).factors())),
                            Terminal.shorten(e.titleA(), 110), Terminal.shorten(e.titleB(), 110));
                }
                out.println();
            }
            List<List<String>> rows = new ArrayList<>();
            scores.forEach((lang, s) -> rows.add(List.of(lang, f(s.precision()), f(s.recall()), f(s.f1()),
                    f(s.accuracy()), String.valueOf(s.pairs()))));
            Terminal.table(out, List.of("LANG", "PRECISION", "RECALL", "F1", "ACCURACY", "PAIRS"), rows);
            return 0;
        }
    }

    /**
     * The data file a command reads: {@code given} itself, or the one file in the folder {@code given} whose name ends
     * with one of {@code extensions} (a set's folder under ../shared/eval keeps its README beside its data). A folder
     * with several such files names them, so the user picks one.
     */
    static Path dataFile(Path given, String... extensions) {
        if (Files.isRegularFile(given)) return given;
        if (!Files.isDirectory(given)) throw new IllegalArgumentException(given + ": no such file or folder");
        List<Path> found = org.dateline.eval.EvalFiles.inFolder(given, extensions);
        if (found.size() == 1) return found.get(0);
        String kinds = "." + String.join(" or .", extensions);
        if (found.isEmpty()) throw new IllegalArgumentException(given + ": a folder without a " + kinds + " file");
        throw new IllegalArgumentException(given + ": a folder with several " + kinds + " files ("
                + found.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", ")) + "): name one");
    }


    private static ObjectNode prf(ClusterScores.Prf p) {
        return Json.MAPPER.createObjectNode().put("precision", round(p.precision())).put("recall", round(p.recall()))
                .put("f1", round(p.f1()));
    }

    private static List<String> row(String name, ClusterScores.Prf p) {
        return List.of(name, f(p.precision()), f(p.recall()), f(p.f1()));
    }

    static String f(double v) {
        return String.format("%.4f", v);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
