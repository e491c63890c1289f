package org.dateline.normalize;

import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BylineTest {

    private static Article seedText(String content) {
        return new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("harbour-gazette/ferry.txt", 1,
                RawDocument.Format.SEED_TEXT, content, Map.of(), "h1"));
    }

    @Test
    void aBylineLineBeforeTheDatelineIsTheAuthorAndNoPartOfTheText() {
        Article a = seedText(" All 318 Passengers Rescued After Ferry Runs Aground off Gozo\n"
                + " By Coastline Wire staff\n\n"
                + "VALLETTA (Coastline Wire) — All 318 passengers and 24 crew were taken off the ferry on Friday night, "
                + "rescue officials said.\n\nBy midday, port officials counted 37 ships at anchor.\n");

        assertThat(a.authors()).containsExactly("Coastline Wire staff");
        assertThat(a.datelinePlace()).isEqualTo("Valletta");
        assertThat(a.agency()).isEqualTo("Coastline Wire");
        assertThat(a.text()).startsWith("All 318 passengers").contains("By midday, port officials counted 37 ships");
    }

    @Test
    void onlyALineOfNamesIsAByline() {
        assertThat(Normalizer.byline("By Meridian Press Agency")).isEqualTo("Meridian Press Agency");
        assertThat(Normalizer.byline("By Anna Berg and Lars Holm in Lisbon")).isEqualTo("Anna Berg and Lars Holm in Lisbon");
        assertThat(Normalizer.byline("Автор: Иван Петров")).isEqualTo("Иван Петров");
        assertThat(Normalizer.byline("By midday, port officials counted 37 ships at anchor.")).isNull();
        assertThat(Normalizer.byline("By Tuesday the strike had spread to Porto and Sines, union leaders said.")).isNull();
    }
}
