package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.model.Anomaly;
import org.dateline.model.Article;
import org.dateline.model.Json;
import org.dateline.model.Link;
import org.dateline.model.Story;
import org.dateline.model.TelegramRef;
import org.dateline.view.Briefing;
import org.dateline.view.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dateline story ID}: one story with its articles and their provenance. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Show one story: its articles, outlets, dates and provenance.")
final class StoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ID", description = "Story id, as 'stories' prints it.")
    String id;

    @Option(names = "--json", description = "Print the story, its view (summary, reports ranked, copies, provenance) and its articles in full as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print the story as a Markdown briefing.")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            Optional<Story> story = engine.story(id);
            if (story.isEmpty()) {
                spec.commandLine().getErr().println("dateline: no story " + id + " in " + data.data);
                return 1;
            }
            Story s = story.get();
            // a merged story's id leads to the story it was merged into
            Optional<String> redirected = s.id().equals(id) ? Optional.empty() : Optional.of(id);
            List<String> mergedFrom = engine.mergedFrom(s.id());
            List<Article> articles = engine.articles(s.articleIds());
            if (json) {
                com.fasterxml.jackson.databind.node.ObjectNode o = Views.storyFull(s, articles);
                o.set("mergedFrom", Json.MAPPER.valueToTree(mergedFrom));
                redirected.ifPresent(r -> o.put("redirectedFrom", r));
                engine.storyView(id).ifPresent(v -> o.set("view", Json.MAPPER.valueToTree(v)));
                out.println(Json.pretty(o));
                return 0;
            }
            if (markdown) {
                out.print(Briefing.markdown(engine.storyView(id).orElseThrow()));
                return 0;
            }
            redirected.ifPresent(r -> out.println("story " + r + " was merged into story " + s.id() + "; showing " + s.id()));
            out.println(s.title());
            out.printf("story %s · %d articles · %d outlets (%s) · %s%n", s.id(), s.size(), s.outlets().size(),
                    String.join(", ", s.outlets()), String.join(", ", s.languages()));
            if (!mergedFrom.isEmpty()) out.println("merged from: " + String.join(", ", mergedFrom) + " (those ids lead here)");
            for (Article a : articles) {
                out.println();
                out.printf("  %s  %s  [%s]%n", a.published() == null ? "----------" : a.published().iso(),
                        a.outlet() == null ? "unknown outlet" : a.outlet(), a.id());
                out.println("    " + a.title() + (a.titleOrigin() == Article.TitleOrigin.GIVEN ? "" : "  (title " + a.titleOrigin().name().toLowerCase().replace('_', ' ') + ")"));
                if (a.datelinePlace() != null || a.agency() != null) {
                    out.printf("    dateline: %s%s%n", a.datelinePlace() == null ? "" : a.datelinePlace(),
                            a.agency() == null ? "" : " /" + a.agency() + "/");
                }
                out.println("    source: " + (a.url() != null ? a.url() : a.origin()));
                for (TelegramRef t : a.sharedBy()) out.println("    shared by Telegram channel @" + t.channel() + " (post " + t.postId() + ")");
                for (Link l : a.links()) {
                    if (l.role() == Link.Role.RELATED) {
                        out.println("    related: " + (l.title() == null ? "" : l.title()) + (l.url() == null ? "" : " <" + l.url() + ">"));
                    }
                }
                for (Anomaly an : a.anomalies()) out.println("    ! " + an.kind().name().toLowerCase().replace('_', ' ') + ": " + an.detail());
                engine.explanation(a.id()).ifPresent(w -> out.println(why(w)));
            }
            engine.storyView(id).ifPresent(v -> printAnalysis(v, out));
        }
        return 0;
    }

    /** The recorded reason an article is in the story, including how merges brought it or were brought by it. */
    static String why(org.dateline.model.Explanation w) {
        StringBuilder b = new StringBuilder("    why: ");
        if (w.openedStory()) {
            b.append(w.mergedFrom() == null ? "opened the story (the first of its reports to arrive)"
                    : "opened story " + w.mergedFrom() + " (the first of its reports to arrive)");
        }
        else {
            b.append(String.format(java.util.Locale.ROOT, "score %.2f, closest to %s%s%s", w.score(), w.nearestArticleId(),
                    w.sharedNames().isEmpty() ? "" : "; shares " + String.join(", ", w.sharedNames()),
                    w.hoursApart() == null ? "" : "; " + w.hoursApart() + " h apart"));
            if (w.mergedFrom() != null) b.append(" (in story ").append(w.mergedFrom()).append(")");
        }
        if (w.mergedFrom() != null) b.append("; arrived here when story ").append(w.mergedFrom()).append(" was merged into this one");
        if (!w.merged().isEmpty()) {
            b.append("; it also resembled story ").append(String.join(", ", w.merged())).append(", which was merged into this one");
        }
        return b.toString();
    }

    /** Who, what, when, where: the story's entities, quotes by speaker and events. */
    private static void printAnalysis(StoryView v, PrintWriter out) {
        if (!v.entities().isEmpty()) {
            out.println();
            out.println("Entities (mentions):");
            List<List<String>> rows = new java.util.ArrayList<>();
            for (StoryView.EntityCount e : v.entities().subList(0, Math.min(25, v.entities().size()))) {
                rows.add(List.of(e.name(), e.type(), String.valueOf(e.mentions()), String.join(", ", e.outlets()), e.id()));
            }
            Terminal.table(out, List.of("  NAME", "TYPE", "MENTIONS", "OUTLETS", "ID"), rows.stream()
                    .map(r -> { List<String> x = new java.util.ArrayList<>(r); x.set(0, "  " + x.get(0)); return x; }).toList());
        }
        if (!v.quotes().isEmpty()) {
            out.println();
            out.println("Quotes:");
            for (StoryView.QuoteView q : v.quotes()) {
                out.printf("  %s (%s, %s): “%s”%n", q.speaker() == null ? (q.source() == null ? "unattributed" : q.source()) : q.speaker(),
                        q.kind().toLowerCase(java.util.Locale.ROOT), String.join(", ", q.outlets()), q.content());
            }
        }
        if (!v.events().isEmpty()) {
            out.println();
            out.println("Events:");
            for (StoryView.EventView e : v.events()) out.println("  " + org.dateline.view.EventLines.line(e.frame()) + "  [" + String.join(", ", e.outlets()) + "]");
        }
    }
}
