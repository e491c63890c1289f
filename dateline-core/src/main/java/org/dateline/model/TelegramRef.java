package org.dateline.model;

import java.time.Instant;

/**
 * A Telegram post that shared an article: channel {@code channel} post {@code postId}, at {@code at}
 * when known (a link in an article's text carries no time; a channel export does).
 */
public record TelegramRef(String channel, long postId, String url, Instant at) {

    public TelegramRef(String channel, long postId, String url) {
        this(channel, postId, url, null);
    }
}
