package org.dateline.classify;

/**
 * One training example: a text in a language with its category. {@code weight} scales its share of the
 * training loss; {@code group} keeps near-duplicates (one aggregator story, one seed list) together.
 */
public record LabeledText(String language, String title, String text, Category category, double weight, String group) {

    public LabeledText {
        if (category == null) throw new IllegalArgumentException("category required");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        if (!(weight > 0)) throw new IllegalArgumentException("weight must be positive: " + weight);
    }

    public LabeledText withWeight(double w) {
        return new LabeledText(language, title, text, category, w, group);
    }
}
