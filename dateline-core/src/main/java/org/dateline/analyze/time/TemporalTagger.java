package org.dateline.analyze.time;

import org.dateline.text.WordStartMatcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;

/**
 * Finds temporal expressions in English and Russian text and normalises them TimeML-style against a
 * reference date (the publication date): "on Thursday" → the most recent Thursday on or before it (the
 * next one in a future-tense clause), "next week" → {@code 2025-W33}, "three years" → {@code P3Y},
 * "in the coming days" → {@code FUTURE_REF}.
 *
 * <p>Rule-based: every rule's pattern is matched over the whole text (where it can begin: {@link WordStartMatcher});
 * overlapping candidates are settled leftmost-longest; the survivors are normalised in text order, so that an anaphoric expression ("the
 * quarter", "a year earlier") can use what the document named before it. Thread-safe and stateless.
 */
public final class TemporalTagger {

    private final List<Scanned> rules;
    private final List<Scanned> english;

    /** A tagger with the English and Russian rules. */
    public TemporalTagger() {
        this.english = EnglishRules.rules().stream().map(Scanned::new).toList();
        List<Scanned> all = new ArrayList<>(english);
        RussianRules.rules().stream().map(Scanned::new).forEach(all::add);
        this.rules = List.copyOf(all);
    }

    /** All temporal expressions of {@code text} in order, resolved against {@code reference}. */
    public List<Timex> tag(String text, LocalDate reference) {
        return tag(text, reference, rules);
    }

    /**
     * As {@link #tag(String, LocalDate)} for a text known to be in {@code language}: English text skips the
     * Russian rules (every rule scans the whole text, so fewer rules cost less).
     */
    public List<Timex> tag(String text, LocalDate reference, String language) {
        return tag(text, reference, "en".equals(language) ? english : rules);
    }

    private List<Timex> tag(String text, LocalDate reference, List<Scanned> rules) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        List<Candidate> candidates = new ArrayList<>();
        WordStartMatcher.Starts starts = new WordStartMatcher.Starts(text);
        for (int r = 0; r < rules.size(); r++) {
            int group = rules.get(r).rule().group();
            for (MatchResult m : rules.get(r).matcher().matches(starts)) {
                int start = m.start(group);
                int end = m.end(group);
                if (end > start) candidates.add(new Candidate(start, end, r, m));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::rule));
        Anchor anchor = new Anchor(text, reference);
        List<Timex> out = new ArrayList<>();
        int covered = 0;
        for (Candidate c : candidates) {
            if (c.start() < covered) continue;
            Rule rule = rules.get(c.rule()).rule();
            anchor.at(c.start(), c.end());
            String value = rule.resolver().value(c.match(), anchor);
            if (value == null) continue;
            out.add(new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), rule.type(), value));
            covered = c.end();
        }
        return out;
    }

    /** A rule with what finds its matches. */
    private record Scanned(Rule rule, WordStartMatcher matcher) {
        Scanned(Rule rule) {
            this(rule, new WordStartMatcher(rule.pattern()));
        }
    }

    private record Candidate(int start, int end, int rule, MatchResult match) {
    }
}
