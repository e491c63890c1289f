package org.dateline.cli;

import org.dateline.Dateline;
import org.dateline.analyze.entity.EntityProfile;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dateline entity ID}: one entity across the store: its names, stories and quotes. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Show one entity (id as 'story' prints it): its name variants, descriptions, stories and what it said.")
final class EntityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "ID", description = "Entity id (e.g. e1a2b3c4d5e6).")
    String id;

    @Option(names = "--json", description = "Print the entity as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            Optional<EntityProfile> found = engine.entity(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("dateline: no entity " + id + " among the analysed articles of " + data.data);
                return 1;
            }
            EntityProfile e = found.get();
            if (json) {
                out.println(Json.pretty(e));
                return 0;
            }
            out.printf("%s  (%s, %s)%n", e.name(), e.type().name().toLowerCase(java.util.Locale.ROOT), e.id());
            out.printf("%d articles · %d mentions in the %s read%n", e.articles(), e.mentions(),
                    e.articles() > 500 ? "500 newest" : "articles");
            out.println("names: " + String.join(", ", e.variants().keySet()));
            if (!e.descriptions().isEmpty()) out.println("described as: " + String.join("; ", e.descriptions()));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, Integer> s : e.stories().entrySet()) {
                String title = engine.story(s.getKey()).map(st -> st.title()).orElse("");
                rows.add(List.of(s.getKey(), String.valueOf(s.getValue()), title));
                if (rows.size() == 20) break;
            }
            out.println();
            Terminal.table(out, List.of("STORY", "ARTICLES", "TITLE"), rows);
            if (!e.quotes().isEmpty()) {
                out.println();
                out.println("Said:");
                for (EntityProfile.Said q : e.quotes()) out.printf("  “%s” (%s)%n", q.quote().content(), q.articleId());
            }
        }
        return 0;
    }
}
