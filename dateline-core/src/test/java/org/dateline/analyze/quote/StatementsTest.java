package org.dateline.analyze.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What people said or wrote, as against what they agreed to, declined or showed. */
class StatementsTest {

    @Test
    void verbatimQuotesAndVerbsOfSayingAreStatements() {
        assertThat(Statements.isStatement("DIRECT", "agree")).isTrue();
        assertThat(Statements.isStatement("REPORTED", "say")).isTrue();
        assertThat(Statements.isStatement("PARTIAL", "according to")).isTrue();
        assertThat(Statements.isStatement("REPORTED", "заявить")).isTrue();
    }

    @Test
    void actsAndAttitudesAreNot() {
        assertThat(Statements.isStatement("PARTIAL", "agree")).isFalse();
        assertThat(Statements.isStatement("REPORTED", "decline")).isFalse();
        assertThat(Statements.isStatement("REPORTED", "show")).isFalse();
        assertThat(Statements.isStatement("REPORTED", null)).isFalse();
    }
}
