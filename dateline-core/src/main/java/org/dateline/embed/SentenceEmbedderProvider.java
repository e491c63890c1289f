package org.dateline.embed;

/**
 * How an optional module contributes a {@link SentenceEmbedder}: listed in
 * {@code META-INF/services/org.dateline.embed.SentenceEmbedderProvider} and found with {@link java.util.ServiceLoader},
 * so the core runs (lexically) without the model and its native runtime.
 */
public interface SentenceEmbedderProvider {

    /** Creates the embedder (loads the model: called once, when vectors are first needed). */
    SentenceEmbedder create();
}
