package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.eval.DatesEval;
import org.dateline.eval.QuotesEval;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline eval quotes FILE}: quotes and their sources against PolNeAR articles or ADAQ sentences. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Extract quotes from a PolNeAR articles.jsonl (content token/span P/R/F1, source accuracy, "
                + "(content, source) pair F1) or an ADAQ sentences.jsonl (token P/R/F1 per role, detection F1).")
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--direct-only", description = "PolNeAR: score only gold contents with quotation marks against "
            + "direct and partial quotes.") boolean directOnly;
    @Option(names = "--split", split = ",", paramLabel = "SPLIT", description = "PolNeAR: score only the articles "
            + "of these polnear_split compartments, e.g. --split dev,test (the English attribution model is trained "
            + "on train).") List<String> splits = List.of();
    @Option(names = "--errors", description = "Also print every missed, spurious or wrongly sourced quote.") boolean errors;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "jsonl");
        PrintWriter out = spec.commandLine().getOut();
        QuotesEval.Report report = QuotesEval.run(file, directOnly, java.util.Set.copyOf(splits));
        if (json) {
            out.println(Json.write(toJson(report)));
            return 0;
        }
        if (errors) {
            for (QuotesEval.Error e : report.errors()) {
                out.printf("%-8s %-24s gold: %-60s predicted: %s%n", e.kind(), e.id(), Terminal.shorten(e.gold(), 60),
                        Terminal.shorten(e.predicted(), 80));
            }
        }
        List<String> header = List.of("METRIC", "PRECISION", "RECALL", "F1");
        switch (report) {
            case QuotesEval.AttributionReport r -> {
                Terminal.table(out, header, List.of(row("content tokens", r.contentTokens()),
                        row("content spans", r.contentSpans()), row("(content, source) pairs", r.pairs())));
                out.printf("source accuracy over %d matched contents with a gold source: %.4f overlap, %.4f exact%n",
                        r.matchedWithSource(), r.sourceOverlap(), r.sourceExact());
                out.printf("%d documents: %d gold, %d predicted attributions (%.2f s, %.0f docs/s)%n", r.docs(), r.gold(),
                        r.predicted(), r.seconds(), r.docsPerSecond());
            }
            case QuotesEval.SentenceReport r -> {
                Terminal.table(out, header, List.of(row("source tokens", r.source()), row("cue tokens", r.cue()),
                        row("content tokens", r.content()), row("sentence detection", r.detection())));
                out.printf("%d sentences (%.2f s, %.0f sentences/s)%n", r.docs(), r.seconds(), r.docsPerSecond());
            }
        }
        return 0;
    }

    private static ObjectNode toJson(QuotesEval.Report report) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        switch (report) {
            case QuotesEval.AttributionReport r -> {
                o.set("content_tokens", prf(r.contentTokens()));
                o.set("content_spans", prf(r.contentSpans()));
                o.set("pairs", prf(r.pairs()));
                o.put("source_overlap_accuracy", EvalCommand.round(r.sourceOverlap()))
                        .put("source_exact_accuracy", EvalCommand.round(r.sourceExact()))
                        .put("matched_with_source", r.matchedWithSource()).put("gold", r.gold()).put("predicted", r.predicted());
            }
            case QuotesEval.SentenceReport r -> {
                o.set("source", prf(r.source()));
                o.set("cue", prf(r.cue()));
                o.set("content", prf(r.content()));
                o.set("detection", prf(r.detection()));
            }
        }
        o.put("docs", report.docs()).put("docs_per_s", Math.round(report.docsPerSecond() * 10) / 10.0);
        return o;
    }

    private static ObjectNode prf(DatesEval.Prf p) {
        return Json.MAPPER.createObjectNode().put("precision", EvalCommand.round(p.precision()))
                .put("recall", EvalCommand.round(p.recall())).put("f1", EvalCommand.round(p.f1()));
    }

    private static List<String> row(String name, DatesEval.Prf p) {
        return List.of(name, EvalCommand.f(p.precision()), EvalCommand.f(p.recall()), EvalCommand.f(p.f1()));
    }
}
