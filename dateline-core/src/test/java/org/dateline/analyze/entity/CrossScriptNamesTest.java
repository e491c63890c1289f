package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrossScriptNamesTest {

    @Test
    void translatedNamesOfBodiesAndPlacesAreOneName() {
        // words borrowed into both languages, in any case form
        assertThat(CrossScriptNames.sameName("National Seismological Institute", "Национального сейсмологического института")).isTrue();
        // words from the bundled list, linking words aside
        assertThat(CrossScriptNames.sameName("Ministry of Foreign Affairs", "Министерство иностранных дел")).isTrue();
        assertThat(CrossScriptNames.sameName("Serran Highlands", "Серранском нагорье")).isTrue();
        assertThat(CrossScriptNames.sameName("Church of St Elric", "церкви Святого Эльрика")).isTrue();
        assertThat(CrossScriptNames.sameName("Red Cross", "Красный Крест")).isTrue();
    }

    @Test
    void everyWordMustPair() {
        assertThat(CrossScriptNames.sameName("National Bank", "Национальная гвардия")).isFalse();
        assertThat(CrossScriptNames.sameName("Central Bank", "Центральная больница")).isFalse();
        assertThat(CrossScriptNames.sameName("New York", "Новый Орлеан")).isFalse();
        assertThat(CrossScriptNames.sameName("Serran Highlands of Valmara", "Серранское нагорье")).isFalse();
        // one word is the name keys' business: a sound alone says too little
        assertThat(CrossScriptNames.sameName("Museum", "Музей")).isFalse();
    }

    @Test
    void aCommonNounOnOneSideOnly() {
        // "St Elric's church": the English recognizer leaves the noun after the possessive out
        assertThat(butNoun("St Elric", "церковь Святого Эльрика")).isTrue();
        // "ущелье Леннарт": the Russian one leaves the lower-case feature out
        assertThat(butNoun("Lennart Gorge", "Леннарт")).isTrue();
        assertThat(butNoun("Serran Highlands", "Серран")).isTrue();
        // a capitalised word is no common noun, and the rest must still pair
        assertThat(butNoun("St Elric", "Церковь Святого Эльрика")).isFalse();
        assertThat(butNoun("St Marek", "церковь Святого Эльрика")).isFalse();
        // only natural features: an institution after a town's name is no spelling of the town
        assertThat(butNoun("Orvik University", "Орвик")).isFalse();
        // one word left must sound the same throughout
        assertThat(butNoun("Lennart Gorge", "Леннартово")).isFalse();
        assertThat(butNoun("Moscow River", "Мостар")).isFalse();
    }

    private static boolean butNoun(String latin, String cyrillic) {
        return CrossScriptNames.sameWordsButNoun(CrossScriptNames.contentWords(latin), CrossScriptNames.contentWords(cyrillic));
    }
}
