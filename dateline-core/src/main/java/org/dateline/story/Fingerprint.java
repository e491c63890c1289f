package org.dateline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What near-duplicate detection knows of a text: its word shingles (5-grams of the lower-cased body, hashed
 * to 64 bits, sorted and unique), a MinHash signature of them ({@link #HASHES} values) and the signature's
 * LSH bands ({@link #BANDS} bands of {@link #ROWS} rows, each a short term {@code b{i}:{hash}}). Two texts
 * whose shingle sets have Jaccard similarity J share at least one band with probability 1 - (1 - J^ROWS)^BANDS:
 * about 0.87 at J = 0.5 (a version twice the original's length), above 0.999 at J = 0.7, 0.3% at J = 0.1.
 * Bands only find candidates; a copy is confirmed on the exact shingle sets ({@link #containment}).
 * Computed in one pass, without regular expressions: tens of microseconds for a news article.
 */
public final class Fingerprint {

    public static final int SIZE = 5, BANDS = 32, ROWS = 4, HASHES = BANDS * ROWS;

    private static final long[] MUL = new long[HASHES], ADD = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(0x5EED_D0C5L);
        for (int i = 0; i < HASHES; i++) {
            MUL[i] = random.nextLong() | 1L;
            ADD[i] = random.nextLong();
        }
    }

    private static final Fingerprint EMPTY = new Fingerprint(new long[0], new long[0], new int[0]);

    private final long[] shingles;
    /** The bands' 64-bit hashes (band number mixed in), what {@link #bands} spells out. */
    private final long[] bandKeys;
    /** Spelt out on first use (the index writes them; in-memory lookups use {@link #bandKeys}). */
    private volatile List<String> bands;
    private final int[] signature;

    private Fingerprint(long[] shingles, long[] bandKeys, int[] signature) {
        this.shingles = shingles;
        this.bandKeys = bandKeys;
        this.signature = signature;
    }

    /** The MinHash signature (HASHES values, 32 bits each): what the store keeps to compare without the text. */
    public int[] signature() {
        return signature;
    }

    /**
     * Containment (share of the smaller set in the larger) estimated from two MinHash signatures and the set
     * sizes: Jaccard J is the share of agreeing values, the intersection J·(a+b)/(1+J).
     */
    public static double estimatedContainment(int[] a, int sizeA, int[] b, int sizeB) {
        if (a.length != HASHES || b.length != HASHES || sizeA == 0 || sizeB == 0) return 0;
        int agree = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) agree++;
        double j = agree / (double) HASHES;
        double intersection = j * (sizeA + sizeB) / (1 + j);
        return Math.min(1.0, intersection / Math.min(sizeA, sizeB));
    }

    /** Sorted unique shingle hashes. */
    public long[] shingles() {
        return shingles;
    }

    /** LSH band terms ({@code b{i}:{hash}}, as the index holds them); empty when the text has no shingles. */
    public List<String> bands() {
        List<String> b = bands;
        if (b == null) {
            List<String> out = new ArrayList<>(bandKeys.length);
            for (int i = 0; i < bandKeys.length; i++) out.add("b" + i + ":" + Long.toHexString(bandKeys[i]));
            bands = b = List.copyOf(out);
        }
        return b;
    }

    /**
     * The LSH bands as 64-bit keys, one per band in band order (empty when the text has no shingles): two
     * fingerprints share band {@code i} exactly when they have the same key at {@code i}, and keys of different
     * bands differ (the band number is hashed in), so they stand for the band terms in memory.
     */
    public long[] bandKeys() {
        return bandKeys;
    }

    public int size() {
        return shingles.length;
    }

    public static Fingerprint of(String text) {
        if (text == null || text.isEmpty()) return EMPTY;
        long[] words = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i < len; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = h * 1_000_003L + Character.toLowerCase(cp);
                inWord = true;
            } else if (inWord) {
                if (n == words.length) words = Arrays.copyOf(words, n * 2);
                words[n++] = mix(h);
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == words.length) words = Arrays.copyOf(words, n + 1);
            words[n++] = mix(h);
        }
        if (n < SIZE) return EMPTY;
        long[] sh = new long[n - SIZE + 1];
        for (int i = 0; i < sh.length; i++) {
            long s = 0;
            for (int j = i; j < i + SIZE; j++) s = s * 0x9E3779B97F4A7C15L + words[j];
            sh[i] = mix(s);
        }
        Arrays.sort(sh);
        int u = 0;
        for (int i = 0; i < sh.length; i++) if (u == 0 || sh[i] != sh[u - 1]) sh[u++] = sh[i];
        long[] shingles = u == sh.length ? sh : Arrays.copyOf(sh, u);
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < HASHES; k++) {
                long v = (s * MUL[k] + ADD[k]) >>> 1;
                if (v < min[k]) min[k] = v;
            }
        }
        long[] bandKeys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long x = b;
            for (int r = 0; r < ROWS; r++) x = x * 0x9E3779B97F4A7C15L + min[b * ROWS + r];
            bandKeys[b] = mix(x);
        }
        int[] signature = new int[HASHES];
        for (int k = 0; k < HASHES; k++) signature[k] = (int) (min[k] ^ (min[k] >>> 32));
        return new Fingerprint(shingles, bandKeys, signature);
    }

    /** Share of the smaller set's shingles found in the larger (a trimmed or extended copy still scores high). */
    public static double containment(Fingerprint a, Fingerprint b) {
        long[] x = a.shingles, y = b.shingles;
        if (x.length == 0 || y.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) i++;
            else j++;
        }
        return common / (double) Math.min(x.length, y.length);
    }

    /** Jaccard similarity of the two shingle sets. */
    public static double jaccard(Fingerprint a, Fingerprint b) {
        double c = containment(a, b) * Math.min(a.size(), b.size());
        double union = a.size() + b.size() - c;
        return union <= 0 ? 0 : c / union;
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb93fe53a87cdL;
        return z ^ (z >>> 33);
    }
}
