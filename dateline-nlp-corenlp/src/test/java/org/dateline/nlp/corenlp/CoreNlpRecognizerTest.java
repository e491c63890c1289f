package org.dateline.nlp.corenlp;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.eval.NerEval;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The real English model through the core's ServiceLoader lookup: loaded once for the whole class. */
class CoreNlpRecognizerTest {

    // Written for this test: invented people, a real organisation and real places.
    private static final String TEXT = """
            Maria Delgado, a spokeswoman for the World Health Organization, said on Tuesday that a team would fly \
            from Geneva to Nairobi next week.

            Officials in Kenya welcomed the visit. "We are ready," said Peter Otieno, who heads the county hospital.""";

    private static final EntityRecognizer RECOGNIZER = EntityRecognizers.forLanguage("en");

    @Test
    void isTheCoreNlpRecognizerFoundThroughTheProvider() {
        assertThat(EntityRecognizers.hasModel("en")).isTrue();
        // the core puts its list of known organisations after every language's recognizer
        assertThat(RECOGNIZER.name()).isEqualTo("corenlp-en+known-organisations+name-repairs");
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithTheirSpans() {
        List<Mention> mentions = RECOGNIZER.recognize(TEXT, "en");

        assertThat(mentions).extracting(Mention::text, Mention::type).contains(
                tuple("Maria Delgado", EntityType.PERSON),
                tuple("World Health Organization", EntityType.ORGANIZATION),
                tuple("Geneva", EntityType.LOCATION),
                tuple("Nairobi", EntityType.LOCATION),
                tuple("Kenya", EntityType.LOCATION),
                tuple("Peter Otieno", EntityType.PERSON));
        for (Mention m : mentions) assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Test
    void keepsHyphenatedNamesWholeAndReadsATextLongerThanOneSequence() {
        // CoNLL's text keeps "Jean-Luc" one word, as the model learnt it; split, it read two people
        String names = "Jean-Luc Moreau met Kim Jong-un in Winston-Salem.";
        assertThat(RECOGNIZER.recognize(names, "en")).extracting(Mention::text).contains("Jean-Luc Moreau", "Winston-Salem");
        // a text of several sequences' length: the names at its end are found as at its start, with their spans
        StringBuilder text = new StringBuilder();
        while (text.length() < CoreNlpRecognizer.MAX_SEQUENCE * 12) text.append(TEXT).append("\n\n");
        List<Mention> mentions = RECOGNIZER.recognize(text.toString(), "en");
        Mention last = mentions.getLast();
        assertThat(last.text()).isEqualTo("Peter Otieno");
        assertThat(last.start()).isGreaterThan(text.length() - TEXT.length() - 2);
        assertThat(mentions.stream().filter(m -> m.text().equals("Maria Delgado")).count())
                .isEqualTo(mentions.stream().filter(m -> m.text().equals("Peter Otieno")).count());
    }

    @Test
    void givesTheSameMentionsWhenSharedByThreads() throws Exception {
        List<Mention> alone = RECOGNIZER.recognize(TEXT, "en");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Mention>>> runs = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> RECOGNIZER.recognize(TEXT, "en"))).toList();
            for (Future<List<Mention>> run : runs) assertThat(run.get()).isEqualTo(alone);
        }
    }

    @Test
    void scoresTodaysNewsWrittenForTheProject() {
        // eval/README.md: the CoNLL model alone 0.818; the default chain (the CoNLL model, then the known organisations
        // and the name repairs) 0.879; the three-class model's types on the spans both read alike lift the model alone
        NerEval.Report chain = NerEval.run(Path.of("../eval/ner-en.conll"), RECOGNIZER, "en", 0);
        NerEval.Report lean = NerEval.run(Path.of("../eval/ner-en.conll"),
                new CoreNlpRecognizer(CoreNlpRecognizerProvider.DEFAULT_MODELS), "en", 0);
        NerEval.Report typed = NerEval.run(Path.of("../eval/ner-en.conll"),
                new CoreNlpRecognizer(CoreNlpRecognizerProvider.DEFAULT_MODELS, CoreNlpRecognizerProvider.TYPE_MODEL), "en", 0);

        assertThat(chain.docs()).isEqualTo(21);
        assertThat(lean.all().overall().f1()).isGreaterThan(0.80);
        assertThat(typed.all().overall().f1()).isGreaterThan(lean.all().overall().f1() + 0.01);
        assertThat(chain.all().overall().f1()).isGreaterThan(lean.all().overall().f1() + 0.02);
    }

    @Test
    void theTypeModelRetypesOnlyASpanItReadsAlikeAndNeverMisc() {
        String text = "Amazon hired Jordan in Paris.";
        List<Mention> first = List.of(new Mention(EntityType.LOCATION, 0, 6, "Amazon"), new Mention(EntityType.MISC, 13, 19, "Jordan"),
                new Mention(EntityType.PERSON, 23, 28, "Paris"));
        List<Mention> checked = List.of(new Mention(EntityType.ORGANIZATION, 0, 6, "Amazon"), new Mention(EntityType.PERSON, 13, 19, "Jordan"),
                new Mention(EntityType.LOCATION, 20, 28, "in Paris"));
        assertThat(CoreNlpRecognizer.withTypesChecked(first, checked)).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Amazon", EntityType.ORGANIZATION), tuple("Jordan", EntityType.MISC), tuple("Paris", EntityType.PERSON));
    }

    @Test
    void aPersonOfTwoOrMoreWordsThatTheGazetteerListsAsAPlaceIsThePlace() {
        PlaceGazetteer places = PlaceGazetteer.load();
        assertThat(places.contains("Kuala Lumpur")).isTrue();
        assertThat(places.contains("ABU  DHABI")).isTrue();
        assertThat(places.contains("Peter Otieno")).isFalse();
        // single words are not held: towns and people share too many of them
        assertThat(places.contains("Toledo")).isFalse();
        String text = "Kuala Lumpur hosts Toledo and New York.";
        List<Mention> mentions = new java.util.ArrayList<>(List.of(new Mention(EntityType.PERSON, 0, 12, "Kuala Lumpur"),
                new Mention(EntityType.PERSON, 19, 25, "Toledo"), new Mention(EntityType.ORGANIZATION, 30, 38, "New York")));
        assertThat(CoreNlpRecognizer.placesNotPeople(mentions, places)).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Kuala Lumpur", EntityType.LOCATION), tuple("Toledo", EntityType.PERSON), tuple("New York", EntityType.ORGANIZATION));
    }
}
