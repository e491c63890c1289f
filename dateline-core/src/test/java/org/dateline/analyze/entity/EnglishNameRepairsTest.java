package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishNameRepairsTest {

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
        List<Mention> mentions = new java.util.ArrayList<>(List.of(
                new Mention(EntityType.PERSON, 0, 15, "Pernilla Wiberg"),
                new Mention(EntityType.ORGANIZATION, text.indexOf("Wiberg ("), text.indexOf("Wiberg (") + 6, "Wiberg")));
        int susan = text.indexOf("Susan Rice");
        mentions.add(new Mention(EntityType.PERSON, susan, susan + 10, "Susan Rice"));
        List<Mention> repaired = EnglishNameRepairs.apply(text, mentions);
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
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : List.of("Mercantile Bancorp Inc.", "Commerce Bancshares Inc.", "Mercantile and Commerce",
                "Labour and National", "Labour and NZ First", "National and NZ First", "Securities and Exchange Commission")) {
            int at = text.indexOf(name);
            mentions.add(new Mention(EntityType.ORGANIZATION, at, at + name.length(), name));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<String> names = EnglishNameRepairs.apply(text, mentions).stream().map(Mention::text).toList();
        assertThat(names).containsSubsequence("Mercantile", "Commerce", "Labour", "National", "Labour", "NZ First",
                "National", "NZ First", "Securities and Exchange Commission");
        assertThat(names).doesNotContain("Mercantile and Commerce", "Labour and National");
    }

    @Test
    void aModifierOpeningAnOrganisationsSpanIsANameOfItsOwn() {
        String text = "Minneapolis-based First Bank System Inc. bought it. The Coca-Cola Company did not. "
                + "The New Delhi-based Council on Energy agreed.";
        int coke = text.indexOf("The Coca-Cola Company") + 4;
        int delhi = text.indexOf("New Delhi");
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                new Mention(EntityType.ORGANIZATION, 0, 40, "Minneapolis-based First Bank System Inc."),
                new Mention(EntityType.ORGANIZATION, coke, coke + 17, "Coca-Cola Company"),
                new Mention(EntityType.MISC, delhi, delhi + 33, "New Delhi-based Council on Energy")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Minneapolis-based", EntityType.MISC),
                org.assertj.core.groups.Tuple.tuple("First Bank System Inc.", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Coca-Cola Company", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("New Delhi-based", EntityType.MISC),
                org.assertj.core.groups.Tuple.tuple("Council on Energy", EntityType.MISC));
    }

    @Test
    void aModifierMadeOfANameIsAMiscNameWhereTheRecognizerPassedItOver() {
        String text = "Top-seeded Smith won. A London-based analyst said NATO-led forces stayed. Privately-owned firms grew.";
        List<Mention> found = EnglishNameRepairs.apply(text, List.of(new Mention(EntityType.PERSON, 11, 16, "Smith")));
        // a sentence's first word is a common word's unless its name is written elsewhere or is an acronym
        assertThat(found).extracting(Mention::text).containsExactly("Smith", "London-based", "NATO-led");
        assertThat(found.get(1).type()).isEqualTo(EntityType.MISC);
    }

    @Test
    void aNameBeforeAdministrationIsTheLeaders() {
        String text = "Doctors said the Trump administration denied vaccines. The Moscow administration agreed in Moscow.";
        int trump = text.indexOf("Trump");
        int moscow = text.indexOf("Moscow");
        int inMoscow = text.lastIndexOf("Moscow");
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(new Mention(EntityType.LOCATION, trump, trump + 5, "Trump"),
                new Mention(EntityType.LOCATION, moscow, moscow + 6, "Moscow"), new Mention(EntityType.LOCATION, inMoscow, inMoscow + 6, "Moscow")));
        assertThat(repaired).extracting(Mention::type).containsExactly(EntityType.PERSON, EntityType.LOCATION, EntityType.LOCATION);
    }

    @Test
    void aSentencesFirstWordTheTextAlsoWritesInLowerCaseIsNoName() {
        String text = "1. Prioritize, prioritize, prioritize\n\nNASA agreed. Apple said nasa fans like apple pie. Orvik won.";
        List<Mention> found = new java.util.ArrayList<>();
        for (String name : List.of("Prioritize", "NASA", "Apple", "Orvik")) {
            int at = text.indexOf(name);
            found.add(new Mention(EntityType.PERSON, at, at + name.length(), name));
        }
        // an acronym stays, and so does a name the text never writes in lower case
        assertThat(EnglishNameRepairs.apply(text, found)).extracting(Mention::text).containsExactly("NASA", "Orvik");
        String contact = "Email Tariq Malik at tmalik@example.com or follow him.";
        assertThat(EnglishNameRepairs.apply(contact, List.of(new Mention(EntityType.PERSON, 0, 17, "Email Tariq Malik"))))
                .extracting(Mention::text).containsExactly("Tariq Malik");
    }

    @Test
    void aPersonRunIntoTheBodyTheyWriteForIsApartWhenNamedElsewhere() {
        String text = "Sui-Lee Wee of the New York Times reported it. Wee said more. The Bank of America Tower stood.";
        int wee = text.indexOf("Wee said");
        int bank = text.indexOf("Bank of");
        List<Mention> repaired = EnglishNameRepairs.apply(text, List.of(
                new Mention(EntityType.ORGANIZATION, 0, 33, "Sui-Lee Wee of the New York Times"),
                new Mention(EntityType.PERSON, wee, wee + 3, "Wee"),
                new Mention(EntityType.ORGANIZATION, bank, bank + 21, "Bank of America Tower")));
        assertThat(repaired).extracting(Mention::text, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sui-Lee Wee", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("New York Times", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Wee", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Bank of America Tower", EntityType.ORGANIZATION));
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
}
