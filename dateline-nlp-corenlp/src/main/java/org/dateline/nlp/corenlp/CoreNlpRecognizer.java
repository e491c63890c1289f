package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * English named entities with Stanford CoreNLP's CRF classifiers called directly on the tokens of a
 * {@code tokenize,ssplit} pipeline. The full {@code ner} annotator would also run POS tagging, SUTime, numeric
 * classifiers, fine-grained and KBP rules that Dateline does not use and that make it several times slower.
 * Both the pipeline and the classifiers only read their state once loaded, so one instance serves all threads.
 */
final class CoreNlpRecognizer implements EntityRecognizer {

    private final StanfordCoreNLP splitter;
    private final ClassifierCombiner<CoreLabel> classifier;
    private final PlaceGazetteer places;

    /** Loads the CRF models (classpath paths), earlier ones winning where their label sets overlap. */
    CoreNlpRecognizer(List<String> models) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // keep odd characters as tokens rather than logging a warning per document; keep hyphenated words whole, as
        // the CoNLL data the models learnt from has them ("Jean-Luc Brassard", "Winston-Salem", "U.S.-led"): split
        // since CoreNLP 4, they had read as "Jean" and "Luc Brassard" (CoNLL test B F1 0.880 -> 0.889)
        props.setProperty("tokenize.options", "untokenizable=noneKeep,splitHyphenated=false");
        // a blank line (paragraph, title above body) ends a sentence; single newlines may be hard wrapping
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(props);
        try {
            classifier = new ClassifierCombiner<>(models.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP NER models " + models, e);
        }
        places = PlaceGazetteer.load();
    }

    @Override
    public String name() {
        return "corenlp-en";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public List<Mention> recognize(String text, String language) {
        CoreDocument doc = new CoreDocument(text);
        splitter.annotate(doc);
        List<Mention> out = new ArrayList<>();
        // the whole document as one sequence: the models' features read how a word occurs elsewhere in the sequence
        // and the labels around a sentence's edges, so a name in a results table or a byline reads as it does in the
        // text around it (CoNLL-2003 test B 0.889 -> 0.894 against one sentence at a time; project news 0.871 -> 0.879).
        // A text far longer than an article goes in runs of whole sentences, so its memory stays bounded.
        List<CoreSentence> run = new ArrayList<>();
        int tokens = 0;
        for (CoreSentence sentence : doc.sentences()) {
            run.add(sentence);
            tokens += sentence.tokens().size();
            if (tokens >= MAX_SEQUENCE) {
                label(text, run, out);
                run.clear();
                tokens = 0;
            }
        }
        if (!run.isEmpty()) label(text, run, out);
        return placesNotPeople(out, places);
    }

    /**
     * A name of two or more words that CoreNLP's gazetteer lists as a city, a state or a country is no person, whatever
     * its shape made the CRF read ("Kuala Lumpur", "Grand Rapids", "Abu Dhabi"): CoNLL-2003's training and development
     * text types such a name a place 779 times, an organisation 173 times (a team: "New York", left alone) and a person
     * 3 times. A single word is left: "Clinton", "Dole" and "Toledo" are towns and people alike.
     */
    static List<Mention> placesNotPeople(List<Mention> mentions, PlaceGazetteer places) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.PERSON && m.text().strip().indexOf(' ') > 0 && places.contains(m.text()))
                mentions.set(i, new Mention(EntityType.LOCATION, m.start(), m.end(), m.text()));
        }
        return mentions;
    }

    /** Most tokens labelled as one sequence: a long article's length (CoNLL-2003's longest document has 1,335). */
    static final int MAX_SEQUENCE = 5_000;

    private void label(String text, List<CoreSentence> sentences, List<Mention> out) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreSentence sentence : sentences) tokens.addAll(sentence.tokens());
        List<CoreLabel> labelled = classifier.classify(tokens);
        int from = 0;
        for (CoreSentence sentence : sentences) {
            // mentions still end at a sentence's end
            int to = from + sentence.tokens().size();
            collect(text, labelled.subList(from, to), out);
            from = to;
        }
    }

    /** Turns runs of tokens with the same entity label into mentions (the CRF models label IO, not IOB). */
    private static void collect(String text, List<CoreLabel> tokens, List<Mention> out) {
        EntityType open = null;
        int start = 0;
        int end = 0;
        for (CoreLabel token : tokens) {
            EntityType type = EntityType.parse(token.get(CoreAnnotations.AnswerAnnotation.class));
            if (type != open && open != null) out.add(new Mention(open, start, end, text.substring(start, end)));
            if (type != open) start = token.beginPosition();
            open = type;
            end = token.endPosition();
        }
        if (open != null) out.add(new Mention(open, start, end, text.substring(start, end)));
    }
}
