package org.dateline.nlp.morphru;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With this module on the class path, Russian text goes to the model trained with the dictionary's word classes. */
class RussianNerWithMorphologyTest {

    @Test
    void theRussianRecognizerUsesTheDictionaryAndItsModel() {
        EntityRecognizer ner = EntityRecognizers.forLanguage("ru");
        assertThat(ner.name()).isEqualTo("perceptron-ru+morphology+known-organisations");
        List<Mention> mentions = ner.recognize(
                "Вчера Ольга Ветрова встретилась в Новосибирске с руководством компании «Ромашка».", "ru");
        assertThat(mentions).extracting(Mention::type, Mention::text).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "Ольга Ветрова"),
                org.assertj.core.groups.Tuple.tuple(EntityType.LOCATION, "Новосибирске"));
    }
}
