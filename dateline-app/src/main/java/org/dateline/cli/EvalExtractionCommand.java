package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.dateline.eval.ExtractionEval;
import org.dateline.model.Json;
import org.jsoup.nodes.Element;
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

/**
 * {@code dateline eval extraction FILE.jsonl}: main-text extraction scored with the article-extraction
 * benchmark's shingle metric, Dateline's extractor next to Readability4J (a port of Mozilla
 * Readability) on the same pages in the same run.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Extract the main text of each page of a pages.jsonl (id, url, html, gold_text); print "
                + "shingle precision/recall/F1/accuracy for Dateline and the Readability4J reference.")
final class EvalExtractionCommand implements Callable<Integer> {

    static final String REFERENCE = "readability4j";

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print one JSON object.") boolean json;
    @Option(names = "--pages", description = "Also print per-page F1 (worst first).") boolean perPage;
    @Option(names = "--no-reference", description = "Score Dateline only.") boolean noReference;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "jsonl");
        PrintWriter out = spec.commandLine().getOut();
        ExtractionEval.Report report = noReference ? ExtractionEval.run(file)
                : ExtractionEval.run(file, REFERENCE, EvalExtractionCommand::readability);
        ExtractionEval.Scores d = report.dateline();
        ExtractionEval.Scores r = report.reference();
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("precision", EvalCommand.round(d.precision())).put("recall", EvalCommand.round(d.recall()))
                    .put("f1", EvalCommand.round(d.f1())).put("pages", d.pages());
            if (r != null) {
                o.putObject("reference").put("name", r.name()).put("precision", EvalCommand.round(r.precision()))
                        .put("recall", EvalCommand.round(r.recall())).put("f1", EvalCommand.round(r.f1()));
            }
            out.println(Json.write(o));
            return 0;
        }
        if (perPage) {
            List<ExtractionEval.PageResult> pages = new ArrayList<>(report.pages());
            pages.sort(java.util.Comparator.comparingDouble(p -> p.dateline().f1()));
            for (ExtractionEval.PageResult p : pages) {
                out.printf("%.3f P=%.3f R=%.3f%s  %s %s%n", p.dateline().f1(), p.dateline().precision(),
                        p.dateline().recall(), p.reference() == null ? "" : String.format("  ref=%.3f", p.reference().f1()),
                        p.id(), p.url());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(d));
        if (r != null) rows.add(row(r));
        Terminal.table(out, List.of("EXTRACTOR", "PRECISION", "RECALL", "F1", "ACCURACY", "PAGES", "PAGES/S"), rows);
        if (d.failures() > 0 || r != null && r.failures() > 0) {
            out.printf("failures (scored as empty): dateline %d%s%n", d.failures(),
                    r == null ? "" : ", " + r.name() + " " + r.failures());
        }
        return 0;
    }

    private static List<String> row(ExtractionEval.Scores s) {
        String name = s.name().equals(REFERENCE) ? "reference (" + s.name() + ")" : s.name();
        return List.of(name, EvalCommand.f(s.precision()), EvalCommand.f(s.recall()), EvalCommand.f(s.f1()),
                EvalCommand.f(s.accuracy()), String.valueOf(s.pages()), String.format("%.1f", s.pagesPerSecond()));
    }

    /** Readability4J's article text, blocks separated by spaces so that words across paragraphs stay apart. */
    static String readability(String html, String url) {
        Article article = new Readability4J(url, html).parse();
        Element content = article.getArticleContent();
        if (content != null) return content.text();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
