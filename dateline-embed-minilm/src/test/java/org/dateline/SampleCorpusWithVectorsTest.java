package org.dateline;

import org.dateline.embed.SentenceEmbedders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled corpus as `dateline demo` ingests it: with this module on the class path the engine embeds the English
 * reports, and every check of {@link SampleCorpusTest} (traps handled, stories found per language) must still hold.
 */
class SampleCorpusWithVectorsTest extends SampleCorpusTest {

    @Test
    void reportsWereEmbedded() {
        assertThat(SentenceEmbedders.installed()).isPresent();
        assertThat(engine.embeds()).isTrue();
    }
}
