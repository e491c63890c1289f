package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.Analysis;
import org.dateline.analyze.DeepAnalyzer;
import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.NameKeys;
import org.dateline.analyze.event.EventFrame;
import org.dateline.analyze.event.EventStatus;
import org.dateline.analyze.event.EventType;
import org.dateline.eval.DatesEval.Prf;
import org.dateline.model.Article;
import org.dateline.model.Json;
import org.dateline.model.Published;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Event frames scored on an {@code events.jsonl} of {@code {id, lang, published, title, text, events:[{type, status,
 * participants:[name], places:[name], time}]}} (format: {@code eval/README.md}). Each document goes through the
 * whole {@link DeepAnalyzer} (entities, quotes, dates, events) with its {@code published} day as the reference
 * time. Predicted frames are matched to gold frames of the same type one-to-one, greedily by participant overlap
 * (then place overlap, then order). Reported: frame P/R/F1 (a match needs the type only), status accuracy over
 * matched frames, participant and place P/R/F1 over the names of matched frames, and time accuracy over matched
 * frames whose gold frame has a time; per language and over all.
 *
 * <p>A predicted name matches a gold name when the tokens of one contain the last token of the other
 * (case-insensitive: "Putin" = "Vladimir Putin"), or when the gold name has the predicted entity's canonical
 * name key ({@link NameKeys#key}), whole or by its last word ("Дональд Трамп" = the entity of "Трампом").
 * Names are matched one-to-one within a frame.
 */
public final class EventsEval {

    /** Bucket of all languages together. */
    public static final String ALL = "all";

    private EventsEval() {
    }

    /** A labelled frame. */
    public record GoldFrame(EventType type, EventStatus status, List<String> participants, List<String> places, String time) {
        public GoldFrame {
            participants = List.copyOf(participants);
            places = List.copyOf(places);
        }
    }

    /** Raw counts over one or more documents; they add up. */
    public record Counts(int gold, int predicted, int matched, int statusCorrect,
                         int participantsCorrect, int participantsPredicted, int participantsGold,
                         int placesCorrect, int placesPredicted, int placesGold, int timed, int timeCorrect) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, statusCorrect + o.statusCorrect,
                    participantsCorrect + o.participantsCorrect, participantsPredicted + o.participantsPredicted,
                    participantsGold + o.participantsGold, placesCorrect + o.placesCorrect,
                    placesPredicted + o.placesPredicted, placesGold + o.placesGold, timed + o.timed,
                    timeCorrect + o.timeCorrect);
        }

        /** Frames: matched (same type) over predicted and over gold. */
        public Prf frames() {
            return Prf.of(matched, predicted, gold);
        }

        /** Share of matched frames whose status is right. */
        public double statusAccuracy() {
            return matched == 0 ? 0 : (double) statusCorrect / matched;
        }

        /** Participant names of matched frames. */
        public Prf participants() {
            return Prf.of(participantsCorrect, participantsPredicted, participantsGold);
        }

        /** Place names (where it happens or was suggested) of matched frames. */
        public Prf places() {
            return Prf.of(placesCorrect, placesPredicted, placesGold);
        }

        /** Share of matched frames with a gold time whose predicted time has the same value. */
        public double timeAccuracy() {
            return timed == 0 ? 0 : (double) timeCorrect / timed;
        }
    }

    /** What did not come out right in one document: unmatched gold and predicted frames, and matched ones that differ. */
    public record DocErrors(String id, String lang, List<String> missed, List<String> spurious, List<String> differing) {
        public DocErrors {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
            differing = List.copyOf(differing);
        }

        public boolean isEmpty() {
            return missed.isEmpty() && spurious.isEmpty() && differing.isEmpty();
        }
    }

    /** The scores of a file: counts per language ({@code en}, {@code ru}, ..., {@link #ALL} last). */
    public record Report(Map<String, Counts> byLanguage, int docs, double seconds, List<DocErrors> errors) {
        public Report {
            byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
            errors = List.copyOf(errors);
        }

        public Counts all() {
            return byLanguage.getOrDefault(ALL, Counts.ZERO);
        }

        public double docsPerSecond() {
            return seconds <= 0 ? 0 : docs / seconds;
        }
    }

    /** Analyses every document of the file with a fresh {@link DeepAnalyzer} and scores its event frames. */
    public static Report run(Path file) {
        List<JsonNode> records = Json.readLines(file);
        DeepAnalyzer analyzer = new DeepAnalyzer();
        Map<String, Counts> byLanguage = new HashMap<>();
        List<DocErrors> errors = new ArrayList<>();
        double seconds = 0;
        int line = 0;
        for (JsonNode rec : records) {
            line++;
            String id = rec.path("id").asText("line " + line);
            String lang = rec.path("lang").asText("en");
            String published = rec.path("published").asText("");
            if (published.length() < 10) throw new IllegalArgumentException(file + ": document " + id + " has no published date");
            Article article = article(file + ":" + line, id, lang, LocalDate.parse(published.substring(0, 10)),
                    rec.path("title").asText(""), rec.path("text").asText(""));
            List<GoldFrame> gold = new ArrayList<>();
            for (JsonNode e : rec.path("events")) gold.add(gold(e));
            long t0 = System.nanoTime();
            Analysis analysis = analyzer.analyze(article);
            seconds += (System.nanoTime() - t0) / 1e9;
            Result r = score(gold, analysis.events(), analysis.entities());
            byLanguage.merge(lang, r.counts(), Counts::plus);
            DocErrors de = new DocErrors(id, lang, r.missed(), r.spurious(), r.differing());
            if (!de.isEmpty()) errors.add(de);
        }
        Map<String, Counts> ordered = new LinkedHashMap<>();
        byLanguage.keySet().stream().sorted().forEach(l -> ordered.put(l, byLanguage.get(l)));
        ordered.put(ALL, byLanguage.values().stream().reduce(Counts.ZERO, Counts::plus));
        return new Report(ordered, records.size(), seconds, errors);
    }

    /** An article the deep analyzer takes: the text split into paragraphs at blank lines, published at {@code day}. */
    static Article article(String origin, String id, String lang, LocalDate day, String title, String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new Article(id, origin, null, null, null, null, title, Article.TitleOrigin.GIVEN,
                Published.ofDay(day, Published.Origin.FIELD), null, lang, 1.0, paragraphs, List.of(), List.of(), List.of(),
                "", List.of(), List.of(), null, true);
    }

    private static GoldFrame gold(JsonNode e) {
        List<String> participants = new ArrayList<>();
        e.path("participants").forEach(p -> participants.add(p.asText()));
        List<String> places = new ArrayList<>();
        e.path("places").forEach(p -> places.add(p.asText()));
        String status = e.path("status").asText("UNKNOWN");
        String time = e.path("time").asText("");
        return new GoldFrame(EventType.valueOf(e.path("type").asText().toUpperCase(Locale.ROOT)),
                EventStatus.valueOf(status.toUpperCase(Locale.ROOT)), participants, places, time.isBlank() ? null : time);
    }

    /** The counts of one document and what went wrong in it. */
    public record Result(Counts counts, List<String> missed, List<String> spurious, List<String> differing) {
    }

    /** Counts for one document's gold and predicted frames; {@code entities} give predicted names their canonical keys. */
    public static Result score(List<GoldFrame> gold, List<EventFrame> predicted, List<DocumentEntity> entities) {
        Map<String, String> keyOfId = new HashMap<>();
        for (DocumentEntity e : entities) keyOfId.put(e.id(), e.key());
        // every same-type pair, best participant overlap first, then place overlap, then text order
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) {
            for (int i = 0; i < predicted.size(); i++) {
                if (gold.get(j).type() != predicted.get(i).type()) continue;
                int participants = overlap(gold.get(j).participants(), names(predicted.get(i).participants(), keyOfId));
                int places = overlap(gold.get(j).places(), placeNames(predicted.get(i).places(), keyOfId));
                pairs.add(new int[]{j, i, participants, places});
            }
        }
        pairs.sort((a, b) -> a[2] != b[2] ? b[2] - a[2] : a[3] != b[3] ? b[3] - a[3] : a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
        int[] matchOfGold = new int[gold.size()];
        Arrays.fill(matchOfGold, -1);
        boolean[] used = new boolean[predicted.size()];
        for (int[] p : pairs) {
            if (matchOfGold[p[0]] >= 0 || used[p[1]]) continue;
            matchOfGold[p[0]] = p[1];
            used[p[1]] = true;
        }
        int matched = 0, status = 0, partOk = 0, partPred = 0, partGold = 0, placeOk = 0, placePred = 0, placeGold = 0;
        int timed = 0, timeOk = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) {
            GoldFrame g = gold.get(j);
            if (matchOfGold[j] < 0) {
                missed.add(describe(g));
                continue;
            }
            EventFrame p = predicted.get(matchOfGold[j]);
            matched++;
            boolean statusOk = p.status() == g.status();
            if (statusOk) status++;
            List<Name> pn = names(p.participants(), keyOfId);
            int po = overlap(g.participants(), pn);
            partOk += po;
            partPred += pn.size();
            partGold += g.participants().size();
            List<Name> ln = placeNames(p.places(), keyOfId);
            int lo = overlap(g.places(), ln);
            placeOk += lo;
            placePred += ln.size();
            placeGold += g.places().size();
            boolean timeRight = true;
            if (g.time() != null) {
                timed++;
                timeRight = p.time() != null && DatesEval.sameValue(calendarDay(p.time(), g.time()), g.time());
                if (timeRight) timeOk++;
            }
            if (!statusOk || po != pn.size() || po != g.participants().size() || lo != ln.size() || lo != g.places().size()
                    || !timeRight) {
                differing.add(describe(g) + "  →  " + describe(p));
            }
        }
        for (int i = 0; i < predicted.size(); i++) if (!used[i]) spurious.add(describe(predicted.get(i)));
        return new Result(new Counts(gold.size(), predicted.size(), matched, status, partOk, partPred, partGold, placeOk,
                placePred, placeGold, timed, timeOk), missed, spurious, differing);
    }

    /** A predicted name and the canonical key of its entity. */
    record Name(String name, String key) {
    }

    private static List<Name> names(List<EventFrame.Participant> participants, Map<String, String> keyOfId) {
        List<Name> out = new ArrayList<>();
        for (EventFrame.Participant p : participants) out.add(new Name(p.name(), key(p.entityId(), p.name(), keyOfId)));
        return out;
    }

    private static List<Name> placeNames(List<EventFrame.Place> places, Map<String, String> keyOfId) {
        List<Name> out = new ArrayList<>();
        for (EventFrame.Place p : places) out.add(new Name(p.name(), key(p.entityId(), p.name(), keyOfId)));
        return out;
    }

    private static String key(String entityId, String name, Map<String, String> keyOfId) {
        String key = entityId == null ? null : keyOfId.get(entityId);
        return key != null ? key : name == null ? "" : NameKeys.key(name);
    }

    /** How many gold names a predicted name matches, one-to-one, greedily in order. */
    private static int overlap(List<String> gold, List<Name> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int n = 0;
        for (String g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && sameName(g, predicted.get(i))) {
                    used[i] = true;
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The matching rule of the class comment. */
    static boolean sameName(String gold, Name predicted) {
        if (predicted.name() != null) {
            List<String> g = tokens(gold);
            List<String> p = tokens(predicted.name());
            if (!g.isEmpty() && !p.isEmpty() && (p.contains(g.get(g.size() - 1)) || g.contains(p.get(p.size() - 1)))) return true;
        }
        String key = predicted.key();
        if (key == null || key.isBlank()) return false;
        String goldKey = NameKeys.key(gold);
        if (goldKey.isBlank()) return false;
        if (goldKey.equals(key)) return true;
        String[] gw = goldKey.split(" ");
        String[] pw = key.split(" ");
        return gw[gw.length - 1].equals(pw[pw.length - 1]);
    }

    static boolean sameName(String gold, String predicted) {
        return sameName(gold, new Name(predicted, NameKeys.key(predicted)));
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    static String describe(GoldFrame g) {
        return describe(g.type(), g.status(), g.participants(), g.places(), g.time());
    }

    static String describe(EventFrame f) {
        List<String> places = f.places().stream()
                .map(p -> p.role() == EventFrame.Place.Role.SUGGESTED ? p.name() + "?" : p.name()).toList();
        return describe(f.type(), f.status(), f.participants().stream().map(EventFrame.Participant::name).toList(), places,
                f.time());
    }

    private static String describe(EventType type, EventStatus status, List<String> participants, List<String> places,
                                   String time) {
        StringBuilder sb = new StringBuilder(type + " " + status + " " + participants);
        if (!places.isEmpty()) sb.append(" @ ").append(places);
        if (time != null) sb.append(" ").append(time);
        return sb.toString();
    }

    /**
     * Frames are timed to the calendar (eval/README.md): a predicted part of the gold day ("Wednesday morning",
     * {@code 2025-09-10TMO}, or a clock time) counts as that day.
     */
    static String calendarDay(String predicted, String gold) {
        boolean goldDay = gold.length() == 10 && Character.isDigit(gold.charAt(9));
        return goldDay && predicted.length() > 10 && predicted.startsWith(gold) && predicted.charAt(10) == 'T'
                ? gold : predicted;
    }
}
