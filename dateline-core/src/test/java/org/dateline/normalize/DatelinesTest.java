package org.dateline.normalize;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @Test
    void parsesEnglishSlashStyleWireDateline() {
        String text = "ORVIK, March 14. /MPA/. Seismologists recorded more aftershocks.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("Orvik");
        assertThat(d.agency()).isEqualTo("MPA");
        assertThat(d.day()).isEqualTo(MonthDay.of(Month.MARCH, 14));
        assertThat(text.substring(d.end())).isEqualTo("Seismologists recorded more aftershocks.");
    }

    @Test
    void parsesRussianSlashStyleWireDateline() {
        String text = "МОСКВА, 7 августа. /ТАСС/. Помощник президента заявил о встрече.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("Москва");
        assertThat(d.agency()).isEqualTo("ТАСС");
        assertThat(d.day()).isEqualTo(MonthDay.of(Month.AUGUST, 7));
        assertThat(text.substring(d.end())).isEqualTo("Помощник президента заявил о встрече.");
    }

    @Test
    void parsesMultiWordRussianPlace() {
        Datelines.Dateline d = Datelines.parse("НИЖНИЙ НОВГОРОД, 3 марта. /ТАСС/. Текст.").orElseThrow();
        assertThat(d.place()).isEqualTo("Нижний Новгород");
        assertThat(d.day()).isEqualTo(MonthDay.of(Month.MARCH, 3));
    }

    @Test
    void parsesPlaceAndAgencyInParenthesesStyle() {
        String text = "LONDON (Reuters) - Britain's economy grew faster than expected.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("London");
        assertThat(d.agency()).isEqualTo("Reuters");
        assertThat(d.day()).isNull();
        assertThat(text.substring(d.end())).isEqualTo("Britain's economy grew faster than expected.");
    }

    @Test
    void parsesTheStateOrCountryAfterTheCityInApStyle() {
        String text = "KARVELA, Valmara (Coastline Wire) — A strong earthquake shook the highlands.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("Karvela, Valmara");
        assertThat(d.agency()).isEqualTo("Coastline Wire");
        assertThat(text.substring(d.end())).isEqualTo("A strong earthquake shook the highlands.");

        Datelines.Dateline ap = Datelines.parse("SANTA FE, New Mex., Sept. 3 (AP) — Fires spread.").orElseThrow();
        assertThat(ap.place()).isEqualTo("Santa Fe, New Mex.");
        assertThat(ap.agency()).isEqualTo("AP");
        assertThat(ap.day()).isEqualTo(MonthDay.of(Month.SEPTEMBER, 3));
        // a month after the city is the date, not a region
        assertThat(Datelines.parse("KYIV, March 3 (AP) — Text.").orElseThrow().place()).isEqualTo("Kyiv");
    }

    @Test
    void parsesMultiWordPlaceWithDayInParenthesesStyle() {
        String text = "NEW YORK, March 3 (AP) — Stocks fell.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("New York");
        assertThat(d.agency()).isEqualTo("AP");
        assertThat(d.day()).isEqualTo(MonthDay.of(Month.MARCH, 3));
        assertThat(text.substring(d.end())).isEqualTo("Stocks fell.");
    }

    @Test
    void parsesPlaceOnlyDatelineWithDash() {
        String text = "SALTMERE — The first rescue flights landed on Wednesday.";
        Datelines.Dateline d = Datelines.parse(text).orElseThrow();
        assertThat(d.place()).isEqualTo("Saltmere");
        assertThat(d.agency()).isNull();
        assertThat(text.substring(d.end())).startsWith("The first rescue flights");
    }

    @Test
    void findsNoDatelineInOrdinaryText() {
        assertThat(Datelines.parse("The council met on Monday to discuss the bridge.")).isEmpty();
        assertThat(Datelines.parse("В Северогорске продолжается проверка по факту пожара.")).isEmpty();
        assertThat(Datelines.parse("")).isEmpty();
    }

    @Test
    void doesNotTakeALeadingAcronymForAPlace() {
        assertThat(Datelines.parse("US President Donald Trump may show more flexibility, a scientist said.")).isEmpty();
        assertThat(Datelines.parse("NATO leaders met in Brussels on Monday.")).isEmpty();
    }

    @Test
    void resolvesDatelineDayToTheNearestYear() {
        assertThat(Datelines.resolve(MonthDay.of(12, 31), LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Datelines.resolve(MonthDay.of(8, 7), LocalDate.of(2025, 8, 7))).isEqualTo(LocalDate.of(2025, 8, 7));
    }
}
