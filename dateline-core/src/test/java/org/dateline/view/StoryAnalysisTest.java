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

    @Test
    void aNameInTwoScriptsIsShownInLatinLettersWhicheverHasMoreReports() {
        List<Article> articles = List.of(report(1, "ru", "Дарио Кессель заявил.", 10),
                report(2, "ru", "Дарио Кессель сказал.", 11), report(3, "en", "Dario Kessel said so.", 12));
        Map<String, Analysis> analyses = Map.of(
                articles.get(0).id(), new Analysis(articles.get(0).id(), "ru", "test", List.of(entity("e1", EntityType.PERSON, "Дарио Кессель", 0)), List.of(), List.of(), List.of()),
                articles.get(1).id(), new Analysis(articles.get(1).id(), "ru", "test", List.of(entity("e1", EntityType.PERSON, "Дарио Кессель", 0)), List.of(), List.of(), List.of()),
                articles.get(2).id(), new Analysis(articles.get(2).id(), "en", "test", List.of(entity("e1", EntityType.PERSON, "Dario Kessel", 0)), List.of(), List.of(), List.of()));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).singleElement().extracting(StoryView.EntityCount::name).isEqualTo("Dario Kessel");
    }

    /** A person entity of a report, named {@code times} times, keyed as the linker keys it. */
    private static DocumentEntity person(String name, int times) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < times; i++) mentions.add(new Mention(EntityType.PERSON, i * 40, i * 40 + name.length(), name));
        String key = org.dateline.analyze.entity.NameKeys.key(name);
        return new DocumentEntity("e" + Integer.toHexString(key.hashCode()), key, EntityType.PERSON, name, List.of(name),
                List.of(), mentions);
    }

    @Test
    void oneManWithAndWithoutHisMiddleInitialOrByHisShortNameIsOneEntity() {
        Normalizer normalizer = new Normalizer(OutletRegistry.bundled());
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            articles.add(normalizer.normalize(new RawDocument("test", i, RawDocument.Format.JSON_LINES, "LaRue died in Biloxi.",
                    Map.of("title", "LaRue dies", "url", "https://example.org/" + i, "published", "2004-07-29T10:00:00Z",
                            "lang", "en", "source", "example" + i + ".org"), "h" + i)));
        }
        Map<String, Analysis> analyses = Map.of(
                articles.get(0).id(), new Analysis(articles.get(0).id(), "en", "test",
                        List.of(person("Frederick C. LaRue", 5), person("Ike Parsons LaRue", 1)), List.of(), List.of(), List.of()),
                articles.get(1).id(), new Analysis(articles.get(1).id(), "en", "test",
                        List.of(person("Fred LaRue", 6), person("Mr. LaRue", 4), person("William T. LaRue", 1)), List.of(), List.of(), List.of()),
                articles.get(2).id(), new Analysis(articles.get(2).id(), "en", "test",
                        List.of(person("George W. Bush", 2), person("George H. W. Bush", 2), person("George Bush", 1)),
                        List.of(), List.of(), List.of()));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name, StoryView.EntityCount::mentions).containsExactly(
                org.assertj.core.api.Assertions.tuple("Fred LaRue", 15),
                org.assertj.core.api.Assertions.tuple("George H. W. Bush", 2),
                org.assertj.core.api.Assertions.tuple("George W. Bush", 2),
                org.assertj.core.api.Assertions.tuple("George Bush", 1),
                org.assertj.core.api.Assertions.tuple("Ike Parsons LaRue", 1),
                org.assertj.core.api.Assertions.tuple("William T. LaRue", 1));
    }

    private static final Normalizer NORMALIZER = new Normalizer(OutletRegistry.bundled());

    /** Report {@code n} of example.org in {@code lang}, published at {@code hour} o'clock on 13 March 2026. */
    private static Article report(int n, String lang, String text, int hour) {
        return NORMALIZER.normalize(new RawDocument("test", n, RawDocument.Format.JSON_LINES, text,
                Map.of("title", text.split(" ")[0], "url", "https://example.org/" + lang + "/" + n,
                        "published", String.format("2026-03-13T%02d:00:00Z", hour), "lang", lang, "source", "example.org"), "h" + n));
    }

    /** An entity of a report keyed and identified as the linker does it. */
    private static DocumentEntity keyed(EntityType type, String name) {
        String key = org.dateline.analyze.entity.NameKeys.key(name);
        return new DocumentEntity(org.dateline.analyze.entity.NameKeys.id(key), key, type, name, List.of(name), List.of(),
                List.of(new Mention(type, 0, name.length(), name)));
    }

    /** The analyses of {@code articles}, the i-th holding the entities listed i-th (no quotes, dates or events). */
    @SafeVarargs
    private static Map<String, Analysis> withEntities(List<Article> articles, List<DocumentEntity>... entities) {
        Map<String, Analysis> out = new java.util.HashMap<>();
        for (int i = 0; i < entities.length; i++) {
            Article a = articles.get(i);
            out.put(a.id(), new Analysis(a.id(), a.language(), "test", entities[i], List.of(), List.of(), List.of()));
        }
        return out;
    }

    @Test
    void bodiesAndPlacesTranslatedOrQualifiedByAPlaceOfTheStoryAreOneEntity() {
        List<Article> articles = List.of(report(1, "ru", "Землетрясение в Серранском нагорье.", 10),
                report(2, "en", "An earthquake in the Serran Highlands.", 11),
                report(3, "en", "An earthquake struck the Serran Highlands of Valmara.", 12));
        Map<String, Analysis> analyses = Map.of(
                articles.get(0).id(), new Analysis(articles.get(0).id(), "ru", "test", List.of(
                        keyed(EntityType.LOCATION, "Серранское нагорье Валмары"),
                        keyed(EntityType.ORGANIZATION, "Национальный сейсмологический институт")), List.of(), List.of(), List.of()),
                articles.get(1).id(), new Analysis(articles.get(1).id(), "en", "test", List.of(
                        keyed(EntityType.LOCATION, "Serran Highlands"),
                        keyed(EntityType.ORGANIZATION, "National Seismological Institute"),
                        keyed(EntityType.ORGANIZATION, "National Guard")), List.of(), List.of(), List.of()),
                articles.get(2).id(), new Analysis(articles.get(2).id(), "en", "test", List.of(
                        keyed(EntityType.LOCATION, "Serran Highlands of Valmara"),
                        keyed(EntityType.LOCATION, "Valmara")), List.of(), List.of(), List.of()));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactlyInAnyOrder(
                "Serran Highlands", "National Seismological Institute", "National Guard", "Valmara");
        assertThat(result.entities()).filteredOn(e -> e.name().equals("Serran Highlands")).singleElement()
                .extracting(StoryView.EntityCount::mentions).isEqualTo(3);
    }

    private static org.dateline.analyze.event.EventFrame signing(org.dateline.analyze.event.EventStatus status, String time,
                                                                 DocumentEntity... parties) {
        List<org.dateline.analyze.event.EventFrame.Participant> people = new java.util.ArrayList<>();
        for (DocumentEntity p : parties) people.add(new org.dateline.analyze.event.EventFrame.Participant(p.id(), p.name(), 1));
        return new org.dateline.analyze.event.EventFrame(org.dateline.analyze.event.EventType.AGREEMENT, status, people, List.of(),
                null, time, time == null ? null : "Monday", List.of("sign"), List.of(status + " " + time + " " + people.stream().map(p -> p.name()).toList()));
    }

    @Test
    void aSigningAnnouncedForADayAndToldAsDoneThatDayIsOneEventThatHappened() {
        List<Article> articles = List.of(report(1, "en", "Varga and Reinholt signed the rail deal in Saltmere on Monday.", 9),
                report(2, "en", "The ministers will sign the rail deal on Monday.", 10),
                report(3, "en", "Varga and Reinholt signed the deal.", 11),
                report(4, "en", "Reinholt and Varga signed.", 12),
                report(5, "en", "A second deal was signed on Friday.", 13));
        DocumentEntity varga = keyed(EntityType.PERSON, "Ilse Varga"), reinholt = keyed(EntityType.PERSON, "Tomas Reinholt");
        DocumentEntity saltmere = keyed(EntityType.LOCATION, "Saltmere"), orvik = keyed(EntityType.LOCATION, "Orvik"),
                link = keyed(EntityType.ORGANIZATION, "Northern Rail Link"), railways = keyed(EntityType.ORGANIZATION, "Kestrian Railways");
        var planned = org.dateline.analyze.event.EventStatus.PLANNED;
        var happened = org.dateline.analyze.event.EventStatus.HAPPENED;
        // the announcement names others beside the two ministers than the first report of the signing does: the two
        // meet only once the later reports have shown who signed
        List<List<org.dateline.analyze.event.EventFrame>> frames = List.of(
                List.of(signing(happened, "2026-03-16", varga, reinholt, saltmere, orvik)),
                List.of(signing(planned, "2026-03-16", varga, reinholt, link, railways)),
                List.of(signing(happened, null, varga, reinholt)),
                List.of(signing(happened, null, reinholt, varga)),
                List.of(signing(happened, "2026-03-20", keyed(EntityType.PERSON, "Agnes Holm"))));
        Map<String, Analysis> analyses = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            analyses.put(a.id(), new Analysis(a.id(), "en", "test", List.of(varga, reinholt, saltmere, orvik, link, railways),
                    List.of(), List.of(), frames.get(i)));
        }

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.events()).hasSize(2);
        var signed = result.events().get(0).frame();
        assertThat(signed.status()).isEqualTo(happened);
        assertThat(signed.time()).isEqualTo("2026-03-16");
        assertThat(signed.participants()).extracting(org.dateline.analyze.event.EventFrame.Participant::name)
                .containsExactlyInAnyOrder("Ilse Varga", "Tomas Reinholt");
        assertThat(signed.sentences()).hasSize(4);
        assertThat(result.events().get(1).frame().time()).isEqualTo("2026-03-20");
    }

    @Test
    void aPlaceNamedAfterATownIsNotTheTownAndItsShortNameIsIt() {
        List<Article> articles = List.of(report(1, "en", "Thieves broke into the Orvik Maritime Museum.", 10),
                report(2, "en", "The Maritime Museum in Orvik was raided.", 11));
        Map<String, Analysis> analyses = withEntities(articles,
                List.of(keyed(EntityType.LOCATION, "Orvik Maritime Museum")),
                List.of(keyed(EntityType.LOCATION, "Maritime Museum"), keyed(EntityType.LOCATION, "Orvik")));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        // the museum is named in full and short, the town once on its own
        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactlyInAnyOrder("Orvik Maritime Museum", "Orvik");
        assertThat(result.entities()).extracting(StoryView.EntityCount::mentions).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void anOrganisationNamedByOneOfItsWordsOrItsInitialsIsTheOrganisation() {
        List<Article> articles = List.of(report(1, "en", "Islandlink Ferries said the ferry lost power.", 10),
                report(2, "en", "Islandlink said the crew was safe. Acme Corp and Acme Bank declined to comment. Acme did too.", 11));
        Map<String, Analysis> analyses = withEntities(articles,
                List.of(keyed(EntityType.ORGANIZATION, "Islandlink Ferries"), keyed(EntityType.ORGANIZATION, "Belém Rovers"),
                        keyed(EntityType.ORGANIZATION, "Tagus Dockworkers' Union")),
                List.of(keyed(EntityType.ORGANIZATION, "Islandlink"), keyed(EntityType.ORGANIZATION, "Rovers"),
                        keyed(EntityType.ORGANIZATION, "TDU"), keyed(EntityType.ORGANIZATION, "Acme Corp"),
                        keyed(EntityType.ORGANIZATION, "Acme Bank"), keyed(EntityType.ORGANIZATION, "Acme")));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        // "Acme" begins two organisations' names: which one it is, the story does not tell
        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactlyInAnyOrder(
                "Islandlink Ferries", "Belém Rovers", "Tagus Dockworkers' Union", "Acme Corp", "Acme Bank", "Acme");
        assertThat(StoryAnalysis.initials("National Bank of Valmara")).isEqualTo("NBV");
        assertThat(StoryAnalysis.initials("Star magazine")).isEmpty();
    }

    @Test
    void aBodyNamedWithoutItsPlaceOrWithoutItsLeadingNounIsTheBody() {
        List<Article> articles = List.of(report(1, "en", "The National Bank of Valmara raised its rate.", 10),
                report(2, "ru", "Пожар тушило управление МЧС по Приозёрной области.", 11),
                report(3, "en", "The National Bank said inflation was too high.", 12));
        Map<String, Analysis> analyses = withEntities(articles,
                List.of(keyed(EntityType.ORGANIZATION, "National Bank of Valmara"), keyed(EntityType.LOCATION, "Valmara")),
                List.of(keyed(EntityType.ORGANIZATION, "управление МЧС по Приозёрной области"),
                        keyed(EntityType.ORGANIZATION, "МЧС по Приозёрной области")),
                List.of(keyed(EntityType.ORGANIZATION, "National Bank")));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactlyInAnyOrder(
                "National Bank of Valmara", "Valmara", "МЧС по Приозёрной области");
    }

    @Test
    void anOutletNamedShortInItsOwnReportIsTheOutlet() {
        Article ledger = NORMALIZER.normalize(new RawDocument("test", 1, RawDocument.Format.JSON_LINES,
                "Savers can expect less, according to calculations by the Ledger.", Map.of("title", "Rates",
                        "published", "2026-03-13T10:00:00Z", "lang", "en", "source", "The Northern Ledger"), "h1"));
        Article wire = NORMALIZER.normalize(new RawDocument("test", 2, RawDocument.Format.JSON_LINES,
                "Rates rose, according to a statement obtained by MPA.", Map.of("title", "Rates up",
                        "published", "2026-03-13T11:00:00Z", "lang", "en", "source", "Meridian Press Agency"), "h2"));
        List<Article> articles = List.of(ledger, wire);
        Map<String, Analysis> analyses = withEntities(articles,
                List.of(keyed(EntityType.LOCATION, "Ledger"), keyed(EntityType.PERSON, "Northern")),
                List.of(keyed(EntityType.ORGANIZATION, "MPA")));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name, StoryView.EntityCount::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("The Northern Ledger", "organization"),
                        org.assertj.core.groups.Tuple.tuple("Meridian Press Agency", "organization"),
                        org.assertj.core.groups.Tuple.tuple("Northern", "person"));
    }

    @Test
    void namesWithACommonNounOnOneSideAreOneEntityAcrossScripts() {
        List<Article> articles = List.of(report(1, "en", "The bell tower of St Elric's church fell into the Lennart Gorge.", 10),
                report(2, "ru", "Колокольня церкви Святого Эльрика упала в ущелье Леннарт.", 11));
        Map<String, Analysis> analyses = withEntities(articles,
                List.of(keyed(EntityType.ORGANIZATION, "St Elric"), keyed(EntityType.LOCATION, "Lennart Gorge")),
                List.of(keyed(EntityType.ORGANIZATION, "церковь Святого Эльрика"), keyed(EntityType.LOCATION, "Леннарт")));

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).extracting(StoryView.EntityCount::name).containsExactlyInAnyOrder("St Elric", "Lennart Gorge");
    }

    @Test
    void aPlaceNamedInSeveralCasesIsShownInTheSpellingWithANominativesEnding() {
        List<Article> articles = new java.util.ArrayList<>();
        Map<String, Analysis> analyses = new java.util.HashMap<>();
        String[] spellings = {"Карвелу", "Карвелу", "Карвела"};
        for (int i = 0; i < spellings.length; i++) {
            Article a = report(i + 1, "ru", "Помощь идёт в " + spellings[i] + ".", 10 + i);
            articles.add(a);
            analyses.put(a.id(), new Analysis(a.id(), "ru", "test", List.of(keyed(EntityType.LOCATION, spellings[i])), List.of(), List.of(), List.of()));
        }

        StoryAnalysis.Result result = StoryAnalysis.of(articles, id -> Optional.ofNullable(analyses.get(id)), Map.of());

        assertThat(result.entities()).singleElement().extracting(StoryView.EntityCount::name).isEqualTo("Карвела");
    }
}
