package org.dateline.analyze.quote;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character spans of labelled attributions (PolNeAR's {@code {"start","end"}} lists) and the {@code \w+} tokens
 * they cover: what the quotes evaluation scores and what the attribution trainer learns from, read the same way.
 */
public final class GoldSpans {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private GoldSpans() {
    }

    /** Start and end of every \w+ token. */
    public static int[][] words(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new int[]{m.start(), m.end()});
        return out.toArray(new int[0][]);
    }

    /** Indices of the tokens overlapping any of {@code spans}. */
    public static BitSet covered(int[][] words, List<Span> spans) {
        BitSet out = new BitSet();
        for (Span s : spans) {
            int lo = 0;
            int hi = words.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words[mid][1] <= s.start()) lo = mid + 1;
                else hi = mid;
            }
            for (int i = lo; i < words.length && words[i][0] < s.end(); i++) out.set(i);
        }
        return out;
    }

    /** The spans of a role's {@code [{"start","end"}]} list, clipped to the text; empty ones left out. */
    public static List<Span> spans(JsonNode array, String text) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : array) {
            int start = s.path("start").asInt();
            int end = Math.min(s.path("end").asInt(), text.length());
            if (end > start) out.add(new Span(start, end, text.substring(start, end)));
        }
        return out;
    }
}
