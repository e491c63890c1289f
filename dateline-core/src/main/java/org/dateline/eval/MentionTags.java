package org.dateline.eval;

import org.dateline.analyze.entity.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a recognizer's character-offset mentions back onto a document's gold tokens as IOB2 tags. A token belongs to
 * a mention when it lies within it, or when the mention covers at least half of it (a recognizer with its own
 * tokenizer may cut a token: "U.S.-based" → "U.S."), but for a closing quotation mark that ends the mention.
 */
final class MentionTags {

    private MentionTags() {
    }

    static List<String> tag(NerEval.Document doc, List<Mention> mentions) {
        int[] starts = doc.tokenStarts();
        List<String> tags = new ArrayList<>(doc.tokens().size());
        Mention previous = null;
        int m = 0;
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            int end = start + doc.tokens().get(i).length();
            while (m < mentions.size() && mentions.get(m).end() <= start) m++;
            Mention mention = m < mentions.size() && 2 * overlap(mentions.get(m), start, end) >= end - start
                    ? mentions.get(m) : null;
            // a name's closing quotation mark, which the recognizer keeps for its readers, lies outside the name, as in
            // factRuEval's spans ("компания « Газпром »": the name ends at "Газпром")
            if (mention != null && mention == previous && mention.end() <= end && isClosingQuote(doc.tokens().get(i))) mention = null;
            if (mention == null) {
                tags.add("O");
            } else {
                boolean continues = mention == previous && !doc.startsSentence(i);
                tags.add((continues ? "I-" : "B-") + mention.type().conll());
            }
            previous = mention;
        }
        return tags;
    }

    private static boolean isClosingQuote(String token) {
        return token.equals("»") || token.equals("\"") || token.equals("”");
    }

    private static int overlap(Mention m, int start, int end) {
        return Math.max(0, Math.min(m.end(), end) - Math.max(m.start(), start));
    }
}
