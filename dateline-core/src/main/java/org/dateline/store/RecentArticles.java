package org.dateline.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The stored articles published within a horizon behind the newest one, held in memory with what candidate
 * retrieval reads: their story, match terms and LSH bands. Story assignment and the near-duplicate check only look
 * at articles within the story window of a new one, and news mostly arrives in publication order, so nearly every
 * lookup falls inside this window and is answered by hash lookups instead of several index queries per article.
 * A lookup reaching before {@link #coveredFrom()} (an article far older than the newest) goes to the index.
 *
 * <p>Memory is bounded by the horizon and by {@code maxArticles}: the oldest articles leave first, and the covered
 * range shrinks with them. An article dated far ahead of the rest (a wrong date) moves the horizon with it; lookups
 * for the others then go to the index, slower but with the same answers. Not thread-safe: the store calls it under
 * its write lock.
 */
final class RecentArticles {

    /** One article's retrieval data. {@code stamp} and {@code score} are scratch space of one lookup. */
    static final class Entry {
        final String id;
        final String chain;
        final long published;
        final Map<String, Integer> terms;
        /** LSH band keys ({@link org.dateline.story.Fingerprint#bandKeys}). */
        final long[] bands;
        final int[] signature;
        final int shingles;
        String storyId;
        String copyOf;
        boolean removed;
        private int stamp;
        private double score;

        Entry(String id, String storyId, String chain, long published, Map<String, Integer> terms, long[] bands,
              int[] signature, int shingles, String copyOf) {
            this.id = id;
            this.storyId = storyId;
            this.chain = chain;
            this.published = published;
            this.terms = terms;
            this.bands = bands;
            this.signature = signature;
            this.shingles = shingles;
            this.copyOf = copyOf;
        }
    }

    /** BM25 term-frequency saturation (no length normalisation: the match text is capped in length). */
    private static final double K1 = 1.2;

    private final long horizonMs;
    private final int maxArticles;
    private final Map<String, Entry> byId = new HashMap<>();
    /** Analysis chain, then term, then the articles whose match text has it (removed ones pruned lazily). */
    private final Map<String, Map<String, Postings>> postings = new HashMap<>();
    private final BandPostings bandPostings = new BandPostings();
    private final PriorityQueue<Entry> oldestFirst = new PriorityQueue<>(Comparator.comparingLong(e -> e.published));
    private long newestMs = Long.MIN_VALUE;
    private long coveredFromMs;
    /** Entries removed since the postings were last compacted. */
    private int removedSinceCompaction;
    private int lookup;

    /**
     * @param coveredFrom from when on every stored dated article will be here: {@link Long#MIN_VALUE} for an empty
     *                    store, else the earliest publication time of those loaded at open
     */
    RecentArticles(long horizonMs, int maxArticles, long coveredFrom) {
        this.horizonMs = horizonMs;
        this.maxArticles = Math.max(1, maxArticles);
        this.coveredFromMs = coveredFrom;
    }

    /** Whether every stored article published at or after {@code from} is held here. */
    boolean covers(Instant from) {
        return from != null && from.toEpochMilli() >= coveredFromMs;
    }

    long coveredFrom() {
        return coveredFromMs;
    }

    int size() {
        return byId.size();
    }

    /** Adds or replaces an article (a replaced one may have moved story, or changed text). Undated ones are not kept. */
    void put(Entry e) {
        remove(e.id);
        byId.put(e.id, e);
        Map<String, Postings> chain = postings.computeIfAbsent(e.chain, c -> new HashMap<>());
        for (Map.Entry<String, Integer> t : e.terms.entrySet()) chain.computeIfAbsent(t.getKey(), x -> new Postings()).add(e, t.getValue());
        for (long b : e.bands) bandPostings.add(b, e);
        oldestFirst.add(e);
        newestMs = Math.max(newestMs, e.published);
        evict();
    }

    /** The entry of an article held here, or null. */
    Entry get(String id) {
        return byId.get(id);
    }

    /** Records that an article held here now belongs to another story (a merge moved it). */
    void moveToStory(String id, String storyId) {
        Entry e = byId.get(id);
        if (e != null) e.storyId = storyId;
    }

    void remove(String id) {
        Entry old = byId.remove(id);
        if (old == null) return;
        old.removed = true;
        removedSinceCompaction++;
    }

    private void evict() {
        while (!oldestFirst.isEmpty()) {
            Entry oldest = oldestFirst.peek();
            if (oldest.removed) {
                oldestFirst.poll();
                continue;
            }
            if (oldest.published >= newestMs - horizonMs && byId.size() <= maxArticles) break;
            oldestFirst.poll();
            remove(oldest.id);
            // everything at or before the evicted article's time may now be missing
            coveredFromMs = Math.max(coveredFromMs, oldest.published + 1);
        }
        // removed entries are skipped when read; rebuilding once as many were removed as remain keeps that cost amortised
        if (removedSinceCompaction > Math.max(1024, byId.size())) compact();
    }

    private void compact() {
        for (Map<String, Postings> chain : postings.values()) chain.values().removeIf(Postings::prune);
        bandPostings.prune();
        oldestFirst.removeIf(e -> e.removed);
        removedSinceCompaction = 0;
    }

    /**
     * Band key to the articles having it, in arrival order: an open-addressing table of primitive keys (a window holds
     * 32 bands of each of up to hundreds of thousands of articles; boxed keys and lists would be most of its memory, and
     * a lookup a chain of cache misses). A slot's value is one {@link Entry} (most bands belong to one article) or an
     * {@code Entry[]} whose last non-null element ends the list.
     */
    static final class BandPostings {
        private long[] keys = new long[1024];
        private Object[] values = new Object[1024];
        private int size;

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        /** The articles having the band, in arrival order (removed ones included), or null. */
        Object get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                Object v = values[i];
                if (v == null) return null;
                if (keys[i] == key) return v;
            }
        }

        void add(long key, Entry e) {
            if (2 * (size + 1) > keys.length) resize(keys.length * 2);
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                Object v = values[i];
                if (v == null) {
                    keys[i] = key;
                    values[i] = e;
                    size++;
                    return;
                }
                if (keys[i] != key) continue;
                values[i] = append(v, e);
                return;
            }
        }

        private static Entry[] append(Object v, Entry e) {
            if (v instanceof Entry single) return new Entry[]{single, e, null, null};
            Entry[] list = (Entry[]) v;
            int n = list.length;
            while (n > 0 && list[n - 1] == null) n--;
            if (n == list.length) list = java.util.Arrays.copyOf(list, n * 2);
            list[n] = e;
            return list;
        }

        private void resize(int capacity) {
            rehash(keys, values, capacity);
        }

        /** Rebuilds the table at {@code capacity} from the occupied slots of the given arrays. */
        private void rehash(long[] oldKeys, Object[] oldValues, int capacity) {
            keys = new long[capacity];
            values = new Object[capacity];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldValues[i] != null) put(oldKeys[i], oldValues[i]);
        }

        /** Puts a key not in the table yet. */
        private void put(long key, Object value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
            size++;
        }

        /** Drops removed articles, and bands none is left of (rebuilding the table, lists in their order). */
        void prune() {
            long[] oldKeys = keys;
            Object[] oldValues = values;
            int live = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                Object v = oldValues[i];
                if (v == null) continue;
                if (v instanceof Entry single) {
                    if (single.removed) oldValues[i] = null;
                    else live++;
                    continue;
                }
                Entry[] list = (Entry[]) v;
                int n = 0;
                for (Entry e : list) if (e != null && !e.removed) list[n++] = e;
                java.util.Arrays.fill(list, n, list.length, null);
                if (n == 0) oldValues[i] = null;
                else {
                    if (n == 1) oldValues[i] = list[0];
                    live++;
                }
            }
            int capacity = 1024;
            while (capacity < 2 * live) capacity *= 2;
            rehash(oldKeys, oldValues, capacity);
        }
    }

    /** The articles having one term, in arrival order, with the term's count in each. */
    private static final class Postings {
        private Entry[] entries = new Entry[4];
        private int[] counts = new int[4];
        private int size;

        void add(Entry e, int count) {
            if (size == entries.length) {
                entries = java.util.Arrays.copyOf(entries, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            entries[size] = e;
            counts[size++] = count;
        }

        /** Drops removed entries; true when none is left. */
        boolean prune() {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (entries[i].removed) continue;
                entries[n] = entries[i];
                counts[n++] = counts[i];
            }
            java.util.Arrays.fill(entries, n, size, null);
            size = n;
            return n == 0;
        }
    }

    /**
     * Up to {@code k} articles of the chain sharing the weighted terms, published within {@code [from, to]}, best
     * first: each shared term adds its weight times its IDF in the store ({@code df}) times BM25's saturated term
     * frequency in the article. Terms in more than {@code maxDf} articles are left out of retrieval, and of a term's
     * articles at most {@code maxScan} of the latest are read: a term that common in the window weighs little, and
     * reading all of its articles for every new one would make the cost grow with the window.
     */
    /** Scratch list of the articles one lookup touches. */
    private final ArrayList<Entry> touched = new ArrayList<>(512);

    List<Candidate> candidates(String chain, Map<String, Double> weights, int k, Instant from, Instant to,
                               java.util.function.ToIntFunction<String> df, int docs, int maxDf, int maxScan) {
        Map<String, Postings> lists = postings.get(chain);
        if (lists == null || weights.isEmpty()) return List.of();
        int stamp = ++lookup;
        // one list for every lookup (calls come one at a time, under the store's lock): a query at a million stored
        // articles touches thousands, and growing a fresh list each time was a tenth of retrieval
        touched.clear();
        long fromMs = from == null ? Long.MIN_VALUE : from.toEpochMilli(), toMs = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            Postings list = lists.get(w.getKey());
            if (list == null) continue;
            int n = df.applyAsInt(w.getKey());
            if (n > maxDf) continue;
            double idf = Math.log(1 + (docs - n + 0.5) / (n + 0.5));
            double weight = Math.max(1e-3, w.getValue()) * idf;
            Entry[] entries = list.entries;
            int[] counts = list.counts;
            for (int i = list.size - 1, read = 0; i >= 0 && read < maxScan; i--) {
                Entry e = entries[i];
                if (e.removed || e.published < fromMs || e.published > toMs) continue;
                read++;
                if (e.stamp != stamp) {
                    e.stamp = stamp;
                    e.score = 0;
                    touched.add(e);
                }
                int tf = counts[i];
                e.score += weight * tf * (K1 + 1) / (tf + K1);
            }
        }
        List<Candidate> out = new ArrayList<>(Math.min(k, touched.size()));
        for (Entry e : best(touched, k)) out.add(new Candidate(e.id, e.storyId, e.score, Instant.ofEpochMilli(e.published)));
        return out;
    }

    /** The {@code k} highest-scoring entries, best first, without sorting all of them. */
    private static List<Entry> best(List<Entry> touched, int k) {
        if (touched.size() > k) {
            PriorityQueue<Entry> top = new PriorityQueue<>(k + 1, Comparator.comparingDouble((Entry e) -> e.score));
            for (Entry e : touched) {
                if (top.size() < k) top.add(e);
                else if (e.score > top.peek().score) {
                    top.poll();
                    top.add(e);
                }
            }
            touched = new ArrayList<>(top);
        }
        touched.sort(Comparator.comparingDouble((Entry e) -> e.score).reversed());
        return touched;
    }

    /** Counts a band shared with {@code e} in lookup {@code stamp}, if it is held and published within the range. */
    private static void touch(Entry e, int stamp, long fromMs, long toMs, List<Entry> touched) {
        if (e.removed || e.published < fromMs || e.published > toMs) return;
        if (e.stamp != stamp) {
            e.stamp = stamp;
            e.score = 0;
            touched.add(e);
        }
        e.score++;
    }

    /** Up to {@code k} articles sharing at least one band, most bands shared first, published within {@code [from, to]}. */
    List<LuceneStore.BandHit> sharingBands(long[] bands, int k, Instant from, Instant to) {
        int stamp = ++lookup;
        // sized for a typical query (a couple of hundred articles touched) so it rarely grows
        List<Entry> touched = new ArrayList<>(512);
        long fromMs = from == null ? Long.MIN_VALUE : from.toEpochMilli(), toMs = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        for (long band : bands) {
            Object found = bandPostings.get(band);
            if (found == null) continue;
            if (found instanceof Entry single) {
                touch(single, stamp, fromMs, toMs, touched);
                continue;
            }
            for (Entry e : (Entry[]) found) {
                if (e == null) break;
                touch(e, stamp, fromMs, toMs, touched);
            }
        }
        List<LuceneStore.BandHit> out = new ArrayList<>(Math.min(k, touched.size()));
        for (Entry e : best(touched, k)) {
            out.add(new LuceneStore.BandHit(e.id, e.storyId, e.copyOf, (int) e.score, e.signature, e.shingles));
        }
        return out;
    }
}
