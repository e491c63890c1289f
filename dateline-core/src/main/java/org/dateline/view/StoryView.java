package org.dateline.view;

import org.dateline.model.Anomaly;
import org.dateline.model.Explanation;
import org.dateline.model.TelegramRef;

import java.time.Instant;
import java.util.List;

/**
 * What a reader sees of one story: the best headline, a short extractive summary, its reports ranked
 * (originals first, copies marked), how many independent sources it has, and where each report came
 * from. Built from stored articles by {@link StoryViews}; holds no references into the store.
 */
public record StoryView(String id, String headline, List<String> summary, Instant firstSeen, Instant lastUpdated,
                        int articles, int independentSources, List<String> outlets, List<String> languages,
                        List<Report> reports, List<Report> propagation, List<DateMention> timeline,
                        Comparison comparison, int analysed, List<EntityCount> entities, List<QuoteView> quotes,
                        List<EventView> events, List<String> mergedFrom, String redirectedFrom) {

    public StoryView {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        summary = List.copyOf(summary);
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
        reports = List.copyOf(reports);
        propagation = List.copyOf(propagation);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /**
     * This view with the story's merge history: {@code mergedFrom} the ids merged into it (they redirect here),
     * {@code redirectedFrom} the merged id the reader asked for, or null when the story was asked for by its own id.
     */
    public StoryView withMerges(List<String> mergedFrom, String redirectedFrom) {
        return new StoryView(id, headline, summary, firstSeen, lastUpdated, articles, independentSources, outlets, languages,
                reports, propagation, timeline, comparison, analysed, entities, quotes, events, mergedFrom, redirectedFrom);
    }

    /**
     * An entity of the story, one per referent across its reports.
     *
     * @param mentions how often the story's reports mention it (names, surnames, descriptions)
     * @param outlets  outlets whose reports mention it
     */
    public record EntityCount(String id, String name, String type, int mentions, List<String> variants, List<String> outlets) {
        public EntityCount {
            variants = List.copyOf(variants);
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * A quote in the story with its speaker and the outlets carrying it.
     *
     * @param speakerId entity id of the speaker, or null
     * @param source    the source as the text wrote it ("the political scientist"), or null
     * @param kind      DIRECT, PARTIAL or REPORTED
     * @param fromCopy  true when first read from a syndicated copy
     */
    public record QuoteView(String speakerId, String speaker, String source, String kind, String content, String cue,
                            String articleId, boolean fromCopy, List<String> outlets, String sentence) {
        public QuoteView {
            outlets = List.copyOf(outlets);
        }

        QuoteView withOutlets(List<String> outlets) {
            return new QuoteView(speakerId, speaker, source, kind, content, cue, articleId, fromCopy, outlets, sentence);
        }
    }

    /** An event the story's reports describe, merged across reports, with the outlets describing it. */
    public record EventView(org.dateline.analyze.event.EventFrame frame, List<String> outlets) {
        public EventView {
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * How the outlets covered the story: statements every outlet made, some made, or only one made, each
     * with the sentence each outlet used; and the names each outlet mentions.
     */
    public record Comparison(List<String> outlets, List<Statement> statements, List<NameCoverage> names) {
        public Comparison {
            outlets = List.copyOf(outlets);
            statements = List.copyOf(statements);
            names = List.copyOf(names);
        }
    }

    /** One statement and the outlets that make it. */
    public record Statement(Extent extent, List<String> outlets, List<Citation> citations) {
        public enum Extent { ALL, SOME, ONLY }

        public Statement {
            outlets = List.copyOf(outlets);
            citations = List.copyOf(citations);
        }
    }

    /** The sentence an outlet's report uses for a statement. */
    public record Citation(String outlet, String articleId, String sentence) {
    }

    /** A name (person, place, organisation, number) and the outlets that mention it. */
    public record NameCoverage(String name, List<String> outlets) {
        public NameCoverage {
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * A date the story's reports mention, resolved against each report's publication date, with the
     * sentence it comes from: the story's timeline, in calendar order.
     *
     * @param value    TIMEX3 value: {@code 2025-08-07}, {@code 2025-W33}, {@code 2025-08}, {@code 2021}
     * @param text     the expression as written ("on Thursday", "next week")
     * @param sentence the sentence it comes from
     * @param outlets  outlets whose reports mention this date in this sense
     */
    public record DateMention(String value, String text, String sentence, String articleId, List<String> outlets) {
        public DateMention {
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * One report of the story.
     *
     * @param copyOf       id of the earlier report this one republishes (wire copy, repost, update), or null
     * @param copySimilarity share of text the two have in common when {@code copyOf} is set
     * @param outletType   type from the outlet registry (agency, state-owned, independent, ...), or null
     * @param outletGroups groups from the outlet registry
     * @param why          why the report is in the story (score, nearest member, shared names, time gap), or null
     */
    public record Report(String articleId, String title, String outlet, String outletType, List<String> outletGroups,
                         String published, String language, String url, String origin, String agency, String datelinePlace,
                         int words, String copyOf, double copySimilarity, List<TelegramRef> sharedBy,
                         List<String> relatedLinks, List<Anomaly> anomalies, Explanation why) {

        public Report {
            outletGroups = List.copyOf(outletGroups);
            sharedBy = List.copyOf(sharedBy);
            relatedLinks = List.copyOf(relatedLinks);
            anomalies = List.copyOf(anomalies);
        }

        public boolean original() {
            return copyOf == null;
        }
    }
}
