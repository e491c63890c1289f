package org.dateline.store;

/** A full-text search result. */
public record SearchHit(String articleId, String storyId, String title, String outlet, String published, double score) {
}
