package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback recognizer: runs of capitalised words that do not open a sentence, typed MISC. It keeps the
 * engine's entity features alive (shared names, quote speakers) for languages without a model.
 */
final class CapitalizedNames implements EntityRecognizer {

    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{Ll}\\p{Lt}\\p{M}'’-]*(?:\\s+(?:\\p{Lu}[\\p{Lu}\\p{Ll}\\p{Lt}\\p{M}'’-]*))*");

    @Override
    public String name() {
        return "capitalized";
    }

    @Override
    public Set<String> languages() {
        return Set.of();
    }

    @Override
    public List<Mention> recognize(String text, String language) {
        List<Mention> out = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (opensSentence(text, start)) {
                // drop the sentence-initial word; keep the rest of the run if any
                int space = text.indexOf(' ', start);
                if (space < 0 || space >= end) continue;
                start = space + 1;
                while (start < end && Character.isWhitespace(text.charAt(start))) start++;
                if (start >= end) continue;
            }
            out.add(new Mention(EntityType.MISC, start, end, text.substring(start, end)));
        }
        return out;
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i < 0 || ".!?:;\"“”«»—–(".indexOf(text.charAt(i)) >= 0;
    }
}
