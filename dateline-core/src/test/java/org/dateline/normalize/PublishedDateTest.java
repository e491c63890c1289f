package org.dateline.normalize;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDateTest {

    @Test
    void aPlaceholderDateIsNoPublicationDate() {
        // Go's zero time, which some sites' templates print when the date is missing
        assertThat(Normalizer.parseInstant("0001-01-01T00:00:00Z")).isNull();
        assertThat(Normalizer.parseInstant("1000-01-01")).isNull();
        assertThat(Normalizer.parseInstant("2019-11-19T08:00:00-0500").day()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(Normalizer.parseInstant("1998-02-13").day()).isEqualTo(LocalDate.of(1998, 2, 13));
    }
}
