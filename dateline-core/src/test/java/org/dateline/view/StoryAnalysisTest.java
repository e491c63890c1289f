package org.dateline.view;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a story's entity list shows of its reports' entities. */
class StoryAnalysisTest {

    private static DocumentEntity entity(String id, EntityType type, String name, int start) {
        return new DocumentEntity(id, name.toLowerCase(), type, name, List.of(name), List.of(),
                List.of(new Mention(type, start, start + name.length(), name)));
    }

    @Test
    void commonNounsTheRecognizerSpannedAreNotListedAsEntities() {
        String text = "Мэр Павел Ломакин ушёл в отставку. В компании «Озёрстрой» и в городской думы отказались от комментариев.";
        Article a = new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("test", 1, RawDocument.Format.JSON_LINES,
                text, Map.of("title", "Мэр ушёл в отставку", "url", "https://example.org/ru/1",
                        "published", "2026-03-30T10:00:00Z", "lang", "ru", "source", "example.org"), "h1"));
        Analysis analysis = new Analysis(a.id(), "ru", "test", List.of(
                entity("e1", EntityType.PERSON, "Павел Ломакин", 4),
                entity("e2", EntityType.ORGANIZATION, "«Озёрстрой»", 46),
                entity("e3", EntityType.ORGANIZATION, "компании", 37),
                entity("e4", EntityType.ORGANIZATION, "городской думы", 64)), List.of(), List.of(), List.of());

        StoryAnalysis.Result result = StoryAnalysis.of(List.of(a), id -> Optional.of(analysis), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactly("«Озёрстрой»", "Павел Ломакин");
    }
}
