package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.model.Article;
import org.dateline.model.Json;
import org.dateline.story.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dateline explain ARTICLE STORY}: why an article is, or is not, in a story: the story's score for it now,
 * member by member, against the threshold it must reach.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a story scores for an article (ids as 'story' prints them): each compared member's "
                + "similarity and what scaled it, the margins, and the threshold to join.")
final class ExplainCommand implements Callable<Integer> {

    /** Members listed in the table; the JSON has them all. */
    private static final int SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "Article id (e.g. a1b2c3d4e5f60718).")
    String articleId;

    @Parameters(index = "1", paramLabel = "STORY", description = "Story id; a merged story's id leads to its survivor.")
    String storyId;

    @Option(names = "--json", description = "Print the explanation as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            Optional<Article> article = engine.article(articleId);
            if (article.isEmpty()) {
                err.println("dateline: no article " + articleId + " in " + data.data);
                return 1;
            }
            if (engine.story(storyId).isEmpty()) {
                err.println("dateline: no story " + storyId + " in " + data.data);
                return 1;
            }
            Optional<Scorecard> found = engine.explain(articleId, storyId);
            if (found.isEmpty()) {
                err.println("dateline: story " + storyId + " has no other member to compare article " + articleId + " with");
                return 1;
            }
            Scorecard e = found.get();
            if (json) {
                out.println(Json.pretty(e));
                return 0;
            }
            out.printf("article %s  %s%n", e.articleId(), article.get().title());
            out.printf("story   %s  %s%n", e.storyId(), engine.story(e.storyId()).map(s -> s.title()).orElse(""));
            out.printf(Locale.ROOT, "score %.3f, threshold %.3f: %s%n", e.score(), e.threshold(), e.joins()
                    ? "high enough to join (it joins the best-scoring such story)"
                    : e.score() >= e.threshold() ? "high enough, but the story lies outside the time window" : "too low to join");
            for (String a : e.adjustments()) out.println("  " + a);
            out.println();
            List<List<String>> rows = new ArrayList<>();
            for (Scorecard.Member m : e.members()) {
                if (rows.size() == SHOWN) break;
                String title = engine.article(m.articleId()).map(Article::title).orElse("");
                rows.add(List.of(m.articleId(), String.format(Locale.ROOT, "%.3f", m.similarity()),
                        String.format(Locale.ROOT, "%.3f", m.words()),
                        m.meaning() == null ? "-" : String.format(Locale.ROOT, "%.3f", m.meaning()),
                        m.hoursApart() == null ? "-" : String.valueOf(m.hoursApart()),
                        String.join("; ", m.factors()), Terminal.shorten(title, 60)));
            }
            Terminal.table(out, List.of("MEMBER", "SIMILARITY", "WORDS", "MEANING", "HOURS", "FACTORS", "TITLE"), rows);
            if (e.members().size() > SHOWN) out.printf("%d more members compared (--json lists them)%n", e.members().size() - SHOWN);
            out.println("Worked out against the store as it is now: an article stored earlier may have scored otherwise on arrival.");
        }
        return 0;
    }
}
