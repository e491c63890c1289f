package org.dateline.analyze;

import java.util.List;

/**
 * A quote as the analysis keeps it: what was said, how (direct, partial, reported), by whom as written
 * ("the political scientist") and by whom resolved (the entity), with the cue and the sentence.
 *
 * @param content   the quoted or reported words (several spans joined by " … " when the quote is interrupted)
 * @param source    the source as written, or null
 * @param speakerId id of the speaker's entity, or null when the speaker is not a named entity of the document
 * @param speaker   the speaker's name, or null
 * @param spans     content spans into the analysed text
 */
public record AttributedQuote(String kind, String content, String cue, String source, String speakerId, String speaker,
                              String sentence, List<TextSpan> spans) {
    public AttributedQuote {
        spans = List.copyOf(spans);
    }
}
