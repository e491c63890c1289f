package org.dateline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.eval.ClusterScores;
import org.dateline.model.Anomaly;
import org.dateline.model.Article;
import org.dateline.model.Published;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled fictional corpus ({@code samples/}): every document accounted for, its traps handled, stories found. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusTest {

    private static final int DOCUMENTS = 62;
    private static final String JSONL = "feeds/wire-digest.jsonl";

    /** One line of gold.tsv. */
    record Gold(String doc, String story, String lang, List<String> notes) {
        boolean has(String note) {
            return notes.stream().anyMatch(n -> n.equals(note) || n.startsWith(note + ":"));
        }
    }

    Path corpus;
    Path data;
    Dateline engine;
    Dateline.IngestReport report;
    final Map<String, Gold> gold = new LinkedHashMap<>();
    /** gold doc name → outcome of its ingest. */
    final Map<String, Dateline.Outcome> outcomeByDoc = new LinkedHashMap<>();

    @BeforeAll
    void ingestCorpus() throws IOException {
        Path samples = TestData.samples();
        corpus = samples.resolve("corpus");
        for (String line : Files.readAllLines(samples.resolve("gold.tsv"), StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(samples.resolve("gold.tsv")).size())) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            gold.put(f[0], new Gold(f[0], f[1], f[2], f[3].equals("-") ? List.of() : List.of(f[3].split(";"))));
        }
        assertThat(gold).hasSize(DOCUMENTS);

        data = Files.createTempDirectory("dateline-samples-");
        engine = Dateline.open(data, OutletRegistry.bundledPlus(List.of(samples.resolve("outlets.json"))), Config.defaults());
        report = engine.ingest(List.of(corpus), Dateline.Progress.NONE);

        // JSON Lines outcomes are "path:line"; gold names records by id.
        Path feed = corpus.resolve(JSONL);
        ObjectMapper json = new ObjectMapper();
        Map<Integer, String> idByLine = new HashMap<>();
        List<String> lines = Files.readAllLines(feed, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) idByLine.put(i + 1, json.readTree(lines.get(i)).get("id").asText());
        }
        for (Dateline.Outcome o : report.outcomes()) {
            String doc;
            if (o.origin().startsWith(feed + ":")) {
                doc = JSONL + "#" + idByLine.get(Integer.parseInt(o.origin().substring(feed.toString().length() + 1)));
            } else {
                doc = corpus.relativize(Path.of(o.origin())).toString().replace('\\', '/');
            }
            outcomeByDoc.put(doc, o);
        }
    }

    @AfterAll
    void close() throws IOException {
        if (engine != null) engine.close();
        if (data != null) {
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Article article(String doc) {
        Dateline.Outcome o = outcomeByDoc.get(doc);
        assertThat(o).as("outcome of %s", doc).isNotNull();
        return engine.article(o.articleId()).orElseThrow(() -> new AssertionError("no stored article for " + doc));
    }

    private List<Gold> withNote(String note) {
        List<Gold> out = gold.values().stream().filter(g -> g.has(note)).toList();
        assertThat(out).as("gold documents noted %s", note).isNotEmpty();
        return out;
    }

    @Test
    void accountsForEveryDocumentWithoutProblems() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.added() + report.duplicates()).isEqualTo(DOCUMENTS);
        assertThat(outcomeByDoc.keySet()).containsExactlyInAnyOrderElementsOf(gold.keySet());
        assertThat(engine.articleCount()).isEqualTo(report.added());
    }

    @Test
    void restoresTruncatedEnglishTitlesFromTheUrl() {
        assertTruncatedTitlesRestored("en");
    }

    @Test
    void restoresTruncatedRussianTitlesFromTransliteratedUrl() {
        assertTruncatedTitlesRestored("ru");
    }

    private void assertTruncatedTitlesRestored(String lang) {
        List<Gold> truncated = withNote("truncated-title").stream().filter(g -> g.lang().equals(lang)).toList();
        assertThat(truncated).as("%s gold documents noted truncated-title", lang).isNotEmpty();
        for (Gold g : truncated) {
            Article a = article(g.doc());
            assertThat(a.titleOrigin()).as("title origin of %s (%s)", g.doc(), a.title())
                    .isEqualTo(Article.TitleOrigin.RESTORED_FROM_URL);
            assertThat(a.anomalies()).as(g.doc()).extracting(Anomaly::kind).contains(Anomaly.Kind.TITLE_TRUNCATED);
        }
    }

    @Test
    void marksWireCopiesAsCopiesOfTheAgencyOriginalInTheStoryView() {
        for (Gold g : withNote("wire-copy-of")) {
            String originalDoc = g.notes().stream().filter(n -> n.startsWith("wire-copy-of:")).findFirst().orElseThrow()
                    .substring("wire-copy-of:".length());
            Article copy = article(g.doc());
            Article original = article(originalDoc);
            // A verbatim copy that names no other outlet is the same document: deduplicated at ingest.
            if (copy.id().equals(original.id())) continue;
            String storyId = outcomeByDoc.get(g.doc()).storyId();
            if (!storyId.equals(outcomeByDoc.get(originalDoc).storyId())) continue; // clustering is scored elsewhere
            org.dateline.view.StoryView view = engine.storyView(storyId).orElseThrow();
            org.dateline.view.StoryView.Report report = view.reports().stream()
                    .filter(r -> r.articleId().equals(copy.id())).findFirst().orElseThrow();
            assertThat(report.copyOf()).as("%s is a copy of %s", g.doc(), originalDoc).isEqualTo(original.id());
            assertThat(view.independentSources()).as(g.doc()).isLessThan(view.articles());
        }
    }

    @Test
    void repairsUrlsBrokenAcrossLines() {
        for (Gold g : withNote("broken-url")) {
            Article a = article(g.doc());
            assertThat(a.url()).as("canonical URL of %s", g.doc()).isNotNull().startsWith("https://").doesNotContainAnyWhitespaces();
            assertThat(a.anomalies()).as(g.doc()).extracting(Anomaly::kind).contains(Anomaly.Kind.URL_REPAIRED);
        }
    }

    @Test
    void recordsTelegramChannelsThatSharedTheReport() {
        for (Gold g : withNote("telegram")) {
            Article a = article(g.doc());
            assertThat(a.sharedBy()).as("sharedBy of %s", g.doc()).isNotEmpty();
            assertThat(a.text()).as("text of %s", g.doc()).doesNotContain("t.me/");
        }
    }

    @Test
    void flagsRelatedLinksDatedAfterTheReport() {
        for (Gold g : withNote("late-related-link")) {
            assertThat(article(g.doc()).anomalies()).as(g.doc()).extracting(Anomaly::kind)
                    .contains(Anomaly.Kind.LINK_DATED_AFTER_DOCUMENT);
        }
    }

    @Test
    void takesThePublicationDayFromTheUrlWhereNothingElseGivesIt() {
        for (Gold g : withNote("date-from-url-only")) {
            Article a = article(g.doc());
            assertThat(a.published()).as("published of %s", g.doc()).isNotNull();
            assertThat(a.published().origin()).as("date origin of %s", g.doc()).isEqualTo(Published.Origin.URL);
        }
    }

    @Test
    void declaredLanguagesMatchGold() {
        for (Gold g : gold.values()) {
            assertThat(article(g.doc()).language()).as("language of %s", g.doc()).isEqualTo(g.lang());
        }
    }

    @Test
    void clusteringWithinEachLanguageReachesBcubedF1OfAtLeast085() {
        Map<String, List<String>> predicted = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Gold g : gold.values()) {
            Dateline.Outcome o = outcomeByDoc.get(g.doc());
            predicted.computeIfAbsent(g.lang(), l -> new ArrayList<>()).add(o.storyId());
            // "-" = belongs to no story: each such document is a story of its own.
            expected.computeIfAbsent(g.lang(), l -> new ArrayList<>()).add(g.story().equals("-") ? "-" + g.doc() : g.story());
        }
        // B-cubed restricted to same-language pairs = per-language B-cubed, averaged over all documents.
        double p = 0, r = 0;
        int n = 0;
        StringBuilder figures = new StringBuilder();
        for (String lang : predicted.keySet()) {
            ClusterScores s = ClusterScores.score(predicted.get(lang), expected.get(lang));
            p += s.bcubed().precision() * s.docs();
            r += s.bcubed().recall() * s.docs();
            n += s.docs();
            figures.append(String.format("%s: %d docs, %d stories (gold %d), B-cubed P=%.4f R=%.4f F1=%.4f, pairwise F1=%.4f%n",
                    lang, s.docs(), s.stories(), s.goldStories(), s.bcubed().precision(), s.bcubed().recall(),
                    s.bcubed().f1(), s.pairwise().f1()));
        }
        ClusterScores.Prf bcubed = ClusterScores.Prf.of(p / n, r / n);
        figures.append(String.format("same-language B-cubed: P=%.4f R=%.4f F1=%.4f%n", bcubed.precision(), bcubed.recall(), bcubed.f1()));
        System.out.print("[sample corpus]\n" + figures);
        assertThat(n).isEqualTo(DOCUMENTS);
        assertThat(bcubed.f1()).as("same-language B-cubed F1 on samples/\n%s", figures).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void reportsOfOneEventInTwoLanguagesAreOneStoryAndItsTwinStaysApart() {
        Map<String, java.util.Set<String>> languages = new LinkedHashMap<>();
        for (Gold g : gold.values()) {
            if (!g.story().equals("-")) languages.computeIfAbsent(g.story(), s -> new java.util.TreeSet<>()).add(g.lang());
        }
        List<String> crossLanguage = languages.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        assertThat(crossLanguage).as("gold stories reported in more than one language").isNotEmpty();
        for (String story : crossLanguage) {
            Map<String, String> predicted = new java.util.TreeMap<>();
            for (Gold g : gold.values()) {
                if (g.story().equals(story)) predicted.put(g.doc(), engine.currentStoryId(outcomeByDoc.get(g.doc()).storyId()));
            }
            assertThat(new java.util.HashSet<>(predicted.values())).as("stories of the %s reports %s", story, predicted).hasSize(1);
        }
        for (Gold g : withNote("twin-event-of")) {
            String twin = g.notes().stream().filter(n -> n.startsWith("twin-event-of:")).findFirst().orElseThrow()
                    .substring("twin-event-of:".length());
            String mine = engine.currentStoryId(outcomeByDoc.get(g.doc()).storyId());
            for (Gold t : gold.values()) {
                if (!t.story().equals(twin)) continue;
                assertThat(engine.currentStoryId(outcomeByDoc.get(t.doc()).storyId())).as("%s (%s) and %s (%s)", g.doc(), g.story(),
                        t.doc(), twin).isNotEqualTo(mine);
            }
        }
    }

    @Test
    void explainsWhyAReportIsInItsStoryAndNotInItsTwins() {
        Gold g = withNote("twin-event-of").get(0);
        String twin = g.notes().stream().filter(n -> n.startsWith("twin-event-of:")).findFirst().orElseThrow()
                .substring("twin-event-of:".length());
        String articleId = outcomeByDoc.get(g.doc()).articleId();
        String own = engine.currentStoryId(outcomeByDoc.get(g.doc()).storyId());
        String other = gold.values().stream().filter(t -> t.story().equals(twin)).findFirst()
                .map(t -> engine.currentStoryId(outcomeByDoc.get(t.doc()).storyId())).orElseThrow();

        org.dateline.story.Scorecard apart = engine.explain(articleId, other).orElseThrow();
        assertThat(apart.storyId()).isEqualTo(other);
        assertThat(apart.joins()).as("%s against its twin's story: %s", g.doc(), apart).isFalse();
        assertThat(apart.score()).isLessThan(apart.threshold());
        assertThat(apart.members()).isNotEmpty().noneMatch(m -> m.articleId().equals(articleId));
        assertThat(apart.adjustments()).isNotEmpty();
        // a story with no report in the article's time window would never be looked at, and the scorecard says so
        boolean outOfWindow = apart.members().stream().allMatch(m -> m.hoursApart() != null && m.hoursApart() > 72);
        assertThat(apart.adjustments().stream().anyMatch(a -> a.contains("would not look at this story")))
                .as("window note in %s", apart.adjustments()).isEqualTo(outOfWindow);

        java.util.List<String> ownMembers = engine.story(own).orElseThrow().articleIds();
        if (ownMembers.size() > 1) {
            org.dateline.story.Scorecard in = engine.explain(articleId, own).orElseThrow();
            // the article is compared with the others, never with itself, and scores higher than in the twin's story
            assertThat(in.members()).extracting(org.dateline.story.Scorecard.Member::articleId)
                    .doesNotContain(articleId).isSubsetOf(ownMembers);
            assertThat(in.score()).isGreaterThan(apart.score());
            assertThat(in.members()).isSortedAccordingTo(
                    java.util.Comparator.comparingDouble(org.dateline.story.Scorecard.Member::similarity).reversed());
        }
        assertThat(engine.explain("h0000000000000000", own)).isEmpty();
        assertThat(engine.explain(articleId, "s0000000000000000")).isEmpty();
    }

    @Test
    void listsStoriesInTheOrderOfTheirRankAsOfTheNewestReport() {
        List<org.dateline.model.Story> top = engine.stories(100);
        java.time.Instant newest = top.stream().map(org.dateline.model.Story::lastUpdated)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        List<Double> ranks = top.stream().map(st -> engine.rankAsOf(st, newest)).toList();

        assertThat(ranks).isSortedAccordingTo(Comparator.reverseOrder());
        // the faded rank is what the order uses: the raw importance alone is not in order on this corpus
        List<Double> importance = top.stream().map(org.dateline.model.Story::rank).toList();
        assertThat(importance).isNotEqualTo(importance.stream().sorted(Comparator.reverseOrder()).toList());
    }
}
