package org.dateline.analyze.quote;

import java.util.List;

/**
 * One statement attributed in a text.
 *
 * @param kind    how the words are reported
 * @param content what was said: one span, or several when the quote is interrupted by its attribution
 *                ("“A,” he said, “B.”"); direct quotes without their quotation marks
 * @param cue     the words linking source and content ("said", "told reporters", "according to", "заявил")
 * @param source  who, as written: a name, a pronoun or a description ("the political scientist")
 * @param speaker the named person or organisation the source refers to, found through pronouns and
 *                descriptions; null when the text does not name it
 * @param cueWord the cue's dictionary form ("say", "according to", "заявить")
 */
public record Quote(Kind kind, List<Span> content, Span cue, Span source, Span speaker, String cueWord) {

    /** Verbatim, verbatim fragments inside a paraphrase, or paraphrase only. */
    public enum Kind { DIRECT, PARTIAL, REPORTED }

    public Quote {
        content = List.copyOf(content);
        if (content.isEmpty()) throw new IllegalArgumentException("a quote has content");
    }

    /** From the first content character to the last. */
    public int contentStart() {
        return content.get(0).start();
    }

    public int contentEnd() {
        return content.get(content.size() - 1).end();
    }
}
