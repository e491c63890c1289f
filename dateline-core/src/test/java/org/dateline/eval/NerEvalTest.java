package org.dateline.eval;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NerEvalTest {

    // The second document uses IOB1 (an entity opens with I-), which the reader turns into IOB2.
    private static final String CONLL = """
            -DOCSTART- O

            John B-PER
            Smith I-PER
            visited O
            New B-LOC
            York I-LOC
            . O

            He O
            met O
            Acme B-ORG
            Corp I-ORG
            staff O

            -DOCSTART- O

            Paris I-LOC
            hosted O
            the O
            Olympics I-MISC
            """;

    /** Finds fixed phrases with fixed types: the test decides exactly what is "recognized". */
    private record Phrases(Map<String, EntityType> phrases) implements EntityRecognizer {
        @Override
        public String name() {
            return "phrases";
        }

        @Override
        public Set<String> languages() {
            return Set.of("en");
        }

        @Override
        public List<Mention> recognize(String text, String language) {
            List<Mention> out = new ArrayList<>();
            phrases.forEach((phrase, type) -> {
                int at = text.indexOf(phrase);
                if (at >= 0) out.add(new Mention(type, at, at + phrase.length(), phrase));
            });
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }
    }

    private static Path write(Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, CONLL);
        return file;
    }

    @Test
    void readsDocumentsSentencesAndRewritesIob1(@TempDir Path dir) throws Exception {
        List<NerEval.Document> docs = NerEval.read(write(dir));

        assertThat(docs).hasSize(2);
        // a blank line between sentences, so a recognizer's splitter ends the first one there
        assertThat(docs.get(0).text()).isEqualTo("John Smith visited New York .\n\nHe met Acme Corp staff");
        assertThat(docs.get(0).sentenceStarts()).containsExactly(0, 6);
        int[] starts = docs.get(0).tokenStarts();
        for (int i = 0; i < docs.get(0).tokens().size(); i++) {
            assertThat(docs.get(0).text().startsWith(docs.get(0).tokens().get(i), starts[i])).as("token %d", i).isTrue();
        }
        assertThat(docs.get(1).tags()).containsExactly("B-LOC", "O", "O", "B-MISC");
    }

    @Test
    void scoresExactMatchesPartialSpansAndTypeErrorsByHand(@TempDir Path dir) throws Exception {
        EntityRecognizer recognizer = new Phrases(Map.of(
                "John Smith", EntityType.PERSON,       // exact
                "New", EntityType.LOCATION,            // partial span of New York: an error
                "Acme Corp", EntityType.LOCATION,      // right span, wrong type
                "He", EntityType.PERSON,               // spurious
                "Paris", EntityType.LOCATION));        // exact; Olympics (MISC) missed

        NerEval.Report report = NerEval.run(write(dir), recognizer, "en", 0);

        // gold 5 entities, predicted 5, exact 2
        NerScores.Counts all = report.all().overall();
        assertThat(all).isEqualTo(new NerScores.Counts(2, 5, 5));
        assertThat(all.precision()).isEqualTo(0.4);
        assertThat(all.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(report.all().perType()).containsEntry("PER", new NerScores.Counts(1, 2, 1))
                .containsEntry("LOC", new NerScores.Counts(1, 3, 2))
                .containsEntry("ORG", new NerScores.Counts(0, 0, 1))
                .containsEntry("MISC", new NerScores.Counts(0, 0, 1));
        // without MISC the missed Olympics no longer counts
        assertThat(report.withoutMisc().overall()).isEqualTo(new NerScores.Counts(2, 5, 4));
        assertThat(report.withoutMisc().perType()).doesNotContainKey("MISC");
        assertThat(report.goldHasMisc()).isTrue();
        assertThat(report.docs()).isEqualTo(2);
        assertThat(report.tokens()).isEqualTo(15);
        assertThat(report.all().errors()).extracting(NerEval.Error::kind)
                .containsExactlyInAnyOrder("span", "type", "spurious", "missed");
        assertThat(report.withoutMisc().errors()).extracting(NerEval.Error::kind)
                .containsExactlyInAnyOrder("span", "type", "spurious");
    }

    @Test
    void aNamesClosingQuoteThatTheMentionKeepsIsNoPartOfTheName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quoted.conll");
        Files.writeString(file, "-DOCSTART- O\n\nкомпания B-ORG\n« I-ORG\nГазпром I-ORG\n» O\nзаявила O\n");
        NerEval.Document doc = NerEval.read(file).getFirst();
        String text = doc.text();
        // the recognizer keeps the closing quote for its readers ("компания « Газпром »")
        int start = text.indexOf("компания"), end = text.indexOf("»") + 1;
        List<Mention> mention = List.of(new Mention(EntityType.ORGANIZATION, start, end, text.substring(start, end)));
        assertThat(MentionTags.tag(doc, mention)).containsExactly("B-ORG", "I-ORG", "I-ORG", "O", "O");
    }

    @Test
    void tokenCutByAMentionBelongsToItWhenHalfOrMoreIsCovered(@TempDir Path dir) throws Exception {
        NerEval.Document doc = NerEval.read(write(dir)).getFirst();
        // "John Smi" covers 3 of Smith's 5 characters; "Yo" covers 2 of York's 4
        List<Mention> mentions = List.of(new Mention(EntityType.PERSON, 0, 8, "John Smi"),
                new Mention(EntityType.LOCATION, 19, 25, "New Yo"));

        assertThat(MentionTags.tag(doc, mentions))
                .containsExactly("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "O", "O", "O", "O", "O");
        List<Mention> tooShort = List.of(new Mention(EntityType.PERSON, 0, 7, "John Sm"));
        assertThat(MentionTags.tag(doc, tooShort).subList(0, 2)).containsExactly("B-PER", "O");
    }
}
