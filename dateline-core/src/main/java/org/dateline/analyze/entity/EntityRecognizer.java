package org.dateline.analyze.entity;

import java.util.List;
import java.util.Set;

/**
 * Finds named-entity mentions in plain text. Implementations live where their licence allows: the core ships
 * Apache-licensed ones, {@code dateline-nlp-corenlp} (GPL-3.0) adds Stanford CoreNLP for English through
 * {@link EntityRecognizerProvider}. Implementations are thread-safe: the analysis pool shares one instance.
 */
public interface EntityRecognizer {

    /** Short name for reports and the README ("corenlp-en", "opennlp-ru", ...). */
    String name();

    /** ISO 639-1 codes this recognizer handles. */
    Set<String> languages();

    /** Mentions in {@code text}, in order, not overlapping, with spans into {@code text}. */
    List<Mention> recognize(String text, String language);

    /** A step after a recognizer that corrects its mentions of a text. */
    @FunctionalInterface
    interface Filter {
        List<Mention> apply(String text, List<Mention> mentions);
    }

    /**
     * {@code inner} followed by {@code filter} (as Lucene's token filters follow a tokenizer), named {@code inner}'s
     * name plus {@code suffix}.
     */
    static EntityRecognizer filtered(EntityRecognizer inner, String suffix, Filter filter) {
        return new EntityRecognizer() {
            @Override
            public String name() {
                return inner.name() + suffix;
            }

            @Override
            public Set<String> languages() {
                return inner.languages();
            }

            @Override
            public List<Mention> recognize(String text, String language) {
                return filter.apply(text, inner.recognize(text, language));
            }
        };
    }
}
