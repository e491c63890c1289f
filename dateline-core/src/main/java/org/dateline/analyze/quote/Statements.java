package org.dateline.analyze.quote;

import java.util.Set;

/**
 * Which attributions are statements, for the views that list "who said what". The extractor follows PolNeAR's broad
 * notion of attribution, which also takes in what people agree to, decline, want or show ("have agreed to hold a
 * meeting", "declined to comment", "may show more flexibility"); those are acts and attitudes, not things said.
 * Verbatim quotes are statements whatever their cue; paraphrases and partial quotes are when their cue is a verb of
 * saying or writing. Russian cues are all verbs of saying or opinion.
 */
public final class Statements {

    /** English cue lemmas of saying, writing and asserting. */
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "note", "announce", "state", "report", "confirm",
            "deny", "reply", "respond", "explain", "stress", "emphasize", "emphasise", "declare", "claim", "insist", "argue",
            "warn", "write", "tweet", "post", "conclude", "according to", "reiterate", "testify", "comment", "acknowledge",
            "admit", "predict", "suggest", "assert", "maintain", "contend", "recall", "complain", "concede", "allege", "ask",
            "urge", "reveal", "disclose", "remark", "observe", "mention", "caution", "promise", "pledge", "vow", "joke",
            "quip", "retort", "boast", "brag", "shout", "whisper", "yell", "lament", "speculate", "estimate", "believe",
            "think", "describe", "call", "accuse", "criticize", "criticise", "praise", "recount", "counter",
            "charge", "assure", "inform", "remind", "forecast", "proclaim", "affirm", "quote", "cite", "threaten");

    private Statements() {
    }

    /** Whether an attribution of this kind ({@link Quote.Kind} name) and cue lemma is something said or written. */
    public static boolean isStatement(String kind, String cue) {
        if (Quote.Kind.DIRECT.name().equals(kind)) return true;
        if (cue == null) return false;
        for (int i = 0; i < cue.length(); i++) {
            if (Character.UnicodeBlock.of(cue.charAt(i)) == Character.UnicodeBlock.CYRILLIC) return true;
        }
        return SAYING.contains(cue);
    }
}
