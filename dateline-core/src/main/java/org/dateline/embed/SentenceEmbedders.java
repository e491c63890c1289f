package org.dateline.embed;

import java.util.Optional;
import java.util.ServiceLoader;

/** The sentence embedder on the class path, created once and shared; empty when no embedding module is installed. */
public final class SentenceEmbedders {

    private static volatile Optional<SentenceEmbedder> shared;

    private SentenceEmbedders() {
    }

    /** The installed embedder (loading its model on first call), if any. */
    public static Optional<SentenceEmbedder> installed() {
        Optional<SentenceEmbedder> e = shared;
        if (e == null) {
            synchronized (SentenceEmbedders.class) {
                e = shared;
                if (e == null) {
                    e = ServiceLoader.load(SentenceEmbedderProvider.class).findFirst().map(SentenceEmbedderProvider::create);
                    shared = e;
                }
            }
        }
        return e;
    }
}
