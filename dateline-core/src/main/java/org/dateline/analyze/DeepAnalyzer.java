package org.dateline.analyze;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityLinker;
import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.event.EventExtractor;
import org.dateline.analyze.event.EventFrame;
import org.dateline.analyze.time.TemporalTagger;
import org.dateline.analyze.time.Timex;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.QuoteExtractor;
import org.dateline.analyze.quote.Span;
import org.dateline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deep path: article → {@link Analysis}. Steps run in the order their inputs require, CoreNLP-style:
 * entity recognition, then linking (needs mentions), quotes (need entities for speakers), dates (need the
 * publication date), events (need entities and dates). Thread-safe: every step is.
 */
public final class DeepAnalyzer {

    /**
     * The version of the analysers' output, stored with every analysis: raised whenever a change to recognition,
     * linking, quotes, dates or events changes what stored analyses would say, so that {@code dateline analyze}
     * and the server redo the analyses an older version wrote.
     */
    public static final String VERSION = "2026-12-23";

    private final EntityLinker linker = new EntityLinker();
    private final TemporalTagger dates = new TemporalTagger();
    private final EventExtractor events = new EventExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    /** Longer bodies (a book pasted as an article) are analysed up to here: every step costs in proportion to the text. */
    static final int MAX_CHARS = 50_000;

    public Analysis analyze(Article article) {
        String text = article.text();
        if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        String language = article.language();
        EntityRecognizer recognizer = EntityRecognizers.forLanguage(language);
        List<Mention> mentions = recognizer.recognize(text, language);
        List<DocumentEntity> entities = linker.link(text, mentions);
        // split once: quotes cite their sentence, events read sentence by sentence
        List<TextSpan> sentences = Sentences.of(text, language);
        List<AttributedQuote> quotes = quotes(text, language, mentions, entities, sentences);
        LocalDate reference = article.published() == null ? null : article.published().day();
        List<Timex> timexes = reference == null ? List.of() : this.dates.tag(text, reference, language);
        List<EventFrame> frames = events.extract(sentences, entities, timexes, reference);
        return new Analysis(article.id(), language, recognizer.name(), entities, quotes, timexes, frames);
    }

    private List<AttributedQuote> quotes(String text, String language, List<Mention> mentions, List<DocumentEntity> entities,
                                         List<TextSpan> sentences) {
        List<Quote> found = quoteExtractor.extract(text, language, mentions);
        if (found.isEmpty()) return List.of();
        List<AttributedQuote> out = new ArrayList<>();
        for (Quote q : found) {
            DocumentEntity speaker = entityAt(entities, q.speaker());
            // a speaker span that is no mention of its own is the entity its source names; a quote the resolver left
            // without a speaker ("Art-crime experts said") keeps none
            if (speaker == null && q.speaker() != null) speaker = entityAt(entities, q.source());
            List<TextSpan> spans = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (Span s : q.content()) {
                spans.add(new TextSpan(s.start(), s.end(), s.text()));
                parts.add(s.text());
            }
            String speakerName = speaker != null ? speaker.name() : q.speaker() != null ? described(q, q.speaker().text(), language) : null;
            String source = q.source() == null ? null : speaker == null ? described(q, q.source().text(), language) : q.source().text();
            out.add(new AttributedQuote(q.kind().name(), String.join(" … ", parts), q.cueWord(),
                    source, speaker == null ? null : speaker.id(), speakerName,
                    sentenceAt(sentences, q.contentStart()), spans));
        }
        return out;
    }

    /**
     * A described Russian speaker reads in the nominative ("по данным палаты" → "палата", "в мэрии сообщили" →
     * "мэрия"), as named ones do; a subject before its cue ("Синоптики предупреждают") already is one.
     */
    private String described(Quote q, String phrase, String language) {
        if (!"ru".equals(language) || q.source() == null) return phrase;
        return linker.describedSpeaker(phrase, q.cue() != null && q.source().start() < q.cue().start());
    }

    private static DocumentEntity entityAt(List<DocumentEntity> entities, Span span) {
        if (span == null) return null;
        for (DocumentEntity e : entities) {
            if (e.covers(span.start(), span.end())) return e;
        }
        return null;
    }

    private static String sentenceAt(List<TextSpan> sentences, int offset) {
        for (TextSpan s : sentences) {
            if (s.end() > offset) return s.text();
        }
        return null;
    }
}
