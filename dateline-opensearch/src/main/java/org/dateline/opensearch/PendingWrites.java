package org.dateline.opensearch;

import org.dateline.model.Article;
import org.dateline.store.Candidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of an {@link OpenSearchCandidateIndex} its cluster's searches do not see yet (the overlay): each article
 * written, moved or removed since the last flush, with what the cluster's searches still hold of it, and the net
 * change all of them make to the cluster's counts. Counts the index reports are the cluster's (as of the last
 * refresh) plus these deltas, so they are what the cluster will count once the writes are flushed and refreshed.
 * Not thread-safe: the index guards it with its lock.
 */
final class PendingWrites {

    /** What the cluster's searches hold of an article: its analysis chain and match-term frequencies. */
    record Searchable(String chain, Map<String, Integer> terms) {
        Searchable {
            terms = Map.copyOf(terms);
        }
    }

    /**
     * A write not yet searchable: the article under its story ({@code article} null: a removal), its chain and
     * match-term frequencies, and {@code searchable}, what the cluster's searches hold of the same id (null: nothing).
     */
    record Pending(Article article, String storyId, String chain, Map<String, Integer> terms, Searchable searchable) {
        Pending {
            terms = terms == null ? Map.of() : Map.copyOf(terms);
        }

        static Pending removal(Searchable searchable) {
            return new Pending(null, null, searchable == null ? null : searchable.chain(), Map.of(), searchable);
        }

        boolean removed() {
            return article == null;
        }

        Instant published() {
            return article == null || article.published() == null ? null : article.published().at();
        }

        /** This write under another story (a merge): same content, so no count changes. */
        Pending movedTo(String story) {
            return new Pending(article, story, chain, terms, searchable);
        }
    }

    private final Map<String, Pending> writes = new LinkedHashMap<>();
    /** Per chain: net change of each term's document frequency, and of the article count. */
    private final Map<String, Map<String, Integer>> dfDelta = new HashMap<>();
    private final Map<String, Integer> countDelta = new HashMap<>();

    int size() {
        return writes.size();
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    Pending get(String id) {
        return writes.get(id);
    }

    Collection<Pending> all() {
        return writes.values();
    }

    Map<String, Pending> byId() {
        return writes;
    }

    /** Records a write of {@code id}, replacing an earlier pending one (whose counts are taken back). */
    void put(String id, Pending p) {
        Pending old = writes.put(id, p);
        if (old != null) count(old, -1);
        count(p, +1);
    }

    void clear() {
        writes.clear();
        dfDelta.clear();
        countDelta.clear();
    }

    /**
     * Adds the net changes to counts cached as of the last flush (terms not cached stay so), so that once these
     * writes are flushed the cache still holds the cluster's counts and need not be fetched again.
     */
    void foldInto(Map<String, Map<String, Integer>> dfCache, Map<String, Integer> countCache) {
        countDelta.forEach((chain, d) -> countCache.computeIfPresent(chain, (c, n) -> n + d));
        dfDelta.forEach((chain, deltas) -> {
            Map<String, Integer> cached = dfCache.get(chain);
            if (cached != null) deltas.forEach((t, d) -> cached.computeIfPresent(t, (x, n) -> n + d));
        });
    }

    /** Adds ({@code sign} +1) or takes back (-1) a write's change: its article counted, the searchable version not. */
    private void count(Pending p, int sign) {
        if (!p.removed()) change(p.chain(), p.terms(), sign);
        if (p.searchable() != null) change(p.searchable().chain(), p.searchable().terms(), -sign);
    }

    private void change(String chain, Map<String, Integer> terms, int by) {
        countDelta.merge(chain, by, (x, y) -> x + y == 0 ? null : x + y);
        Map<String, Integer> df = dfDelta.computeIfAbsent(chain, c -> new HashMap<>());
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            df.merge(t.getKey(), by, (x, y) -> x + y == 0 ? null : x + y);
        }
    }

    int dfDelta(String chain, String term) {
        Map<String, Integer> df = dfDelta.get(chain);
        return df == null ? 0 : df.getOrDefault(term, 0);
    }

    int countDelta(String chain) {
        return countDelta.getOrDefault(chain, 0);
    }

    int countDeltaAllChains() {
        int n = 0;
        for (int c : countDelta.values()) n += c;
        return n;
    }

    /**
     * How many cluster hits of {@code chain} may be stale versions of pending writes (a moved, replaced or removed
     * article): a search asks for that many more, so dropping them still leaves {@code k}.
     */
    int staleIn(String chain) {
        int n = 0;
        for (Pending p : writes.values()) if (p.searchable() != null && p.searchable().chain().equals(chain)) n++;
        return n;
    }

    /**
     * The pending articles of {@code chain} that share a retrieval term (a key of {@code boosts}), published within
     * {@code [from, to]} or undated, scored as the cluster scores a searchable one, best first, at most {@code k}. The
     * cluster gives a {@code term} query on the keyword field {@code terms} a constant score, its boost (explain:
     * {@code ConstantScore(terms:x)^boost}; no BM25, no term frequency, no idf), and the bool query sums its clauses:
     * so a score is the sum of the boosts of the shared terms, in the same float arithmetic.
     */
    List<Candidate> candidates(String chain, Map<String, Float> boosts, int k, Instant from, Instant to) {
        if (writes.isEmpty()) return List.of();
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Pending> e : writes.entrySet()) {
            Pending p = e.getValue();
            if (p.removed() || !p.chain().equals(chain)) continue;
            Instant at = p.published();
            if (at != null && ((from != null && at.isBefore(from)) || (to != null && at.isAfter(to)))) continue;
            float score = 0;
            boolean matched = false;
            for (Map.Entry<String, Float> b : boosts.entrySet()) {
                if (!p.terms().containsKey(b.getKey())) continue;
                matched = true;
                score += b.getValue();
            }
            if (matched) out.add(new Candidate(e.getKey(), p.storyId(), score, at));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out.size() > k ? new ArrayList<>(out.subList(0, k)) : out;
    }
}
