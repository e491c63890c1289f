package org.dateline.model;

/** A Telegram post that shared an article: channel {@code channel} post {@code postId}. */
public record TelegramRef(String channel, long postId, String url) {
}
