package org.dateline.nlp.morphru;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityLinker;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.RussianMorphology;
import org.dateline.analyze.entity.RussianMorphology.Gender;
import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.NameForm;
import org.dateline.analyze.entity.RussianMorphology.NameKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Nominatives of Russian person names with the real dictionary: its name readings, and the linker's names built on them. */
class RussianNominativeNamesTest {

    private static final RussianMorphology MORPHOLOGY = RussianMorphology.installed().orElseThrow();

    @Test
    void aFeminineSurnamesNominativeIsSynthesisedNotItsMasculineLemma() {
        assertThat(MORPHOLOGY.nameForms("ломакиной")).contains(
                new NameForm(NameKind.SURNAME, Gender.FEMININE, GrammaticalCase.GENITIVE, "ломакина"));
        assertThat(MORPHOLOGY.nameForms("петровичем")).contains(
                new NameForm(NameKind.PATRONYMIC, Gender.MASCULINE, GrammaticalCase.INSTRUMENTAL, "петрович"));
        assertThat(MORPHOLOGY.nameForms("антона")).containsExactlyInAnyOrder(
                new NameForm(NameKind.FIRST_NAME, Gender.MASCULINE, GrammaticalCase.GENITIVE, "антон"),
                new NameForm(NameKind.FIRST_NAME, Gender.MASCULINE, GrammaticalCase.ACCUSATIVE, "антон"));
        // plurals are no reading of one person; a name that does not decline fits every case
        assertThat(MORPHOLOGY.nameForms("анны")).extracting(NameForm::grammaticalCase).containsExactly(GrammaticalCase.GENITIVE);
        assertThat(MORPHOLOGY.nameForms("шойгу")).containsExactly(new NameForm(NameKind.SURNAME, null, null, "шойгу"));
        assertThat(MORPHOLOGY.nameForms("белого")).extracting(NameForm::kind, NameForm::nominative)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(NameKind.ADJECTIVE, "белый"));
        assertThat(MORPHOLOGY.nameForms("мирца")).isEmpty();
    }

    @Test
    void linkedRussianPeopleAreNamedInTheNominative() {
        assertThat(name("Обращение Антона Мирца зачитали на площади.", "Антона Мирца")).isEqualTo("Антон Мирц");
        assertThat(name("Награду вручили Анне Ломакиной.", "Анне Ломакиной")).isEqualTo("Анна Ломакина");
        assertThat(name("Встреча с Сергеем Викторовичем Лавровым прошла вчера.", "Сергеем Викторовичем Лавровым"))
                .isEqualTo("Сергей Викторович Лавров");
        assertThat(name("Слова Марины Осиповой подтвердили.", "Марины Осиповой")).isEqualTo("Марина Осипова");
        assertThat(name("Книги Гюнтера Грасса переиздали.", "Гюнтера Грасса")).isEqualTo("Гюнтер Грасс");
        assertThat(name("Слова Сергея Шойгу подтвердили.", "Сергея Шойгу")).isEqualTo("Сергей Шойгу");
        assertThat(name("Книги Гюнтер Грасс читали все.", "Гюнтер Грасс")).isEqualTo("Гюнтер Грасс");
        assertThat(name("Слова Ильзе Варга подтвердили.", "Ильзе Варга")).isEqualTo("Ильзе Варга");
    }

    @Test
    void theRecognizersCaseFormsOfOnePersonAreOneEntityNamedInTheNominative() {
        String text = "Мэр Верхнеозёрска Павел Ломакин ушёл в отставку. Решение Павла Ломакина обсуждали весь день. "
                + "Отставку Ломакина приняли. Депутаты поблагодарили Наталью Гусеву.";
        List<Mention> mentions = EntityRecognizers.forLanguage("ru").recognize(text, "ru");
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions);
        DocumentEntity lomakin = entities.stream().filter(e -> e.variants().contains("Павла Ломакина")).findFirst().orElseThrow();
        assertThat(lomakin.name()).isEqualTo("Павел Ломакин");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(DocumentEntity::name)
                .contains("Наталья Гусева");
    }

    /** The name the linker gives the person mentioned as {@code mention}. */
    @Test
    void aFirstNameAndASurnameMakeAPersonTheRecognizerReadAsAPlace() {
        String text = "Пропавшая девушка найдена, сообщил глава города Андрей Джатдоев. Джатдоев поблагодарил волонтёров. "
                + "Позже Джатдоев написал об этом в соцсети.";
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Андрей Джатдоев", "Джатдоев")) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int start = at;
                if (mentions.stream().noneMatch(m -> m.start() <= start && m.end() > start)) {
                    mentions.add(new Mention(EntityType.LOCATION, at, at + name.length(), name));
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions);
        assertThat(entities).extracting(DocumentEntity::name, DocumentEntity::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Андрей Джатдоев", EntityType.PERSON));
        // a place named after a person is no first name and surname: "Нижний Новгород", "Андреевка"
        String town = "В Нижнем Новгороде открылся мост.";
        int at = town.indexOf("Нижнем Новгороде");
        assertThat(new EntityLinker().link(town, List.of(new Mention(EntityType.LOCATION, at, at + 16, "Нижнем Новгороде"))))
                .extracting(DocumentEntity::type).containsExactly(EntityType.LOCATION);
    }

    private static String name(String text, String mention) {
        int at = text.indexOf(mention);
        List<Mention> mentions = new ArrayList<>(List.of(new Mention(EntityType.PERSON, at, at + mention.length(), mention)));
        return new EntityLinker().link(text, mentions).getFirst().name();
    }
}
