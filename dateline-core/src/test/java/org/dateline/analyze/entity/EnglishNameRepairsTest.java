package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EnglishNameRepairsTest {

    /** A mention of {@code name} where the text first writes it from {@code from} on. */
    private static Mention at(String text, EntityType type, String name, String from) {
        int start = text.indexOf(name, text.indexOf(from));
        return new Mention(type, start, start + name.length(), name);
    }

    private static Mention at(String text, EntityType type, String name) {
        return at(text, type, name, name);
    }

    private static List<EntityType> types(String text, String... people) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : people) {
            int at = text.indexOf(name);
            mentions.add(new Mention(EntityType.PERSON, at, at + name.length(), name));
        }
        return EnglishNameRepairs.apply(text, mentions).stream().map(Mention::type).toList();
    }

    @Test
    void aOneWordPersonEndingAPhraseAfterInIsAPlace() {
        assertThat(types("The BRICS summit in Kazan ended on Thursday.", "Kazan")).containsExactly(EntityType.LOCATION);
        assertThat(types("Talks in Minsk on Friday failed.", "Minsk")).containsExactly(EntityType.LOCATION);
    }

    @Test
    void aPersonWhoseNameGoesOnOrHasAnotherWordStaysAPerson() {
        assertThat(types("Police arrested a detective in Dutroux affair.", "Dutroux")).containsExactly(EntityType.PERSON);
        assertThat(types("In Putin's view, the West is to blame.", "Putin")).containsExactly(EntityType.PERSON);
        assertThat(types("Confidence in Vladimir Putin fell.", "Vladimir Putin")).containsExactly(EntityType.PERSON);
    }

    @Test
    void theFamilyNameOfAPersonNamedInFullIsThatPersonWhereverItStandsAlone() {
        String text = "Pernilla Wiberg won the race. 2. Wiberg ( Sweden ) 1:17.97. Wiberg said she was pleased. "
                + "Rice prices rose, said Susan Rice, who grows rice.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "Pernilla Wiberg"),
                at(text, EntityType.ORGANIZATION, "Wiberg", "Wiberg ("), at(text, EntityType.PERSON, "Susan Rice")));
        // the table's mistyped surname and the one the recognizer passed over are the person's
        assertThat(repaired).filteredOn(m -> m.text().equals("Wiberg")).extracting(Mention::type)
                .containsExactly(EntityType.PERSON, EntityType.PERSON);
        // a sentence's first word the text also writes in lower case is the common word
        assertThat(repaired).extracting(Mention::text).containsExactly("Pernilla Wiberg", "Wiberg", "Wiberg", "Susan Rice");
    }

    @Test
    void twoNamesRunTogetherAcrossAConjunctionAreSplitWhenTheTextNamesThemApart() {
        String text = "Mercantile Bancorp Inc. and Commerce Bancshares Inc. rose. Mercantile and Commerce both gained. "
                + "Labour and National lost seats; Labour and NZ First, National and NZ First talked. "
                + "The Securities and Exchange Commission sued.";
        List<Mention> mentions = java.util.stream.Stream.of("Mercantile Bancorp Inc.", "Commerce Bancshares Inc.",
                        "Mercantile and Commerce", "Labour and National", "Labour and NZ First", "National and NZ First",
                        "Securities and Exchange Commission")
                .map(name -> at(text, EntityType.ORGANIZATION, name)).sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        List<String> names = EnglishNameRepairs.apply(text, mentions).stream().map(Mention::text).toList();
        assertThat(names).containsSubsequence("Mercantile", "Commerce", "Labour", "National", "Labour", "NZ First",
                "National", "NZ First", "Securities and Exchange Commission");
        assertThat(names).doesNotContain("Mercantile and Commerce", "Labour and National");
    }

    @Test
    void aNameOfSeveralWordsJoinedToOneTheTextNamesApartIsANameOfItsOwn() {
        String text = "Nice won. Baratelli played for Nice and Paris St Germain. Fans of Nice cheered. "
                + "Shares of Morgan Stanley rose; Morgan Stanley and Co Inc said so. Officials of the Indonesian Mines said "
                + "the Indonesian Mines and Energy Ministry agreed.";
        List<Mention> mentions = java.util.stream.Stream.of("Nice", "Nice and Paris St Germain", "Morgan Stanley",
                        "Morgan Stanley and Co Inc", "Indonesian Mines", "Indonesian Mines and Energy Ministry")
                .map(name -> at(text, EntityType.ORGANIZATION, name)).sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
        List<String> names = EnglishNameRepairs.apply(text, mentions).stream().map(Mention::text).toList();
        // the club the text names alone and the club of three words beside it
        assertThat(names).contains("Paris St Germain").doesNotContain("Nice and Paris St Germain");
        // a legal form is no name of its own, and a body's head word after the second part covers both
        assertThat(names).contains("Morgan Stanley and Co Inc", "Indonesian Mines and Energy Ministry");
    }

    @Test
    void theFirstWordsOfACompanysFullNameWrittenAloneAreTheCompany() {
        String text = "Newmont bid for Santa Fe Pacific Gold Corp on Thursday. Santa Fe rejected it. "
                + "China Steel Corp raised prices in China. China exports rose. British Airways Plc said British fliers were up.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                at(text, EntityType.ORGANIZATION, "Newmont"),
                at(text, EntityType.ORGANIZATION, "Santa Fe Pacific Gold Corp"),
                at(text, EntityType.LOCATION, "Santa Fe", "Santa Fe rejected"),
                at(text, EntityType.ORGANIZATION, "China Steel Corp"),
                at(text, EntityType.LOCATION, "China", "in China"),
                at(text, EntityType.LOCATION, "China", "China exports"),
                at(text, EntityType.ORGANIZATION, "British Airways Plc"),
                at(text, EntityType.MISC, "British", "British fliers")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Newmont", EntityType.ORGANIZATION),
                tuple("Santa Fe Pacific Gold Corp", EntityType.ORGANIZATION),
                tuple("Santa Fe", EntityType.ORGANIZATION),
                tuple("China Steel Corp", EntityType.ORGANIZATION),
                // a short name the text also places is the place it is named after
                tuple("China", EntityType.LOCATION),
                tuple("China", EntityType.LOCATION),
                tuple("British Airways Plc", EntityType.ORGANIZATION),
                // an adjective stays one
                tuple("British", EntityType.MISC));
    }

    @Test
    void aNameInAResultsTablesRowOfPeopleIsAPerson() {
        String table = "1. Katja Seizinger (Germany) 180 2. Renate Goetschl (Austria) 132 3. Pernilla Wiberg (Sweden) 75 "
                + "4. Heidi Zurbriggen (Switzerland) 69";
        List<Mention> rows = List.of(at(table, EntityType.PERSON, "Katja Seizinger"), at(table, EntityType.LOCATION, "Germany"),
                at(table, EntityType.PERSON, "Renate Goetschl"), at(table, EntityType.LOCATION, "Austria"),
                at(table, EntityType.ORGANIZATION, "Pernilla Wiberg"), at(table, EntityType.LOCATION, "Sweden"),
                at(table, EntityType.PERSON, "Heidi Zurbriggen"), at(table, EntityType.LOCATION, "Switzerland"));
        assertThat(EnglishNameRepairs.apply(table, rows)).filteredOn(m -> m.text().equals("Pernilla Wiberg"))
                .extracting(Mention::type).containsExactly(EntityType.PERSON);
        // a table of clubs keeps its clubs: two people of four are too few to say what the rows name
        String clubs = "Galatasaray (Turkey) 3 Hans Meier (Austria) 2 Ajax (Netherlands) 1 Anna Berg (Sweden) 0";
        List<Mention> clubRows = List.of(at(clubs, EntityType.ORGANIZATION, "Galatasaray"), at(clubs, EntityType.LOCATION, "Turkey"),
                at(clubs, EntityType.PERSON, "Hans Meier"), at(clubs, EntityType.LOCATION, "Austria"),
                at(clubs, EntityType.ORGANIZATION, "Ajax"), at(clubs, EntityType.LOCATION, "Netherlands"),
                at(clubs, EntityType.PERSON, "Anna Berg"), at(clubs, EntityType.LOCATION, "Sweden"));
        assertThat(EnglishNameRepairs.apply(clubs, clubRows)).filteredOn(m -> m.text().equals("Ajax"))
                .extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void anAbbreviationInBracketsAfterABodysNameIsThatBodyWhereverTheTextWritesIt() {
        String text = "She rejoined the far-right National Alliance (AN) party. AN leader Gianfranco Fini welcomed her. "
                + "AN OFFER WAS MADE.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.ORGANIZATION, "National Alliance"),
                at(text, EntityType.PERSON, "Gianfranco Fini")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("National Alliance", EntityType.ORGANIZATION), tuple("AN", EntityType.ORGANIZATION),
                tuple("AN", EntityType.ORGANIZATION), tuple("Gianfranco Fini", EntityType.PERSON));
    }

    @Test
    void theSurnameOfAJuniorIsTheWordBeforeJr() {
        String text = "John Mills Jr. was put to death on Friday. Mills made a final statement.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "John Mills Jr.")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("John Mills Jr.", EntityType.PERSON), tuple("Mills", EntityType.PERSON));
    }

    @Test
    void aNameInAListOfPeopleIsAPerson() {
        String text = "Turkey: Rustu Recber, Ogun Temizkanoglu, Alpay Ozalan, Tolunay Kafkas, Hakan Sukur. "
                + "Sponsors: Acme, Nordvale Capital, Lars Vinter.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.LOCATION, "Turkey"),
                at(text, EntityType.PERSON, "Rustu Recber"), at(text, EntityType.ORGANIZATION, "Ogun Temizkanoglu"),
                at(text, EntityType.PERSON, "Alpay Ozalan"), at(text, EntityType.PERSON, "Tolunay Kafkas"),
                at(text, EntityType.PERSON, "Hakan Sukur"), at(text, EntityType.ORGANIZATION, "Acme"),
                at(text, EntityType.ORGANIZATION, "Nordvale Capital"), at(text, EntityType.PERSON, "Lars Vinter")));
        assertThat(repaired).filteredOn(m -> m.text().equals("Ogun Temizkanoglu")).extracting(Mention::type)
                .containsExactly(EntityType.PERSON);
        // three names, one of them a person, say nothing of each other
        assertThat(repaired).filteredOn(m -> m.text().equals("Nordvale Capital")).extracting(Mention::type)
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void theColumnHeadsOfAStandingsTableNameNothing() {
        String text = "W L T GF GA PTS Philadelphia 15 4 3 80 55 33 PA Consulting rose.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.ORGANIZATION, "GF GA PTS"),
                at(text, EntityType.ORGANIZATION, "Philadelphia"), at(text, EntityType.ORGANIZATION, "PA Consulting")));
        assertThat(repaired).extracting(Mention::text).containsExactly("Philadelphia", "PA Consulting");
    }

    @Test
    void aOneWordPersonJoinedToAPlaceOrBeforeAStatesMinisterIsAPlace() {
        String text = "The railway ran to Harrison and Portland. Harrison grew. Valmara's transport minister, Ilse Varga, "
                + "agreed. Mills and Portland were not mentioned together by Joe Mills.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "Harrison"),
                at(text, EntityType.LOCATION, "Portland"), at(text, EntityType.PERSON, "Harrison", "Harrison grew"),
                at(text, EntityType.PERSON, "Valmara"), at(text, EntityType.PERSON, "Ilse Varga"),
                at(text, EntityType.PERSON, "Mills"), at(text, EntityType.LOCATION, "Portland", "Portland were"),
                at(text, EntityType.PERSON, "Joe Mills")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Harrison", EntityType.LOCATION), tuple("Portland", EntityType.LOCATION),
                tuple("Harrison", EntityType.LOCATION), tuple("Valmara", EntityType.LOCATION),
                tuple("Ilse Varga", EntityType.PERSON),
                // the surname of a person the text names in full stays theirs
                tuple("Mills", EntityType.PERSON), tuple("Portland", EntityType.LOCATION), tuple("Joe Mills", EntityType.PERSON));
    }

    @Test
    void aOneWordNameWithACapitalInsideOrAFirmsHeadWordIsAnOrganisationButASurnamesParticleIsNot() {
        String text = "WeWork cut jobs, GiveWell said. DeSantis and McCain spoke to Dick Clark Productions.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "WeWork"),
                at(text, EntityType.LOCATION, "GiveWell"), at(text, EntityType.PERSON, "DeSantis"), at(text, EntityType.PERSON, "McCain"),
                at(text, EntityType.PERSON, "Dick Clark Productions")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("WeWork", EntityType.ORGANIZATION), tuple("GiveWell", EntityType.ORGANIZATION),
                tuple("DeSantis", EntityType.PERSON), tuple("McCain", EntityType.PERSON),
                // a media firm's head word
                tuple("Dick Clark Productions", EntityType.ORGANIZATION));
    }

    @Test
    void aModifierOpeningAnOrganisationsSpanIsANameOfItsOwn() {
        String text = "Minneapolis-based First Bank System Inc. bought it. The Coca-Cola Company did not. "
                + "The New Delhi-based Council on Energy agreed.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                at(text, EntityType.ORGANIZATION, "Minneapolis-based First Bank System Inc."),
                at(text, EntityType.ORGANIZATION, "Coca-Cola Company"),
                at(text, EntityType.MISC, "New Delhi-based Council on Energy")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Minneapolis-based", EntityType.MISC),
                tuple("First Bank System Inc.", EntityType.ORGANIZATION),
                tuple("Coca-Cola Company", EntityType.ORGANIZATION),
                tuple("New Delhi-based", EntityType.MISC),
                tuple("Council on Energy", EntityType.MISC));
    }

    @Test
    void aModifierMadeOfANameIsAMiscNameWhereTheRecognizerPassedItOver() {
        String text = "Top-seeded Smith won. A London-based analyst said NATO-led forces stayed. Privately-owned firms grew.";
        List<Mention> found = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "Smith")));
        // a sentence's first word is a common word's unless its name is written elsewhere or is an acronym
        assertThat(found).extracting(Mention::text).containsExactly("Smith", "London-based", "NATO-led");
        assertThat(found.get(1).type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void aNameBeforeAdministrationIsTheLeaders() {
        String text = "Doctors said the Trump administration denied vaccines. The Moscow administration agreed in Moscow.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.LOCATION, "Trump"),
                at(text, EntityType.LOCATION, "Moscow"), at(text, EntityType.LOCATION, "Moscow", "in Moscow")));
        assertThat(repaired).extracting(Mention::type).containsExactly(EntityType.PERSON, EntityType.LOCATION, EntityType.LOCATION);
    }

    @Test
    void aSentencesFirstWordTheTextAlsoWritesInLowerCaseIsNoName() {
        String text = "1. Prioritize, prioritize, prioritize\n\nNASA agreed. Apple said nasa fans like apple pie. Orvik won.";
        List<Mention> found = List.of(at(text, EntityType.PERSON, "Prioritize"), at(text, EntityType.PERSON, "NASA"),
                at(text, EntityType.PERSON, "Apple"), at(text, EntityType.PERSON, "Orvik"));
        // an acronym stays, and so does a name the text never writes in lower case
        assertThat(EnglishNameRepairs.apply(text, found)).extracting(Mention::text).containsExactly("NASA", "Orvik");
        String contact = "Email Tariq Malik at tmalik@example.com or follow him.";
        assertThat(EnglishNameRepairs.apply(contact, List.of(at(contact, EntityType.PERSON, "Email Tariq Malik"))))
                .extracting(Mention::text).containsExactly("Tariq Malik");
    }

    @Test
    void aPersonRunIntoTheBodyTheyWriteForIsApartWhenNamedElsewhere() {
        String text = "Sui-Lee Wee of the New York Times reported it. Wee said more. The Bank of America Tower stood.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                at(text, EntityType.ORGANIZATION, "Sui-Lee Wee of the New York Times"),
                at(text, EntityType.PERSON, "Wee", "Wee said"),
                at(text, EntityType.ORGANIZATION, "Bank of America Tower")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Sui-Lee Wee", EntityType.PERSON),
                tuple("New York Times", EntityType.ORGANIZATION),
                tuple("Wee", EntityType.PERSON),
                tuple("Bank of America Tower", EntityType.ORGANIZATION));
    }

    @Test
    void aShortNameLeftBeforeAPersonJoinsIt() {
        String text = "Putin met Chinese leader Xi Jinping in Kazan.";
        int at = text.indexOf("Jinping");
        assertThat(EnglishNameRepairs.apply(text, List.of(new Mention(EntityType.PERSON, at, at + 7, "Jinping"))))
                .extracting(Mention::text).containsExactly("Xi Jinping");
    }

    @Test
    void aNameAfterHurricaneIsTheStorm() {
        assertThat(types("Hurricane Milton hit Florida on Wednesday.", "Milton")).containsExactly(EntityType.MISC);
        assertThat(types("Milton said the storm had passed.", "Milton")).containsExactly(EntityType.PERSON);
    }

    @Test
    void aNameEndingInACompetitionsOrAPrizesWordIsMisc() {
        String text = "Kent won the Sheffield Shield and Smith the Lombardi Award under the Berne Convention.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.ORGANIZATION, "Kent"),
                at(text, EntityType.ORGANIZATION, "Sheffield Shield"), at(text, EntityType.PERSON, "Smith"),
                at(text, EntityType.ORGANIZATION, "Lombardi Award"), at(text, EntityType.ORGANIZATION, "Berne Convention")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Kent", EntityType.ORGANIZATION), tuple("Sheffield Shield", EntityType.MISC), tuple("Smith", EntityType.PERSON),
                tuple("Lombardi Award", EntityType.MISC), tuple("Berne Convention", EntityType.MISC));
    }

    @Test
    void aNameWrittenTwiceSideBySideIsTwoMentions() {
        String text = "5-2 Real Madrid Real Madrid\n4-1 Barcelona Barcelona\n28-1 Real Madrid Barcelona";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.ORGANIZATION, "Real Madrid Real Madrid"),
                at(text, EntityType.ORGANIZATION, "Barcelona Barcelona"), at(text, EntityType.ORGANIZATION, "Real Madrid Barcelona")));
        assertThat(repaired).extracting(Mention::text, Mention::start).containsExactly(
                tuple("Real Madrid", 4), tuple("Real Madrid", 16), tuple("Barcelona", 32), tuple("Barcelona", 42),
                tuple("Real Madrid Barcelona", 57));
        assertThat(EnglishNameRepairs.repeatedAt("Walla Walla")).isEqualTo(5);
        assertThat(EnglishNameRepairs.repeatedAt("Baden-Baden")).isEqualTo(-1);
        assertThat(EnglishNameRepairs.repeatedAt("Sri Lanka")).isEqualTo(-1);
    }

    @Test
    void aNameInCapitalsTakesTheTypeTheTextGivesItInOrdinaryCase() {
        String text = "CRICKET - WEST INDIES WIN SHEFFIELD SHIELD MATCH IN NEW YORK.\n"
                + "The West Indies beat Queensland to the Sheffield Shield title in New York. NEW YORK is far.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                at(text, EntityType.PERSON, "SHEFFIELD"), at(text, EntityType.LOCATION, "NEW YORK"),
                at(text, EntityType.LOCATION, "West Indies"), at(text, EntityType.LOCATION, "Queensland"),
                at(text, EntityType.MISC, "Sheffield Shield"), at(text, EntityType.ORGANIZATION, "New York"),
                at(text, EntityType.LOCATION, "NEW YORK", "NEW YORK is")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                // passed over, and read in part as a person: the names as the text types them
                tuple("WEST INDIES", EntityType.LOCATION), tuple("SHEFFIELD SHIELD", EntityType.MISC),
                // a mention over the very same words keeps the type the recognizer gave it
                tuple("NEW YORK", EntityType.LOCATION),
                tuple("West Indies", EntityType.LOCATION), tuple("Queensland", EntityType.LOCATION),
                tuple("Sheffield Shield", EntityType.MISC), tuple("New York", EntityType.ORGANIZATION),
                tuple("NEW YORK", EntityType.LOCATION));
        // a name the text types two ways (the state and the team) or three is left as the recognizer read it
        String teams = "VICTORIA BEAT TASMANIA\nVictoria beat Tasmania in Victoria, and Victoria's coach praised Victoria.";
        List<Mention> left = EnglishNameRepairs.apply(teams, List.of(at(teams, EntityType.ORGANIZATION, "Victoria", "Victoria beat"),
                at(teams, EntityType.ORGANIZATION, "Tasmania", "Tasmania in"), at(teams, EntityType.LOCATION, "Victoria", "Victoria,"),
                at(teams, EntityType.ORGANIZATION, "Victoria", "Victoria's"), at(teams, EntityType.LOCATION, "Victoria", "Victoria.")));
        assertThat(left).extracting(Mention::text).containsExactly("TASMANIA", "Victoria", "Tasmania", "Victoria", "Victoria", "Victoria");
        // nor a one-word name the text also writes as a common word
        String may = "STOCKS MAY FALL\nStocks may fall as Theresa May meets her cabinet; May said so.";
        assertThat(EnglishNameRepairs.apply(may, List.of(at(may, EntityType.PERSON, "Theresa May"), at(may, EntityType.PERSON, "May", "May said"))))
                .extracting(Mention::text).containsExactly("Theresa May", "May");
    }

    @Test
    void aNameEndingInACompanysOrABodysWordIsAnOrganisation() {
        String text = "Apic Yamada Corp and Reagan Communications left the West Bank for Johnson.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(at(text, EntityType.PERSON, "Apic Yamada Corp"),
                at(text, EntityType.MISC, "Reagan Communications"), at(text, EntityType.LOCATION, "West Bank"),
                at(text, EntityType.PERSON, "Johnson")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Apic Yamada Corp", EntityType.ORGANIZATION), tuple("Reagan Communications", EntityType.ORGANIZATION),
                tuple("West Bank", EntityType.LOCATION), tuple("Johnson", EntityType.PERSON));
    }
    @Test
    void aBracketOrQuotationMarkAtANamesEdgeThatItDoesNotPairIsLeftOut() {
        String text = "I was the patron of the [National Society for Wildlife] campaign, and of \"Acme Widgets\" too.";
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                at(text, EntityType.ORGANIZATION, "[National Society for Wildlife", "["),
                at(text, EntityType.ORGANIZATION, "\"Acme Widgets\"", "\"")));
        assertThat(repaired).extracting(Mention::text).containsExactly("National Society for Wildlife", "\"Acme Widgets\"");
        assertThat(repaired.get(0).start()).isEqualTo(text.indexOf("National"));
        assertThat(EnglishNameRepairs.withoutStrayBrackets(new Mention(EntityType.MISC, 0, 1, "("))).isNull();
    }
    @Test
    void aNameWrittenRightAfterACompanysNounIsAnOrganisationWhereverTheTextNamesIt() {
        String text = "Regional airline Aeroskye suspended all flights. Aeroskye said 3,100 passengers were abroad. "
                + "President Boris Velt spoke to the news agency Velt on Monday, and the insurer Thierry Dehaan agreed.";
        List<Mention> repaired = EnglishNameRepairs.withBodiesNamedByTheirNoun(text, List.of(
                at(text, EntityType.PERSON, "Aeroskye", "Regional"), at(text, EntityType.PERSON, "Aeroskye", "flights."),
                at(text, EntityType.PERSON, "Boris Velt", "President"), at(text, EntityType.PERSON, "Velt", "agency"),
                at(text, EntityType.PERSON, "Thierry Dehaan", "insurer")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Aeroskye", EntityType.ORGANIZATION), tuple("Aeroskye", EntityType.ORGANIZATION),
                // the surname of a person named in full, and a person of two words, stay people
                tuple("Boris Velt", EntityType.PERSON), tuple("Velt", EntityType.PERSON),
                tuple("Thierry Dehaan", EntityType.PERSON));
        // the short name of a company the text names in full
        String ferries = "Islandlink Ferries cancelled its crossings. Islandlink said the ship would sail on Monday.";
        assertThat(EnglishNameRepairs.withBodiesNamedByTheirNoun(ferries, List.of(at(ferries, EntityType.ORGANIZATION,
                "Islandlink Ferries"), at(ferries, EntityType.PERSON, "Islandlink", "crossings."))))
                .extracting(Mention::type).containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
        String owned = "Aeroskye halted flights. Aeroskye's 620 employees will be paid, and Vinter thanked them.";
        assertThat(EnglishNameRepairs.withBodiesNamedByTheirNoun(owned, List.of(at(owned, EntityType.PERSON, "Aeroskye"),
                at(owned, EntityType.PERSON, "Aeroskye", "flights."), at(owned, EntityType.PERSON, "Vinter"))))
                .extracting(Mention::type).containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PERSON);
    }

    @Test
    void aNameWhosePossessiveStandsBeforeAPlaceIsAPlace() {
        String text = "Weeks after Valmara buried the victims, a quake hit the Serran Highlands. "
                + "Earlier: Quake in Valmara's Serran Highlands. President Ana Repsol's Puertollano visit ended.";
        List<Mention> repaired = EnglishNameRepairs.withPlacesOfPlaces(text, List.of(
                at(text, EntityType.PERSON, "Valmara"), at(text, EntityType.LOCATION, "Serran Highlands"),
                at(text, EntityType.LOCATION, "Valmara", "Quake in"), at(text, EntityType.PERSON, "Serran Highlands", "Valmara's"),
                at(text, EntityType.PERSON, "Ana Repsol"), at(text, EntityType.LOCATION, "Puertollano")));
        assertThat(repaired).extracting(Mention::type).containsExactly(EntityType.LOCATION, EntityType.LOCATION,
                EntityType.LOCATION, EntityType.PERSON, EntityType.PERSON, EntityType.LOCATION);
    }
}
