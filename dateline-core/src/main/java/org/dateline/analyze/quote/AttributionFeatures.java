package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The features {@link AttributionModel} scores a candidate attribution by: its cue, source, content and context. */
final class AttributionFeatures {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
            "their", "its", "our", "my", "who", "which");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "some",
            "many", "most", "several");

    private AttributionFeatures() {
    }

    static List<String> of(Candidate c, List<Token> tokens) {
        Draft d = c.draft();
        List<String> f = new ArrayList<>(32);
        String o = c.origin();
        String lemma = d.cueWord();
        int cueFrom = Token.firstAtOrAfter(tokens, d.cue().start());
        int cueTo = Math.max(cueFrom + 1, Token.firstAtOrAfter(tokens, d.cue().end()));
        String form = tokens.get(cueTo - 1).lower();
        String kind = d.kind().name();
        f.add("o=" + o);
        f.add("l=" + lemma);
        f.add("ol=" + o + "|" + lemma);
        f.add("f=" + form);
        f.add("suf=" + o + "|" + form.substring(Math.max(0, form.length() - 3)));
        f.add("k=" + kind);
        f.add("ok=" + o + "|" + kind);
        f.add("lk=" + lemma + "|" + kind);
        f.add("cw=" + bucket(cueTo - cueFrom));
        // source
        String src;
        if (!d.hasSource()) src = "none";
        else {
            Token first = tokens.get(d.sourceFrom());
            int n = d.sourceTo() - d.sourceFrom();
            if (n == 1 && PRONOUNS.contains(first.lower())) src = "pron";
            else if (DETERMINERS.contains(first.lower())) src = "desc";
            else if (first.isCapitalized()) src = "cap";
            else src = "low";
            f.add("sl=" + bucket(n));
            f.add("sp=" + (d.sourceFrom() < cueFrom ? "before" : "after"));
            f.add("sw=" + tokens.get(d.sourceTo() - 1).lower());
        }
        f.add("s=" + src);
        f.add("os=" + o + "|" + src);
        f.add("ls=" + lemma + "|" + src);
        f.add("same=" + (d.sameSpeakerAs() != null));
        // content
        int contentFrom = Token.firstAtOrAfter(tokens, d.content().get(0).start());
        int contentTo = Token.firstAtOrAfter(tokens, d.contentEnd());
        int words = 0;
        boolean quoted = false;
        for (int k = contentFrom; k < contentTo && k < tokens.size(); k++) {
            if (tokens.get(k).isWord()) words++;
            quoted |= tokens.get(k).quoted();
        }
        String len = bucket(words);
        f.add("cl=" + len);
        f.add("ocl=" + o + "|" + len);
        f.add("kcl=" + kind + "|" + len);
        f.add("cq=" + quoted);
        f.add("cs=" + d.content().size());
        f.add("cp=" + (d.content().get(0).start() >= d.cue().end() ? "after" : d.contentEnd() <= d.cue().start() ? "before" : "around"));
        if (contentFrom < tokens.size()) {
            Token first = tokens.get(contentFrom);
            f.add("c1=" + word(first));
            f.add("lc1=" + lemma + "|" + word(first));
            f.add("cc=" + first.isCapitalized());
        }
        int lastWord = Math.min(contentTo, tokens.size()) - 1;
        while (lastWord > contentFrom && !tokens.get(lastWord).isWord()) lastWord--;
        if (lastWord >= contentFrom && lastWord < tokens.size()) f.add("cN=" + word(tokens.get(lastWord)));
        // context of the cue
        String prev = cueFrom > 0 ? word(tokens.get(cueFrom - 1)) : "^";
        String next = cueTo < tokens.size() ? word(tokens.get(cueTo)) : "$";
        f.add("p1=" + prev);
        f.add("n1=" + next);
        f.add("lp1=" + lemma + "|" + prev);
        f.add("ln1=" + lemma + "|" + next);
        f.add("cap=" + tokens.get(cueFrom).isCapitalized());
        int gap = Math.abs((d.content().get(0).start() >= d.cue().end() ? contentFrom : cueFrom) - (d.content().get(0).start() >= d.cue().end() ? cueTo : contentTo));
        f.add("gap=" + bucket(gap));
        return f;
    }

    private static String word(Token t) {
        return t.isWord() ? t.lower() : t.text();
    }

    private static String bucket(int n) {
        if (n <= 3) return String.valueOf(n);
        if (n <= 6) return "4-6";
        if (n <= 12) return "7-12";
        if (n <= 25) return "13-25";
        if (n <= 50) return "26-50";
        return "51+";
    }
}
