package org.dateline.analyze.quote;

import org.dateline.TestData;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.RawDocument;
import org.dateline.normalize.Normalizer;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quotes of {@code shared/seeds/EXPECTED.md}, extracted from the normalized seed articles. */
class SeedQuotesTest {

    private static List<Quote> quotesOf(String seed) {
        List<RawDocument> docs = new ArrayList<>();
        Sources.standard().read(TestData.seeds().resolve(seed), new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                docs.add(document);
            }

            @Override
            public void problem(Problem problem) {
                throw new AssertionError(problem.toString());
            }
        });
        Article a = new Normalizer(OutletRegistry.bundled()).normalize(docs.get(0));
        String text = a.text();
        return new QuoteExtractor().extract(text, a.language(), EntityRecognizers.forLanguage(a.language()).recognize(text, a.language()));
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> fold(String.join(" ", q.content().stream().map(Span::text).toList())).contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").replace('’', '\'');
    }

    @Test
    void ushakovAnnouncesThePreliminaryAgreement() {
        Quote q = containing(quotesOf(TestData.SEED_MOSCOW_TIMES),
                "At the suggestion of the American side, a preliminary agreement was reached to hold a bilateral "
                        + "high-level meeting in the coming days");
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(fold(q.speaker().text())).isEqualTo("Yuri Ushakov");
    }

    @Test
    void rubioCautionsAboutTheWorkAhead() {
        Quote q = containing(quotesOf(TestData.SEED_MOSCOW_TIMES), "Today was a good day, but we've got a lot of work ahead");
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(q.speaker().text()).endsWith("Rubio");
    }

    @Test
    void dudakovIsThePoliticalScientistWhoEmphasized() {
        List<Quote> quotes = quotesOf(TestData.SEED_TASS);
        Quote q = containing(quotes, "The situation is different now. There is a chance that Trump will show more "
                + "flexibility in negotiations with Russia");
        assertThat(q.source().text()).isEqualTo("the political scientist");
        assertThat(q.speaker().text()).isEqualTo("Malek Dudakov");
    }

    @Test
    void scareQuoteOnInterferenceIsNotAStatement() {
        assertThat(quotesOf(TestData.SEED_TASS)).noneMatch(q -> q.content().stream()
                .anyMatch(c -> c.text().contains("Russian interference in the election")));
    }

    @Test
    void tassAlsoCarriesUshakov() {
        Quote q = containing(quotesOf(TestData.SEED_TASS), "Putin and Trump will meet in the coming days");
        assertThat(q.speaker().text()).isEqualTo("Yury Ushakov");
    }
}
