package org.dateline.story;

import org.dateline.model.Article;
import org.dateline.store.LuceneStore;
import org.dateline.text.Analyzers;
import org.dateline.text.Names;

import java.time.Instant;
import java.util.Map;

/**
 * What story matching knows of one article (worked out once, before matching, see {@link StoryAssigner#profile}), as raw term counts (weights are computed at comparison time
 * with the index's current document frequencies, so they improve as the index grows).
 *
 * @param terms  stemmed terms of the match text (title twice, then the start of the body)
 * @param title  stemmed terms of the title alone
 * @param names  stemmed terms of the name-like words (capitalised words, numbers) of title and body start
 * @param keys   language-independent keys of those words (see {@link Names#keys}), for cross-language matching
 * @param spotted the name-like words themselves, space-separated
 */
public record Profile(String id, String language, Instant published, Map<String, Integer> terms, Map<String, Integer> title,
               Map<String, Integer> names, Map<String, Integer> keys, String spotted) {

    /** How much of an article's title and body the name spotting reads. */
    static final int NAME_CHARS = 3000;

    static Profile of(Article a, Analyzers analyzers) {
        String title = a.title() == null ? "" : a.title();
        // the very text the index counts document frequencies over, so weights and df agree
        String match = LuceneStore.matchText(a);
        String body = a.text() == null ? "" : a.text();
        int bodyChars = Math.max(0, NAME_CHARS - title.length() - 1);
        if (body.length() > bodyChars) body = body.substring(0, bodyChars);
        String spotted = Names.spot(title, body);
        return new Profile(a.id(), a.language(), a.published() == null ? null : a.published().at(),
                analyzers.termFrequencies(a.language(), match),
                analyzers.termFrequencies(a.language(), title),
                analyzers.termFrequencies(a.language(), spotted), Names.keys(spotted), spotted);
    }
}
