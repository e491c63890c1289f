package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped Russian model on text written for this test (not from its training data). */
class RussianNerTest {

    private static final String TEXT = """
            Президент России Владимир Путин встретился в Кремле с главой МИД Сергеем Лавровым. \
            Министр рассказал о переговорах в Женеве с госсекретарём США Марко Рубио.
            Компания «Газпром» и Сбербанк подписали соглашение в Санкт-Петербурге, сообщает ТАСС.""";

    private static Mention mention(EntityType type, String text) {
        int start = TEXT.indexOf(text);
        return new Mention(type, start, start + text.length(), text);
    }

    @Test
    void theRussianProviderIsFoundThroughServiceLoader() {
        EntityRecognizer ner = EntityRecognizers.forLanguage("ru");
        assertThat(ner.name()).isEqualTo("perceptron-ru+known-organisations");
        assertThat(EntityRecognizers.hasModel("ru")).isTrue();
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithExactSpans() {
        List<Mention> found = RussianNer.bundled().recognize(TEXT, "ru");
        assertThat(found).contains(
                mention(EntityType.LOCATION, "России"),
                mention(EntityType.PERSON, "Владимир Путин"),
                mention(EntityType.PERSON, "Сергеем Лавровым"),
                mention(EntityType.ORGANIZATION, "МИД"),
                mention(EntityType.LOCATION, "Женеве"),
                mention(EntityType.PERSON, "Марко Рубио"),
                mention(EntityType.ORGANIZATION, "Сбербанк"),
                mention(EntityType.LOCATION, "Санкт-Петербурге"),
                mention(EntityType.ORGANIZATION, "ТАСС"));
        assertThat(found).extracting(Mention::text).doesNotContain("Президент", "Министр", "Компания");
        for (Mention m : found) assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Test
    void aSentenceOpeningWordIsNoNameAlone() {
        // a subheading glued to the next sentence: the tagger had read "теленком Так" as a surname after a name
        String text = "Об изменениях законодательства нам помог Антон Ширнин, заместитель прокурора Бийска. Слежка за теленком "
                + "Так, в Уголовный кодекс и Кодекс об административных правонарушениях вносятся поправки.";
        assertThat(RussianNer.bundled().recognize(text, "ru")).extracting(Mention::text)
                .contains("Антон Ширнин").doesNotContain("Так");
    }

    @Test
    void aQuotedNameKeepsItsClosingQuote() {
        assertThat(RussianNer.bundled().recognize(TEXT, "ru")).extracting(Mention::text)
                .contains("Компания «Газпром»");
    }

    @Test
    void abbreviationsOfCommonNounsAreNoEntities() {
        String text = "Как сообщило министерство транспорта, в регионе ввели режим ЧС. Атака БПЛА отражена силами ПВО, "
                + "сообщили в СМИ. После ДТП на трассе пострадали трое, сообщает МЧС.";
        assertThat(RussianNer.bundled().recognize(text, "ru")).extracting(Mention::text)
                .doesNotContain("ЧС", "БПЛА", "ПВО", "СМИ", "ДТП").contains("МЧС");
    }

    @Test
    void mentionsAreInOrderAndDoNotOverlap() {
        List<Mention> found = RussianNer.bundled().recognize(TEXT, "ru");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void emptyAndNameFreeTextGiveNothing() {
        assertThat(RussianNer.bundled().recognize("", "ru")).isEmpty();
        assertThat(RussianNer.bundled().recognize("   \n ", "ru")).isEmpty();
        assertThat(RussianNer.bundled().recognize("вчера было тепло, а сегодня идёт дождь.", "ru")).isEmpty();
    }

    @Test
    void concurrentCallsGiveTheSameAnswer() throws Exception {
        RussianNer ner = RussianNer.bundled();
        List<Mention> expected = ner.recognize(TEXT, "ru");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> runs = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> ner.recognize(TEXT, "ru"))).toList();
            for (Future<List<Mention>> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
