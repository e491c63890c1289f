package org.dateline.classify;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sparse feature vector keyed by a 64-bit hash of each feature's name, in first-seen order, so that classifying
 * a text spells out no feature name: a character n-gram or a bigram is hashed straight from the characters it is
 * assembled from. Entries keep their insertion order and every operation visits them in it, so the sums come out
 * exactly as over a {@code LinkedHashMap} of the names. With {@code named} the names are kept too (training needs
 * them; classification does not).
 *
 * <p>Not thread-safe: one per text.
 */
final class FeatureVector {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final boolean named;
    private long[] keys;
    private double[] values;
    private String[] names;
    private int size;
    /** Open addressing over entry indexes + 1 (0: free); length a power of two, at most half full. */
    private int[] slots;

    FeatureVector(boolean named) {
        this(named, 64);
    }

    /** @param expected how many features the vector will likely hold (sized for them, it need not grow and rehash) */
    FeatureVector(boolean named, int expected) {
        this.named = named;
        allocate(capacity(expected));
    }

    private static int capacity(int expected) {
        return Integer.highestOneBit(Math.max(64, Math.min(1 << 20, expected)) - 1) << 1;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new double[capacity];
        slots = new int[capacity * 2];
        if (named) names = new String[capacity];
    }

    /** Empties the vector for reuse, sized for {@code expected} features (its arrays kept when large enough). */
    FeatureVector reset(int expected) {
        size = 0;
        int capacity = capacity(expected);
        if (keys.length < capacity) allocate(capacity);
        else Arrays.fill(slots, 0);
        if (named) Arrays.fill(names, null);
        return this;
    }

    /** FNV-1a over the characters (the same value whether the name is a String or being assembled). */
    static long hash(CharSequence s) {
        long h = OFFSET;
        for (int i = 0; i < s.length(); i++) h = extend(h, s.charAt(i));
        return h;
    }

    /** The {@link #hash} of a name one character longer than the one hashed to {@code h}. */
    static long extend(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** Whether the features' names are kept. */
    boolean named() {
        return named;
    }

    /** Adds {@code weight} to the feature whose name hashes to {@code h}; only for a vector without names. */
    void add(long h, double weight) {
        if (named) throw new IllegalStateException("a named vector needs the feature's name");
        add(h, null, weight);
    }

    /** Spreads a hash over the slot bits (FNV's low bits alone are poorly mixed). */
    static int spread(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    int size() {
        return size;
    }

    long key(int i) {
        return keys[i];
    }

    double value(int i) {
        return values[i];
    }

    /** Adds {@code weight} to the feature named {@code name} (a new feature comes last). */
    void add(CharSequence name, double weight) {
        long h = hash(name);
        int i = indexOf(h);
        if (i >= 0) {
            values[i] += weight;
            return;
        }
        append(h, named ? name.toString() : null, weight);
    }

    private void add(long h, String name, double weight) {
        int i = indexOf(h);
        if (i >= 0) values[i] += weight;
        else append(h, name, weight);
    }

    /** The entry number (first-seen order) of a feature hash, -1 when absent. */
    int indexOf(long h) {
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int e = slots[s];
            if (e == 0) return -1;
            if (keys[e - 1] == h) return e - 1;
        }
    }

    private void append(long h, String name, double weight) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            if (named) names = Arrays.copyOf(names, size * 2);
        }
        keys[size] = h;
        values[size] = weight;
        if (named) names[size] = name;
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int i = 0; i < size; i++) place(i);
        } else {
            place(size - 1);
        }
    }

    private void place(int i) {
        int mask = slots.length - 1;
        int s = spread(keys[i]) & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = i + 1;
    }

    /** Every value {@code v} becomes {@code log(1 + v)}, then the vector is scaled to length {@code length}. */
    FeatureVector logScaled(double length) {
        double norm = 0;
        for (int i = 0; i < size; i++) {
            double v = Math.log1p(values[i]);
            values[i] = v;
            norm += v * v;
        }
        if (norm > 0) {
            double scale = length / Math.sqrt(norm);
            for (int i = 0; i < size; i++) values[i] = values[i] * scale;
        }
        return this;
    }

    /** Adds another vector's values, feature by feature, in its order. */
    void addAll(FeatureVector other) {
        for (int i = 0; i < other.size; i++) add(other.keys[i], other.named ? other.names[i] : null, other.values[i]);
    }

    /** Scales the vector to unit length (an all-zero vector stays as it is). */
    void normalize() {
        double norm = 0;
        for (int i = 0; i < size; i++) norm += values[i] * values[i];
        if (norm > 0) {
            double inv = 1 / Math.sqrt(norm);
            for (int i = 0; i < size; i++) values[i] = values[i] * inv;
        }
    }

    /** The named features in first-seen order (only for a vector built {@code named}). */
    Map<String, Double> toMap() {
        if (!named) throw new IllegalStateException("feature names were not kept");
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) out.put(names[i], values[i]);
        return out;
    }
}
