package org.dateline.analyze.quote;

import org.dateline.analyze.entity.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quotes and their speakers in English and Russian news text, by rules: direct quotes in every quotation-mark
 * style, quoted fragments inside reported speech, and reported speech with a cue verb or an "according to"
 * phrase. Short quoted phrases that nobody is said to have said (scare quotes) are not quotes. Stateless and
 * thread-safe.
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
        CueLexicon lex = CueLexicon.forLanguage(language);
        // typewriter quotation marks ('' ... '', as in older New York Times copy) read as double quotes
        String marks = text.indexOf("''") >= 0 ? text.replace("''", "\" ") : text;
        List<Token> tokens = Token.of(marks, QuoteMarks.outermost(marks));
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
        List<Mention> ordered = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        SpeakerResolver resolver = new SpeakerResolver(text, tokens, ordered, lex);
        List<Quote> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) out.add(resolver.resolve(d));
        return out;
    }
}
