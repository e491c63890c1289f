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
 * <p>By default the three-class model trained on several corpora (CoNLL, MUC, ACE and others) decides persons,
 * organisations and places, and the CoNLL four-class model adds MISC where the first found nothing. The CoNLL model
 * alone fits 1996 Reuters wire copy; on today's news written for the project ({@code eval/ner-en.conll}) the pair
 * scores F1 0.853 against its 0.818, for about a tenth of the deep path's speed and 0.003 on the CoNLL file.
 */
public final class CoreNlpRecognizerProvider implements EntityRecognizerProvider {

    static final String MODELS_PROPERTY = "dateline.corenlp.ner.models";
    static final List<String> DEFAULT_MODELS = List.of(
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
