package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KnownOrganisationsTest {

    private static Mention at(String text, EntityType type, String name) {
        int start = text.indexOf(name);
        return new Mention(type, start, start + name.length(), name);
    }

    @Test
    void aCompanyTheRecognizerTookForAPlaceIsTheCompany() {
        String text = "Demand from Microsoft, Amazon and Alphabet remained strong.";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.ORGANIZATION, "Microsoft"),
                at(text, EntityType.LOCATION, "Amazon"), at(text, EntityType.LOCATION, "Alphabet")));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Microsoft", EntityType.ORGANIZATION),
                tuple("Amazon", EntityType.ORGANIZATION),
                tuple("Alphabet", EntityType.ORGANIZATION));
    }

    @Test
    void theRiverASurnameAndALongerNameStayAsTheRecognizerReadThem() {
        String text = "Fires spread across the Amazon. Roche met Amazon Web Services staff and Nikola Tesla fans.";
        List<Mention> in = List.of(at(text, EntityType.LOCATION, "Amazon"), at(text, EntityType.PERSON, "Roche"),
                at(text, EntityType.ORGANIZATION, "Amazon Web Services"), at(text, EntityType.PERSON, "Nikola Tesla"));
        assertThat(KnownOrganisations.apply(text, in)).isEqualTo(in);
    }

    @Test
    void aDistinctiveCompanyNameReadAsAPersonIsTheCompany() {
        String text = "Tesla recalled 46,000 pickups, the regulator said.";
        assertThat(KnownOrganisations.apply(text, List.of(at(text, EntityType.PERSON, "Tesla"))))
                .extracting(Mention::type).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymOrALongerNameIsTheOrganisationAfterThe() {
        String text = "The talks with the IMF ended, and the Red Cross sent a team.";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.LOCATION, "IMF")));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("IMF", EntityType.ORGANIZATION),
                tuple("Red Cross", EntityType.ORGANIZATION));
    }

    @Test
    void aBodyOfSeveralWordsReadAsMiscIsTheBodyButAMakersProductAndALeagueStayMisc() {
        String text = "Amnesty International criticised the Boeing order. Major League Baseball resumed.";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.MISC, "Amnesty International"),
                at(text, EntityType.MISC, "Boeing"), at(text, EntityType.MISC, "Major League Baseball")));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Amnesty International", EntityType.ORGANIZATION),
                tuple("Boeing", EntityType.MISC),
                tuple("Major League Baseball", EntityType.MISC));
    }

    @Test
    void aDistinctiveNameTheRecognizerMissedIsAdded() {
        String text = "OpenAI released a new model, chief executive Sam Altman said.";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.PERSON, "Sam Altman")));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("OpenAI", EntityType.ORGANIZATION),
                tuple("Sam Altman", EntityType.PERSON));
    }

    @Test
    void theOneLetterPlatformIsNamedByItsContextOnly() {
        String text = "Musk said on X that the launch went well. X, formerly Twitter, agreed. Malcolm X spoke; plan X failed.";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.PERSON, "Musk"),
                at(text, EntityType.PERSON, "Malcolm X")));
        assertThat(out).extracting(Mention::start, Mention::type).containsExactly(
                tuple(0, EntityType.PERSON),
                tuple(text.indexOf("on X") + 3, EntityType.ORGANIZATION),
                tuple(text.indexOf("X, formerly"), EntityType.ORGANIZATION),
                tuple(text.indexOf("Twitter"), EntityType.ORGANIZATION),
                tuple(text.indexOf("Malcolm X"), EntityType.PERSON));
    }

    @Test
    void anOrdinaryWordOrAMakersProductInRussianIsNotAdded() {
        String apple = "Apple pie was served. He bought an Apple phone.";
        assertThat(KnownOrganisations.apply(apple, List.of())).isEmpty();
        String crash = "Комментируя катастрофы Boeing в Донецкой области";
        assertThat(KnownOrganisations.apply(crash, List.of())).isEmpty();
    }

    @Test
    void everyLanguagesRecognizerIsFollowedByTheList() {
        // the core alone has no English model: the capitalised-name fallback, then the list
        String text = "Shares of Nvidia and OpenAI investors rose on Monday.";
        assertThat(EntityRecognizers.forLanguage("en").recognize(text, "en"))
                .filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
                .contains("Nvidia", "OpenAI");
        assertThat(EntityRecognizers.forLanguage("ru").name()).endsWith("+known-organisations");
    }

    @Test
    void aRussianNameIsFoundInItsOtherCasesAndAnAbbreviationWithItsEnding() {
        String text = "Акции СИБУРа выросли после решения Госдумы, сообщили в ООН и в «Газпроме».";
        List<Mention> out = KnownOrganisations.apply(text, List.of(at(text, EntityType.LOCATION, "СИБУРа")));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("СИБУРа", EntityType.ORGANIZATION),
                tuple("Госдумы", EntityType.ORGANIZATION),
                tuple("ООН", EntityType.ORGANIZATION),
                tuple("Газпроме", EntityType.ORGANIZATION));
        // a longer word is another word, and an ordinary word's name ("Ведомости") is never added
        String other = "Сибуряк прочитал Ведомости и газпромовский отчёт Газпромбанка.";
        assertThat(KnownOrganisations.apply(other, List.of())).extracting(Mention::text).containsExactly("Газпромбанка");
    }

    @Test
    void aRussianNameOfSeveralWordsTakesEachWordsEnding() {
        String text = "Депутаты от Единой России и Справедливой России проголосовали.";
        assertThat(KnownOrganisations.apply(text, List.of())).extracting(Mention::text)
                .containsExactly("Единой России", "Справедливой России");
    }
}
