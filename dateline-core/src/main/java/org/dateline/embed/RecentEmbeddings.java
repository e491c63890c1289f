package org.dateline.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embeddings of the texts embedded last, keyed by the exact text the model read: a syndicated copy or repost
 * (wire copy run word for word by other outlets) gets its original's vector without running the model again, and
 * the model is the dearest step of the fast path. Bounded (least recently used leave first); thread-safe.
 */
public final class RecentEmbeddings {

    private final int capacity;
    private final Map<String, float[]> byText;
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();

    /** @param capacity texts remembered; 0 remembers none */
    public RecentEmbeddings(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.byText = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > RecentEmbeddings.this.capacity;
            }
        };
    }

    /** A copy of the vector the model gave {@code text} lately; null when it is not remembered. */
    public float[] get(String text) {
        if (capacity == 0) return null;
        float[] v;
        synchronized (byText) {
            v = byText.get(text);
        }
        if (v == null) return null;
        hits.incrementAndGet();
        return v.clone();
    }

    /** Counts a text answered without the model another way: a copy of a text embedded in the same model call. */
    public void countHit() {
        hits.incrementAndGet();
    }

    /** How many texts were answered from memory instead of by the model. */
    public long hits() {
        return hits.get();
    }

    /** Remembers what the model gave {@code text}; a null vector (the model failed on it) is not remembered. */
    public void put(String text, float[] vector) {
        if (capacity == 0 || vector == null) return;
        float[] copy = vector.clone();
        synchronized (byText) {
            byText.put(text, copy);
        }
    }

    public int size() {
        synchronized (byText) {
            return byText.size();
        }
    }
}
