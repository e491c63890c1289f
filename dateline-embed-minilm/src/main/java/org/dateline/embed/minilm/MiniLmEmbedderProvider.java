package org.dateline.embed.minilm;

import org.dateline.embed.SentenceEmbedder;
import org.dateline.embed.SentenceEmbedderProvider;

/**
 * Contributes {@link MiniLmEmbedder}: texts cut at {@code dateline.embed.tokens} word pieces (default 48: a
 * title and the start of the lead, what identifies the event; 64 read no better and cost a third more model time), {@code dateline.embed.threads} ONNX threads per
 * call (default 1: batches are split over the engine's embedding threads instead, which scales better than
 * threads inside one small inference).
 */
public final class MiniLmEmbedderProvider implements SentenceEmbedderProvider {

    @Override
    public SentenceEmbedder create() {
        return new MiniLmEmbedder(Integer.getInteger("dateline.embed.tokens", 48), Integer.getInteger("dateline.embed.threads", 1));
    }
}
