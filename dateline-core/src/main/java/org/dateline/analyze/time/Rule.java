package org.dateline.analyze.time;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One pattern of the tagger: a regular expression for the surface form, the TIMEX3 type it yields and
 * how to normalise a match. {@code group} names the capturing group that is the expression's span
 * (0 = the whole match), so that a rule can require context (a preposition) without including it.
 */
record Rule(String name, Pattern pattern, int group, Timex.Type type, Resolver resolver) {

    /** Normalises a match against the anchor; {@code null} rejects the match. */
    @FunctionalInterface
    interface Resolver {
        String value(MatchResult m, Anchor anchor);
    }

    static Rule of(String name, String regex, Timex.Type type, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 0, type, resolver);
    }

    static Rule of(String name, String regex, int group, Timex.Type type, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), group, type, resolver);
    }
}
