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
}
