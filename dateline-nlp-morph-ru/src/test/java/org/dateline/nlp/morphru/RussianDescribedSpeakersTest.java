package org.dateline.nlp.morphru;

import org.dateline.analyze.AttributedQuote;
import org.dateline.analyze.DeepAnalyzer;
import org.dateline.model.Article;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The deep analysis names a described Russian speaker in the nominative, with the real dictionary. */
class RussianDescribedSpeakersTest {

    @Test
    void aDescribedSourceAfterItsCueOrAPrepositionIsNamedInTheNominativeAndASubjectStaysAsWritten() {
        String text = "Синоптики предупреждают, что лёд на озёрах становится опасным. "
                + "По данным спасателей, повреждены 112 зданий. "
                + "В мэрии сообщили, что ремонт закончится летом.";
        List<AttributedQuote> quotes = quotesOf(text, "Погода и ремонт", 1);
        assertThat(sourceOf(quotes, "лёд на озёрах")).isEqualTo("Синоптики");
        assertThat(sourceOf(quotes, "112 зданий")).isEqualTo("спасатели");
        assertThat(sourceOf(quotes, "ремонт закончится")).isEqualTo("мэрия");
    }

    @Test
    void aSentencesFirstWordTheDictionaryKnowsAsNoNameIsNoSpeaker() {
        String text = "Исследования показали, что люди, которые едят перед сном, чаще пропускают завтрак. "
                + "Подписчики заявили, что певица выглядит моложе. "
                + "Кестрин заявил, что завод откроется весной.";
        List<AttributedQuote> quotes = quotesOf(text, "Исследования и подписчики", 2);
        for (String words : List.of("едят перед сном", "выглядит моложе")) {
            AttributedQuote q = quotes.stream().filter(x -> x.content().contains(words)).findFirst().orElseThrow();
            assertThat(q.speaker()).as(words).isNull();
        }
        // a word the dictionary does not know may be a foreign name, and stays one
        AttributedQuote named = quotes.stream().filter(x -> x.content().contains("завод")).findFirst().orElseThrow();
        assertThat(named.speaker()).isEqualTo("Кестрин");
    }

    /** The quotes of the deep analysis of a Russian article with {@code text} and {@code title}. */
    private static List<AttributedQuote> quotesOf(String text, String title, int n) {
        Article a = new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("test", n, RawDocument.Format.JSON_LINES,
                text, Map.of("title", title, "url", "https://example.org/ru/" + n, "published", "2026-03-02T10:00:00Z",
                        "lang", "ru", "source", "example.org"), "h" + n));
        return new DeepAnalyzer().analyze(a).quotes();
    }

    private static String sourceOf(List<AttributedQuote> quotes, String words) {
        return quotes.stream().filter(q -> q.content().contains(words)).findFirst()
                .map(q -> q.speaker() != null ? q.speaker() : q.source())
                .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + quotes));
    }
}
