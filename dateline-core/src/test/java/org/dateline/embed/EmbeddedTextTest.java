package org.dateline.embed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedTextTest {

    private static final String LEAD = "The ferry Aurelia Bay ran aground off the coast of Gozo on Tuesday morning with "
            + "214 passengers on board, the island's civil protection department said. All of them were taken to the "
            + "harbour at Mgarr by fishing boats, and the captain was questioned by the police about the route he took.";

    @Test
    void anArticleWithABodyIsReadWithoutItsFunctionWords() {
        String text = EmbeddedText.of("The ferry runs aground off Gozo", LEAD);
        assertThat(text).startsWith("ferry runs aground off Gozo\nferry Aurelia Bay ran aground off coast Gozo Tuesday "
                + "morning 214 passengers board, island's civil protection department All taken harbour Mgarr");
        assertThat(text).doesNotContain(" the ").doesNotContain(" said");
    }

    @Test
    void aHeadlineAloneKeepsItsWording() {
        assertThat(EmbeddedText.of("The ferry runs aground off Gozo", "")).isEqualTo("The ferry runs aground off Gozo\n");
        assertThat(EmbeddedText.of("Ferry aground", "The ferry ran aground, police said."))
                .isEqualTo("Ferry aground\nThe ferry ran aground, police said.");
    }

    @Test
    void theTextIsCutWellPastWhatTheModelReads() {
        String text = EmbeddedText.of("Ferry aground", LEAD + " " + LEAD + " " + LEAD);
        assertThat(text).hasSize(EmbeddedText.MAX_CHARS);
        assertThat(EmbeddedText.of("Ferry aground", "x".repeat(1000))).hasSize(EmbeddedText.MAX_CHARS);
    }
}
