package org.dateline.nlp.corenlp;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizerProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Contributes {@link CoreNlpRecognizer} for English: the CoNLL four-class model (PER, ORG, LOC, MISC). The models can be
 * swapped for comparison with {@code -Ddateline.corenlp.ner.models=path,path} (classpath paths of CoreNLP CRF models,
 * earlier ones winning where their labels overlap).
 *
 * <p>{@code -Ddateline.corenlp.ner.typeModel=path} adds a model whose person, organisation or place type wins on a span
 * both read alike: with {@link #TYPE_MODEL} (the three-class model trained on CoNLL, MUC, ACE and more) WikiGold rises
 * from 0.639 to 0.663 and project-written news from 0.879 to 0.890, CoNLL test B is unchanged (0.901), but the second
 * CRF halves the English deep path's speed (49 -> 28 docs/s on 2 cores, under the 30), so it is an option.
 */
public final class CoreNlpRecognizerProvider implements EntityRecognizerProvider {

    static final String MODELS_PROPERTY = "dateline.corenlp.ner.models";
    static final String TYPE_MODEL_PROPERTY = "dateline.corenlp.ner.typeModel";
    static final List<String> DEFAULT_MODELS = List.of("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    /** The three-class model, for {@link #TYPE_MODEL_PROPERTY}. */
    static final String TYPE_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public EntityRecognizer create() {
        String models = System.getProperty(MODELS_PROPERTY);
        String typeModel = System.getProperty(TYPE_MODEL_PROPERTY);
        return new CoreNlpRecognizer(models == null || models.isBlank() ? DEFAULT_MODELS
                : Arrays.stream(models.split(",")).map(String::strip).toList(),
                typeModel == null || typeModel.isBlank() ? null : typeModel.strip());
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }
}
