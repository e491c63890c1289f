package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.quote.GoldSpans;
import org.dateline.analyze.quote.Quote;
import org.dateline.analyze.quote.QuoteExtractor;
import org.dateline.analyze.quote.Span;
import org.dateline.eval.DatesEval.Prf;
import org.dateline.model.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote extraction scored on the two formats of {@code shared/eval}: PolNeAR articles (text + attributions with
 * source / cue / content char spans) and ADAQ Russian sentences (tokens + source / cue / content tags); the kind
 * of file is told by its first record. Entity mentions come from {@link EntityRecognizers}, as in the engine.
 */
public final class QuotesEval {


    private QuotesEval() {
    }

    /** A gold or predicted attribution that did not come out right. */
    public record Error(String id, String kind, String gold, String predicted) {
    }

    /** The figures of one file. */
    public sealed interface Report permits AttributionReport, SentenceReport {
        int docs();

        double seconds();

        List<Error> errors();

        default double docsPerSecond() {
            return seconds() <= 0 ? 0 : docs() / seconds();
        }
    }

    /**
     * PolNeAR: content token and span P/R/F1, source accuracy over matched contents that have a gold source
     * (overlap and exact), and end-to-end (content, source) pair P/R/F1.
     */
    public record AttributionReport(Prf contentTokens, Prf contentSpans, double sourceOverlap, double sourceExact,
                                    int matchedWithSource, Prf pairs, int gold, int predicted, int docs, double seconds,
                                    List<Error> errors) implements Report {
    }

    /** ADAQ: token-level P/R/F1 per role and sentence-level detection (has an attribution or not). */
    public record SentenceReport(Prf source, Prf cue, Prf content, Prf detection, int docs, double seconds,
                                 List<Error> errors) implements Report {
    }

    /** Scores {@code file}; {@code directOnly} keeps gold contents with quotation marks and predicted direct or partial quotes. */
    public static Report run(Path file, boolean directOnly) {
        return run(file, directOnly, Set.of());
    }

    /**
     * As {@link #run(Path, boolean)}, restricted to the PolNeAR articles whose {@code polnear_split} is one of
     * {@code splits} (all when empty): the English attribution model is trained on "train" only.
     */
    public static Report run(Path file, boolean directOnly, Set<String> splits) {
        List<JsonNode> records = Json.readLines(file);
        if (!splits.isEmpty()) {
            records = records.stream().filter(r -> !r.has("attributions")
                    || splits.contains(r.path("polnear_split").asText(""))).toList();
        }
        if (records.isEmpty()) throw new IllegalArgumentException(file + ": no records");
        JsonNode first = records.get(0);
        if (first.has("attributions")) return attributions(records, directOnly);
        if (first.has("tokens") && first.has("tags")) return sentences(records);
        throw new IllegalArgumentException(file + ": neither PolNeAR articles (attributions) nor ADAQ sentences (tokens, tags)");
    }

    /** A gold attribution: its content's words, its source spans and its cue's text (for the error listing). */
    private record Gold(BitSet content, List<Span> source, String cue) {
    }

    private static AttributionReport attributions(List<JsonNode> records, boolean directOnly) {
        QuoteExtractor extractor = new QuoteExtractor();
        int tokenTp = 0, tokenPred = 0, tokenGold = 0, spanMatched = 0, gold = 0, predicted = 0;
        int withSource = 0, overlapOk = 0, exactOk = 0, pairsOk = 0;
        List<Error> errors = new ArrayList<>();
        double seconds = 0;
        for (JsonNode rec : records) {
            String id = rec.path("id").asText();
            String text = rec.path("text").asText("");
            String lang = rec.path("lang").asText("en");
            long t0 = System.nanoTime();
            List<Quote> quotes = extractor.extract(text, lang, EntityRecognizers.forLanguage(lang).recognize(text, lang));
            seconds += (System.nanoTime() - t0) / 1e9;
            if (directOnly) quotes = quotes.stream().filter(q -> q.kind() != Quote.Kind.REPORTED).toList();
            int[][] words = GoldSpans.words(text);
            List<Gold> golds = new ArrayList<>();
            for (JsonNode a : rec.path("attributions")) {
                // the README's contract: the set's own flag, even though it misses the NYT's '' quotation marks
                if (directOnly && !a.path("content_has_quote_marks").asBoolean()) continue;
                BitSet content = GoldSpans.covered(words, GoldSpans.spans(a.path("content"), text));
                if (!content.isEmpty()) {
                    golds.add(new Gold(content, GoldSpans.spans(a.path("source"), text), sourceText(GoldSpans.spans(a.path("cue"), text))));
                }
            }
            List<BitSet> preds = new ArrayList<>();
            for (Quote q : quotes) preds.add(GoldSpans.covered(words, q.content()));
            BitSet goldTokens = new BitSet();
            golds.forEach(g -> goldTokens.or(g.content()));
            BitSet predTokens = new BitSet();
            preds.forEach(predTokens::or);
            BitSet both = (BitSet) goldTokens.clone();
            both.and(predTokens);
            tokenTp += both.cardinality();
            tokenGold += goldTokens.cardinality();
            tokenPred += predTokens.cardinality();
            gold += golds.size();
            predicted += quotes.size();
            boolean[] used = new boolean[quotes.size()];
            for (Gold g : golds) {
                int best = bestMatch(g.content(), preds, used);
                if (best < 0) {
                    // the cue first: what a miss was cued by tells which reading the extractor lacks; then the
                    // prediction sharing most of its words, if one does: a content read too long or too short
                    int near = nearest(g.content(), preds);
                    errors.add(new Error(id, "missed", "[" + g.cue() + "] " + describe(text, words, g.content()),
                            near < 0 ? "" : describe(text, words, preds.get(near))));
                    continue;
                }
                used[best] = true;
                spanMatched++;
                Span source = quotes.get(best).source();
                boolean overlap = g.source().isEmpty() ? source == null
                        : source != null && g.source().stream().anyMatch(s -> s.start() < source.end() && source.start() < s.end());
                if (!g.source().isEmpty()) {
                    withSource++;
                    if (overlap) overlapOk++;
                    if (source != null && source.start() == g.source().get(0).start()
                            && source.end() == g.source().get(g.source().size() - 1).end()) exactOk++;
                }
                if (overlap) pairsOk++;
                else errors.add(new Error(id, "source", sourceText(g.source()), source == null ? "" : source.text()));
            }
            for (int i = 0; i < quotes.size(); i++) {
                if (!used[i]) errors.add(new Error(id, "spurious", "", quotes.get(i).content().get(0).text()));
            }
        }
        return new AttributionReport(Prf.of(tokenTp, tokenPred, tokenGold), Prf.of(spanMatched, predicted, gold),
                withSource == 0 ? 0 : (double) overlapOk / withSource, withSource == 0 ? 0 : (double) exactOk / withSource,
                withSource, Prf.of(pairsOk, predicted, gold), gold, predicted, records.size(), seconds, errors);
    }

    /** The prediction sharing the most tokens with {@code gold}, used or not, or -1 if none shares one. */
    private static int nearest(BitSet gold, List<BitSet> preds) {
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < preds.size(); i++) {
            int n = sharedTokens(gold, preds.get(i));
            if (n > bestShared) {
                best = i;
                bestShared = n;
            }
        }
        return best;
    }

    private static int sharedTokens(BitSet a, BitSet b) {
        BitSet shared = (BitSet) a.clone();
        shared.and(b);
        return shared.cardinality();
    }

    /** The unused prediction sharing the most tokens with {@code gold}, if they share at least half of the longer. */
    private static int bestMatch(BitSet gold, List<BitSet> preds, boolean[] used) {
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (used[i]) continue;
            int n = sharedTokens(gold, preds.get(i));
            if (n > bestShared && 2 * n >= Math.max(gold.cardinality(), preds.get(i).cardinality())) {
                best = i;
                bestShared = n;
            }
        }
        return best;
    }

    private static SentenceReport sentences(List<JsonNode> records) {
        QuoteExtractor extractor = new QuoteExtractor();
        String[] roles = {"source", "cue", "content"};
        int[] tp = new int[3], pred = new int[3], gold = new int[3];
        int detTp = 0, detPred = 0, detGold = 0;
        List<Error> errors = new ArrayList<>();
        double seconds = 0;
        for (JsonNode rec : records) {
            String id = rec.path("id").asText();
            String raw = rec.path("text").asText("");
            boolean csv = isCsvQuoted(raw);
            String text = csv ? csvUnquoted(raw) : raw;
            String lang = rec.path("lang").asText("ru");
            long t0 = System.nanoTime();
            List<Quote> quotes = extractor.extract(text, lang, EntityRecognizers.forLanguage(lang).recognize(text, lang));
            seconds += (System.nanoTime() - t0) / 1e9;
            List<String> goldTags = new ArrayList<>();
            rec.path("tags").forEach(t -> goldTags.add(t.asText()));
            List<String> tokens = new ArrayList<>();
            rec.path("tokens").forEach(t -> tokens.add(csv && isCsvQuoted(t.asText()) ? csvUnquoted(t.asText()) : t.asText()));
            List<String> predTags = tag(text, tokens, quotes);
            for (int k = 0; k < goldTags.size() && k < predTags.size(); k++) {
                for (int r = 0; r < 3; r++) {
                    boolean g = goldTags.get(k).equals(roles[r]);
                    boolean p = predTags.get(k).equals(roles[r]);
                    if (g) gold[r]++;
                    if (p) pred[r]++;
                    if (g && p) tp[r]++;
                }
            }
            boolean g = goldTags.contains("cue");
            boolean p = !quotes.isEmpty();
            if (g) detGold++;
            if (p) detPred++;
            if (g && p) detTp++;
            if (g != p) {
                errors.add(new Error(id, g ? "missed" : "spurious", g ? text : "", p ? quotes.get(0).content().get(0).text() : ""));
            }
        }
        return new SentenceReport(Prf.of(tp[0], pred[0], gold[0]), Prf.of(tp[1], pred[1], gold[1]),
                Prf.of(tp[2], pred[2], gold[2]), Prf.of(detTp, detPred, detGold), records.size(), seconds, errors);
    }

    /** Predicted role of each gold token: cue before source before content where spans overlap. */
    private static List<String> tag(String text, List<String> tokens, List<Quote> quotes) {
        List<String> out = new ArrayList<>();
        int cursor = 0;
        for (String token : tokens) {
            int start = text.indexOf(token, cursor);
            if (start < 0) {
                out.add("O");
                continue;
            }
            int end = start + token.length();
            cursor = end;
            String role = "O";
            for (Quote q : quotes) {
                if (overlaps(q.cue(), start, end)) role = "cue";
                else if (!role.equals("cue") && overlaps(q.source(), start, end)) role = "source";
                else if (role.equals("O") && q.content().stream().anyMatch(c -> overlaps(c, start, end))) role = "content";
            }
            out.add(role);
        }
        return out;
    }

    /**
     * About a third of the ADAQ texts (and their quote tokens) still carry the CSV quoting of the source TSV: a
     * wrapping pair of quotes and every inner quote doubled. Left as is, the whole sentence reads as one quotation.
     */
    private static boolean isCsvQuoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"");
    }

    private static String csvUnquoted(String s) {
        return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }

    private static boolean overlaps(Span s, int start, int end) {
        return s != null && s.start() < end && start < s.end();
    }




    private static String describe(String text, int[][] words, BitSet tokens) {
        int first = tokens.nextSetBit(0);
        int last = tokens.length() - 1;
        return text.substring(words[first][0], words[last][1]).replace('\n', ' ');
    }

    private static String sourceText(List<Span> spans) {
        return String.join(" … ", spans.stream().map(Span::text).toList());
    }
}
