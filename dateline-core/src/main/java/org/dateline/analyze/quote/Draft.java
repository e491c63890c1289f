package org.dateline.analyze.quote;

import java.util.List;

/**
 * A quote before its speaker is resolved. The source is a token range ({@code sourceFrom == sourceTo} when the
 * text names none); {@code sameSpeakerAs} links a quote that continues another ("..., adding that ...", a
 * quoted paragraph after "Rubio said.") to the one whose speaker it shares.
 */
record Draft(Quote.Kind kind, List<Span> content, Span cue, String cueWord, int sourceFrom, int sourceTo,
             Draft sameSpeakerAs) {

    int contentEnd() {
        return content.get(content.size() - 1).end();
    }

    boolean hasSource() {
        return sourceTo > sourceFrom;
    }
}
