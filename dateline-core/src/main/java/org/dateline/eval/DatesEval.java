package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.model.Json;
import org.dateline.analyze.time.TemporalTagger;
import org.dateline.analyze.time.Timex;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Temporal expressions scored TempEval-3 task A style on a {@code documents.jsonl} of
 * {@code {id, dct, text, timexes:[{start, end, text, type, value}]}}: strict span P/R/F1 (exact offsets),
 * relaxed span P/R/F1 (any overlap, one-to-one), type and value accuracy over the relaxed matches, and
 * value P/R/F1 (a prediction is correct when it overlaps a gold expression and has its value:
 * P = correct/predicted, R = correct/gold). Relative expressions are resolved against {@code dct}.
 */
public final class DatesEval {

    private DatesEval() {
    }

    /** Precision, recall and their harmonic mean. */
    public record Prf(double precision, double recall, double f1) {

        static Prf of(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Raw counts over one or more documents; they add up. */
    public record Counts(int gold, int predicted, int strict, int relaxed, int typeCorrect, int valueCorrect) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, strict + o.strict, relaxed + o.relaxed,
                    typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
        }

        public Prf strictSpan() {
            return Prf.of(strict, predicted, gold);
        }

        public Prf relaxedSpan() {
            return Prf.of(relaxed, predicted, gold);
        }

        /** Share of relaxed matches whose type is right. */
        public double typeAccuracy() {
            return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
        }

        /** Share of relaxed matches whose value is right. */
        public double valueAccuracy() {
            return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
        }

        /** Overlapping and the same value, over all predictions (P) and all gold expressions (R). */
        public Prf value() {
            return Prf.of(valueCorrect, predicted, gold);
        }
    }

    /** A gold or predicted expression that did not come out right, for looking at errors. */
    public record Error(String docId, String kind, String gold, String predicted) {
    }

    /** The scores of a file. */
    public record Report(Counts counts, int docs, double seconds, List<Error> errors) {

        public Report {
            errors = List.copyOf(errors);
        }

        public double docsPerSecond() {
            return seconds <= 0 ? 0 : docs / seconds;
        }
    }

    /** Tags every document of the file with a fresh {@link TemporalTagger} and scores it. */
    public static Report run(Path documentsJsonl) {
        TemporalTagger tagger = new TemporalTagger();
        List<JsonNode> records = Json.readLines(documentsJsonl);
        Counts total = Counts.ZERO;
        List<Error> errors = new ArrayList<>();
        long t0 = System.nanoTime();
        for (JsonNode rec : records) {
            String id = rec.path("id").asText();
            String text = rec.path("text").asText("");
            String dct = rec.path("dct").asText("");
            if (dct.length() < 10) throw new IllegalArgumentException(documentsJsonl + ": document " + id + " has no dct");
            List<Timex> gold = new ArrayList<>();
            for (JsonNode t : rec.path("timexes")) {
                int start = t.path("start").asInt();
                int end = t.path("end").asInt();
                gold.add(new Timex(start, end, t.path("text").asText(text.substring(start, Math.min(end, text.length()))),
                        Timex.Type.valueOf(t.path("type").asText().toUpperCase(Locale.ROOT)), t.path("value").asText("")));
            }
            List<Timex> predicted = tagger.tag(text, LocalDate.parse(dct.substring(0, 10)), "en");
            total = total.plus(score(gold, predicted, id, errors));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Report(total, records.size(), seconds, errors);
    }

    /** Counts for one document's gold and predicted expressions. */
    public static Counts score(List<Timex> gold, List<Timex> predicted) {
        return score(gold, predicted, "", new ArrayList<>());
    }

    private static Counts score(List<Timex> gold, List<Timex> predicted, String id, List<Error> errors) {
        int strict = 0;
        for (Timex g : gold) {
            for (Timex p : predicted) {
                if (p.start() == g.start() && p.end() == g.end()) {
                    strict++;
                    break;
                }
            }
        }
        // one-to-one overlap matching; pairs that agree on the value are matched first
        boolean[] used = new boolean[predicted.size()];
        int[] match = new int[gold.size()];
        Arrays.fill(match, -1);
        for (boolean sameValueOnly : new boolean[]{true, false}) {
            for (int j = 0; j < gold.size(); j++) {
                if (match[j] >= 0) continue;
                Timex g = gold.get(j);
                for (int i = 0; i < predicted.size(); i++) {
                    Timex p = predicted.get(i);
                    if (used[i] || !p.overlaps(g.start(), g.end())) continue;
                    if (sameValueOnly && !sameValue(p.value(), g.value())) continue;
                    used[i] = true;
                    match[j] = i;
                    break;
                }
            }
        }
        int relaxed = 0;
        int type = 0;
        int value = 0;
        for (int j = 0; j < gold.size(); j++) {
            Timex g = gold.get(j);
            if (match[j] < 0) {
                errors.add(new Error(id, "missed", describe(g), ""));
                continue;
            }
            Timex p = predicted.get(match[j]);
            relaxed++;
            if (p.type() == g.type()) type++;
            if (sameValue(p.value(), g.value())) value++;
            else errors.add(new Error(id, "value", describe(g), describe(p)));
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) errors.add(new Error(id, "spurious", "", describe(predicted.get(i))));
        }
        return new Counts(gold.size(), predicted.size(), strict, relaxed, type, value);
    }

    /** Values equal after normalisation: week numbers without leading zero ("W07" = "W7"), "T17" = "T17:00". */
    static boolean sameValue(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String v) {
        return v.trim().toUpperCase(Locale.ROOT).replaceAll("-W0(\\d)", "-W$1").replaceAll("(T\\d\\d)$", "$1:00");
    }

    private static String describe(Timex t) {
        return t.text().replace('\n', ' ') + " [" + t.type() + " " + t.value() + "]";
    }
}
