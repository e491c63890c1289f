package org.dateline.normalize;

import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Other articles' headlines left inline by "ALSO READ:" inserts are cut; the report's own sentences stay. */
class RelatedLinksTest {

    @Test
    void aListOfHeadlinesToTheParagraphsEndGoesWhole() {
        String p = "The third episode continues with smuggling, espionage and more! ALSO READ: PODCAST | THE INTERVIEW: "
                + "From stunt training to a night shoot – Mara Velde on her new role in 'Harbour Lights' PODCAST | "
                + "THE INTERVIEW: Meeting the show's truck driver";
        assertThat(RelatedLinks.strip(p)).isEqualTo("The third episode continues with smuggling, espionage and more!");
    }

    @Test
    void aHeadlineInsideTheTextEndsWhereTheNextSentenceStarts() {
        String p = "Police arrested two men on Monday. ALSO READ: Hawks seek Lena Ortiz as a person of interest in Orvik "
                + "fraud case After the suspects fled, police searched the house. READ MORE: Transit strike would close the depot";
        assertThat(RelatedLinks.strip(p))
                .isEqualTo("Police arrested two men on Monday. After the suspects fled, police searched the house.");
    }

    @Test
    void russianMarkersWithOrWithoutTheirColon() {
        assertThat(RelatedLinks.strip("Обновление вышло вчера. Читайте также: Как работает распознавание речи в новой "
                + "версии Ключи безопасности теперь поддерживаются в браузере."))
                .isEqualTo("Обновление вышло вчера. Ключи безопасности теперь поддерживаются в браузере.");
        assertThat(RelatedLinks.strip("Мэр подписал указ. Читайте также Последняя просьба ветерана исполнена"))
                .isEqualTo("Мэр подписал указ.");
    }

    @Test
    void ordinaryWordsAreNoMarker() {
        String p = "Residents can read more about the plan on the council's site. Critics see also a cost: the toll.";
        assertThat(RelatedLinks.strip(p)).isEqualTo(p);
        assertThat(RelatedLinks.strip("No marker here.")).isEqualTo("No marker here.");
    }

    /** A JSON Lines record without a URL: its id comes from its outlet, title and text. */
    private static RawDocument record(String origin, long n, String text) {
        return new RawDocument(origin, n, RawDocument.Format.JSON_LINES, text, java.util.Map.of("title",
                "On 'Harbour Lights' this Sunday", "published", "2026-04-14T09:00:00Z", "lang", "en"), "");
    }

    @Test
    void theNormalizedArticleLeavesThemOutAndKeepsItsIdentity() {
        String text = "Two episodes in and viewers are hooked on the crime drama. ALSO READ: PODCAST | Mara Velde tells "
                + "all about her role in 'Harbour Lights'";
        Normalizer normalizer = new Normalizer(OutletRegistry.bundled());
        Article a = normalizer.normalize(record("x.jsonl", 1, text));
        assertThat(a.text()).isEqualTo("Two episodes in and viewers are hooked on the crime drama.");
        // the id is of the text as it came: reading the same input again, by this or an older reading, finds the same article
        Article again = normalizer.normalize(record("y.jsonl", 2, text));
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(a.contentHash()).isEqualTo(again.contentHash());
    }
}
