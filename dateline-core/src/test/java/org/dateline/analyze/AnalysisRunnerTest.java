package org.dateline.analyze;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.NameKeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The deep path after the fast path: pending marks, analyses stored, progress counted, odd input survived. */
class AnalysisRunnerTest {

    private static RawDocument doc(int n, String text) {
        return new RawDocument("test", n, RawDocument.Format.JSON_LINES, text,
                Map.of("title", "Report " + n, "url", "https://example.org/a/" + n, "published", "2026-03-02T10:00:00Z",
                        "lang", "en", "source", "example.org"), "h" + n);
    }

    @Test
    void storedArticlesWaitUntilAnalysedAndAreThenCounted(@TempDir Path dir) {
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(dir, Map.of()))) {
            engine.add(doc(1, "Mayor Anna Kowalski opened the Northern Bridge in Fairport on Monday. \"It took two years,\" Kowalski said."));
            engine.add(doc(2, "x ".repeat(150_000)));
            engine.commit();
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(0, 2));
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(2, 0));
            // a second run finds nothing left to do
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isZero();
        }
        try (Dateline reopened = Dateline.openReadOnly(dir)) {
            Analysis a = reopened.analysis(reopened.stories(10).stream()
                    .flatMap(s -> s.articleIds().stream()).filter(id -> reopened.article(id).orElseThrow().title().equals("Report 1"))
                    .findFirst().orElseThrow()).orElseThrow();
            assertThat(a.quotes()).anySatisfy(q -> assertThat(q.content()).isEqualTo("It took two years"));
            assertThat(a.dates()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2026-03-02"));
        }
    }

    @Test
    void articlesStoredWithoutAMarkAreFoundAndMarked(@TempDir Path dir) {
        try (org.dateline.store.LuceneStore store = org.dateline.store.LuceneStore.open(dir)) {
            org.dateline.model.Article a = new org.dateline.normalize.Normalizer(OutletRegistry.bundled())
                    .normalize(doc(3, "Harbour director Omar Field said the pier would reopen on Friday."));
            store.putArticle(a, "s1");
            store.commit();
            assertThat(store.pendingCount()).isZero();
            assertThat(store.markUnanalysed()).isEqualTo(1);
            assertThat(store.pendingAnalyses(10)).containsExactly(a.id());
            // marked once: a second pass finds nothing new
            assertThat(store.markUnanalysed()).isZero();
        }
    }

    @Test
    void analysingAgainRedoesEveryArticleOnceAndKeepsTheCounts(@TempDir Path dir) {
        try (Dateline engine = Dateline.open(dir, OutletRegistry.bundled(), Config.load(dir, Map.of()))) {
            engine.add(doc(4, "Mayor Anna Kowalski opened the Northern Bridge in Fairport on Monday. \"It took two years,\" Kowalski said."));
            engine.add(doc(5, "Harbour director Omar Field said the pier would reopen on Friday."));
            engine.commit();
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);

            assertThat(engine.markUnanalysed()).isZero();
            assertThat(engine.markAllForAnalysis()).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(0, 2));
            assertThat(engine.analyzePending(100, AnalysisRunner.Progress.NONE)).isEqualTo(2);
            assertThat(engine.analysisStatus()).isEqualTo(new Dateline.AnalysisStatus(2, 0));
        }
    }

    private static DocumentEntity entity(String name, EntityType type, int mentions) {
        List<Mention> spans = new java.util.ArrayList<>();
        for (int i = 0; i < mentions; i++) spans.add(new Mention(type, i * 20, i * 20 + name.length(), name));
        String key = NameKeys.key(name);
        return new DocumentEntity(NameKeys.id(key), key, type, name, List.of(name), List.of(), spans);
    }

    private static Analysis analysisOf(DocumentEntity... entities) {
        return new Analysis("a1", "en", "test", List.of(entities), List.of(), List.of(), List.of());
    }

    private static EntityType typed(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void aNameMentionedOnceTakesTheTypeOtherArticlesAgreeOn() {
        Analysis a = analysisOf(entity("Valmara", EntityType.PERSON, 1), entity("Jonas Ekdahl", EntityType.PERSON, 5));
        Map<String, Map<EntityType, Integer>> elsewhere = Map.of(
                entity("Valmara", EntityType.LOCATION, 1).id(), Map.of(EntityType.LOCATION, 9, EntityType.PERSON, 1),
                entity("Jonas Ekdahl", EntityType.PERSON, 1).id(), Map.of(EntityType.PERSON, 4));

        Analysis typed = AnalysisRunner.typeAsElsewhere(a, id -> elsewhere.getOrDefault(id, Map.of()));

        assertThat(typed(typed, "Valmara")).isEqualTo(EntityType.LOCATION);
        assertThat(typed(typed, "Jonas Ekdahl")).isEqualTo(EntityType.PERSON);
        // the id is the name's, whatever the type
        assertThat(typed.entities().get(0).id()).isEqualTo(a.entities().get(0).id());
    }

    @Test
    void theArticlesOwnTypeStaysWhenItIsSureOrTheOthersAreFewOrDivided() {
        Map<EntityType, Integer> places = Map.of(EntityType.LOCATION, 9);
        // mentioned often enough to trust the article
        assertThat(typed(AnalysisRunner.typeAsElsewhere(analysisOf(entity("Jordan", EntityType.PERSON, 3)), id -> places),
                "Jordan")).isEqualTo(EntityType.PERSON);
        // too few articles elsewhere
        assertThat(typed(AnalysisRunner.typeAsElsewhere(analysisOf(entity("Jordan", EntityType.PERSON, 1)),
                id -> Map.of(EntityType.LOCATION, 2)), "Jordan")).isEqualTo(EntityType.PERSON);
        // divided: fewer than three times as many for the other type
        assertThat(typed(AnalysisRunner.typeAsElsewhere(analysisOf(entity("Jordan", EntityType.PERSON, 1)),
                id -> Map.of(EntityType.LOCATION, 6, EntityType.PERSON, 3)), "Jordan")).isEqualTo(EntityType.PERSON);
        // miscellany (a nationality, an event) keeps its own
        assertThat(typed(AnalysisRunner.typeAsElsewhere(analysisOf(entity("Kestrian", EntityType.MISC, 1)), id -> places),
                "Kestrian")).isEqualTo(EntityType.MISC);
    }

    @Test
    void theStoreCountsTheArticlesGivingEachTypeOnceEvenAfterReanalysis(@TempDir Path dir) {
        try (org.dateline.store.LuceneStore store = org.dateline.store.LuceneStore.open(dir)) {
            org.dateline.normalize.Normalizer normalizer = new org.dateline.normalize.Normalizer(OutletRegistry.bundled());
            DocumentEntity place = entity("Valmara", EntityType.LOCATION, 2);
            DocumentEntity person = entity("Valmara", EntityType.PERSON, 1);
            for (int n = 10; n < 14; n++) {
                org.dateline.model.Article article = normalizer.normalize(doc(n, "Valmara raised its key rate " + n + " times."));
                store.putArticle(article, "s" + n);
                DocumentEntity e = n == 13 ? person : place;
                store.putAnalysis(new Analysis(article.id(), "en", "test", List.of(e), List.of(), List.of(), List.of()), "s" + n);
                // analysed again: the older analysis is replaced, not counted twice
                store.putAnalysis(new Analysis(article.id(), "en", "test", List.of(e), List.of(), List.of(), List.of()), "s" + n);
            }
            store.commit();

            assertThat(store.typesOf(place.id())).containsExactlyInAnyOrderEntriesOf(
                    Map.of(EntityType.LOCATION, 3, EntityType.PERSON, 1));
            assertThat(store.typesOf(NameKeys.id("nowhere"))).isEmpty();
        }
    }
}
