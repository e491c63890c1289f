package org.dateline.analyze.entity;

/**
 * How an optional module contributes a recognizer: listed in
 * {@code META-INF/services/org.dateline.analyze.entity.EntityRecognizerProvider} and found with
 * {@link java.util.ServiceLoader}, so the core never depends on the module (CoreNLP is GPL-3.0).
 */
public interface EntityRecognizerProvider {

    /** Higher wins when two providers handle one language; the core's own recognizers use 0. */
    int priority();

    /** Creates the recognizer (may load models: called once, lazily, when the language is first needed). */
    EntityRecognizer create();

    /** Languages the recognizer will handle, known before it is created (creation may be slow). */
    java.util.Set<String> languages();
}
