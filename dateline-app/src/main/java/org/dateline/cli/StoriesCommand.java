package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline stories}: the top stories. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the top stories, most important first.")
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--limit", defaultValue = "20", description = "How many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: per story its id, title, rank and articles.")
    boolean json;

    @Override
    public Integer call() {
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            print(engine, limit, json, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(Dateline engine, int limit, boolean json, PrintWriter out) {
        List<Story> stories = engine.stories(limit);
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (Story s : stories) arr.add(Views.storySummary(s, engine.articles(s.articleIds())));
            out.println(Json.pretty(arr));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Story s : stories) {
            rows.add(List.of(String.valueOf(++n), s.id(), String.format("%.2f", s.rank()), String.valueOf(s.size()),
                    String.valueOf(s.outlets().size()), String.join(",", s.languages()),
                    s.firstSeen() == null ? "-" : s.firstSeen().toString().substring(0, 10),
                    Terminal.shorten(s.title(), 90)));
        }
        Terminal.table(out, List.of("#", "STORY", "RANK", "ARTICLES", "OUTLETS", "LANG", "FIRST SEEN", "TITLE"), rows);
        out.printf("%d stories, %d articles in total%n", engine.storyCount(), engine.articleCount());
    }
}
