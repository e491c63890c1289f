package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline search QUERY}: full-text search over stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over titles and bodies (English and Russian stemming; Lucene query syntax).")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find (all must match).")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            List<SearchHit> hits = engine.search(String.join(" ", words), limit);
            if (json) {
                out.println(Json.pretty(hits));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            for (SearchHit h : hits) {
                rows.add(List.of(String.format("%.2f", h.score()), h.published() == null ? "-" : h.published().substring(0, Math.min(10, h.published().length())),
                        h.outlet() == null ? "-" : h.outlet(), h.storyId(), h.articleId(), Terminal.shorten(h.title(), 70)));
            }
            Terminal.table(out, List.of("SCORE", "DATE", "OUTLET", "STORY", "ARTICLE", "TITLE"), rows);
            out.printf("%d hits%n", hits.size());
        }
        return 0;
    }
}
