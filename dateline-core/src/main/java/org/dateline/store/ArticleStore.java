package org.dateline.store;

import org.dateline.model.Article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Articles by id, with the story each belongs to. */
public interface ArticleStore {

    boolean containsArticle(String id);

    Optional<Article> article(String id);

    /** The stored articles among {@code ids}, in the order given; unknown ids are skipped. */
    List<Article> articles(Collection<String> ids);

    Optional<String> storyOf(String articleId);

    /** Adds or replaces the article and records its story. */
    void putArticle(Article article, String storyId);

    long articleCount();
}
