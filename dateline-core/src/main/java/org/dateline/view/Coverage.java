package org.dateline.view;

import org.dateline.model.Article;
import org.dateline.text.Analyzers;
import org.dateline.text.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which statements of a story appear in all, some or only one of its outlets. Sentences of the original
 * reports are grouped across outlets when they share enough content words (stemmed per language), so each
 * group is one statement with the sentence every outlet used for it. Mostly lexical: two sentences that state
 * the same event fact in other words (an agreed venue not yet announced) are matched through the fact, other
 * paraphrases with few words in common are not recognised as the same statement.
 */
final class Coverage {

    /** Two sentences state the same thing when the cosine of their content-word sets reaches this. */
    static final double SAME_STATEMENT = 0.36;
    /** ... and they share at least this many content words. */
    static final int MIN_SHARED = 3;
    static final int MAX_REPORTS = 20;
    static final int MAX_SENTENCES = 40;
    static final int MAX_ONLY_PER_OUTLET = 10;

    private Coverage() {
    }

    private record Sentence(String outlet, String articleId, String text, Set<String> words, Set<String> names, int order,
                            Set<String> facts) {
    }

    private static final class Group {
        final List<Sentence> members = new ArrayList<>();
        final Set<String> outlets = new LinkedHashSet<>();

        void add(Sentence s) {
            members.add(s);
            outlets.add(s.outlet());
        }
    }

    static StoryView.Comparison compare(List<Article> originals, Analyzers analyzers) {
        List<Sentence> sentences = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        int order = 0;
        for (Article a : originals.subList(0, Math.min(MAX_REPORTS, originals.size()))) {
            String outlet = a.outlet() == null ? a.id() : a.outlet();
            outlets.add(outlet);
            int n = 0;
            for (String s : StoryViews.sentences(a, Integer.MAX_VALUE)) {
                if (n >= MAX_SENTENCES) break;
                Set<String> words = analyzers.termFrequencies(a.language(), s).keySet();
                if (words.size() < 4) continue;
                Set<String> names = new LinkedHashSet<>(List.of(Names.spot(s).split(" ")));
                names.remove("");
                sentences.add(new Sentence(outlet, a.id(), s, words, names, order++,
                        org.dateline.analyze.event.EventExtractor.facts(s)));
                n++;
            }
        }
        if (outlets.size() < 2) return new StoryView.Comparison(List.copyOf(outlets), List.of(), List.of());

        // Greedy grouping: each sentence joins the group holding its most similar sentence of another outlet.
        List<Group> groups = new ArrayList<>();
        for (Sentence s : sentences) {
            Group best = null;
            double bestSim = SAME_STATEMENT;
            for (Group g : groups) {
                if (g.outlets.contains(s.outlet())) continue;
                for (Sentence m : g.members) {
                    // a paraphrase with other words still states the same event fact
                    double sim = java.util.Collections.disjoint(s.facts(), m.facts()) ? similarity(s.words(), m.words()) : 1.0;
                    if (sim >= bestSim) {
                        bestSim = sim;
                        best = g;
                    }
                }
            }
            if (best == null) {
                best = new Group();
                groups.add(best);
            }
            best.add(s);
        }

        // Of what only one outlet says, keep the sentences richest in names and numbers (checkable facts).
        Map<String, List<Group>> onlyByOutlet = new TreeMap<>();
        for (Group g : groups) {
            if (g.outlets.size() == 1 && !g.members.get(0).names().isEmpty()) {
                onlyByOutlet.computeIfAbsent(g.members.get(0).outlet(), o -> new ArrayList<>()).add(g);
            }
        }
        Set<Group> keptOnly = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Group> list : onlyByOutlet.values()) {
            list.stream().sorted(Comparator.comparingInt((Group g) -> -g.members.get(0).names().size()))
                    .limit(MAX_ONLY_PER_OUTLET).forEach(keptOnly::add);
        }
        List<StoryView.Statement> statements = new ArrayList<>();
        for (Group g : groups) {
            StoryView.Statement.Extent extent = g.outlets.size() == outlets.size() ? StoryView.Statement.Extent.ALL
                    : g.outlets.size() > 1 ? StoryView.Statement.Extent.SOME : StoryView.Statement.Extent.ONLY;
            if (extent == StoryView.Statement.Extent.ONLY && !keptOnly.contains(g)) continue;
            List<StoryView.Citation> citations = new ArrayList<>();
            for (Sentence s : g.members) citations.add(new StoryView.Citation(s.outlet(), s.articleId(), s.text()));
            statements.add(new StoryView.Statement(extent, List.copyOf(g.outlets), citations));
        }
        statements.sort(Comparator.comparing(StoryView.Statement::extent)
                .thenComparing(st -> -st.outlets().size()));

        // Names (people, places, organisations, numbers) by the outlets that mention them.
        Map<String, Set<String>> nameOutlets = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (String name : s.names()) {
                String key = name.toLowerCase(Locale.ROOT);
                display.putIfAbsent(key, name);
                nameOutlets.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.outlet());
            }
        }
        List<StoryView.NameCoverage> names = new ArrayList<>();
        nameOutlets.forEach((key, outs) -> names.add(new StoryView.NameCoverage(display.get(key), List.copyOf(outs))));
        names.sort(Comparator.comparing((StoryView.NameCoverage n) -> -n.outlets().size()).thenComparing(StoryView.NameCoverage::name));
        return new StoryView.Comparison(List.copyOf(outlets), statements, names);
    }

    private static double similarity(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        if (shared < MIN_SHARED) return 0;
        return shared / Math.sqrt((double) a.size() * b.size());
    }


}
