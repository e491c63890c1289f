package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.model.Article;
import org.dateline.model.Json;
import org.dateline.model.Story;

import java.util.List;

/** JSON shapes of stories for {@code --json} output. */
final class Views {

    private Views() {
    }

    /** A story with a summary line per article: id, title, outlet, published and the source it came from. */
    static ObjectNode storySummary(Story s, List<Article> articles) {
        ObjectNode o = storyHeader(s);
        ArrayNode list = o.putArray("articles");
        for (Article a : articles) {
            ObjectNode n = list.addObject();
            n.put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                    .put("published", a.published() == null ? null : a.published().iso())
                    .put("language", a.language()).put("category", a.category())
                    .put("source", a.url() != null ? a.url() : a.origin())
                    .put("origin", a.origin());
        }
        return o;
    }

    /** A story with every article in full (normalized fields, links, provenance, anomalies). */
    static ObjectNode storyFull(Story s, List<Article> articles) {
        ObjectNode o = storyHeader(s);
        ArrayNode list = o.putArray("articles");
        for (Article a : articles) list.add(Json.MAPPER.valueToTree(a));
        return o;
    }

    private static ObjectNode storyHeader(Story s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", s.id()).put("title", s.title()).put("rank", s.rank()).put("size", s.size()).put("category", s.category());
        o.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
        o.put("lastUpdated", s.lastUpdated() == null ? null : s.lastUpdated().toString());
        o.set("outlets", Json.MAPPER.valueToTree(s.outlets()));
        o.set("languages", Json.MAPPER.valueToTree(s.languages()));
        return o;
    }
}
