package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.eval.DatesEval;
import org.dateline.eval.EventsEval;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline eval events FILE.jsonl}: event frames of the deep analysis against labelled frames. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Run the deep analysis on an events.jsonl (id, lang, published, title, text, events) and match "
                + "predicted event frames to gold frames of the same type; print frame P/R/F1, status accuracy, "
                + "participant and place P/R/F1 and time accuracy over matched frames, per language "
                + "(format: eval/README.md).")
final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print one JSON object keyed by language.") boolean json;
    @Option(names = "--errors", description = "Also print, per document, the unmatched gold and predicted frames "
            + "(and matched frames that differ).") boolean errors;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "jsonl");
        PrintWriter out = spec.commandLine().getOut();
        EventsEval.Report report = EventsEval.run(file);
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            for (Map.Entry<String, EventsEval.Counts> e : report.byLanguage().entrySet()) o.set(e.getKey(), toJson(e.getValue()));
            o.put("docs", report.docs()).put("docs_per_s", Math.round(report.docsPerSecond() * 10) / 10.0);
            out.println(Json.write(o));
            return 0;
        }
        if (errors) {
            for (EventsEval.DocErrors d : report.errors()) {
                out.printf("%s (%s)%n", d.id(), d.lang());
                d.missed().forEach(m -> out.println("  missed    " + m));
                d.spurious().forEach(s -> out.println("  spurious  " + s));
                d.differing().forEach(s -> out.println("  differs   " + s));
            }
            if (!report.errors().isEmpty()) out.println();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, EventsEval.Counts> e : report.byLanguage().entrySet()) {
            EventsEval.Counts c = e.getValue();
            rows.add(prf(e.getKey(), "frames", c.frames(), c.gold() + " gold / " + c.predicted() + " pred"));
            rows.add(List.of(e.getKey(), "status accuracy", "", "", EvalCommand.f(c.statusAccuracy()), c.matched() + " matched"));
            rows.add(prf(e.getKey(), "participants", c.participants(), c.participantsGold() + " gold / " + c.participantsPredicted() + " pred"));
            rows.add(prf(e.getKey(), "places", c.places(), c.placesGold() + " gold / " + c.placesPredicted() + " pred"));
            rows.add(List.of(e.getKey(), "time accuracy", "", "", EvalCommand.f(c.timeAccuracy()), c.timed() + " with gold time"));
        }
        Terminal.table(out, List.of("LANG", "METRIC", "PRECISION", "RECALL", "F1/ACC", "COUNT"), rows);
        out.printf("%d documents (%.2f s, %.1f docs/s); participants, places, status and time over matched frames%n",
                report.docs(), report.seconds(), report.docsPerSecond());
        return 0;
    }

    private static List<String> prf(String lang, String name, DatesEval.Prf p, String count) {
        return List.of(lang, name, EvalCommand.f(p.precision()), EvalCommand.f(p.recall()), EvalCommand.f(p.f1()), count);
    }

    private static ObjectNode toJson(EventsEval.Counts c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("frames", prf(c.frames()));
        o.put("status_accuracy", EvalCommand.round(c.statusAccuracy()));
        o.set("participants", prf(c.participants()));
        o.set("places", prf(c.places()));
        o.put("time_accuracy", EvalCommand.round(c.timeAccuracy()));
        o.put("gold", c.gold()).put("predicted", c.predicted()).put("matched", c.matched()).put("timed", c.timed());
        return o;
    }

    private static ObjectNode prf(DatesEval.Prf p) {
        return Json.MAPPER.createObjectNode().put("precision", EvalCommand.round(p.precision()))
                .put("recall", EvalCommand.round(p.recall())).put("f1", EvalCommand.round(p.f1()));
    }
}
