package org.dateline.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The harbour authority said the strike would continue until the weekend, leaving dozens of ships waiting.",
            "ru|Портовые власти заявили, что забастовка продлится до выходных, а десятки судов остаются в ожидании.",
            "uk|Портова адміністрація заявила, що страйк триватиме до вихідних, і десятки суден чекають на рейді.",
            "de|Die Hafenbehörde erklärte, der Streik werde bis zum Wochenende andauern, Dutzende Schiffe warten.",
            "fr|L'autorité portuaire a déclaré que la grève se poursuivrait jusqu'au week-end, des dizaines de navires attendent.",
            "es|La autoridad portuaria dijo que la huelga continuaría hasta el fin de semana y que decenas de barcos esperan.",
            "it|L'autorità portuale ha detto che lo sciopero continuerà fino al fine settimana e decine di navi sono in attesa.",
            "nl|De havenautoriteit zei dat de staking tot het weekend zou duren en dat tientallen schepen wachten."})
    void identifiesNewsSentencesInEachSupportedLanguage(String expected, String text) {
        LanguageIdentifier.Result r = LanguageIdentifier.identify(text);
        assertThat(r.code()).isEqualTo(expected);
        assertThat(r.confidence()).isGreaterThan(0.4);
    }

    @Test
    void saysUndeterminedForTooLittleText() {
        assertThat(LanguageIdentifier.identify("OK 42").code()).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void saysMixedWhenTwoScriptsShareTheText() {
        String text = "The minister said the talks went well. Министр заявил, что переговоры прошли хорошо и продолжатся.";
        assertThat(LanguageIdentifier.identify(text).code()).isEqualTo(LanguageIdentifier.MIXED);
    }
}
