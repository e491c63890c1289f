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
                    .put("origin", a.origin())
                    .put("url", a.url()).put("titleOrigin", a.titleOrigin().name())
                    .put("datelinePlace", a.datelinePlace()).put("agency", a.agency());
            ArrayNode shared = n.putArray("sharedBy");
            a.sharedBy().forEach(t -> shared.addObject().put("channel", t.channel()).put("post", t.postId())
                    .put("url", t.url()).put("at", t.at() == null ? null : t.at().toString()));
            ArrayNode related = n.putArray("related");
            a.links().stream().filter(l -> l.role() == org.dateline.model.Link.Role.RELATED)
                    .forEach(l -> related.addObject().put("title", l.title()).put("url", l.url())
                            .put("date", l.date() == null ? null : l.date().toString()));
            ArrayNode anomalies = n.putArray("anomalies");
            a.anomalies().forEach(an -> anomalies.addObject().put("kind", an.kind().name()).put("detail", an.detail()));
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
        o.put("id", s.id()).put("title", s.title()).put("rank", s.rank()).put("size", s.size())
                .put("independentSources", s.independentSources()).put("category", s.category());
        o.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
        o.put("lastUpdated", s.lastUpdated() == null ? null : s.lastUpdated().toString());
        o.set("outlets", Json.MAPPER.valueToTree(s.outlets()));
        o.set("languages", Json.MAPPER.valueToTree(s.languages()));
        return o;
    }
}
