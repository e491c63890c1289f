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
}
