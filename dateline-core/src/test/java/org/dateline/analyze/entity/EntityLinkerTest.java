package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EntityLinkerTest {

    /** Mentions of every listed name wherever it occurs in the text, as a recognizer would give them. */
    /** The type of the one entity named {@code name}. */
    static EntityType typeOf(List<DocumentEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equalsIgnoreCase(name)).map(DocumentEntity::type)
                .reduce((a, b) -> { throw new AssertionError("two entities named " + name); })
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + entities));
    }

    /** The type the linker gives {@code name} in {@code text} with the recognizer's {@code typeAndName} mentions. */
    private static EntityType typeIn(String text, String name, Object... typeAndName) {
        return typeOf(new EntityLinker().link(text, mentions(text, typeAndName)), name);
    }

    static List<Mention> mentions(String text, Object... typeAndName) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < typeAndName.length; i += 2) {
            EntityType type = (EntityType) typeAndName[i];
            String name = (String) typeAndName[i + 1];
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int start = at;
                int end = at + name.length();
                boolean insideLonger = out.stream().anyMatch(m -> m.start() <= start && m.end() >= end);
                if (!insideLonger) out.add(new Mention(type, at, end, name));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    @Test
    void aNameTheTextUsesAsAProductsIsNoPlace() {
        String text = "Halvo launched Vesta on Tuesday. Buyers receive a Vesta controller, and Vesta titles cost $60. "
                + "The studio is based in Vesta Bay.";
        assertThat(typeIn(text, "Vesta", EntityType.ORGANIZATION, "Halvo", EntityType.LOCATION, "Vesta Bay",
                EntityType.LOCATION, "Vesta")).isEqualTo(EntityType.MISC);
        // one product noun after a place is no product: "Tokyo headset sales"
        String city = "Orvik is a port. Orvik headset makers said sales rose in Orvik.";
        assertThat(typeIn(city, "Orvik", EntityType.LOCATION, "Orvik")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aDatelinesCapitalsDoNotNameThePlace() {
        String text = "EASTPORT (AP) — Police in Eastport arrested two men on Monday. Eastport officials said more arrests would follow.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.LOCATION, "EASTPORT",
                EntityType.LOCATION, "Eastport"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactly("Eastport");
        assertThat(entities.get(0).variants()).contains("EASTPORT", "Eastport");
        // a place only written in capitals gets the capitals of a name, an organisation keeps them (it may be an acronym)
        String dateline = "WINSTON-SALEM (AP) — The USANA board met on Monday.";
        assertThat(new EntityLinker().link(dateline, mentions(dateline, EntityType.LOCATION, "WINSTON-SALEM",
                EntityType.ORGANIZATION, "USANA"))).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Winston-Salem", "USANA");
        // an acronym is a name in capitals
        assertThat(EntityLinker.shouted("NATO")).isFalse();
        assertThat(EntityLinker.shouted("EASTPORT")).isTrue();
    }

    @Test
    void aModifierSpannedWholeNamesWhatIsBeforeItsHyphen() {
        // CoNLL-2003 spans "U.S.-led" as one misc name, and so does a recognizer trained on it
        String text = "A Moscow-based analyst said Russian-backed fighters and a NATO-led force met near the U.S.-led "
                + "coalition's base. Jean-Luc Brassard and Yuan-dong Li watched. Moscow denied it.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.MISC, "Moscow-based",
                EntityType.MISC, "Russian-backed", EntityType.MISC, "NATO-led", EntityType.MISC, "U.S.-led",
                EntityType.PERSON, "Jean-Luc Brassard", EntityType.PERSON, "Yuan-dong Li", EntityType.LOCATION, "Moscow"));
        assertThat(typeOf(entities, "Moscow")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Russian")).isEqualTo(EntityType.MISC);
        assertThat(typeOf(entities, "NATO")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "U.S.")).isEqualTo(EntityType.LOCATION);
        // a hyphen inside a name, or a lower-case part of one, is the name's
        assertThat(entities).extracting(DocumentEntity::name).contains("Jean-Luc Brassard", "Yuan-dong Li")
                .doesNotContain("Moscow-based", "Russian-backed", "NATO-led", "U.S.-led");
        assertThat(entities.stream().filter(e -> e.name().equals("Moscow")).findFirst().orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void twoPlacesJoinedByABareHyphenAreTwoWhenTheTextNamesOneApart() {
        String text = "Trucks used the Baghdad-Damascus highway. Officials in Damascus said so. "
                + "Winston-Salem and Schlosspark-Klinik are one name each. Rose-Lynn Harlan sang. Where does Rose-Lynn live? "
                + "Rose agreed.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.MISC, "Baghdad-Damascus",
                EntityType.LOCATION, "Damascus", EntityType.LOCATION, "Winston-Salem", EntityType.LOCATION, "Schlosspark-Klinik",
                EntityType.PERSON, "Rose-Lynn Harlan", EntityType.LOCATION, "Rose-Lynn", EntityType.PERSON, "Rose"));
        assertThat(entities).extracting(DocumentEntity::name).contains("Baghdad", "Damascus", "Winston-Salem", "Schlosspark-Klinik")
                .doesNotContain("Baghdad-Damascus", "Lynn");
        // a misc span's place is a place
        assertThat(typeOf(entities, "Baghdad")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void theFallbackRecognizerStopsAtLettersWithoutCase() {
        // Japanese and Korean write no capitals: a Latin acronym runs straight into the next word
        List<Mention> found = new CapitalizedNames().recognize("再起動したら、PCがショートカットで起動しなくなる。放送局 MBC와 SBS는 발표했다.", "ja");
        assertThat(found).extracting(Mention::text).containsExactly("PC", "MBC", "SBS");
    }

    @Test
    void aPersonsTitleSettlesTheTypeOverTheLoneSurnamesOtherReadings() {
        // the recognizer read the lone surname at sentence starts as a place more often than as a person
        String text = "Ambassador Gordon Sondland testified on Wednesday. Sondland routinely bragged about his ties. "
                + "Sondland was known for telling others. Yet Sondland has amended his testimony. Gov. Kristi Noem spoke. "
                + "Noem tweeted later. Noem saw the reaction.";
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(EntityType.PERSON, 11, 26, "Gordon Sondland"));
        for (int at = text.indexOf("Sondland", 30); at >= 0; at = text.indexOf("Sondland", at + 8)) {
            mentions.add(new Mention(EntityType.LOCATION, at, at + 8, "Sondland"));
        }
        int noem = text.indexOf("Kristi Noem");
        mentions.add(new Mention(EntityType.PERSON, noem, noem + 11, "Kristi Noem"));
        for (int at = text.indexOf("Noem", noem + 11); at >= 0; at = text.indexOf("Noem", at + 4)) {
            mentions.add(new Mention(EntityType.ORGANIZATION, at, at + 4, "Noem"));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions);
        assertThat(typeOf(entities, "Gordon Sondland")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Kristi Noem")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anAdjectiveOfNationalityIsApartFromItsCountryInEveryReport() {
        // two reports of one story: one names the country, the other only its adjective; the story lists entities by
        // id, and "Ukrainian" had taken the country's id (one consonant key) in the report without the country
        String first = "Talks on Ukraine resumed in Geneva.";
        String second = "The Ukrainian delegation arrived in Geneva.";
        DocumentEntity country = new EntityLinker().link(first, mentions(first, EntityType.LOCATION, "Ukraine",
                EntityType.LOCATION, "Geneva")).stream().filter(e -> e.name().equals("Ukraine")).findFirst().orElseThrow();
        DocumentEntity adjective = new EntityLinker().link(second, mentions(second, EntityType.MISC, "Ukrainian",
                EntityType.LOCATION, "Geneva")).stream().filter(e -> e.name().equals("Ukrainian")).findFirst().orElseThrow();
        assertThat(adjective.id()).isNotEqualTo(country.id());
        // a misc name that is no adjective keeps its key's id, so another report's typing of it meets it
        String third = "The BRICS summit opened.";
        DocumentEntity brics = new EntityLinker().link(third, mentions(third, EntityType.MISC, "BRICS")).get(0);
        assertThat(brics.id()).isEqualTo(NameKeys.id(brics.key()));
    }

    @Test
    void aSentencesFirstWordCoordinatedWithACommonNounIsNoName() {
        String text = "The strike stranded 37 ships. Cork and wine exporters in the Alentejo warned of delays. "
                + "Baptista and union leaders met on Thursday. Baptista said the offer stands.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Cork", EntityType.LOCATION, "Alentejo", EntityType.PERSON, "Baptista"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Alentejo", "Baptista");
    }

    @Test
    void aStormsNameIsNoPersonsAndKeepsItsStormWord() {
        String text = "NASA delayed the launch because of Hurricane Milton. Milton made landfall near Sarasota.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Milton", EntityType.LOCATION, "Sarasota"));
        // the later "Milton" is the storm's too
        assertThat(entities).filteredOn(e -> e.name().equals("Hurricane Milton")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        assertThat(typeOf(entities, "Hurricane Milton")).isEqualTo(EntityType.MISC);
        assertThat(typeOf(entities, "Sarasota")).isEqualTo(EntityType.LOCATION);
        assertThat(typeIn("Власти эвакуировали жителей из-за урагана «Милтон».", "Милтон", EntityType.PERSON, "Милтон"))
                .isEqualTo(EntityType.MISC);
        // a name after a lower-case or unrelated word stays as the recognizer read it
        assertThat(typeIn("The storm hit. Milton Keynes said it was ready.", "Milton Keynes", EntityType.PERSON, "Milton Keynes"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCompanysNameWithoutTheNounsAroundIt() {
        String text = "The Islandlink Ferries vessel lost power. Operator Islandlink Ferries said the crew was safe. "
                + "Star magazine reported it first.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.ORGANIZATION, "Islandlink Ferries vessel", EntityType.ORGANIZATION, "Operator Islandlink Ferries",
                EntityType.ORGANIZATION, "Star magazine"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Islandlink Ferries", "Star magazine");
        assertThat(entities).filteredOn(e -> e.name().equals("Islandlink Ferries")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void aNameSplitAtItsParticleIsOneName() {
        String text = "Tiago Mourão scored in front of 4,300 supporters at the Campo do Castelo. Rio de Janeiro had rain. "
                + "The Banco de Portugal said Lisbon and Porto were calm.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Tiago Mourão", EntityType.PERSON, "Campo", EntityType.LOCATION, "Castelo",
                EntityType.LOCATION, "Rio", EntityType.LOCATION, "Janeiro", EntityType.ORGANIZATION, "Banco",
                EntityType.LOCATION, "Portugal", EntityType.LOCATION, "Lisbon", EntityType.LOCATION, "Porto"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Tiago Mourão", "Campo do Castelo",
                "Rio de Janeiro", "Banco de Portugal", "Lisbon", "Porto");
        assertThat(entities).filteredOn(e -> e.name().equals("Campo do Castelo")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(entities).filteredOn(e -> e.name().equals("Banco de Portugal")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aSentenceOpeningCompoundIsNoName() {
        String text = "Art-crime experts said the charts would be hard to sell. The Moscow-based firm agreed. Kremlin-backed media were silent.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.ORGANIZATION, "Art", EntityType.LOCATION, "Moscow", EntityType.ORGANIZATION, "Kremlin"));
        // mid-sentence the capital is the name's own
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Moscow");
    }

    @Test
    void surnameAndPossessiveJoinTheFullName() {
        String text = "Mayor Anna Kowalski opened the bridge on Monday. Kowalski said the work took two years. "
                + "Kowalski's deputy Piotr Nowak was also there.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Anna Kowalski", EntityType.PERSON, "Kowalski's", EntityType.PERSON, "Kowalski",
                EntityType.PERSON, "Piotr Nowak"));
        DocumentEntity anna = entities.get(0);
        assertThat(anna.name()).isEqualTo("Anna Kowalski");
        assertThat(anna.mentions()).hasSize(3);
        assertThat(anna.variants()).containsExactlyInAnyOrder("Anna Kowalski", "Kowalski");
        assertThat(entities).extracting(DocumentEntity::name).containsExactly("Anna Kowalski", "Piotr Nowak");
    }

    @Test
    void aPlaceIsNotTheLongerPlaceNamedAfterIt() {
        String text = "Engineers went from door to door in Karvela on Saturday. Six of the injured were still at Karvela "
                + "General Hospital. Acme Inc said Acme would help.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.LOCATION, "Karvela General Hospital", EntityType.LOCATION, "Karvela",
                EntityType.ORGANIZATION, "Acme Inc", EntityType.ORGANIZATION, "Acme"));
        assertThat(entities).extracting(DocumentEntity::name).contains("Karvela", "Karvela General Hospital");
        assertThat(entities).filteredOn(e -> e.name().equals("Karvela General Hospital")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(1));
        // a company's legal form may be left out
        assertThat(entities).filteredOn(e -> e.name().startsWith("Acme")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void aDescriptionIntroducedWithTheNameLaterRefersToThePerson() {
        String text = "Harbour economist Lena Marsh expects prices to fall. \"It will take a year,\" the harbour economist said. "
                + "Port director Omar Field disagreed.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Lena Marsh", EntityType.PERSON, "Omar Field"));
        DocumentEntity lena = entities.stream().filter(e -> e.name().equals("Lena Marsh")).findFirst().orElseThrow();
        assertThat(lena.descriptions()).containsExactly("Harbour economist");
        assertThat(lena.mentions()).hasSize(2);
        int described = text.indexOf("the harbour economist");
        assertThat(lena.covers(described, described + 5)).isTrue();
        DocumentEntity omar = entities.stream().filter(e -> e.name().equals("Omar Field")).findFirst().orElseThrow();
        assertThat(omar.descriptions()).containsExactly("Port director");
    }

    @Test
    void anUnfamiliarTownReadAsASurnameIsAPlaceWhereTheTextPutsThingsInOrNearIt() {
        String text = "Karvela counts the damage. The quake struck 9 km north-east of Karvela. Karvela, a town of 14,000, "
                + "lost its bridge. Mayor Ines Brand said Brand's office stayed open in Karvela.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Karvela", EntityType.PERSON, "Karvela", EntityType.PERSON, "Karvela",
                EntityType.PERSON, "Karvela", EntityType.PERSON, "Ines Brand", EntityType.PERSON, "Brand's"));

        assertThat(typeOf(entities, "Karvela")).isEqualTo(EntityType.LOCATION);
        // a person named after a preposition of place in one mention only stays a person
        assertThat(typeOf(entities, "Ines Brand")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameOfALandformIsAPlaceThoughItReadsAsAPersonsName() {
        String text = "A quake struck Valmara's Serran Highlands. Lauryn Hill sang in Orvik.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Serran Highlands", EntityType.PERSON, "Lauryn Hill"));
        assertThat(typeOf(entities, "Serran Highlands")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Lauryn Hill")).isEqualTo(EntityType.PERSON);
        String street = "The footage shows the pair walking along Harbour Street at 2:40 a.m.";
        assertThat(typeIn(street, "Harbour Street", EntityType.ORGANIZATION, "Harbour Street"))
                .isEqualTo(EntityType.LOCATION);
        // a structure is where things happen, not a party to them
        String link = "The two governments signed an agreement to rebuild the Eastern Rail Link and the Varn Bridge.";
        List<DocumentEntity> structures = new EntityLinker().link(link, mentions(link, EntityType.ORGANIZATION, "Eastern Rail Link",
                EntityType.ORGANIZATION, "Varn Bridge"));
        assertThat(typeOf(structures, "Eastern Rail Link")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(structures, "Varn Bridge")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void commonNounsSpannedAfterADemonymOrBeforeAQuotedRussianNameAreNotTheName() {
        String text = "The Kestrian airline stopped flying. The Liberal Democratic party and Edwin van der Sar said so.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.MISC, "Kestrian airline",
                EntityType.ORGANIZATION, "Liberal Democratic party", EntityType.PERSON, "Edwin van der Sar"));
        assertThat(entities).extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("Kestrian", "Liberal Democratic party", "Edwin van der Sar");
        String ru = "Пожар на складе компании «Трансвектор» потушили. В «Трансвекторе» обещали восстановить склад.";
        assertThat(new EntityLinker().link(ru, mentions(ru, EntityType.ORGANIZATION, "компании «Трансвектор»")))
                .singleElement().extracting(DocumentEntity::name).isEqualTo("«Трансвектор»");
        String opening = "Авиакомпания «Моренис Эйрлайнс» отменила рейсы. Акционеры «Моренис Эйрлайнс» недовольны. "
                + "Новая газета вышла. Партия Новые люди молчит.";
        assertThat(new EntityLinker().link(opening, mentions(opening, EntityType.ORGANIZATION, "Авиакомпания «Моренис Эйрлайнс»",
                EntityType.ORGANIZATION, "«Моренис Эйрлайнс»", EntityType.ORGANIZATION, "Новая газета")))
                .extracting(DocumentEntity::name).containsExactlyInAnyOrder("«Моренис Эйрлайнс»", "Новая газета");
    }

    @Test
    void aBareDescriptorTypedAsAnOrganisationIsTheOrganisationItStandsFor() {
        // (without the Russian dictionary, names are shown as written)
        String text = "Прокуратура проверяет подрядчика. В «Озёрстрое» нарушения отрицают. «Все работы выполнены», — сообщили "
                + "в компании. Контрольно-счётная палата области настаивает на своём: палата передала материалы в суд.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.ORGANIZATION, "Прокуратура",
                EntityType.ORGANIZATION, "«Озёрстрое»", EntityType.ORGANIZATION, "компании",
                EntityType.ORGANIZATION, "Контрольно-счётная палата области", EntityType.ORGANIZATION, "палата"));
        assertThat(entities).extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("Прокуратура", "«Озёрстрое»", "Контрольно-счётная палата области");
        DocumentEntity builder = entities.stream().filter(e -> e.name().equals("«Озёрстрое»")).findFirst().orElseThrow();
        assertThat(builder.mentions()).extracting(Mention::text).containsExactly("«Озёрстрое»", "компании");
        // with no organisation before it to stand for, a descriptor stays what the recognizer made it
        String alone = "В компании заявили, что склад застрахован.";
        assertThat(new EntityLinker().link(alone, mentions(alone, EntityType.ORGANIZATION, "компании")))
                .extracting(DocumentEntity::name).containsExactly("компании");
    }

    @Test
    void aPlaceNoDictionaryDeclinesIsShownInTheSpellingWithANominativesEnding() {
        String text = "Дорогу в Карвелу перекрыл оползень. Гуманитарный груз отправили в Карвелу утром. Карвела восстанавливается.";
        assertThat(new EntityLinker(RussianPersonNames.installed(), new RussianPlaceNames(null)).link(text,
                mentions(text, EntityType.LOCATION, "Карвелу", EntityType.LOCATION, "Карвела")))
                .singleElement().extracting(DocumentEntity::name).isEqualTo("Карвела");
        assertThat(EntityLinker.nominativeLikeness("Карвелу")).isZero();
        assertThat(EntityLinker.nominativeLikeness("Карвеле")).isEqualTo(1);
        assertThat(EntityLinker.nominativeLikeness("Орвик")).isEqualTo(2);
        assertThat(EntityLinker.nominativeLikeness("Orvik")).isEqualTo(2);
    }

    @Test
    void aCenturyNumeralAfterANameIsNoPartOfIt() {
        String text = "Обрушилась колокольня церкви Святого Эльрика XIV века. Людовик XIV правил долго.";
        assertThat(new EntityLinker().link(text, mentions(text, EntityType.ORGANIZATION, "церкви Святого Эльрика XIV",
                EntityType.PERSON, "Людовик XIV"))).extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("церкви Святого Эльрика", "Людовик XIV");
    }

    @Test
    void anAdjectiveIsNotTheNameItSharesConsonantsWith() {
        String text = "German and French bond yields fell. Investors watched Germany and Spain. Paul Haarhuis beat a player "
                + "from Russia, and the Bosnian Serb leader visited the Bosnian Serb Republic.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.MISC, "German",
                EntityType.LOCATION, "Germany", EntityType.PERSON, "Paul Haarhuis", EntityType.LOCATION, "Russia",
                EntityType.LOCATION, "Bosnian Serb Republic", EntityType.MISC, "Bosnian Serb"));
        assertThat(typeOf(entities, "German")).isEqualTo(EntityType.MISC);
        assertThat(typeOf(entities, "Germany")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Russia")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Paul Haarhuis")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Bosnian Serb")).isEqualTo(EntityType.MISC);
        String survey = "The Kestrian Geological Survey measured it. Henrike Sand of the Geological Survey said so.";
        assertThat(new EntityLinker().link(survey, mentions(survey, EntityType.MISC, "Kestrian Geological Survey",
                EntityType.ORGANIZATION, "the Geological Survey"))).singleElement()
                .extracting(DocumentEntity::type).isEqualTo(EntityType.ORGANIZATION);
        // without the misc name's last word, the shorter name is what the misc name is named after: another referent
        String open = "Pete Sampras won the U.S. Open. The U.S. economy grew, and the Hong Kong Open drew crowds in Hong Kong.";
        List<DocumentEntity> events = new EntityLinker().link(open, mentions(open, EntityType.MISC, "U.S. Open",
                EntityType.LOCATION, "U.S.", EntityType.MISC, "Hong Kong Open", EntityType.LOCATION, "Hong Kong"));
        assertThat(events).extracting(DocumentEntity::name, DocumentEntity::type).containsExactlyInAnyOrder(
                tuple("U.S. Open", EntityType.MISC), tuple("U.S.", EntityType.LOCATION),
                tuple("Hong Kong Open", EntityType.MISC), tuple("Hong Kong", EntityType.LOCATION));
        // a headline's capitals are the name the body writes in ordinary case; acronyms stay acronyms
        String shout = "SPACE VIZZION CONCEPT WINS\n\nThe Space Vizzion Concept won. The US EPA agreed.";
        assertThat(new EntityLinker().link(shout, mentions(shout, EntityType.ORGANIZATION, "SPACE VIZZION CONCEPT",
                EntityType.ORGANIZATION, "Space Vizzion Concept", EntityType.ORGANIZATION, "US EPA")))
                .extracting(DocumentEntity::name).containsExactlyInAnyOrder("Space Vizzion Concept", "US EPA");
        assertThat(EntityLinker.shoutedPhrase("TERROR LEVEL")).isTrue();
        assertThat(EntityLinker.shoutedPhrase("KIND OF SCARY")).isTrue();
        assertThat(EntityLinker.shoutedPhrase("US EPA")).isFalse();
        assertThat(EntityLinker.shoutedPhrase("Terror Level")).isFalse();
        String bonds = "German yields fell; Spain and Germany borrowed more.";
        assertThat(new EntityLinker().typedMentions(bonds, List.of(new Mention(EntityType.MISC, 0, 6, "German"),
                new Mention(EntityType.LOCATION, 30, 37, "Germany")))).extracting(Mention::type)
                .containsExactly(EntityType.MISC, EntityType.LOCATION);
    }

    @Test
    void aLongNameSpannedInATitleCaseHeadlineIsNotAnEntity() {
        String text = "Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab\n"
                + "Lindsay Lohan has left the Betty Ford Treatment Center.";
        List<DocumentEntity> entities = new EntityLinker().link(text, List.of(
                new Mention(EntityType.ORGANIZATION, 0, 55, text.substring(0, 55)),
                new Mention(EntityType.PERSON, text.indexOf("\n") + 1, text.indexOf("\n") + 14, "Lindsay Lohan"),
                new Mention(EntityType.ORGANIZATION, text.lastIndexOf("Betty"), text.lastIndexOf("Betty") + 27, "Betty Ford Treatment Center")));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Lindsay Lohan", "Betty Ford Treatment Center");
    }

    @Test
    void aTitleCaseHeadlineWithAPrepositionLikeAlongIsNoName() {
        // further down than the headline block, as in a digest of several reports: the preposition tells
        String text = "In Brisk, the news was greeted with relief. ".repeat(6) + "\n"
                + "Varnish Towns Along Old Rail Line Welcome Reopening Deal, Question the Price\n";
        String headline = "Varnish Towns Along Old Rail Line Welcome Reopening Deal";
        int at = text.indexOf(headline);
        List<DocumentEntity> entities = new EntityLinker().link(text, List.of(
                new Mention(EntityType.ORGANIZATION, at, at + headline.length(), headline),
                new Mention(EntityType.LOCATION, text.indexOf("Brisk"), text.indexOf("Brisk") + 5, "Brisk")));
        assertThat(entities).extracting(DocumentEntity::name).containsExactly("Brisk");
    }

    @Test
    void aNameCoveringMostOfATitleCaseLineIsAHeadlineNotAnEntity() {
        // headlines in title case, whole or after a name and a colon; the recognizer spans them as organisations
        String text = "Trial Begins for Kraft Shooting Suspect\n"
                + "Microsoft Rushes Emergency Fix To Address Internet Explorer Attacks September 17, 2013 4:16 PM ET\n"
                + "Paris: Jewellery Stolen In Casty Shop Raid\n"
                + "Frederick LaRue, 75; Had Key Role in Coverup of the Watergate Break-In\n"
                + "The trial of Yvonne Hiller began at the Philadelphia Court of Common Pleas on Monday.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.ORGANIZATION, "Trial Begins for Kraft Shooting Suspect",
                EntityType.ORGANIZATION, "Microsoft Rushes Emergency Fix To Address Internet Explorer Attacks",
                EntityType.ORGANIZATION, "Jewellery Stolen In Casty Shop Raid",
                EntityType.ORGANIZATION, "Key Role in Coverup of the Watergate Break",
                EntityType.LOCATION, "Paris", EntityType.PERSON, "Frederick LaRue", EntityType.PERSON, "Yvonne Hiller",
                EntityType.ORGANIZATION, "Philadelphia Court of Common Pleas"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Paris", "Frederick LaRue",
                "Yvonne Hiller", "Philadelphia Court of Common Pleas");
        // a name covering most of a line is kept when the line is no headline: a table row, all capitals, prose, or a
        // label further down the text
        String table = "Jose Maria Canizares ( Spain ) 70 71\nSTEVE ELKINGTON WINS\nThe Philadelphia Court of Common Pleas sat.\n"
                + "The company filed for an initial public offering on Monday, its first since it was founded in 1988. "
                + "The shares will be priced next week, the underwriters said in a statement.\n"
                + "Company Name Transkaryotic Therapies Inc";
        assertThat(new EntityLinker().link(table, mentions(table, EntityType.PERSON, "Jose Maria Canizares",
                EntityType.PERSON, "STEVE ELKINGTON", EntityType.ORGANIZATION, "Philadelphia Court of Common Pleas",
                EntityType.ORGANIZATION, "Transkaryotic Therapies Inc")))
                .extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("Jose Maria Canizares", "Steve Elkington", "Philadelphia Court of Common Pleas",
                        "Transkaryotic Therapies Inc");
    }

    @Test
    void aPersonAfterARoleInsideALongerNameIsThePerson() {
        String text = "Brooklyn Supreme Court Judge Vincent Del Giudice told jurors to return. Del Giudice adjourned. "
                + "Staunton Police Chief Jim Williams said the school was safe. The Judge Rotenberg Center stayed closed.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.ORGANIZATION, "Brooklyn Supreme Court Judge Vincent Del Giudice", EntityType.PERSON, "Del Giudice",
                EntityType.ORGANIZATION, "Staunton Police Chief Jim Williams",
                EntityType.ORGANIZATION, "Judge Rotenberg Center"));
        assertThat(typeOf(entities, "Vincent Del Giudice")).isEqualTo(EntityType.PERSON);
        assertThat(entities.stream().filter(e -> e.name().equals("Vincent Del Giudice")).findFirst().orElseThrow().mentions())
                .hasSize(2);
        assertThat(typeOf(entities, "Jim Williams")).isEqualTo(EntityType.PERSON);
        // a role word that begins a name of a place or body leaves it whole
        assertThat(typeOf(entities, "Judge Rotenberg Center")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).extracting(DocumentEntity::name).noneMatch(n -> n.contains("Chief") || n.contains("Judge Vincent"));
    }

    @Test
    void aNameWithoutTheMiddleInitialIsTheSamePerson() {
        String text = "Frederick LaRue, 75, died. Frederick C. LaRue, a Mississippi oil heir, was found guilty. LaRue lived in Biloxi. "
                + "George H. W. Bush met George W. Bush.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.PERSON, "Frederick C. LaRue",
                EntityType.PERSON, "Frederick LaRue", EntityType.PERSON, "LaRue", EntityType.LOCATION, "Mississippi",
                EntityType.LOCATION, "Biloxi", EntityType.PERSON, "George H. W. Bush", EntityType.PERSON, "George W. Bush"));
        assertThat(entities.stream().filter(e -> e.type() == EntityType.PERSON)).extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("Frederick C. LaRue", "George H. W. Bush", "George W. Bush");
        assertThat(entities.stream().filter(e -> e.name().equals("Frederick C. LaRue")).findFirst().orElseThrow().mentions())
                .hasSize(3);
    }

    @Test
    void namesOnEitherSideOfASpacedDashAreTwo() {
        String text = "Бой Ломаченко - Лопес пройдёт в субботу. Ломаченко готов, Лопес тоже. Матч Унион - Бавария перенесли, Бавария недовольна. "
                + "Римский-Корсаков ни при чём. Жан - Мари Ле Пен тоже. Компания ICE — NYSE Euronext молчит. "
                + "Граф Монте - Кристо вернулся.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.PERSON, "Ломаченко - Лопес",
                EntityType.PERSON, "Ломаченко", EntityType.PERSON, "Лопес", EntityType.ORGANIZATION, "Унион - Бавария",
                EntityType.PERSON, "Римский-Корсаков", EntityType.PERSON, "Жан - Мари Ле Пен",
                EntityType.ORGANIZATION, "ICE — NYSE Euronext", EntityType.PERSON, "Монте - Кристо"));
        // a double name the text never splits stays one ("Монте - Кристо" of text rebuilt from tokens)
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("Ломаченко", "Лопес", "Унион",
                "Бавария", "Римский-Корсаков", "Жан - Мари Ле Пен", "ICE — NYSE Euronext", "Монте - Кристо");
        assertThat(entities.stream().filter(e -> e.name().equals("Лопес")).findFirst().orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void aRussianCommonNounBeforeALatinCompanyNameIsNoPartOfItsName() {
        String text = "Ракету построила компания United Launch Alliance. В United Launch Alliance от комментариев отказались.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.ORGANIZATION, "компания United Launch Alliance", EntityType.ORGANIZATION, "United Launch Alliance"));
        // the mention keeps the noun FactRuEval spans with the name; the entity is named by the name alone
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("United Launch Alliance");
            assertThat(e.mentions()).extracting(Mention::text).containsExactly("компания United Launch Alliance", "United Launch Alliance");
        });
    }

    @Test
    void aNicknameBetweenFirstNameAndSurnameLeavesOnePerson() {
        String text = "Vincent \"The Chin\" Gigante, the mob boss, died on Monday. Gigante had feigned madness for decades. "
                + "His brother, the Rev. Louis Gigante, spoke at the funeral. Earvin “Magic” Johnson sent flowers.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.PERSON, "Vincent",
                EntityType.PERSON, "Chin", EntityType.PERSON, "Louis Gigante", EntityType.PERSON, "Gigante",
                EntityType.PERSON, "Earvin", EntityType.PERSON, "Johnson"));
        assertThat(entities).extracting(DocumentEntity::name)
                .containsExactlyInAnyOrder("Vincent Gigante", "Louis Gigante", "Earvin Johnson");
        assertThat(entities.stream().filter(e -> e.name().equals("Vincent Gigante")).findFirst().orElseThrow().mentions())
                .hasSize(2);
    }

    @Test
    void typedMentionsKeepANameJoinedAcrossItsNickname() {
        String text = "Earvin “Magic” Johnson sent flowers. Johnson did not speak.";
        List<Mention> typed = new EntityLinker().typedMentions(text, mentions(text, EntityType.PERSON, "Earvin",
                EntityType.PERSON, "Magic", EntityType.PERSON, "Johnson"));
        assertThat(typed).extracting(Mention::start, Mention::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 22), org.assertj.core.groups.Tuple.tuple(37, 44));
    }

    @Test
    void typedMentionsKeepAShortNameJoinedBeforeAPerson() {
        // the short-name rule widens the mention as link reads it; typed mentions must keep the wider span
        String text = "Narendra Modi met Xi Jinping on the sidelines.";
        List<Mention> typed = new EntityLinker().typedMentions(text, mentions(text, EntityType.PERSON, "Narendra Modi",
                EntityType.PERSON, "Jinping"));
        assertThat(typed).extracting(Mention::text).containsExactly("Narendra Modi", "Xi Jinping");
    }

    @Test
    void aNameEndsBeforeAnApostrophe() {
        // "Aria Health’ s" in text tokenised with spaces: the recognizer takes the apostrophe into the name
        String text = "She was taken to Aria Health’ s Frankford campus, where she was stable.";
        List<DocumentEntity> entities = new EntityLinker().link(text, List.of(
                new Mention(EntityType.ORGANIZATION, 17, 29, "Aria Health’")));
        assertThat(entities).extracting(DocumentEntity::name).containsExactly("Aria Health");
        assertThat(entities.getFirst().mentions()).extracting(Mention::text).containsExactly("Aria Health");
    }

    @Test
    void aOneWordNameThatBeginsACompanysNameIsTheCompanyNotAPerson() {
        String text = "A worker opened fire at Kraft Foods in Philadelphia. Kraft said the plant would reopen. "
                + "Kraft declined to comment.";
        assertThat(typeIn(text, "Kraft", EntityType.ORGANIZATION, "Kraft Foods", EntityType.LOCATION, "Philadelphia",
                EntityType.PERSON, "Kraft")).isEqualTo(EntityType.ORGANIZATION);
        // unless a person of that name is in the text
        String ford = "Henry Ford built the line at Ford Motor in Detroit. Ford said it would last.";
        assertThat(typeIn(ford, "Henry Ford", EntityType.PERSON, "Henry Ford", EntityType.ORGANIZATION, "Ford Motor",
                EntityType.LOCATION, "Detroit", EntityType.PERSON, "Ford")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameWhoseDemonymTheTextUsesIsACountry() {
        String text = "Kestria's transport ministry chartered a plane. The Kestrian airline had stopped flying, and Kestria paid.";
        assertThat(typeIn(text, "Kestria", EntityType.ORGANIZATION, "Kestria",
                EntityType.MISC, "Kestrian")).isEqualTo(EntityType.LOCATION);
        String italy = "Italy's cabinet met. Italian ministers agreed.";
        assertThat(typeIn(italy, "Italy", EntityType.ORGANIZATION, "Italy",
                EntityType.MISC, "Italian")).isEqualTo(EntityType.LOCATION);
        // without the demonym an organisation stays one, and a Russian surname's adjective is no demonym
        String company = "Aeroskye's board met. Aeroskye filed for insolvency.";
        assertThat(typeIn(company, "Aeroskye", EntityType.ORGANIZATION, "Aeroskye"))
                .isEqualTo(EntityType.ORGANIZATION);
        String ru = "Министерство Кестрии заявило, что кестрийские авиакомпании помогут. Путин назвал это путинским планом.";
        List<DocumentEntity> entities = new EntityLinker().link(ru, mentions(ru, EntityType.ORGANIZATION, "Кестрии",
                EntityType.PERSON, "Путин"));
        assertThat(typeOf(entities, "Кестрии")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Путин")).isEqualTo(EntityType.PERSON);
        // and the demonym the recognizer took for an organisation is an adjective
        String carrier = "Flights to Kestria stopped. The Kestrian carrier has 14 aircraft.";
        assertThat(typeIn(carrier, "Kestrian", EntityType.LOCATION, "Kestria",
                EntityType.ORGANIZATION, "Kestrian")).isEqualTo(EntityType.MISC);
        // or typed a place, beside a place named only inside a longer name
        String mark = "The National Bank of Valmara raised rates. The Valmaran mark firmed.";
        assertThat(typeIn(mark, "Valmaran", EntityType.ORGANIZATION, "National Bank of Valmara",
                EntityType.LOCATION, "Valmaran")).isEqualTo(EntityType.MISC);
    }

    @Test
    void aOneWordNameTheTextCallsACompanyIsAnOrganisation() {
        String text = "Dockers want guarantees before operator Lusoterminal brings in cranes. Lusoterminal has offered 4.5%. "
                + "Lusoterminal's plan is old.";
        assertThat(typeIn(text, "Lusoterminal", EntityType.PERSON, "Lusoterminal"))
                .isEqualTo(EntityType.ORGANIZATION);
        String officer = "Lusoterminal chief executive Henrique Baptista said the offer stands. Lusoterminal said so.";
        assertThat(typeIn(officer, "Lusoterminal", EntityType.PERSON, "Lusoterminal",
                EntityType.PERSON, "Henrique Baptista")).isEqualTo(EntityType.ORGANIZATION);
        // a full name is a person whatever a one-word mention of it stands beside
        String person = "Donald Trump spoke. The company Trump founded grew.";
        assertThat(typeIn(person, "Donald Trump", EntityType.PERSON, "Donald Trump",
                EntityType.PERSON, "Trump")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aShortNameTheRecognizerLeftBeforeAPersonIsPartOfIt() {
        String text = "Leaders met on Monday. Narendra Modi met Xi Jinping on the sidelines, and Mr Varn listened.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.PERSON, "Narendra Modi",
                EntityType.PERSON, "Jinping", EntityType.PERSON, "Varn"));
        assertThat(entities).extracting(DocumentEntity::name).contains("Xi Jinping", "Varn").doesNotContain("Mr Varn");
    }

    @Test
    void whereASummitIsHeldIsAPlace() {
        String text = "Leaders met on the sidelines of the summit in Vardask, their first talks in years.";
        assertThat(typeIn(text, "Vardask", EntityType.PERSON, "Vardask")).isEqualTo(EntityType.LOCATION);
        String held = "The talks were held in Orlen on Monday.";
        assertThat(typeIn(held, "Orlen", EntityType.PERSON, "Orlen")).isEqualTo(EntityType.LOCATION);
        // "in" alone, once, does not move a person
        String confidence = "Voters lost confidence in Orlen after the vote.";
        assertThat(typeIn(confidence, "Orlen", EntityType.PERSON, "Orlen")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameAfterARoleOnlyAPersonHoldsIsAPerson() {
        // the recognizer read the chief executive as a company: one mention each way, and the role decides
        String text = "Varnel shares jumped after chief executive Ilse Marten said demand held. Marten said more.";
        assertThat(typeIn(text, "Ilse Marten", EntityType.ORGANIZATION, "Ilse Marten", EntityType.PERSON, "Marten"))
                .isEqualTo(EntityType.PERSON);
        // a theatre after a commander, a company after its market, and Russian genitives stay what they are
        String theatre = "General Oskar Lind, Supreme Allied Commander Atlantic, will attend.";
        assertThat(typeIn(theatre, "Atlantic", EntityType.LOCATION, "Atlantic")).isEqualTo(EntityType.LOCATION);
        String market = "Shares of market leader Varnel fell.";
        assertThat(typeIn(market, "Varnel", EntityType.ORGANIZATION, "Varnel")).isEqualTo(EntityType.ORGANIZATION);
        String russian = "Это заявил президент Кестрии. Президент Кестрии уехал.";
        assertThat(typeIn(russian, "Кестрии", EntityType.LOCATION, "Кестрии")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anAgencyInADatelineAndWhomASourceToldAreOutletsNotPlaces() {
        String text = "LISBON, March 10. /MPA/. Dockers struck, Marta Quelhas told MPA. \"It is dying down,\" he told the Ledger.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.LOCATION, "LISBON",
                EntityType.LOCATION, "MPA", EntityType.LOCATION, "Ledger"));
        assertThat(typeOf(entities, "MPA")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Ledger")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "LISBON")).isEqualTo(EntityType.LOCATION);
        String posted = "The governor wrote on Velgram that two workers were hurt. He posted on Velgram again. "
                + "She said on Capitol Hill that Velgram is slow.";
        List<DocumentEntity> platform = new EntityLinker().link(posted, mentions(posted, EntityType.LOCATION, "Velgram",
                EntityType.LOCATION, "Capitol Hill"));
        assertThat(typeOf(platform, "Velgram")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(platform, "Capitol Hill")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameAfterARussianLandformNounIsAPlace() {
        String ru = "Мост через ущелье Леннарт признали аварийным.";
        assertThat(typeIn(ru, "Леннарт", EntityType.PERSON, "Леннарт"))
                .isEqualTo(EntityType.LOCATION);
        String en = "The bridge over the Lennart Gorge was declared unsafe.";
        assertThat(typeIn(en, "Lennart Gorge", EntityType.PERSON, "Lennart Gorge"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTownInAWireDatelineOrCoordinatedWithAPlaceIsAPlace() {
        String text = "SALTMERE, March 16. /MPA/. The line between Orvik and Saltmere reopens. Talks between Varga and Saltmere's mayor "
                + "went well, and the Orvik–Saltmere trains run.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "SALTMERE", EntityType.LOCATION, "Orvik", EntityType.PERSON, "Saltmere"));
        assertThat(typeOf(entities, "Saltmere")).isEqualTo(EntityType.LOCATION);
        // people are coordinated with people
        String people = "Talks between Varga and Reinholt went well. Reinholt said so.";
        assertThat(new EntityLinker().link(people, mentions(people, EntityType.PERSON, "Varga", EntityType.PERSON, "Reinholt",
                EntityType.PERSON, "Reinholt"))).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
        String born = "Brenner, an Orvik-born navigator, drew the charts.";
        assertThat(typeOf(new EntityLinker().link(born, mentions(born, EntityType.PERSON, "Brenner", EntityType.MISC, "Orvik")),
                "Orvik")).isEqualTo(EntityType.LOCATION);
        String language = "She answered in English, then wrote in English too.";
        assertThat(typeIn(language, "English", EntityType.MISC, "English"))
                .isEqualTo(EntityType.MISC);
        String dateline = "LONDON (Reuters) - Harris said on Monday that Harris would run.";
        assertThat(typeOf(new EntityLinker().link(dateline, mentions(dateline, EntityType.PERSON, "LONDON", EntityType.PERSON, "Harris")),
                "LONDON")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPersonOnceAfterInOrВStaysAPerson() {
        String en = "Voters said they had more confidence in Harris than a year ago.";
        assertThat(new EntityLinker().link(en, mentions(en, EntityType.PERSON, "Harris")))
                .singleElement().extracting(DocumentEntity::type).isEqualTo(EntityType.PERSON);
        String ru = "Нападавший стрелял в Фицо из пистолета.";
        assertThat(new EntityLinker().link(ru, mentions(ru, EntityType.PERSON, "Фицо")))
                .singleElement().extracting(DocumentEntity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aRussianTownAfterВIsAPlaceAndAPersonAfterНаIsNot() {
        String text = "Карвела подсчитывает ущерб. Спасатели работают в Карвеле, палатки стоят возле Карвелы. "
                + "Давление на Ломакина растёт, сказал Ломакин.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Карвела", EntityType.PERSON, "Карвеле", EntityType.PERSON, "Карвелы",
                EntityType.PERSON, "Ломакина", EntityType.PERSON, "Ломакин"));

        assertThat(entities).filteredOn(e -> e.mentions().size() == 3).singleElement()
                .extracting(DocumentEntity::type).isEqualTo(EntityType.LOCATION);
        assertThat(entities).filteredOn(e -> e.mentions().size() == 2).singleElement()
                .extracting(DocumentEntity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPlaceOrPersonSpannedWithTheCommonNounsBeforeItIsNamedWithoutThem() {
        String text = "Эпицентр в 9 км от города Карвела. Дорогу в Карвелу перекрыл оползень. Колокольня рухнула в центре Карвелы. "
                + "Комиссия Европейского союза молчит.";
        int town = text.indexOf("города Карвела");
        int centre = text.indexOf("центре Карвелы");
        int commission = text.indexOf("Комиссия");
        List<DocumentEntity> entities = new EntityLinker().link(text, List.of(
                new Mention(EntityType.LOCATION, town, town + "города Карвела".length(), "города Карвела"),
                new Mention(EntityType.LOCATION, text.indexOf("Карвелу"), text.indexOf("Карвелу") + 7, "Карвелу"),
                // an organisation spanned with a part of a place ("центре", the recognizer's reading) is the place
                new Mention(EntityType.ORGANIZATION, centre, centre + "центре Карвелы".length(), "центре Карвелы"),
                new Mention(EntityType.ORGANIZATION, commission, commission + "Комиссия Европейского союза".length(),
                        "Комиссия Европейского союза")));

        DocumentEntity karvela = entities.stream().filter(e -> e.type() == EntityType.LOCATION).findFirst().orElseThrow();
        assertThat(karvela.name()).isEqualTo("Карвела");
        assertThat(karvela.mentions()).hasSize(3);
        assertThat(karvela.mentions().get(0).start()).isEqualTo(town + "города ".length());
        // organisations keep their common nouns
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(DocumentEntity::name)
                .containsExactly("Комиссия Европейского союза");
    }

    @Test
    void typeIsTheMajorityOfTheMentions() {
        String text = "Fairport said the ferry would run. Fairport is a small town. The council of Fairport met.";
        List<DocumentEntity> entities = new EntityLinker().link(text, List.of(
                new Mention(EntityType.ORGANIZATION, 0, 8, "Fairport"),
                new Mention(EntityType.LOCATION, 35, 43, "Fairport"),
                new Mention(EntityType.LOCATION, text.lastIndexOf("Fairport"), text.lastIndexOf("Fairport") + 8, "Fairport")));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(EntityType.LOCATION);
        assertThat(entities.get(0).mentions()).allMatch(m -> m.type() == EntityType.LOCATION);
    }

    @Test
    void spellingsAndScriptsOfOneNameShareTheId() {
        assertThat(NameKeys.key("Yury Ushakov")).isEqualTo(NameKeys.key("Yuri Ushakov"));
        assertThat(NameKeys.key("Юрий Ушаков")).isEqualTo(NameKeys.key("Yuri Ushakov"));
        assertThat(NameKeys.key("Юрия Ушакова")).isEqualTo(NameKeys.key("Yury Ushakov"));
        assertThat(NameKeys.key("Зеленский")).isEqualTo(NameKeys.key("Zelensky"));
        assertThat(NameKeys.key("Путиным")).isEqualTo(NameKeys.key("Putin's"));
        assertThat(NameKeys.id(NameKeys.key("Yury Ushakov"))).isEqualTo(NameKeys.id(NameKeys.key("Yuri Ushakov")))
                .matches("e[0-9a-f]{12}");
        assertThat(NameKeys.key("Anna Kowalski")).isNotEqualTo(NameKeys.key("Anna Kowalczyk"));
        assertThat(NameKeys.key("the Kremlin")).isEqualTo(NameKeys.key("Kremlin"));
    }

    @Test
    void aLoneFirstOrLastNameJoinsButNotAMiddleOne() {
        String text = "John Paul Rivers spoke. Paul was not there. Rivers left.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "John Paul Rivers", EntityType.PERSON, "Paul", EntityType.PERSON, "Rivers"));
        assertThat(entities).extracting(DocumentEntity::name).containsExactlyInAnyOrder("John Paul Rivers", "Paul");
    }

    @Test
    void aliasesAndAcronymsAreOneReferent() {
        assertThat(NameKeys.key("U.S.")).isEqualTo(NameKeys.key("United States")).isEqualTo(NameKeys.key("США"));
        assertThat(NameKeys.key("Москвы")).isEqualTo(NameKeys.key("Moscow"));
        assertThat(NameKeys.key("ОАЭ")).isEqualTo(NameKeys.key("UAE")).isEqualTo(NameKeys.key("United Arab Emirates"));
        String text = "The United States said the US would respond.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.LOCATION, "United States", EntityType.LOCATION, "US"));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).mentions()).hasSize(2);
        assertThat(entities.get(0).variants()).containsExactlyInAnyOrder("United States", "US");
    }

    @Test
    void aRussianPersonIsNamedInTheNominativeWithTheCaseFormsAsVariants() {
        EntityLinker linker = new EntityLinker(new RussianPersonNames(RussianPersonNamesTest.FAKE));
        String text = "Обращение Антона Мирца зачитали на площади. Мирцу аплодировали.";
        DocumentEntity mirc = linker.link(text, mentions(text,
                EntityType.PERSON, "Антона Мирца", EntityType.PERSON, "Мирцу")).getFirst();
        assertThat(mirc.name()).isEqualTo("Антон Мирц");
        assertThat(mirc.mentions()).hasSize(2);
        assertThat(mirc.variants()).containsExactly("Антона Мирца", "Мирцу");
        assertThat(mirc.id()).isEqualTo(NameKeys.id(NameKeys.key("Anton Mirts")));
    }

    @Test
    void aNominativeTheTextWroteBeatsOneDerivedFromAnotherCase() {
        EntityLinker linker = new EntityLinker(new RussianPersonNames(RussianPersonNamesTest.FAKE));
        // "Мирца" derives "Мирц"; the text's own nominative keeps the fleeting vowel the rule cannot know
        String text = "Слова Антона Мирца подтвердили. Антон Мирец вернулся. Антона Мирца встретили.";
        DocumentEntity mirec = linker.link(text, mentions(text,
                EntityType.PERSON, "Антона Мирца", EntityType.PERSON, "Антон Мирец")).getFirst();
        assertThat(mirec.name()).isEqualTo("Антон Мирец");
        assertThat(mirec.variants()).containsExactlyInAnyOrder("Антона Мирца", "Антон Мирец");
    }

    @Test
    void withoutADictionaryARussianNameIsShownAsWritten() {
        String text = "Обращение Антона Мирца зачитали на площади.";
        assertThat(new EntityLinker(new RussianPersonNames(null)).link(text, mentions(text, EntityType.PERSON, "Антона Мирца")))
                .singleElement().extracting(DocumentEntity::name).isEqualTo("Антона Мирца");
    }

    @Test
    void aTownRunIntoTheNameAfterAnOfficialsTitleIsSplitOffWhenTheTextNamesIt() {
        String text = "Отставка мэра Верхнеозёрска Павла Ломакина стала неожиданной. В Верхнеозёрске прошла проверка.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text,
                EntityType.PERSON, "Верхнеозёрска Павла Ломакина", EntityType.LOCATION, "Верхнеозёрске"));
        assertThat(entities).extracting(DocumentEntity::type).containsExactlyInAnyOrder(EntityType.PERSON, EntityType.LOCATION);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
        // a surname first, later alone, is no town: "Хван Чжан Еп", "Хван"
        String korean = "Министр Хван Чжан Еп прибыл в Пхеньян. Хван заявил, что переговоры продолжатся.";
        assertThat(new EntityLinker().link(korean, mentions(korean, EntityType.PERSON, "Хван Чжан Еп",
                EntityType.LOCATION, "Пхеньян", EntityType.PERSON, "Хван")))
                .filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Хван Чжан Еп"));
        // a name of three words with no place of that name elsewhere stays whole
        String alone = "Отставка мэра Верхнеозёрска Павла Ломакина стала неожиданной.";
        assertThat(new EntityLinker().link(alone, mentions(alone, EntityType.PERSON, "Верхнеозёрска Павла Ломакина")))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }
    @Test
    void aNameWhoseAdjectiveStandsBeforeACommonNounIsAPlaceAndTheAdjectiveNoPerson() {
        // the recognizer had read the unseen country as an organisation and its adjective as a person
        String text = "Valmara and Kestria will reopen the rail link. Kestrian opposition MP Agnes Holm called for an audit.";
        Object[] mentions = {EntityType.LOCATION, "Valmara", EntityType.ORGANIZATION, "Kestria", EntityType.PERSON, "Kestrian",
                EntityType.PERSON, "Agnes Holm"};
        assertThat(typeIn(text, "Kestria", mentions)).isEqualTo(EntityType.LOCATION);
        assertThat(typeIn(text, "Kestrian", mentions)).isEqualTo(EntityType.MISC);
        // a surname that looks like an adjective of another name is no such adjective
        String match = "Campo scored twice. David Campese will be up against a strong side.";
        assertThat(typeIn(match, "Campo", EntityType.PERSON, "Campo", EntityType.PERSON, "David Campese"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aOneWordPersonBesideAPlaceTheDocumentMakesIsAPlace() {
        // Kestria is a place by its demonym only; the recognizer read it as an organisation and Valmara as a person
        String text = "Valmara and Kestria will reopen the line. The Kestrian minister agreed. Valmara will pay 55%.";
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions(text, EntityType.MISC, "Kestrian",
                EntityType.PERSON, "Valmara", EntityType.ORGANIZATION, "Kestria"));
        assertThat(entities).filteredOn(e -> e.name().equals("Valmara")).extracting(DocumentEntity::type)
                .containsExactly(EntityType.LOCATION);
        String possessor = "An earthquake struck Valmara's Serran Highlands. Valmara sent help. In Karvela, the Alder "
                + "Valley of Tessia shook. Tessia sent help too.";
        List<DocumentEntity> places = new EntityLinker().link(possessor, mentions(possessor, EntityType.LOCATION,
                "Alder Valley of Tessia", EntityType.PERSON, "Valmara", EntityType.PERSON, "Serran Highlands",
                EntityType.PERSON, "Tessia", EntityType.LOCATION, "Karvela"));
        assertThat(places).filteredOn(e -> e.name().equals("Valmara") || e.name().equals("Tessia"))
                .extracting(DocumentEntity::type).containsExactly(EntityType.LOCATION, EntityType.LOCATION);
        // two people joined by "and" stay people
        String people = "Varga and Reinholt signed in Saltmere.";
        assertThat(new EntityLinker().link(people, mentions(people, EntityType.PERSON, "Varga", EntityType.PERSON, "Reinholt",
                EntityType.LOCATION, "Saltmere"))).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(2);
    }
}
