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

    @Option(names = "--csv", description = "Print CSV: one row per story.")
    boolean csv;

    @Override
    public Integer call() {
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            if (csv) {
                csv(engine, limit, spec.commandLine().getOut());
            } else {
                print(engine, limit, json, spec.commandLine().getOut());
            }
        }
        return 0;
    }

    static void csv(Dateline engine, int limit, PrintWriter out) {
        out.println("rank,story,articles,outlets,languages,category,first_seen,last_updated,title");
        for (Story s : engine.stories(limit)) {
            out.println(String.join(",", String.valueOf(s.rank()), s.id(), String.valueOf(s.size()),
                    csvCell(String.join(";", s.outlets())), csvCell(String.join(";", s.languages())),
                    s.category() == null ? "" : s.category(),
                    s.firstSeen() == null ? "" : s.firstSeen().toString(), s.lastUpdated() == null ? "" : s.lastUpdated().toString(),
                    csvCell(s.title())));
        }
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so spreadsheets do not execute it. */
    static String csvCell(String s) {
        if (s == null) return "";
        String v = s.matches("^[=+\\-@\\t\\r].*") ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("'") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static void print(Dateline engine, int limit, boolean json, PrintWriter out) {
        List<Story> stories = engine.stories(limit);
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (Story s : stories) arr.add(Views.storySummary(s, engine.articles(s.articleIds())));
            out.println(Json.pretty(arr));
            return;
        }
        // the newest report listed is the instant at which the faded ranks are shown: they then fall with the rows
        java.time.Instant newest = stories.stream().map(Story::lastUpdated).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Story s : stories) {
            rows.add(List.of(String.valueOf(++n), s.id(), String.format("%.2f", engine.rankAsOf(s, newest)),
                    String.format("%.2f", s.rank()), String.valueOf(s.size()),
                    String.valueOf(s.independentSources()), String.valueOf(s.outlets().size()), String.join(",", s.languages()),
                    s.category() == null ? "-" : s.category(),
                    s.firstSeen() == null ? "-" : s.firstSeen().toString().substring(0, 10),
                    Terminal.shorten(s.title(), 90)));
        }
        Terminal.table(out, List.of("#", "STORY", "RANK", "IMPORTANCE", "ARTICLES", "SOURCES", "OUTLETS", "LANG", "CATEGORY", "FIRST SEEN", "TITLE"), rows);
        out.printf("%d stories, %d articles in total; listed by RANK: IMPORTANCE (independent sources, outlets, velocity) "
                + "less ln 2 per story.rank.recency.halflife.hours from the story's last report to the newest one listed%n",
                engine.storyCount(), engine.articleCount());
    }
}
