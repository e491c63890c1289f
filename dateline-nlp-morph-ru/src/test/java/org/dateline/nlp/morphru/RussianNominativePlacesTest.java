package org.dateline.nlp.morphru;

import org.dateline.analyze.entity.EntityLinker;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.RussianMorphology;
import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.PlaceForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Nominatives of Russian place names with the real dictionary. */
class RussianNominativePlacesTest {

    private static final RussianMorphology MORPHOLOGY = RussianMorphology.installed().orElseThrow();

    @Test
    void placeReadingsGiveTheNominativeOfTheirGender() {
        assertThat(MORPHOLOGY.placeForms("москве")).containsExactlyInAnyOrder(
                new PlaceForm(false, "Fem", GrammaticalCase.DATIVE, "москва"),
                new PlaceForm(false, "Fem", GrammaticalCase.PREPOSITIONAL, "москва"));
        assertThat(MORPHOLOGY.placeForms("курской")).contains(new PlaceForm(true, "Fem", GrammaticalCase.GENITIVE, "курская"))
                .noneMatch(f -> !f.adjective());
        assertThat(MORPHOLOGY.placeForms("карвеле")).isEmpty();
    }

    @Test
    void linkedRussianPlacesAreNamedInTheNominative() {
        assertThat(name("Саммит прошёл в Москве.", "Москве")).isEqualTo("Москва");
        assertThat(name("Пожар начался в Курской области вечером.", "Курской области")).isEqualTo("Курская область");
        assertThat(name("Завод в Нижнем Новгороде закрыли.", "Нижнем Новгороде")).isEqualTo("Нижний Новгород");
        // франция beats the element франций: more cases read it so
        assertThat(name("Посол Франции прибыл утром.", "Франции")).isEqualTo("Франция");
        assertThat(name("Делегация вернулась из Лондона.", "Лондона")).isEqualTo("Лондон");
        // plural names: the words agree in number and take the nominative plural
        assertThat(name("Встреча может пройти в Объединённых Арабских Эмиратах.", "Объединённых Арабских Эмиратах"))
                .isEqualTo("Объединённые Арабские Эмираты");
        assertThat(name("Посол вернулся из Соединённых Штатов.", "Соединённых Штатов")).isEqualTo("Соединённые Штаты");
        assertThat(name("Выставка открылась в Нидерландах.", "Нидерландах")).isEqualTo("Нидерланды");
        // a word with a singular reading is read in the singular, not as the element германий's plural
        assertThat(name("Канцлер Германии прибыл утром.", "Германии")).isEqualTo("Германия");
        // already nominative, or unknown to the dictionary: as written
        assertThat(name("Москва ответила сразу.", "Москва")).isEqualTo("Москва");
        assertThat(name("Толчки ощущались в Карвеле.", "Карвеле")).isEqualTo("Карвеле");
        // an unknown town in -ск, -бург, -поль declines by its ending; a known feminine name in -ска stays itself
        assertThat(name("Мэр Верхнеозёрска ушёл в отставку.", "Верхнеозёрска")).isEqualTo("Верхнеозёрск");
        assertThat(name("Пожар произошёл в Северогорске ночью.", "Северогорске")).isEqualTo("Северогорск");
        assertThat(name("Делегация прибыла из Новопольского Белополя.", "Белополя")).isEqualTo("Белополь");
        assertThat(name("Губернатор Аляски прибыл утром.", "Аляски")).isEqualTo("Аляска");
        assertThat(name("Аляска ответила сразу.", "Аляска")).isEqualTo("Аляска");
        // an invented adjective before a known noun reads by its ending; a capitalised genitive after a place stays
        assertThat(name("Землетрясение произошло в Серранском нагорье.", "Серранском нагорье")).isEqualTo("Серранское нагорье");
        assertThat(name("Толчки ощущались в Серранском нагорье Валмары.", "Серранском нагорье Валмары"))
                .isEqualTo("Серранское нагорье Валмары");
    }

    @Test
    void organisationsNamedByAdjectivesAndANounAreNamedInTheNominativeToo() {
        assertThat(name("Об этом сообщили в Национальном сейсмологическом институте.", "Национальном сейсмологическом институте",
                EntityType.ORGANIZATION)).isEqualTo("Национальный сейсмологический институт");
        // an abbreviation stays in capitals; a quoted name is the name without the common noun before it
        assertThat(name("Сотрудники МВД прибыли утром.", "МВД", EntityType.ORGANIZATION)).isEqualTo("МВД");
        // an ordinal declines as an adjective
        assertThat(name("Об этом рассказали в эфире на Первом канале.", "Первом канале", EntityType.ORGANIZATION))
                .isEqualTo("Первый канал");
        assertThat(name("Представитель компании «Трансвектор» отказался от комментариев.", "компании «Трансвектор»",
                EntityType.ORGANIZATION)).isEqualTo("«Трансвектор»");
        assertThat(name("Об этом говорится в сообщении Национального банка Валмары.", "Национального банка Валмары",
                EntityType.ORGANIZATION)).isEqualTo("Национальный банк Валмары");
        // a head noun with a complement after it: the head declines, the complement stays as written
        assertThat(name("Об этом сообщили в Министерстве обороны России.", "Министерстве обороны России",
                EntityType.ORGANIZATION)).isEqualTo("Министерство обороны России");
        assertThat(name("Обрушилась колокольня церкви Святого Эльрика.", "церкви Святого Эльрика",
                EntityType.ORGANIZATION)).isEqualTo("церковь Святого Эльрика");
        assertThat(name("Как сообщили в управлении МЧС по Приозёрной области, пожар потушен.", "управлении МЧС по Приозёрной области",
                EntityType.ORGANIZATION)).isEqualTo("управление МЧС по Приозёрной области");
        assertThat(name("Об этом говорится в отчёте контрольно-счётной палаты Приозёрной области.",
                "контрольно-счётной палаты Приозёрной области", EntityType.ORGANIZATION))
                .isEqualTo("контрольно-счётной палаты Приозёрной области");
    }

    @Test
    void anAdjectiveBeforeItsNounNamesAThingNotAPerson() {
        assertThat(type("Валмара и Кестрия восстановят Северную железнодорожную линию.", "Северную"))
                .isEqualTo(EntityType.MISC);
        assertThat(type("Северная линия длиной 212 км закрыта с 2019 года.", "Северная")).isEqualTo(EntityType.MISC);
        // a surname written as an adjective stays a person before a verb
        assertThat(type("Толстой сказал, что роман почти готов.", "Толстой")).isEqualTo(EntityType.PERSON);
        assertThat(type("Об этом сообщила Вишневская журналистам.", "Вишневская")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameWrittenAsAnAdjectiveTakesTheWordsThatAgreeWithIt() {
        // Russian capitalises a name's first word only: the recognizer's "Северной" is the railway's adjective
        assertThat(name("Поезда снова пойдут по Северной железной дороге.", "Северной")).isEqualTo("Северная железная дорога");
        assertThat(name("Меморандум о восстановлении Северной\nжелезнодорожной линии подписан.", "Северной"))
                .isEqualTo("Северная железнодорожная линия");
        // the next word does not agree: a street named by its adjective alone
        assertThat(name("Жителям домов на Литейной рекомендовали закрыть окна.", "Литейной")).doesNotContain(" ");
        // an adjective of a place's name names the place; a sentence's first word is capitalised anyway
        assertThat(name("Стороны обсудили выполнение Минских соглашений.", "Минских")).doesNotContain(" ");
        assertThat(name("Северная линия закрыта с 2019 года.", "Северная")).isEqualTo("Северная");
    }

    private static EntityType type(String text, String mention) {
        int at = text.indexOf(mention);
        return new EntityLinker().link(text, List.of(new Mention(EntityType.PERSON, at, at + mention.length(), mention)))
                .getFirst().type();
    }

    /** The name the linker gives the place mentioned as {@code mention}. */
    private static String name(String text, String mention) {
        return name(text, mention, EntityType.LOCATION);
    }

    private static String name(String text, String mention, EntityType type) {
        int at = text.indexOf(mention);
        return new EntityLinker().link(text, List.of(new Mention(type, at, at + mention.length(), mention))).getFirst().name();
    }

    @Test
    void aDescribedSpeakerReadsInTheNominativeWithoutItsPreposition() {
        EntityLinker linker = new EntityLinker();
        assertThat(linker.describedSpeaker("в мэрии")).isEqualTo("мэрия");
        assertThat(linker.describedSpeaker("палаты")).isEqualTo("палата");
        assertThat(linker.describedSpeaker("спасателей")).isEqualTo("спасатели");
        assertThat(linker.describedSpeaker("Местные жители")).isEqualTo("Местные жители");
        // names and unknown words stay as written
        assertThat(linker.describedSpeaker("Ивана Петрова")).isEqualTo("Ивана Петрова");
        assertThat(linker.describedSpeaker("в Карвеле")).isEqualTo("в Карвеле");
    }
}
