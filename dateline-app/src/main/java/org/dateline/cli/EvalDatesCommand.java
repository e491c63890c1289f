package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.eval.DatesEval;
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

/** {@code dateline eval dates FILE.jsonl}: temporal expressions scored TempEval-3 task A style. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Tag the temporal expressions of a documents.jsonl (id, dct, text, timexes) against each dct; print "
                + "strict/relaxed span P/R/F1, type and value accuracy and value F1.")
final class EvalDatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--errors", description = "Also print every missed, spurious or wrongly valued expression.") boolean errors;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "jsonl");
        PrintWriter out = spec.commandLine().getOut();
        DatesEval.Report report = DatesEval.run(file);
        DatesEval.Counts c = report.counts();
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.set("strict", prf(c.strictSpan()));
            o.set("relaxed", prf(c.relaxedSpan()));
            o.put("type_accuracy", EvalCommand.round(c.typeAccuracy()))
                    .put("value_accuracy", EvalCommand.round(c.valueAccuracy()))
                    .put("value_f1", EvalCommand.round(c.value().f1()))
                    .put("docs", report.docs()).put("gold", c.gold()).put("predicted", c.predicted());
            out.println(Json.write(o));
            return 0;
        }
        if (errors) {
            for (DatesEval.Error e : report.errors()) {
                out.printf("%-8s %-24s gold: %-40s predicted: %s%n", e.kind(), e.docId(), e.gold(), e.predicted());
            }
        }
        Terminal.table(out, List.of("METRIC", "PRECISION", "RECALL", "F1"), List.of(
                row("strict span", c.strictSpan()), row("relaxed span", c.relaxedSpan()), row("value", c.value())));
        out.printf("type accuracy %.4f, value accuracy %.4f (over %d relaxed matches)%n", c.typeAccuracy(), c.valueAccuracy(),
                c.relaxed());
        out.printf("%d documents: %d gold, %d predicted expressions (%.2f s, %.0f docs/s)%n", report.docs(), c.gold(),
                c.predicted(), report.seconds(), report.docsPerSecond());
        return 0;
    }

    private static ObjectNode prf(DatesEval.Prf p) {
        return Json.MAPPER.createObjectNode().put("precision", EvalCommand.round(p.precision()))
                .put("recall", EvalCommand.round(p.recall())).put("f1", EvalCommand.round(p.f1()));
    }

    private static List<String> row(String name, DatesEval.Prf p) {
        return List.of(name, EvalCommand.f(p.precision()), EvalCommand.f(p.recall()), EvalCommand.f(p.f1()));
    }
}
