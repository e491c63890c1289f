package org.dateline.text;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Name keys meet across scripts where transliteration schemes and Russian word forms differ. */
class NamesTest {

    private static String key(String word) {
        Map<String, Integer> keys = Names.keys(word);
        assertThat(keys).as(word).hasSize(1);
        return keys.keySet().iterator().next();
    }

    @Test
    void anAdjectiveOfAPlaceAndEveryCaseOfItMeetThePlace() {
        assertThat(key("Серранском")).isEqualTo(key("Serran"));
        assertThat(key("Серранского")).isEqualTo(key("Serran"));
        assertThat(key("Курской")).isEqualTo(key("Kursk"));
        assertThat(key("Минска")).isEqualTo(key("Minsk")).isEqualTo(key("Минск"));
        assertThat(key("Достоевского")).isEqualTo(key("Dostoevsky"));
        // too short a stem to cut: still meets itself
        assertThat(key("Омской")).isEqualTo(key("Omsk"));
    }

    @Test
    void latinCMeetsBothKAndTs() {
        assertThat(key("Эльрика")).isEqualTo(key("Elric"));
        assertThat(key("Мирец")).isEqualTo(key("Mirec"));
        assertThat(key("Мирца")).isEqualTo(key("Mirec"));
        assertThat(key("Канада")).isEqualTo(key("Canada"));
        assertThat(key("Александр")).isEqualTo(key("Alexander"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(key("Karvela")).isNotEqualTo(key("Kestria"));
        assertThat(key("Карвела")).isNotEqualTo(key("Ardent"));
    }

    @Test
    void numbersKeepTheirDigits() {
        assertThat(key("5,8")).isEqualTo(key("5.8")).isEqualTo("#58");
    }

    @Test
    void aTitleCaseHeadlineGivesOnlyTheWordsItsBodyCapitalises() {
        String body = "A passenger train collided with a freight train outside Falisava on Thursday, killing 68 people, "
                + "officials of Galis Logistics said. NATO sent experts.";
        assertThat(Names.spot("Passenger Train Collides With Freight Train Outside Falisava", body))
                .isEqualTo("Falisava Falisava Thursday 68 Galis Logistics NATO");
        // a name the body gives only in the possessive is a name all the same
        assertThat(Names.spot("Plane Carrying Putin Lands in Falisava", "Putin's plane landed in Falisava at noon."))
                .isEqualTo("Putin Falisava Putin's Falisava");
        // kept from a title-case headline: the body's names, abbreviations, numbers
        assertThat(Names.spot("NATO Experts Sent After 68 Die in Falisava Crash", body))
                .isEqualTo("NATO 68 Falisava Falisava Thursday 68 Galis Logistics NATO");
    }

    @Test
    void aSentenceCaseHeadlineLosesOnlyWhatTheBodyWritesInLowerCase() {
        String body = "Rescuers searched the rubble in Kedeholm. The quake hit at dawn, and a tsunami warning was lifted.";
        // "Quake" the body writes in lower case; "Fire" is nowhere in it and stays a name, as before (and so does the
        // body's first word after a title without a full stop, read as the title's continuation)
        assertThat(Names.spot("Teams in Kedeholm search rubble after Quake and Fire", body))
                .isEqualTo("Kedeholm Fire Rescuers Kedeholm");
        // without a body nothing tells: a headline alone keeps every capitalised word
        assertThat(Names.spot("Big Quake Hits Kedeholm", "")).isEqualTo("Quake Hits Kedeholm");
    }

    /** The expression the hand-written scanner replaces. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*|\\p{N}+(?:[.,]\\p{N}+)*");

    @Test
    void theTokenScannerFindsWhatTheRegularExpressionFinds() {
        // letters of two scripts, a combining mark, apostrophes, digits of two kinds, a letter number, separators
        String alphabet = "aZяЁ\u0301'’09٣Ⅻ½.,- \n";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            b.append(random.nextBoolean() ? "𝒜" : "");
            String text = b.toString();
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = TOKEN.matcher(text);
            while (m.find()) expected.add(m.start() + ":" + m.group());
            java.util.List<String> found = new java.util.ArrayList<>();
            for (int at = 0, end; at < text.length(); at = Math.max(end, at + 1)) {
                end = Names.tokenEnd(text, at);
                if (end >= 0) found.add(at + ":" + text.substring(at, end));
            }
            assertThat(found).as("%s", text).isEqualTo(expected);
        }
    }
}
