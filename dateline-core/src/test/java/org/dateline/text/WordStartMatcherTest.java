package org.dateline.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

public class WordStartMatcherTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Spans of the match and of every group, as {@link Matcher#find()} gives them one after another. */
    public static List<String> byFind(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(describe(m.toMatchResult()));
        return out;
    }

    public static List<String> byWordStarts(WordStartMatcher matcher, String text) {
        return matcher.matches(new WordStartMatcher.Starts(text)).stream().map(WordStartMatcherTest::describe).toList();
    }

    private static String describe(MatchResult m) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) s.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        return s.toString();
    }

    private static final List<String> TRICKY = List.of(
            "On Mondays and Tuesdays the market opens; on mondays it did not. MONDAY, March 3, 2025: talks.",
            "Nearly forty years ago, in the 1990s and the '80s, the 21st-century plan (FY2024) began at 5 p.m.",
            "a year ago a\u00a0week later — “last week” ‘next month’ _today x2025 2025x 2025's 3/4/25 2024-06-01",
            "В понедельник, 3 марта 2025 года, за последние три года; ЁЖИК ещё в прошлом месяце. Сегодня утром.",
            "Emoji \uD83D\uDE00today, Kelvin \u212Aelvin, long \u017Fs, dotted \u0130stanbul, \u00B2 2024, \u2167 years",
            "t", "", "2025", "in the coming days", "tomorrow evening and late last night at noon");

    @Test
    void findsWhatFindFindsWhateverTheFirstCharacters() {
        List<Pattern> patterns = List.of(
                Pattern.compile(WordStartMatcher.NO_LETTER_OR_DIGIT_BEFORE + "(?:last|next|this) (?:week|month)"
                        + "(?![\\p{L}\\p{N}])", FLAGS),
                Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "(?:(?-i:Mondays)|понедельник|kelvin|today|\\d{4}s?)", FLAGS),
                Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "(?:['’]\\d0s|“last|a(?: |\u00a0)(?:year|week))", FLAGS),
                Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "(?<!on )(?:mondays?|tuesdays?)|"
                        + WordStartMatcher.NO_LETTER_OR_DIGIT_BEFORE + "(?:ёжик|сегодня)", FLAGS),
                Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "x?", FLAGS));
        for (Pattern pattern : patterns) {
            WordStartMatcher matcher = new WordStartMatcher(pattern);
            assertThat(matcher.atWordStarts()).as(pattern.pattern()).isTrue();
            for (String text : TRICKY) {
                assertThat(byWordStarts(matcher, text)).as(pattern + " on " + text).isEqualTo(byFind(pattern, text));
            }
        }
        assertThat(byWordStarts(new WordStartMatcher(patterns.get(1)), TRICKY.get(0))).hasSize(2);
        assertThat(byWordStarts(new WordStartMatcher(patterns.get(1)), TRICKY.get(4))).hasSize(4);
    }

    @Test
    void aPatternThatMayMatchInsideAWordIsTriedEverywhere() {
        Pattern inside = Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "today|o'clock", FLAGS);
        WordStartMatcher matcher = new WordStartMatcher(inside);
        assertThat(matcher.atWordStarts()).isFalse();
        assertThat(byWordStarts(matcher, "at 5o'clock today")).isEqualTo(byFind(inside, "at 5o'clock today")).hasSize(2);
        Pattern behind = Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "(?<=on )Monday", FLAGS);
        assertThat(new WordStartMatcher(behind).atWordStarts()).isFalse();
    }

    @Test
    void stopsAtTheFirstMatchWhenAsked() {
        WordStartMatcher matcher = new WordStartMatcher(Pattern.compile(WordStartMatcher.NO_LETTER_BEFORE + "talks", FLAGS));
        WordStartMatcher.Starts starts = new WordStartMatcher.Starts("Stalks aside, talks began; talks ended.");
        assertThat(matcher.first(starts).start()).isEqualTo(14);
        assertThat(matcher.matches(starts)).hasSize(2);
        assertThat(new WordStartMatcher(matcher.pattern()).first(new WordStartMatcher.Starts("stalks"))).isNull();
    }

    @Test
    void splitsAtTopLevelBarsOnly() {
        assertThat(WordStartMatcher.topLevelAlternatives("a(b|c)[|]\\|d|e")).containsExactly("a(b|c)[|]\\|d", "e");
    }
}
