package org.dateline.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * What a relative expression is resolved against: the reference (publication) date, the text around
 * the expression (for tense) and what the document has said so far (the last quarter mentioned, for
 * "the quarter", "a year earlier" in earnings reports). One per document; not thread-safe.
 */
final class Anchor {

    /** Whether the clause around an expression speaks of the future or (by default) the past. */
    enum Tense { PAST, FUTURE }

    private static final Pattern FUTURE = Pattern.compile(
            "(?<![\\p{L}])(?:will|won't|'ll|shall|going to|plans? to|planned to|planning to|scheduled to|expected to|"
                    + "intends? to|is to|are to|to be held|upcoming|scheduled for|planned for|set for|set to|due on|as early as|expects? to|"
                    // what is promised lies ahead: "promised to rebuild it by Easter", "пообещал, что в субботу выделит"
                    + "promised to|promises to|pledged to|pledges to|vowed to|vows to|"
                    // what is put off is put off to a later day: "the qualifier has been postponed until Saturday"
                    + "(?:postponed|delayed|adjourned|put off|pushed back|rescheduled)(?: [^\\s,.]+){0,2} (?:until|till|to|for)|"
                    // and so is what someone hopes, aims or is ready to do: "hope to refloat it on Monday"
                    + "hopes? to|hoped to|aims? to|aimed to|ready to|prepared to|"
                    // a vote or trial someone faces is ahead: "whose coalition faces local elections in the autumn"
                    + "(?:faces|face)(?: [\\p{L}-]+){0,2} (?:elections?|votes?|runoffs?|referendums?|ballots?|polls|trial)|"
                    // an invitation is to what lies ahead: "invited both sides to talks on Thursday" (not "who was
                    // invited by Xi, arrived on Tuesday": the invitation's "to" comes within three words, no comma between)
                    + "(?:invited|invites|invitation)(?: [^\\s,.]+){0,3} to|(?:приглас|приглаш)\\p{L}*(?: [^\\s,.]+){0,3} на|пообещал\\p{L}*|обещал\\p{L}*|обеща(?:ет|ют)|"
                    + "будет|будут|состоится|пройд(?:[её]т|ут)|планиру\\p{L}*|запланирован\\p{L}*|назначен\\p{L}*|намерен\\p{L}*|собира\\p{L}*|"
                    + "проведут|встретятся|встретится|подпиш(?:ут|ет)|посет(?:ит|ят)|обсуд(?:ит|ят)|заключ(?:ит|ат)|соберутся|следующ\\p{L}*|ожида\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "would" (or "should") before a day, in reported speech, looks forward from the report ("said the government would release
     * funds on Saturday"), but not for a day that names a thing already there ("would look for ways around
     * Wednesday's ruling"); after the day it belongs to what was said then ("said on Tuesday that the curfew would
     * be lifted").
     */
    private static final Pattern WOULD = Pattern.compile("(?<![\\p{L}])(?:would|should(?! have))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s(?![\\p{L}])");
    private static final Pattern REPORTING = Pattern.compile(
            "(?:said|says|announced|reported|told|disclosed|added|stated|promised|pledged|vowed|заявил\\p{L}*|сообщил\\p{L}*|пообещал\\p{L}*)\\s+(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A past form: a regular past or participle (not a word that only ends so, "hundred", "speed"), a common irregular
     * one, a past auxiliary.
     */
    private static final String PAST_FORM = "(?:(?!(?:hundred|united|limited|indeed|need|feed|speed|seed|proceed|exceed|succeed|shed|bred)(?![\\p{L}]))"
            + "\\p{L}{2,}ed|was|were|had|did|began|bought|sold|came|went|took|made|paid|rose|fell|grew|"
            + "won|lost|left|met|held|told|said|saw|gave|got|ran|brought|sought|fought|struck|spent|built|"
            + "quit|cut|hit|put|shut|became|broke|chose|drove|flew|froze|hid|led|"
            + "meant|sank|shook|spoke|stole|swore|threw|wrote|forgot|overtook|undertook|withdrew|"
            + "было|был|была|были|"
            // Russian past forms but the masculine, whose "-ал", "-ил" many nouns end in too ("финал", "крокодил")
            + "\\p{IsCyrillic}{3,}(?:ла|ли|лся|лась|лось|лись))(?![\\p{L}])";
    /**
     * A verb in the past right before an expression, in the words of its own clause ("the year ended March 31",
     * "bought RJR in February"). Only up to five words back and not across a comma or a present or modal verb, so that
     * a past verb of the main clause does not date what a later clause plans ("which had been expected, is part of a
     * program to pay down the loan by February", "the reduced dividend is payable Jan. 2"); nor a deadline a past act
     * set ("extended to Nov. 20", "gave them until mid-November").
     */
    private static final Pattern PAST_VERB = Pattern.compile(
            "(?<![\\p{L}])(?<!(?:be|is|are|been|being|to|will|would|not|n't)\\s)" + PAST_FORM
                    + "(?:\\s+(?!(?:on|in|by|until|till|through|since|of|to|at|is|are|will|be|would|can|may|до|к|по)(?![\\p{L}]))[^\\s,;:.]+){0,4}\\s+(?:(?:on|in|through|since|from|of|at|в|во|на|с|со)\\s+)?(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same for an expression that opens its clause: its subject's past verb follows ("In January, the board brought in ..."). */
    private static final Pattern PAST_VERB_AFTER = Pattern.compile(
            "^,?\\s+(?:(?!(?:will|would|is|are|can|may|to|be|has|have)(?![\\p{L}]))[^\\s,;:.]+\\s+){1,3}(?:" + PAST_FORM
                    // after its subject a Russian masculine past is a verb: "В марте Путин подписал"
                    + "|\\p{IsCyrillic}{3,}(?:ал|ял|ил|ел|ул|ыл)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A future marker (see {@link #FUTURE}) among the last words before an expression, with no comma between. */
    private static final Pattern FUTURE_RIGHT_BEFORE = Pattern.compile("(?:" + FUTURE.pattern() + ")(?:\\s+[^\\s,;:.]+){0,3}\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A verb of a timetable in the present right before a day, in the expression's own clause and with no past form
     * before it in the sentence: news tells what is scheduled in the present ("Voters go to the polls on Sunday", "the
     * minister arrives in Kyiv on Monday"), what happened in the past.
     */
    private static final Pattern SCHEDULED_PRESENT = Pattern.compile(
            "(?<![\\p{L}])(?<!(?:the|a|an|its|their|his|her|of)\\s)(?:go|goes|meet|meets|arrive|arrives|travel|travels|visit|visits|begin|begins|start|starts|open|opens|"
                    + "resume|resumes|hold|holds|host|hosts|vote|votes|return|returns|head|heads|fly|flies|face|faces|kick off|kicks off|"
                    + "take place|takes place|close|closes|end|ends|expire|expires|launch|launches|play|plays|convene|convenes)"
                    + "(?:\\s+[^\\s,;:.]+){0,5}\\s+(?:on\\s+|this\\s+|next\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Any past form: one before a timetable verb tells a past (see {@link #scheduledPresent}). */
    private static final Pattern ANY_PAST = Pattern.compile("(?<![\\p{L}])" + PAST_FORM, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    final LocalDate reference;
    final String text;
    int start;
    int end;
    private String lastQuarter;
    private int lastQuarterAt = -1;

    Anchor(String text, LocalDate reference) {
        this.text = text;
        this.reference = reference;
    }

    void at(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /** Tense of the sentence around the current expression: future when it carries a future marker. */
    Tense tense() {
        int from = Math.max(sentenceStart(start), start - 80);
        String before = text.substring(from, start);
        if (REPORTING.matcher(before).find()) return Tense.PAST;
        int to = Math.min(sentenceEnd(end), end + 40);
        String clause = text.substring(from, to);
        if (FUTURE.matcher(clause).find()) return Tense.FUTURE;
        if (WOULD.matcher(before).find() && !POSSESSIVE.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()) {
            return Tense.FUTURE;
        }
        return Tense.PAST;
    }

    private int sentenceStart(int i) {
        int j = i;
        while (j > 0) {
            char c = text.charAt(j - 1);
            if (c == '\n' || c == '!' || c == '?' || c == ';') break;
            if (c == '.' && j < text.length() && Character.isWhitespace(text.charAt(j))
                    && !(j >= 3 && Character.isUpperCase(text.charAt(j - 2)) && !Character.isLetter(text.charAt(j - 3)))
                    && !abbreviation(j - 1)) {
                break;
            }
            j--;
        }
        return j;
    }

    private boolean abbreviation(int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        int len = dot - k;
        return len > 0 && len <= 4 && Character.isUpperCase(text.charAt(k));
    }

    private int sentenceEnd(int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\n' || c == '!' || c == '?' || c == ';') break;
            if (c == '.' && (j + 1 == text.length() || Character.isWhitespace(text.charAt(j + 1))) && !abbreviation(j)) break;
            j++;
        }
        return j;
    }

    /** Remembers a quarter the document named, for later anaphoric references. */
    void quarterMentioned(String value) {
        lastQuarter = value;
        lastQuarterAt = start;
    }

    /** The quarter last named in the document, or {@code null}. */
    String lastQuarter() {
        return lastQuarter;
    }

    /** True when a quarter was named within {@code chars} before the current expression. */
    boolean quarterContext(int chars) {
        return lastQuarter != null && start - lastQuarterAt <= chars;
    }

    // --- calendar helpers -------------------------------------------------------------------------

    /** The day-of-week nearest the reference in news convention: on or before it, or on/after for future. */
    LocalDate weekday(DayOfWeek day, String modifier) {
        String mod = modifier == null ? "" : modifier.toLowerCase();
        if (mod.startsWith("next") || mod.startsWith("следующ")) {
            return reference.with(TemporalAdjusters.next(day));
        }
        if (mod.startsWith("last") || mod.startsWith("прошл")) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        if (mod.startsWith("this") || mod.startsWith("эт")) {
            return reference.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1);
        }
        return tense() == Tense.FUTURE || scheduledPresent() ? reference.with(TemporalAdjusters.nextOrSame(day))
                : reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * Whether a past verb of the expression's own clause comes right before it (see {@link #PAST_VERB}), or, when
     * the expression opens its sentence, right after its subject ({@link #PAST_VERB_AFTER}).
     */
    boolean pastVerb() {
        int sentence = sentenceStart(start);
        int from = Math.max(sentence, start - 60);
        if (PAST_VERB.matcher(text.substring(from, start)).find()) return true;
        String opening = text.substring(sentence, start).strip();
        if (!opening.isEmpty() && !opening.matches("(?iu)(?:in|on|by|during|since|from|early|late|в|во|на|с)(?: the| early| late| mid)?")) return false;
        return PAST_VERB_AFTER.matcher(text.substring(end, Math.min(sentenceEnd(end), end + 50))).find();
    }

    /** Whether a future marker comes right before the expression, in its clause (see {@link #FUTURE_RIGHT_BEFORE}). */
    boolean futureVerbBefore() {
        int from = Math.max(sentenceStart(start), start - 50);
        return FUTURE_RIGHT_BEFORE.matcher(text.substring(from, start)).find();
    }

    /** Whether a timetable verb in the present comes right before the expression (see {@link #SCHEDULED_PRESENT}). */
    boolean scheduledPresent() {
        int sentence = sentenceStart(start);
        int from = Math.max(sentence, start - 60);
        // a past form anywhere before it in the sentence tells a past ("said that at the close of business Thursday",
        // "had been due to expire Friday")
        return SCHEDULED_PRESENT.matcher(text.substring(from, start)).find()
                && !ANY_PAST.matcher(text.substring(sentence, start)).find();
    }

    /** Year of a month (1..12) named without one: the reference year, shifted by tense across year ends. */
    int yearOfMonth(int month, int day) {
        // the nearest such day to the reference; when two are about as near, the clause's tense decides
        double ref = reference.getMonthValue() + (reference.getDayOfMonth() - 1) / 31.0;
        double at = month + (day - 1) / 31.0;
        int best = reference.getYear();
        double bestScore = Double.MAX_VALUE;
        Tense tense = tense();
        // a past verb of its own clause puts the month behind the reference, however near the next one is
        if (tense == Tense.PAST && pastVerb()) return at > ref + 0.5 ? reference.getYear() - 1 : reference.getYear();
        // and a future verb right before it puts a month already gone into next year ("Выборы пройдут в сентябре" read
        // in November); a future marker elsewhere in the sentence may govern another clause ("since March ... was
        // scheduled to return")
        if (tense == Tense.FUTURE && at < ref - 0.5 && futureVerbBefore()) return reference.getYear() + 1;
        for (int k = -1; k <= 1; k++) {
            double d = at + 12 * k - ref;
            double score = Math.abs(d) + ((tense == Tense.PAST) == (d > 0) ? 1.5 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = reference.getYear() + k;
            }
        }
        return best;
    }

    static String iso(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
    }

    static String year(int y) {
        return String.format("%04d", y);
    }
}
