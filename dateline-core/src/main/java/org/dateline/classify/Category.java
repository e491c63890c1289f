package org.dateline.classify;

import java.util.Locale;

/**
 * The Telegram Data Clustering Contest's news categories, plus {@link #NOT_NEWS} for texts that are not
 * news at all (timeless opinion, how-to's, encyclopedic or historical pieces, lists where nothing happens).
 */
public enum Category {
    SOCIETY, ECONOMY, TECHNOLOGY, SPORTS, ENTERTAINMENT, SCIENCE, OTHER, NOT_NEWS;

    private static final Category[] VALUES = values();

    /** The contest's label: {@code society}, ..., {@code not_news}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNews() {
        return this != NOT_NEWS;
    }

    /** The category of a contest label (case-insensitive; {@code not-news} and {@code notnews} accepted). */
    public static Category of(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (l.equals("notnews")) l = "not_news";
        for (Category c : VALUES) if (c.label().equals(l)) return c;
        throw new IllegalArgumentException("unknown category: " + label);
    }

    static Category at(int index) {
        return VALUES[index];
    }

    static int count() {
        return VALUES.length;
    }
}
