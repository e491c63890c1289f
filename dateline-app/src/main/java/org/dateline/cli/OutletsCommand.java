package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.Dateline;
import org.dateline.model.Json;
import org.dateline.normalize.Outlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dateline outlets}: who published the stored articles and what the registry says of them. Outlets
 * known only by their web domain are listed as undescribed, with a registry entry to fill in.
 */
@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = "List the outlets of the stored articles with their registry description; --undescribed prints entries to fill in.")
final class OutletsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--undescribed", description = "Print registry entries (JSON) for outlets the registry does not describe, "
            + "to edit and pass to 'ingest --outlets'.")
    boolean undescribed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Dateline engine = Dateline.openReadOnly(data.data)) {
            Map<String, Integer> counts = engine.outletCounts();
            List<List<String>> rows = new ArrayList<>();
            ArrayNode arr = Json.MAPPER.createArrayNode();
            ArrayNode templates = Json.MAPPER.createArrayNode();
            counts.forEach((name, n) -> {
                Optional<Outlet> o = engine.outlets().byMarker(name).filter(x -> x.type() != null);
                rows.add(List.of(String.valueOf(n), name, o.map(Outlet::type).orElse("undescribed"),
                        o.map(x -> x.country() == null ? "-" : x.country()).orElse("-"),
                        o.map(x -> String.join(", ", x.groups())).orElse("-")));
                ObjectNode j = arr.addObject().put("name", name).put("articles", n).put("described", o.isPresent());
                o.ifPresent(x -> j.set("registry", Json.MAPPER.valueToTree(x)));
                if (o.isEmpty()) {
                    templates.add(Json.MAPPER.createObjectNode().put("id", name).put("name", name)
                            .set("domains", Json.MAPPER.createArrayNode().add(name)));
                    ((ObjectNode) templates.get(templates.size() - 1)).put("country", (String) null).put("language", (String) null)
                            .put("type", "independent").put("owner", (String) null).putArray("groups");
                }
            });
            if (undescribed) {
                out.println(Json.pretty(templates));
            } else if (json) {
                out.println(Json.pretty(arr));
            } else {
                Terminal.table(out, List.of("ARTICLES", "OUTLET", "TYPE", "COUNTRY", "GROUPS"), rows);
                out.printf("%d outlets, %d undescribed (describe them: dateline outlets --undescribed > mine.json, edit, "
                        + "then dateline ingest --outlets mine.json ...)%n", counts.size(), templates.size());
            }
        }
        return 0;
    }
}
