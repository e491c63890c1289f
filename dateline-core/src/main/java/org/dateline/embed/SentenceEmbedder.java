package org.dateline.embed;

import java.util.List;
import java.util.Set;

/**
 * Dense sentence embeddings of short texts (an article's title and lead), for nearest-neighbour candidates and a
 * meaning-level similarity beside the lexical one. Implementations come from optional modules (the model and its
 * runtime are large) and must be safe to call from several threads.
 */
public interface SentenceEmbedder {

    /** A short, stable name of the model (stored with the vectors, so a store never mixes two models). */
    String model();

    /** Length of every vector. */
    int dimension();

    /** Languages the model was trained for; other languages get no vector. */
    Set<String> languages();

    /** One unit-length vector per text, in order. */
    float[][] embed(List<String> texts);

    /** Cosine of two unit-length vectors. */
    static double cosine(float[] a, float[] b) {
        // Lucene's SIMD dot product (the Panama vector API when the JVM has jdk.incubator.vector)
        return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
    }
}
