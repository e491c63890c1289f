package org.dateline.analyze.quote;

import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Quotes and their speakers in English and Russian news text, by rules: direct quotes in every quotation-mark
 * style, quoted fragments inside reported speech, and reported speech with a cue verb or an "according to"
 * phrase. Short quoted phrases that nobody is said to have said (scare quotes) are not quotes. In English a
 * learned {@link AttributionModel} then adds the attributions of cue verbs learned from annotated news and drops
 * the candidates it scores as unlikely. Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /**
     * The quotes of {@code text} in text order.
     *
     * @param language ISO 639-1 code; Russian, Ukrainian and Belarusian use the Russian cues, others the English
     * @param mentions the text's named-entity mentions; PERSON and ORGANIZATION ones make better speakers, but
     *                 capitalised-word (MISC) mentions or none at all work too
     */
    public List<Quote> extract(String text, String language, List<Mention> mentions) {
        AttributionModel model = CueLexicon.forLanguage(language) == CueLexicon.ENGLISH ? AttributionModel.english() : null;
        List<Quote> out = new ArrayList<>();
        for (Scored s : candidates(text, language, mentions, model)) if (s.accepted()) out.add(s.quote());
        return out;
    }

    /** A candidate attribution, what proposed it, its features for the model (empty without one) and the verdict. */
    record Scored(Quote quote, String origin, List<String> features, double probability, boolean accepted) {
    }

    /**
     * Every candidate: the rules' attributions and, with an English {@code model}, the extra ones its learned cue
     * words propose, each scored by the model; without a model all are the rules' and all are accepted.
     */
    List<Scored> candidates(String text, String language, List<Mention> mentions, AttributionModel model) {
        CueLexicon lex = CueLexicon.forLanguage(language);
        if (lex != CueLexicon.ENGLISH) model = null;
        // typewriter quotation marks ('' ... '', as in older New York Times copy) read as double quotes
        String marks = text.indexOf("''") >= 0 ? text.replace("''", "\" ") : text;
        List<Token> tokens = Token.of(marks, QuoteMarks.outermost(marks, w -> lex.verb(w) != null));
        if (tokens.isEmpty()) return List.of();
        List<Sentences.Range> sentences = Sentences.split(text, tokens, lex);
        AttributionRules rules = new AttributionRules(text, tokens, lex);
        List<Draft> drafts = new ArrayList<>();
        Sentences.Range previous = null;
        for (Sentences.Range s : sentences) {
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            Draft resumed = rules.resumed(s, previous, last);
            // the resumed quote may be the one before a mention that followed it ("..., referring to X.")
            int at = drafts.size() - 1;
            while (resumed != null && at > 0 && !drafts.get(at).cue().equals(resumed.cue())) at--;
            if (resumed != null) drafts.set(at, resumed);
            else drafts.addAll(rules.sentence(s, previous, last));
            previous = s;
        }
        List<Candidate> candidates = new ArrayList<>(drafts.size());
        for (Draft d : drafts) candidates.add(new Candidate(d, "rule"));
        if (model != null) {
            BitSet covered = new BitSet(tokens.size());
            for (Draft d : drafts) {
                mark(covered, tokens, d.cue().start(), d.cue().end());
                for (Span c : d.content()) mark(covered, tokens, c.start(), c.end());
                if (d.hasSource()) covered.set(d.sourceFrom(), d.sourceTo());
            }
            previous = null;
            for (Sentences.Range s : sentences) {
                candidates.addAll(rules.extra(s, previous, covered, model));
                previous = s;
            }
            candidates.sort(Comparator.comparingInt(c -> c.draft().cue().start()));
        }
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        SpeakerResolver resolver = new SpeakerResolver(text, tokens, ordered, lex);
        List<Scored> out = new ArrayList<>(candidates.size());
        for (Candidate c0 : candidates) {
            Draft cleaned = withoutClauseOpenerSource(c0.draft(), tokens);
            Candidate c = cleaned == c0.draft() ? c0 : new Candidate(cleaned, c0.origin());
            if (model == null) {
                // "Последствия: лучше выходить пореже", "Защитники: Соболь, Пластун, …": a one-word label the recognizer
                // names no one in is a section's or a list's, not a speaker's
                Quote q = resolver.resolve(c.draft());
                boolean accepted = !(oneWordLabel(c.draft(), tokens) && !recognized(q.source(), ordered))
                        && !unnamedLabel(c.draft(), q.source(), text, ordered);
                if (!accepted) q = new Quote(q.kind(), q.content(), q.cue(), q.source(), null, q.cueWord());
                out.add(new Scored(q, c.origin(), List.of(), 1, accepted));
                continue;
            }
            List<String> features = AttributionFeatures.of(c, tokens);
            double p = model.probability(features);
            Draft d = c.draft();
            // a candidate the model rejects is no speaker for the pronouns after it: it is not resolved
            Quote q = model.accepts(p) ? resolver.resolve(d) : null;
            // "Weekend Kitchen: Slow-Roasted Root Vegetables": a headline's label whose speaker the recognizer names no
            // one in is a section's, however capitalised
            boolean accepted = q != null && !(isHeadlineLabel(text, d) && !recognized(q.speaker(), ordered)
                    && !namedInBody(text, source(d, text, tokens), ordered))
                    && !unnamedLabel(d, source(d, text, tokens), text, ordered);
            // a rejected candidate gets no speaker
            if (!accepted) q = new Quote(d.kind(), d.content(), d.cue(), source(d, text, tokens), null, d.cueWord());
            out.add(new Scored(q, c.origin(), features, p, accepted));
        }
        return out;
    }

    /**
     * Words that open an adverbial clause or phrase, never a speaker: "When asked about it, neither campaign
     * responded", "Having said that, ...", "Following initial reports of ...", "Lest you assume that ...".
     */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("when", "whenever", "after", "before",
            "while", "having", "following", "lest", "if", "since", "although", "though", "because", "once", "until",
            "unless", "upon", "despite", "today", "there");

    /** The draft without its source when the source opens with {@link #CLAUSE_OPENERS a clause opener}. */
    private static Draft withoutClauseOpenerSource(Draft d, List<Token> tokens) {
        if (!d.hasSource() || !CLAUSE_OPENERS.contains(tokens.get(d.sourceFrom()).lower())) return d;
        return new Draft(d.kind(), d.content(), d.cue(), d.cueWord(), d.sourceFrom(), d.sourceFrom(), d.sameSpeakerAs());
    }

    /** The draft's source as a span of the text; null when it has none. */
    private static Span source(Draft d, String text, List<Token> tokens) {
        return d.hasSource() ? Span.of(text, tokens.get(d.sourceFrom()).start(), tokens.get(d.sourceTo() - 1).end()) : null;
    }

    /**
     * Whether the last word of a headline label's source ends the name of a person or organisation the text's
     * body names: "Pence: Gennifer Flowers Won't Be at Debate" over a report that names Mike Pence, which a
     * recognizer reading the title-case headline alone misses; "Weekend Kitchen: ..." names no one.
     */
    private static boolean namedInBody(String text, Span source, List<Mention> mentions) {
        if (source == null) return false;
        String[] words = source.text().split("\\s+");
        String last = words[words.length - 1].replaceAll("[’']s?$", "");
        if (last.length() < 2 || !Character.isUpperCase(last.charAt(0))) return false;
        int bodyStart = text.indexOf('\n');
        for (Mention m : mentions) {
            if (m.start() <= bodyStart || m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
            String[] name = m.text().split("\\s+");
            if (name[name.length - 1].replaceAll("[’']s?$", "").equals(last)) return true;
        }
        return false;
    }

    /**
     * Whether the draft is a label before a colon ("Moreover: ...", "Portion Fix Containers: 1 Green, 1 Red") that
     * names no one the recognizer found, there or anywhere in the text by its last word ("Pence: ..." over a report
     * naming Mike Pence is a speaker); one word in capitals is a transcript's turn. Only where a recognizer typed
     * names: without one (no mentions, or the fallback's untyped runs of capitals) nothing tells a name from a heading.
     */
    private static boolean unnamedLabel(Draft d, Span source, String text, List<Mention> mentions) {
        if (source == null || !d.cue().text().equals(":") || mentions.stream().allMatch(m -> m.type() == EntityType.MISC)
                || recognized(source, mentions)) return false;
        String[] words = source.text().split("\\s+");
        String last = words[words.length - 1].replaceAll("[’']s?$", "");
        // a transcript's turn: "WALLACE: Let's start ..." (the host need not be named anywhere else)
        if (words.length == 1 && last.equals(last.toUpperCase(java.util.Locale.ROOT))) return false;
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
            String[] name = m.text().split("\\s+");
            if (name[name.length - 1].replaceAll("[’']s?$", "").equalsIgnoreCase(last)) return false;
        }
        return true;
    }

    /** Whether a person, organisation or place mention overlaps the speaker. */
    private static boolean recognized(Span speaker, List<Mention> mentions) {
        if (speaker == null) return false;
        for (Mention m : mentions) {
            if (m.type() != EntityType.MISC && m.start() < speaker.end() && speaker.start() < m.end()) return true;
        }
        return false;
    }

    /**
     * Whether the draft is a label ("X:", "X to Y:", "X on Y:") on the first line of a text that has more lines: a
     * headline's. A text of one line (a post, a transcript line) has no headline.
     */
    private static boolean isHeadlineLabel(String text, Draft d) {
        int lineEnd = text.indexOf('\n');
        String cue = d.cue().text();
        return lineEnd >= 0 && d.cue().end() <= lineEnd && !text.substring(lineEnd).isBlank()
                && (cue.equals(":") || cue.endsWith(":") && (cue.startsWith("to ") || cue.startsWith("on ")));
    }

    /** Whether the draft is a label of one word before a colon ("Песков: ..."), not written in capitals ("PENCE:"). */
    private static boolean oneWordLabel(Draft d, List<Token> tokens) {
        if (!d.cue().text().equals(":") || !d.hasSource() || d.sourceTo() - d.sourceFrom() != 1) return false;
        String word = tokens.get(d.sourceFrom()).text();
        return !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static void mark(BitSet covered, List<Token> tokens, int start, int end) {
        for (int k = Token.firstAtOrAfter(tokens, start); k < tokens.size() && tokens.get(k).start() < end; k++) covered.set(k);
    }
}
