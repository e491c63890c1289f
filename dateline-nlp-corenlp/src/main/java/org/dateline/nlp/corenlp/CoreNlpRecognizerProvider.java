package org.dateline.nlp.corenlp;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizerProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Contributes {@link CoreNlpRecognizer} for English. The models can be swapped for comparison with
 * {@code -Ddateline.corenlp.ner.models=path,path} (classpath paths of CoreNLP CRF models).
 *
 * <p>By default the CoNLL four-class model alone (PER, ORG, LOC, MISC). {@link #BROAD_MODELS} puts the three-class
 * model trained on several corpora (CoNLL, MUC, ACE and others) before it: on today's news written for the project
 * ({@code eval/ner-en.conll}) that pair scores F1 0.853 against 0.818, but the second CRF costs the deep path about
 * 40 % of its English speed (38-41 → 25 docs/s on 2 cores, under the 30), so it is an option:
 * {@code -Ddateline.corenlp.ner.models=} the two paths, comma-separated.
 */
public final class CoreNlpRecognizerProvider implements EntityRecognizerProvider {

    static final String MODELS_PROPERTY = "dateline.corenlp.ner.models";
    static final List<String> DEFAULT_MODELS = List.of("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    /** The broader, slower pair: three-class decisions, CoNLL's MISC where the first found nothing. */
    static final List<String> BROAD_MODELS = List.of(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public EntityRecognizer create() {
        String models = System.getProperty(MODELS_PROPERTY);
        return new CoreNlpRecognizer(models == null || models.isBlank() ? DEFAULT_MODELS
                : Arrays.stream(models.split(",")).map(String::strip).toList());
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }
}
