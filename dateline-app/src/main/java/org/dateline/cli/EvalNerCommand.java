package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.analyze.entity.EntityLinker;
import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.Mention;
import org.dateline.eval.NerEval;
import org.dateline.eval.NerScores;
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
import java.util.concurrent.Callable;

/** {@code dateline eval ner FILE.conll}: named entities scored the conlleval way (entity-level, exact span and type). */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Recognize the entities of a CoNLL file (TOKEN TAG, IOB1/IOB2) with the language's recognizer; print "
                + "entity-level P/R/F1 overall and per type, with and without MISC, and the speed.")
final class EvalNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--lang", description = "Language of the file (default: ru when most of its letters are Cyrillic, else en).")
    String lang;
    @Option(names = "--limit", description = "Score only the first N documents.") int limit;
    @Option(names = "--threads", description = "Tag documents on N threads (default: ${DEFAULT-VALUE}).") int threads = 1;
    @Option(names = "--ignore-misc", description = "Score PER/ORG/LOC only, reading MISC as O (automatic when the file has no MISC).")
    boolean ignoreMisc;
    @Option(names = "--linked", description = "Score the mentions as the entity linker types them (document-level cues and "
            + "majority type per referent, as stories show them) instead of the recognizer's own.") boolean linked;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--errors", description = "Also print every missed, spurious, mistyped or mis-spanned entity.") boolean errors;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "conll");
        if (lang == null) lang = NerEval.language(file);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        EntityRecognizer recognizer = EntityRecognizers.forLanguage(lang);
        recognizer.recognize("Warm-up in London.", lang); // load the model before the clock starts
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        EntityRecognizer scored = linked ? linkedRecognizer(recognizer) : recognizer;
        NerEval.Report report = NerEval.run(file, scored, lang, limit, threads);
        boolean withMisc = report.goldHasMisc() && !ignoreMisc;
        NerScores scores = withMisc ? report.all() : report.withoutMisc();
        if (json) {
            ObjectNode o = prf(scores.overall());
            ObjectNode perType = o.putObject("per_type");
            scores.perType().forEach((type, c) -> perType.set(type, prf(c)));
            if (withMisc) o.set("without_misc", prf(report.withoutMisc().overall()));
            o.put("misc_scored", withMisc).put("docs", report.docs()).put("tokens", report.tokens())
                    .put("docs_per_s", Math.round(report.docsPerSecond() * 10) / 10.0)
                    .put("tokens_per_s", Math.round(report.tokensPerSecond()))
                    .put("threads", threads).put("load_s", Math.round(loadSeconds * 100) / 100.0).put("lang", lang)
                    .put("recognizer", scored.name());
            out.println(Json.write(o));
            return 0;
        }
        if (errors) {
            for (NerEval.Error e : scores.errors()) {
                out.printf("%-8s doc %-5d gold: %-40s predicted: %s%n", e.kind(), e.doc(), e.gold(), e.predicted());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(withMisc ? "all" : "all (no MISC)", scores.overall()));
        scores.perType().forEach((type, c) -> rows.add(row(type, c)));
        if (withMisc) rows.add(row("all without MISC", report.withoutMisc().overall()));
        Terminal.table(out, List.of("TYPE", "PRECISION", "RECALL", "F1", "GOLD", "PREDICTED"), rows);
        out.printf("%s (%s): %d documents, %d tokens in %.1f s on %d thread(s): %.1f docs/s, %.0f tokens/s (model load %.1f s)%n",
                scored.name(), lang, report.docs(), report.tokens(), report.seconds(), threads, report.docsPerSecond(),
                report.tokensPerSecond(), loadSeconds);
        return 0;
    }

    /** {@code recognizer}'s mentions retyped and trimmed by the {@link EntityLinker}. */
    private static EntityRecognizer linkedRecognizer(EntityRecognizer recognizer) {
        EntityLinker linker = new EntityLinker();
        return EntityRecognizer.filtered(recognizer, "+linker", linker::typedMentions);
    }

    private static ObjectNode prf(NerScores.Counts c) {
        return Json.MAPPER.createObjectNode().put("precision", EvalCommand.round(c.precision()))
                .put("recall", EvalCommand.round(c.recall())).put("f1", EvalCommand.round(c.f1()))
                .put("gold", c.gold()).put("predicted", c.predicted());
    }

    private static List<String> row(String name, NerScores.Counts c) {
        return List.of(name, EvalCommand.f(c.precision()), EvalCommand.f(c.recall()), EvalCommand.f(c.f1()),
                String.valueOf(c.gold()), String.valueOf(c.predicted()));
    }
}
