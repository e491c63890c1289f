package org.dateline.view;

import org.dateline.analyze.time.TemporalTagger;
import org.dateline.analyze.time.Timex;
import org.dateline.model.Article;
import org.dateline.model.Explanation;
import org.dateline.model.Link;
import org.dateline.model.Story;
import org.dateline.normalize.Outlet;
import org.dateline.normalize.OutletRegistry;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link StoryView}s. Which reports are copies of which comes from the relation recorded when each
 * report arrived (its explanation's {@code copyOf}); for stories with reports stored before that was recorded
 * the reports are compared with each other instead, a cost growing with the square of the story's size, so
 * only the {@link #MAX_COMPARED} earliest reports are compared then.
 */
public final class StoryViews {

    /** Reports sharing at least this share of their text are one report republished. */
    static final double COPY_CONTAINMENT = 0.6;
    static final int MAX_COMPARED = 200;
    private static final int SUMMARY_SENTENCES = 2;

    private final OutletRegistry outlets;
    private final org.dateline.text.Analyzers analyzers = new org.dateline.text.Analyzers();

    public StoryViews(OutletRegistry outlets) {
        this.outlets = outlets;
    }

    public StoryView build(Story story, List<Article> members) {
        return build(story, members, id -> java.util.Optional.empty());
    }

    /** As {@link #build(Story, List)}, with each report's recorded explanation. */
    public StoryView build(Story story, List<Article> members,
                           java.util.function.Function<String, java.util.Optional<Explanation>> explanations) {
        return build(story, members, explanations, id -> java.util.Optional.empty());
    }

    /** As {@link #build(Story, List, java.util.function.Function)}, with the reports' deep analyses where done. */
    public StoryView build(Story story, List<Article> members,
                           java.util.function.Function<String, java.util.Optional<Explanation>> explanations,
                           java.util.function.Function<String, java.util.Optional<org.dateline.analyze.Analysis>> stored) {
        // read (or computed) once per report: the story's entities, quotes, events and its timeline all use them
        Map<String, java.util.Optional<org.dateline.analyze.Analysis>> read = new HashMap<>();
        java.util.function.Function<String, java.util.Optional<org.dateline.analyze.Analysis>> analyses =
                id -> read.computeIfAbsent(id, stored);
        List<Article> byTime = new ArrayList<>(members);
        byTime.sort(Comparator.comparing((Article a) -> a.published() == null ? Instant.MAX : a.published().at())
                .thenComparing(a -> -words(a)));
        Map<String, Explanation> whys = new HashMap<>();
        for (Article a : byTime) explanations.apply(a.id()).ifPresent(w -> whys.put(a.id(), w));
        boolean recorded = !byTime.isEmpty() && byTime.stream().allMatch(a -> whys.containsKey(a.id()) && whys.get(a.id()).copyChecked());

        // Reports that largely repeat each other form one group; its original is the earliest, and on the
        // same day the agency's own report, else the fullest.
        int n = byTime.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) group[i] = i;
        double[] best = new double[n];
        if (recorded) {
            // as found when each report arrived
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < n; i++) position.put(byTime.get(i).id(), i);
            for (int i = 0; i < n; i++) {
                Explanation w = whys.get(byTime.get(i).id());
                Integer j = w.copyOf() == null ? null : position.get(w.copyOf());
                if (j == null) continue;
                union(group, i, j);
                best[i] = Math.max(best[i], w.copySimilarity());
                best[j] = Math.max(best[j], w.copySimilarity());
            }
        }
        Map<String, Set<Long>> shingles = new HashMap<>();
        if (!recorded) {
            for (Article a : byTime.subList(0, Math.min(MAX_COMPARED, byTime.size()))) shingles.put(a.id(), Shingles.of(a.text()));
        }
        for (int i = 0; i < n && !recorded; i++) {
            Set<Long> si = shingles.get(byTime.get(i).id());
            if (si == null) continue;
            for (int j = 0; j < i; j++) {
                Set<Long> sj = shingles.get(byTime.get(j).id());
                double c = Shingles.containment(si, sj);
                if (c >= COPY_CONTAINMENT) {
                    union(group, i, j);
                    best[i] = Math.max(best[i], c);
                    best[j] = Math.max(best[j], c);
                }
            }
        }
        // independent sources: one per group (distinct originals), as the story counts them
        Set<Integer> groups = new HashSet<>();
        for (int i = 0; i < n; i++) groups.add(find(group, i));
        Map<Integer, Article> originalOfGroup = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int g = find(group, i);
            Article a = byTime.get(i);
            Article current = originalOfGroup.get(g);
            if (current == null || moreOriginal(a, current)) originalOfGroup.put(g, a);
        }
        Map<String, String> copyOf = new HashMap<>();
        Map<String, Double> copySimilarity = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article original = originalOfGroup.get(find(group, i));
            Article a = byTime.get(i);
            if (original != a) {
                copyOf.put(a.id(), original.id());
                copySimilarity.put(a.id(), Math.round(best[i] * 100) / 100.0);
            }
        }

        List<StoryView.Report> propagation = new ArrayList<>();
        for (Article a : byTime) {
            propagation.add(report(a, copyOf.get(a.id()), copySimilarity.getOrDefault(a.id(), 0.0), whys.get(a.id())));
        }
        // Reading order: originals before copies, fuller reports first, then earlier.
        List<StoryView.Report> ranked = new ArrayList<>(propagation);
        ranked.sort(Comparator.comparing((StoryView.Report r) -> !r.original())
                .thenComparing(r -> -r.words())
                .thenComparing(r -> r.published() == null ? "~" : r.published()));


        StoryAnalysis.Result analysis = StoryAnalysis.of(byTime, analyses, copyOf);
        return new StoryView(story.id(), story.title(), summary(byTime, copyOf), story.firstSeen(), story.lastUpdated(),
                members.size(), groups.size(), story.outlets(), story.languages(), ranked, propagation,
                timeline(byTime, copyOf, analyses),
                Coverage.compare(byTime.stream().filter(a -> !copyOf.containsKey(a.id())).toList(), analyzers),
                analysis.analysed(), analysis.entities(), analysis.quotes(), analysis.events(), List.of(), null);
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) i = group[i] = group[group[i]];
        return i;
    }

    private static void union(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }

    /** Whether {@code a} rather than {@code b} is the original of reports that repeat each other. */
    private boolean moreOriginal(Article a, Article b) {
        if (a.published() != null && b.published() != null && !a.published().day().equals(b.published().day())) {
            return a.published().day().isBefore(b.published().day());
        }
        boolean aCredited = creditsAnotherDesk(a), bCredited = creditsAnotherDesk(b);
        if (aCredited != bCredited) return bCredited;
        boolean aAgency = isAgencyOwnReport(a), bAgency = isAgencyOwnReport(b);
        if (aAgency != bAgency) return aAgency;
        if (a.published() != null && b.published() != null && !a.published().at().equals(b.published().at())
                && a.published().precision() == b.published().precision()) {
            return a.published().at().isBefore(b.published().at());
        }
        // Same day, same standing: the fuller text is the original (copies are usually trimmed).
        return words(a) > words(b);
    }

    private static final java.util.regex.Pattern CREDIT_LINE = java.util.regex.Pattern.compile(
            "^\\(?\\s*(?:(?:additional )?(?:reporting|writing|editing|compiled|edited|translated) by\\b"
                    + "|source:|материал подготовлен|подготовлено по|по материалам|по сообщению|источник:).*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * A closing credit line ("(Reporting by …; edited by …)", "Материал подготовлен по сообщению …")
     * marks a report another desk republished.
     */
    private static boolean creditsAnotherDesk(Article a) {
        if (a.paragraphs().isEmpty()) return false;
        String last = a.paragraphs().get(a.paragraphs().size() - 1).strip();
        return last.length() < 200 && CREDIT_LINE.matcher(last).matches();
    }

    /** An agency's report under its own name (not another outlet running its copy). */
    private boolean isAgencyOwnReport(Article a) {
        if (a.agency() == null) return false;
        return a.outlet() != null && a.outlet().equalsIgnoreCase(a.agency())
                || a.outletId() != null && outlets.byId(a.outletId()).map(o -> "agency".equals(o.type())).orElse(false)
                && outlets.byMarker(a.agency()).map(o -> o.id().equals(a.outletId())).orElse(false);
    }

    private StoryView.Report report(Article a, String copyOf, double similarity, Explanation why) {
        Outlet outlet = a.outletId() == null ? null : outlets.byId(a.outletId()).orElse(null);
        List<String> related = new ArrayList<>();
        for (Link l : a.links()) {
            if (l.role() == Link.Role.RELATED) related.add(l.title() != null && l.url() != null ? l.title() + " <" + l.url() + ">"
                    : l.title() != null ? l.title() : l.url());
        }
        return new StoryView.Report(a.id(), a.title(), a.outlet(), outlet == null ? null : outlet.type(),
                outlet == null ? List.of() : outlet.groups(), a.published() == null ? null : a.published().iso(),
                a.language(), a.url(), a.origin(), a.agency(), a.datelinePlace(), words(a), copyOf, similarity,
                a.sharedBy(), related, a.anomalies(), why);
    }

    /**
     * Up to two sentences from the openings of the original reports that the other reports echo most:
     * the lead most outlets agree on, not one outlet's angle.
     */
    private static List<String> summary(List<Article> byTime, Map<String, String> copyOf) {
        List<Article> originals = byTime.stream().filter(a -> !copyOf.containsKey(a.id())).limit(30).toList();
        List<Set<String>> vocab = new ArrayList<>();
        for (Article a : originals) vocab.add(contentWords(a.title() + " " + a.text()));
        record Candidate(String sentence, Set<String> words, double score, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < originals.size(); i++) {
            Article a = originals.get(i);
            int leadIndex = 0;
            for (String s : sentences(a, 3)) {
                Set<String> w = contentWords(s);
                if (w.size() < 5) continue;
                double score = 0;
                for (int j = 0; j < originals.size(); j++) {
                    if (j == i) continue;
                    int common = 0;
                    for (String x : w) if (vocab.get(j).contains(x)) common++;
                    score += common / (double) w.size();
                }
                // The opening sentence carries the news; the next ones less so.
                int position = leadIndex++;
                score += position == 0 ? 0.6 : position == 1 ? 0.3 : 0.1;
                candidates.add(new Candidate(s, w, score, order++));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order));
        List<String> out = new ArrayList<>();
        List<Set<String>> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean redundant = chosen.stream().anyMatch(w -> overlap(w, c.words()) > 0.5);
            if (redundant) continue;
            out.add(c.sentence());
            chosen.add(c.words());
            if (out.size() == SUMMARY_SENTENCES) break;
        }
        return out;
    }

    /** Calendar dates and periods (day, week, month, year) stated in the original reports, in calendar order. */
    private static final java.util.regex.Pattern CALENDAR_VALUE = java.util.regex.Pattern.compile(
            "\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|W\\d{1,2}))?");
    static final int MAX_TIMELINE_REPORTS = 50;

    /**
     * The calendar dates the original reports mention: from each report's stored analysis when it has one (the dates
     * the deep path resolved), else tagged here (a report not analysed yet).
     */
    private static List<StoryView.DateMention> timeline(List<Article> byTime, Map<String, String> copyOf,
                                                        java.util.function.Function<String, java.util.Optional<org.dateline.analyze.Analysis>> analyses) {
        TemporalTagger tagger = null;
        Map<String, StoryView.DateMention> byValue = new java.util.TreeMap<>(Comparator.comparing(StoryViews::sortKey));
        int reports = 0;
        for (Article a : byTime) {
            if (copyOf.containsKey(a.id()) || a.published() == null) continue;
            if (++reports > MAX_TIMELINE_REPORTS) break;
            String outlet = a.outlet() == null ? a.id() : a.outlet();
            Locale locale = Locale.forLanguageTag(a.language());
            java.util.Optional<org.dateline.analyze.Analysis> analysis = analyses.apply(a.id());
            if (analysis.isPresent()) {
                String body = a.text();
                for (Timex t : analysis.get().dates()) {
                    if (t.end() <= body.length()) mention(byValue, t, body, locale, a.id(), outlet);
                }
                continue;
            }
            if (tagger == null) tagger = new TemporalTagger();
            for (String paragraph : a.paragraphs()) {
                for (Timex t : tagger.tag(paragraph, a.published().day(), a.language())) mention(byValue, t, paragraph, locale, a.id(), outlet);
            }
        }
        return new ArrayList<>(byValue.values());
    }

    /** Files a calendar date (day, week, month, year) under its value, adding the outlet when another report has it. */
    private static void mention(Map<String, StoryView.DateMention> byValue, Timex t, String text, Locale locale, String articleId,
                                String outlet) {
        if (t.type() != Timex.Type.DATE || !CALENDAR_VALUE.matcher(t.value()).matches()) return;
        StoryView.DateMention known = byValue.get(t.value());
        if (known == null) {
            byValue.put(t.value(), new StoryView.DateMention(t.value(), t.text(), sentenceAround(text, t.start(), locale), articleId,
                    List.of(outlet)));
        } else if (!known.outlets().contains(outlet)) {
            List<String> outlets = new ArrayList<>(known.outlets());
            outlets.add(outlet);
            byValue.put(t.value(), new StoryView.DateMention(known.value(), known.text(), known.sentence(), known.articleId(), outlets));
        }
    }

    /** Orders 2021 < 2025-08 < 2025-W32 (as its Monday) < 2025-08-07 by the first day each covers. */
    private static String sortKey(String value) {
        if (value.contains("-W")) {
            int year = Integer.parseInt(value.substring(0, 4));
            int week = Integer.parseInt(value.substring(value.indexOf('W') + 1));
            java.time.LocalDate monday = java.time.LocalDate.of(year, 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
            return monday + "~w";
        }
        return value.length() == 4 ? value + "-00" : value.length() == 7 ? value + "-00" : value;
    }

    private static String sentenceAround(String paragraph, int offset, Locale locale) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(paragraph);
        int end = it.following(Math.min(offset, Math.max(0, paragraph.length() - 1)));
        int start = it.previous();
        if (end == BreakIterator.DONE) end = paragraph.length();
        if (start == BreakIterator.DONE) start = 0;
        String s = paragraph.substring(start, end).strip();
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        return common / (double) Math.max(1, Math.min(a.size(), b.size()));
    }

    /** The article's first {@code max} sentences, paragraph by paragraph. */
    static List<String> sentences(Article a, int max) {
        List<String> out = new ArrayList<>();
        Locale locale = Locale.forLanguageTag(a.language());
        for (String p : a.paragraphs()) {
            BreakIterator it = BreakIterator.getSentenceInstance(locale);
            it.setText(p);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String s = p.substring(start, end).strip();
                if (!s.isEmpty()) out.add(s);
                if (out.size() == max) return out;
            }
        }
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) out.add(w.length() > 6 ? w.substring(0, 6) : w);
        }
        return out;
    }

    static int words(Article a) {
        int n = 0;
        for (String p : a.paragraphs()) n += p.isBlank() ? 0 : p.strip().split("\\s+").length;
        return n;
    }
}
