package org.dateline.normalize;

import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTest {

    static List<String> slug(String s) {
        return List.of(s.split("-"));
    }

    @Nested
    class Words {

        /** What {@link Titles#words} was written as: drop apostrophes, split at runs of what is no letter or number. */
        private List<String> byRegex(String text) {
            List<String> out = new java.util.ArrayList<>();
            for (String w : text.toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "").split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) out.add(w);
            }
            return out;
        }

        @Test
        void splitsAsTheRegexDid() {
            for (String text : List.of("", "'", "Don't stop", "O’Neil’s ‘plan’", "a''b", "a'-b", "'lead", "trail'", " ' ",
                    "Ⅻ legions, ½ share, ²squared", "İstanbul and ΣΟΦΙΑ", "𝐁old 𝟐𝟎𝟐𝟔 and 😀 emoji", "В 2026 г. — «Росатом»",
                    "tab\tnew\nline", "x\u0301y combining")) {
                assertThat(Titles.words(text)).as(text).isEqualTo(byRegex(text));
            }
            for (String text : org.dateline.TestData.sampleTexts()) assertThat(Titles.words(text)).isEqualTo(byRegex(text));
        }
    }

    @Nested
    class RestoreFromSlug {

        @Test
        void restoresTitleThatLostItsBeginningFromUrlSlug() {
            assertThat(Titles.restoreFromSlug("Rates for the Third Time This Year",
                    slug("central-bank-raises-rates-for-the-third-time-this-year")))
                    .hasValue("Central Bank Raises Rates for the Third Time This Year");
        }

        @Test
        void anArticleNumberBeforeTheSlugsWordsIsNoLostWord() {
            assertThat(Titles.restoreFromSlug("New York man pleads guilty to threatening to kill Omar",
                    slug("471031-new-york-man-pleads-guilty-to-threatening-to-kill-omar"))).isEmpty();
            assertThat(Titles.restoreFromSlug("Rates for the Third Time This Year",
                    slug("201911181077343476-central-bank-raises-rates-for-the-third-time-this-year")))
                    .hasValue("Central Bank Raises Rates for the Third Time This Year");
        }

        @Test
        void keepsPunctuationAndQuotesOfTheSurvivingPart() {
            assertThat(Titles.restoreFromSlug("Meet in ‘Coming Days,’ Officials Say",
                    slug("mayors-of-orvik-and-saltmere-to-meet-in-coming-days-officials-say")))
                    .hasValue("Mayors of Orvik and Saltmere to Meet in ‘Coming Days,’ Officials Say");
        }

        @Test
        void restoresFirstWordThatWasCutInTheMiddle() {
            assertThat(Titles.restoreFromSlug("et in Geneva Next Week, Officials Say",
                    slug("leaders-to-meet-in-geneva-next-week-officials-say")))
                    .hasValue("Leaders to Meet in Geneva Next Week, Officials Say");
        }

        @Test
        void spellsRestoredWordsWithTheApostropheTheTextGivesThem() {
            // the slug drops apostrophes; the article's own text still spells the name
            assertThat(Titles.restoreFromSlug("Injures 41 as Karvela Counts the Damage",
                    slug("earthquake-in-valmaras-serran-highlands-kills-three-injures-41-as-karvela-counts-the-damage"),
                    "A magnitude 5.8 earthquake struck Valmara's Serran Highlands; \"we don't know\" said one."))
                    .hasValue("Earthquake in Valmara's Serran Highlands Kills Three Injures 41 as Karvela Counts the Damage");
            assertThat(Titles.restoreFromSlug("Injures 41 as Karvela Counts the Damage",
                    slug("earthquake-in-valmaras-serran-highlands-kills-three-injures-41-as-karvela-counts-the-damage"),
                    "A magnitude 5.8 earthquake struck Valmara's Serran Highlands."))
                    .hasValue("Earthquake in Valmara's Serran Highlands Kills Three Injures 41 as Karvela Counts the Damage");
        }

        @Test
        void leavesWholeTitleAlone() {
            assertThat(Titles.restoreFromSlug("Ferry Runs Aground Off Gozo",
                    slug("ferry-runs-aground-off-gozo"))).isEmpty();
        }

        @Test
        void leavesWholeTitleAloneWhenApostrophesAndCaseDiffer() {
            assertThat(Titles.restoreFromSlug("Valmara's Central Bank Raises Key Rate",
                    slug("valmaras-central-bank-raises-key-rate"))).isEmpty();
        }

        @Test
        void ignoresUnrelatedSlug() {
            assertThat(Titles.restoreFromSlug("Museum Reports Theft of Three Charts",
                    slug("earthquake-shakes-karvela-three-dead-dozens-injured-in-valmara"))).isEmpty();
        }

        @Test
        void ignoresSlugThatDiffersInTheMiddleOfTheTitle() {
            assertThat(Titles.restoreFromSlug("Strike Ends at Lisbon Port",
                    slug("dockworkers-strike-begins-at-lisbon-port"))).isEmpty();
        }

        @Test
        void ignoresEmptySlugAndEmptyTitle() {
            assertThat(Titles.restoreFromSlug("Strike Ends at Lisbon Port", List.of())).isEmpty();
            assertThat(Titles.restoreFromSlug("  ", slug("strike-ends-at-lisbon-port"))).isEmpty();
        }
    }

    @Nested
    class Derive {

        @Test
        void cutsFirstSentenceAtClauseBoundaryThatLeavesAFullThought() {
            String p = "Officials in the port town of Orvik said on Monday the ferry would resume service next week,"
                    + " once repairs to its hull are finished. A second sentence follows here.";
            assertThat(Titles.derive(p, Locale.ENGLISH))
                    .isEqualTo("Officials in the port town of Orvik said on Monday the ferry would resume service next week");
        }

        @Test
        void keepsWholeFirstSentenceWhenTheClauseBeforeTheCommaIsTooShort() {
            String p = "On Monday, the council of Orvik voted to close the harbour bridge for repairs. Work starts in May.";
            assertThat(Titles.derive(p, Locale.ENGLISH))
                    .isEqualTo("On Monday, the council of Orvik voted to close the harbour bridge for repairs");
        }

        @Test
        void doesNotCutAtACommaInsideCurlyQuotes() {
            String p = "“We will rebuild the bell tower, whatever it costs,” the mayor of Karvela told residents on Friday.";
            assertThat(Titles.derive(p, Locale.ENGLISH))
                    .isEqualTo("“We will rebuild the bell tower, whatever it costs,” the mayor of Karvela told residents on Friday");
        }

        @Test
        void cutsAtTheFirstCommaAfterAStraightQuotedPhrase() {
            String p = "The mayor of Karvela said \"we will rebuild\" at a meeting on Friday evening,"
                    + " and the council agreed to pay for the repairs. More follows.";
            assertThat(Titles.derive(p, Locale.ENGLISH))
                    .isEqualTo("The mayor of Karvela said \"we will rebuild\" at a meeting on Friday evening");
        }

        @Test
        void shortensVeryLongSentenceAtAWordBoundaryWithEllipsis() {
            String p = "The regional transport authority of Valmara announced plans to rebuild the entire northern"
                    + " rail corridor between Orvik and Saltmere including twelve stations and four bridges over the"
                    + " river within the next decade. Then more.";
            String title = Titles.derive(p, Locale.ENGLISH);
            assertThat(title).endsWith("…").startsWith("The regional transport authority of Valmara");
            assertThat(title.length()).isLessThanOrEqualTo(121);
            String withoutEllipsis = title.substring(0, title.length() - 1);
            assertThat(p).startsWith(withoutEllipsis + " ");
        }

        @Test
        void derivesRussianTitleFromFirstSentence() {
            String p = "Пожар на складе компании в Северогорске потушили к утру. Пострадавших нет.";
            assertThat(Titles.derive(p, Locale.forLanguageTag("ru")))
                    .isEqualTo("Пожар на складе компании в Северогорске потушили к утру");
        }
    }

    @Nested
    class Stamps {

        @Test
        void aDateOrTimeAloneIsAStampNotAHeadline() {
            assertThat(Titles.isStamp("9 / 10 / 2010 @ 1:19PM")).isTrue();
            assertThat(Titles.isStamp("Updated: Sept. 10, 2010 1:19 p.m. EDT")).isTrue();
            assertThat(Titles.isStamp("Friday, March 7, 2014")).isTrue();
            assertThat(Titles.isStamp("12 мая 2020, 14:35")).isTrue();
            assertThat(Titles.isStamp("2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant")).isFalse();
            assertThat(Titles.isStamp("March 7: Quake hits Karvela")).isFalse();
            assertThat(Titles.isStamp("1:0")).isTrue();
            assertThat(Titles.isStamp("Oscars")).isFalse();
        }

        @Test
        void aStampGivenAsTitleGivesWayToTheHeadlineLineAfterIt() {
            Article a = normalized("9 / 10 / 2010 @ 1:19PM",
                    "9 / 10 / 2010 @ 1:19PM\nFemale Employee Yvonne Hiller Kills Two In Kraft Shooting\n"
                            + "A woman opened fire at a Kraft factory in Philadelphia last night, killing two workers.");
            assertThat(a.title()).isEqualTo("Female Employee Yvonne Hiller Kills Two In Kraft Shooting");
            assertThat(a.titleOrigin()).isEqualTo(Article.TitleOrigin.DERIVED_FROM_TEXT);
        }
    }

    @Test
    void noBreakSpacesAreSpaces() {
        Article a = normalized("Skoda\u00a0представила кроссовер",
                "Чешская автомобильная компания\u00a0Skoda представила новый\u202fкроссовер.");
        assertThat(a.title()).isEqualTo("Skoda представила кроссовер");
        assertThat(a.text()).contains("компания Skoda").contains("новый кроссовер");
    }

    @Test
    void aCyrillicSentenceGluedToTheNextIsSeparated() {
        Article a = normalized("Президент призвал соблюдать меры",
                "Расслабляться все еще нельзя.Президент призвал соблюдать меры. Сайт стопкоронавирус.рф обновлён. См. Booking.Com.");
        assertThat(a.text()).contains("нельзя. Президент призвал").contains("стопкоронавирус.рф").contains("Booking.Com");
    }

    /** A JSON Lines record of {@code title} and {@code text} as the normalizer makes it an article. */
    private static Article normalized(String title, String text) {
        return new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("feed.jsonl", 1, RawDocument.Format.JSON_LINES,
                text, java.util.Map.of("title", title, "url", "https://www.example.org/2020/05/12/story"), "h1"));
    }
}
