package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.normalize.html.HtmlExtractor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction contract (scrapinghub/article-extraction-benchmark, {@code evaluate.py}):
 * both texts are cut into {@code \w+} tokens (Unicode), then into 4-token shingles (a text of fewer
 * than 4 tokens is one shorter shingle); per page tp / fp / fn are counted over the shingle multisets
 * and normalised by their sum. Precision is the mean over pages with tp+fp&gt;0, recall the mean over
 * pages with tp+fn&gt;0 (a page with fp = fn = 0 scores 1 on both), F1 = 2PR/(P+R). Accuracy is the
 * share of pages whose token sequences are identical.
 *
 * <p>Input: JSONL with {@code id}, {@code url}, {@code html}, {@code gold_text} per line.
 */
public final class ExtractionEval {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** Any main-text extractor: page source and URL in, body text out. */
    @FunctionalInterface
    public interface Extractor {
        String extract(String html, String url) throws Exception;
    }

    /** Dateline's own extractor, as scored here. */
    public static final Extractor DATELINE = (html, url) -> HtmlExtractor.extract(html, url).text();

    /** One page compared: normalised tp / fp / fn and whether the token sequences are identical. */
    public record Match(double tp, double fp, double fn, boolean exact) {

        /** tp/(tp+fp), 1 when fp = fn = 0, 0 when tp = fp = 0. */
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        /** tp/(tp+fn), 1 when fp = fn = 0, 0 when tp = fn = 0. */
        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Aggregate scores of one extractor. */
    public record Scores(String name, double precision, double recall, double f1, double accuracy, int pages,
                         int failures, double seconds) {

        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : pages / seconds;
        }
    }

    /** One page's results, for looking at where an extractor goes wrong. */
    public record PageResult(String id, String url, Match dateline, Match reference) {
    }

    /** Dateline and (when given) the reference, scored on the same pages in the same run. */
    public record Report(Scores dateline, Scores reference, List<PageResult> pages) {

        public Report {
            pages = List.copyOf(pages);
        }
    }

    private ExtractionEval() {
    }

    /** Scores Dateline's extractor alone. */
    public static Report run(Path pagesJsonl) {
        return run(pagesJsonl, null, null);
    }

    /**
     * Scores Dateline's extractor and {@code reference} (skipped when null) on every page of the file.
     * An extractor that throws on a page is scored as having returned nothing for it.
     */
    public static Report run(Path pagesJsonl, String referenceName, Extractor reference) {
        List<JsonNode> pages = Json.readLines(pagesJsonl);
        Run own = Run.of("dateline", DATELINE, pages);
        Run ref = reference == null ? null : Run.of(referenceName, reference, pages);
        List<PageResult> results = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            JsonNode p = pages.get(i);
            results.add(new PageResult(p.path("id").asText(""), p.path("url").asText(""), own.matches.get(i),
                    ref == null ? null : ref.matches.get(i)));
        }
        return new Report(own.scores(), ref == null ? null : ref.scores(), results);
    }

    private record Run(String name, List<Match> matches, int failures, double seconds) {

        static Run of(String name, Extractor extractor, List<JsonNode> pages) {
            List<Match> matches = new ArrayList<>(pages.size());
            int failures = 0;
            long elapsed = 0;
            for (JsonNode p : pages) {
                String html = p.path("html").asText("");
                String url = p.path("url").asText("");
                String text;
                long start = System.nanoTime();
                try {
                    text = extractor.extract(html, url);
                } catch (Exception | StackOverflowError e) {
                    text = "";
                    failures++;
                }
                elapsed += System.nanoTime() - start;
                matches.add(match(p.path("gold_text").asText(""), text == null ? "" : text));
            }
            return new Run(name, matches, failures, elapsed / 1e9);
        }

        Scores scores() {
            Scores s = aggregate(name, matches, seconds);
            return new Scores(s.name(), s.precision(), s.recall(), s.f1(), s.accuracy(), s.pages(), failures, seconds);
        }
    }

    /** Aggregate scores over per-page matches, exactly as the benchmark computes them. */
    public static Scores aggregate(String name, List<Match> matches, double seconds) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (Match m : matches) {
            if (m.tp() + m.fp() > 0) {
                pSum += m.precision();
                pN++;
            }
            if (m.tp() + m.fn() > 0) {
                rSum += m.recall();
                rN++;
            }
            if (m.exact()) exact++;
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Scores(name, p, r, f1, matches.isEmpty() ? 0 : (double) exact / matches.size(), matches.size(), 0,
                seconds);
    }

    /** Compares one predicted text with the gold text. */
    public static Match match(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> goldShingles = shingles(g);
        Map<List<String>, Integer> predShingles = shingles(p);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : predShingles.entrySet()) {
            int pc = e.getValue();
            int gc = goldShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
        }
        for (Map.Entry<List<String>, Integer> e : goldShingles.entrySet()) {
            int gc = e.getValue();
            int pc = predShingles.getOrDefault(e.getKey(), 0);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Match(tp, fp, fn, g.equals(p));
    }

    /** {@code \w+} tokens, Unicode-aware, case kept. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Multiset of 4-token shingles; fewer than 4 tokens make one shorter shingle, none make none. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }
}
