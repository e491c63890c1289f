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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** A second model's reading of the types, or null ({@link #withTypesChecked}). */
    private final ClassifierCombiner<CoreLabel> typeChecker;
    private final PlaceGazetteer places;

    /** Loads the CRF models (classpath paths), earlier ones winning where their label sets overlap. */
    CoreNlpRecognizer(List<String> models) {
        this(models, null);
    }

    /**
     * Loads the CRF models (classpath paths), earlier ones winning where their label sets overlap, and a model whose
     * person, organisation or place type wins over theirs on a span both read alike ({@code typeModel}, or null).
     */
    CoreNlpRecognizer(List<String> models, String typeModel) {
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
            typeChecker = typeModel == null ? null : new ClassifierCombiner<>(typeModel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP NER models " + models + (typeModel == null ? "" : " and " + typeModel), e);
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
        List<Mention> mentions = mentions(text, sentences, classifier.classify(tokens));
        if (typeChecker != null) mentions = withTypesChecked(mentions, mentions(text, sentences, typeChecker.classify(copies(tokens))));
        out.addAll(mentions);
    }

    /** The tokens apart, so the second model's answers do not overwrite the first's. */
    private static List<CoreLabel> copies(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) out.add(new CoreLabel(token));
        return out;
    }

    private static List<Mention> mentions(String text, List<CoreSentence> sentences, List<CoreLabel> labelled) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (CoreSentence sentence : sentences) {
            // mentions end at a sentence's end
            int to = from + sentence.tokens().size();
            collect(text, labelled.subList(from, to), out);
            from = to;
        }
        return out;
    }

    /**
     * The type-checking model's person, organisation or place type for each span it reads exactly as the first model
     * did, where the first gave another of those three: CoreNLP's {@code english.all.3class}, trained on CoNLL, MUC,
     * ACE and more, tells a company from a place or a band from a person better outside 1996 Reuters news (WikiGold
     * 0.639 -> 0.663, project news 0.879 -> 0.890, CoNLL test B 0.9011 -> 0.9013), at the cost of a second CRF over
     * every token. Misc is the CoNLL model's own.
     */
    static List<Mention> withTypesChecked(List<Mention> mentions, List<Mention> checked) {
        Map<Long, EntityType> typeOfSpan = new HashMap<>();
        for (Mention c : checked) typeOfSpan.put((long) c.start() << 32 | c.end(), c.type());
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType type = typeOfSpan.get((long) m.start() << 32 | m.end());
            boolean retype = type != null && type != m.type() && type != EntityType.MISC && m.type() != EntityType.MISC;
            out.add(retype ? new Mention(type, m.start(), m.end(), m.text()) : m);
        }
        return out;
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
