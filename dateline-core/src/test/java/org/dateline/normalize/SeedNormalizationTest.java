package org.dateline.normalize;

import org.dateline.TestData;
import org.dateline.ingest.DocumentSink;
import org.dateline.ingest.Sources;
import org.dateline.model.Anomaly;
import org.dateline.model.Article;
import org.dateline.model.Link;
import org.dateline.model.Problem;
import org.dateline.model.Published;
import org.dateline.model.RawDocument;
import org.dateline.model.TelegramRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every normalization item of {@code shared/seeds/EXPECTED.md} for the two seed files. */
class SeedNormalizationTest {

    /** Reads one seed with the standard readers and normalizes it with the bundled registry. */
    static Article normalizeSeed(String name) {
        Path file = TestData.seeds().resolve(name);
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Sources.standard().read(file, new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                docs.add(document);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        assertThat(problems).as("problems reading %s", name).isEmpty();
        assertThat(docs).as("documents in %s", name).hasSize(1);
        return new Normalizer(OutletRegistry.bundled()).normalize(docs.get(0));
    }

    /** Curly quotes folded to straight ones, so titles compare whatever quote style the code keeps. */
    static String foldQuotes(String s) {
        return s.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"');
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TassWireCopy {

        Article a;

        @BeforeAll
        void normalize() {
            a = normalizeSeed(TestData.SEED_TASS);
        }

        @Test
        void derivesTitleFromFirstSentenceWhenThereIsNoTitleLine() {
            assertThat(a.titleOrigin()).isEqualTo(Article.TitleOrigin.DERIVED_FROM_TEXT);
            assertThat(a.title()).startsWith("US President Donald Trump may show more flexibility");
            assertThat(a.title()).doesNotContain("MOSCOW", "/TASS/", "date 2025");
        }

        @Test
        void takesPublicationDayFromDateHeader() {
            assertThat(a.published()).isNotNull();
            assertThat(a.published().day()).isEqualTo(LocalDate.of(2025, 8, 7));
            assertThat(a.published().origin()).isEqualTo(Published.Origin.HEADER);
        }

        @Test
        void readsPlaceAndAgencyFromWireDateline() {
            assertThat(a.datelinePlace()).isEqualTo("Moscow");
            assertThat(a.agency()).isEqualTo("TASS");
        }

        @Test
        void identifiesTassAsOutlet() {
            assertThat(a.outlet()).isEqualTo("TASS");
            assertThat(a.outletId()).isEqualTo("tass");
        }

        @Test
        void bodyStartsAfterTheDatelineAndHeader() {
            assertThat(a.paragraphs()).isNotEmpty();
            assertThat(a.paragraphs().get(0)).startsWith("US President Donald Trump may show more flexibility");
            assertThat(a.text()).doesNotContain("/TASS/", "MOSCOW, August 7", "date 2025-08-07");
            assertThat(a.text()).endsWith("the Kremlin will announce it \"somewhat later.\"");
        }

        @Test
        void detectsEnglish() {
            assertThat(a.language()).isEqualTo("en");
        }

        @Test
        void hasNoProvenanceAnomaliesOrLinks() {
            assertThat(a.anomalies()).isEmpty();
            assertThat(a.links()).isEmpty();
            assertThat(a.sharedBy()).isEmpty();
            assertThat(a.url()).isNull();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MoscowTimesArticle {

        static final String CANONICAL = "https://www.themoscowtimes.com/2025/08/07/"
                + "donald-trump-and-vladimir-putin-to-meet-in-coming-days-kremlin-says-a90124";
        static final String RELATED_URL = "https://www.themoscowtimes.com/2026/01/09/"
                + "trump-claims-great-progress-made-during-putin-witkoff-meeting-in-moscow";

        Article a;

        @BeforeAll
        void normalize() {
            a = normalizeSeed(TestData.SEED_MOSCOW_TIMES);
        }

        @Test
        void restoresTitleThatLostItsBeginningFromUrlSlug() {
            assertThat(foldQuotes(a.title()))
                    .isEqualTo("Donald Trump and Vladimir Putin to Meet in 'Coming Days,' Kremlin Says");
            assertThat(a.titleOrigin()).isEqualTo(Article.TitleOrigin.RESTORED_FROM_URL);
            assertThat(a.anomalies()).extracting(Anomaly::kind).contains(Anomaly.Kind.TITLE_TRUNCATED);
        }

        @Test
        void joinsCanonicalUrlBrokenAcrossTwoLines() {
            assertThat(a.url()).isEqualTo(CANONICAL);
            assertThat(a.anomalies()).extracting(Anomaly::kind).contains(Anomaly.Kind.URL_REPAIRED);
            assertThat(a.links()).filteredOn(l -> l.role() == Link.Role.CANONICAL)
                    .extracting(Link::url).containsExactly(CANONICAL);
        }

        @Test
        void takesPublicationDayFromUrlWhenThereIsNoHeader() {
            assertThat(a.published()).isNotNull();
            assertThat(a.published().day()).isEqualTo(LocalDate.of(2025, 8, 7));
            assertThat(a.published().origin()).isEqualTo(Published.Origin.URL);
        }

        @Test
        void identifiesTheMoscowTimesByUrlHost() {
            assertThat(a.outlet()).isEqualTo("The Moscow Times");
            assertThat(a.outletId()).isEqualTo("moscow-times");
        }

        @Test
        void recordsTelegramPostsAsSharedByNotAsText() {
            assertThat(a.sharedBy()).extracting(TelegramRef::channel, TelegramRef::postId).containsExactlyInAnyOrder(
                    tuple("youlistenedmayak", 38300L), tuple("ostorozhno_novosti", 39963L));
            assertThat(a.links()).filteredOn(l -> l.role() == Link.Role.SHARED_BY).hasSize(2);
            assertThat(a.text()).doesNotContain("t.me/", "youlistenedmayak", "ostorozhno_novosti");
        }

        @Test
        void keepsRelatedArticleAsOneLinkNotAsText() {
            List<Link> related = a.links().stream().filter(l -> l.role() == Link.Role.RELATED).toList();
            assertThat(related).hasSize(1);
            Link link = related.get(0);
            assertThat(foldQuotes(link.title()))
                    .isEqualTo("Trump Claims 'Great Progress Made' During Putin-Witkoff Meeting in Moscow");
            assertThat(link.url()).isEqualTo(RELATED_URL);
            assertThat(link.date()).isEqualTo(LocalDate.of(2026, 1, 9));
            assertThat(a.links()).extracting(Link::url).containsOnlyOnce(RELATED_URL);
            assertThat(a.text()).doesNotContain("Related article", "Great Progress Made", "trump-claims-great-progress");
        }

        @Test
        void flagsRelatedLinkDatedAfterTheDocument() {
            assertThat(a.anomalies()).filteredOn(an -> an.kind() == Anomaly.Kind.LINK_DATED_AFTER_DOCUMENT)
                    .singleElement()
                    .satisfies(an -> assertThat(an.detail()).contains("2026-01-09"));
        }

        @Test
        void rejoinsParagraphSplitByTelegramLinks() {
            assertThat(a.paragraphs()).anySatisfy(p -> assertThat(foldQuotes(p)).isEqualTo(
                    "The U.S. State Department declined to comment on a potential Putin-Trump meeting,"
                            + " redirecting reporters' questions to the White House."));
            assertThat(a.paragraphs()).noneSatisfy(p -> assertThat(p).startsWith("redirecting"));
        }

        @Test
        void leavesOriginalUrlBlockOutOfTheBody() {
            assertThat(a.text()).doesNotContain("Original url", "themoscowtimes.com", "ys-kremlin-says-a90124");
            assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).endsWith("“great progress was made.”");
        }

        @Test
        void bodyStartsWithFirstSentenceNotWithTruncatedTitle() {
            assertThat(a.paragraphs().get(0)).startsWith("Russia and the United States have agreed");
            assertThat(a.text()).doesNotContain("Meet in ‘Coming Days,’ Kremlin Says");
        }

        @Test
        void unwrapsHardWrappedLinesIntoParagraphs() {
            assertThat(a.paragraphs()).noneSatisfy(p -> assertThat(p).contains("\n"));
            assertThat(a.paragraphs().get(0)).contains("presidents Vladimir Putin and Donald Trump");
        }

        @Test
        void detectsEnglish() {
            assertThat(a.language()).isEqualTo("en");
        }
    }
}
