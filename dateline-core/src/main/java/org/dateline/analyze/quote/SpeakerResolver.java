package org.dateline.analyze.quote;

import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.OrganisationNouns;
import org.dateline.analyze.entity.RussianMorphology;
import org.dateline.normalize.Transliteration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the named person or organisation behind a quote's source: the name in the source itself, the last
 * speaker or person before a pronoun, or the name written next to an earlier use of a description ("political
 * scientist Malek Dudakov", "Malek Dudakov, a political scientist" for "the political scientist"). Typed
 * PERSON / ORGANIZATION mentions are preferred; without them capitalised words stand in for names.
 * One instance per text; drafts are resolved in text order.
 */
final class SpeakerResolver {

    private static final List<String> PERSONAL = List.of("he", "she", "him", "her", "он", "она", "его", "её", "ее",
            "него", "неё", "нее");
    private static final List<String> COLLECTIVE = List.of("they", "them", "it", "они", "оно", "их", "них");
    /** "Вы сказали", "Мы считаем": the speaker or the one spoken to, never named by the word itself. */
    private static final java.util.Set<String> SPEECH_PARTICIPANTS = java.util.Set.of("я", "мы", "ты", "вы");
    private static final List<String> PLURAL = List.of("they", "them", "они", "их", "них");
    /** An English plural noun: "ministers", "officials", "spokesmen" (not "press", "status", "analysis"). */
    private static final Pattern PLURAL_HEAD = Pattern.compile("[a-z]{2,}(?:[^siu']s|men)");
    /** How far back (characters) a group's statement lends its speaker to a plural pronoun. */
    private static final int RECENT_SPEAKER = 400;
    /** Plural nouns of groups that do not end as plurals do. */
    private static final List<String> GROUP_NOUNS = List.of("police", "people", "staff", "personnel", "media", "press",
            "полиция", "власти", "люди");

    private final String text;
    /** Lower-cased for description search; same length as {@code text} for the scripts news is written in. */
    private final String lowerText;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final CueLexicon lex;
    private final Map<Draft, Span> resolved = new IdentityHashMap<>();
    /** The installed Russian dictionary, if any: it tells a sentence's first word from a name. */
    private final RussianMorphology morphology = RussianMorphology.installed().orElse(null);
    private Span lastSpeaker;
    private int lastSpeakerAt = -1;
    /** What the text has shown of a person's gender, by surname: "she told Us Weekly" resolved to Reid makes Reid "she". */
    private final Map<String, Boolean> female = new java.util.HashMap<>();

    SpeakerResolver(String text, List<Token> tokens, List<Mention> mentions, CueLexicon lex) {
        this.text = text;
        String lower = text.toLowerCase(Locale.ROOT);
        this.lowerText = lower.length() == text.length() ? lower : text;
        this.tokens = tokens;
        this.mentions = mentions;
        this.lex = lex;
    }

    Quote resolve(Draft d) {
        Span source = d.hasSource()
                ? Span.of(text, tokens.get(d.sourceFrom()).start(), tokens.get(d.sourceTo() - 1).end()) : null;
        Span speaker = d.sameSpeakerAs() != null ? resolved.get(d.sameSpeakerAs())
                : d.hasSource() ? speaker(d.sourceFrom(), d.sourceTo()) : null;
        resolved.put(d, speaker);
        if (speaker != null && source != null) {
            lastSpeaker = speaker;
            lastSpeakerAt = source.start();
        }
        return new Quote(d.kind(), d.content(), d.cue(), source, speaker, d.cueWord());
    }

    private Span speaker(int from, int to) {
        // "Sanders, who": the antecedent of the relative pronoun
        while (to - from > 1 && (tokens.get(to - 1).is(",") || tokens.get(to - 1).lower().equals("who")
                || tokens.get(to - 1).lower().equals("который") || tokens.get(to - 1).lower().equals("которая"))) to--;
        int pronoun = pronounAmongAdverbials(from, to);
        if (pronoun >= 0) {
            from = pronoun;
            to = pronoun + 1;
        }
        int start = tokens.get(from).start();
        String first = tokens.get(from).lower();
        if (to - from == 1 && PERSONAL.contains(first)) return personBefore(start, FEMININE.contains(first) ? Boolean.TRUE : Boolean.FALSE);
        if (to - from == 1 && COLLECTIVE.contains(first)) {
            // "Police say ... They say ...": a plural pronoun soon after a group's statement is that group again, not a
            // body named in what the group said ("at the Kraft Plant")
            if (PLURAL.contains(first) && lastSpeaker != null && start - lastSpeakerAt <= RECENT_SPEAKER && group(lastSpeaker)) {
                return lastSpeaker;
            }
            return typedBefore(start, EntityType.ORGANIZATION);
        }
        if (to - from == 1 && (lex.pronouns.contains(first) || SPEECH_PARTICIPANTS.contains(first))) return null;
        Token head = tokens.get(to - 1);
        // "the President", "the Chairman" describe; "The White House" (a name the recognizer found) does not
        boolean description = !head.isCapitalized() || lex.titles.contains(head.lower()) && !insideNamedMention(head);
        // "the ministers said": a plural description stands for several people, and the first of them named earlier
        // ("transport ministers Ilse Varga and Tomas Reinholt") did not say it alone
        if (description && !PLURAL_HEAD.matcher(head.lower()).matches()) {
            Span apposed = appositiveName(to);
            if (apposed != null) return apposed;
            Span named = describedEarlier(from, to);
            if (named != null) return named;
        }
        Span named = nameWithin(from, to, description);
        // "How can I promise", "That's why I always tell": the writer's "I" in a longer source is no one's name
        if (named != null && lex.pronouns.contains(named.text().toLowerCase(java.util.Locale.ROOT))) return null;
        if (named != null) return fullName(named);
        return description ? organisationByNoun(to - 1) : null;
    }

    /**
     * "Kestria's transport minister, Tomas Reinholt, said", "the airline's spokeswoman, Anna Berg, told reporters": a
     * person or organisation named between commas right after a description source is who it describes. The name
     * must fill the commas' span, so a clause ("the minister, Reinholt's deputy, said") is not taken for one.
     */
    private Span appositiveName(int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).is(",")) return null;
        Token first = tokens.get(to + 1);
        for (Mention m : mentions) {
            if (m.start() > first.start()) break;
            if (m.start() != first.start() || m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) continue;
            int after = Token.firstAtOrAfter(tokens, m.end());
            if (after < tokens.size() && (tokens.get(after).is(",") || tokens.get(after).isDash())) return fullName(new Span(m.start(), m.end(), m.text()));
        }
        return null;
    }

    /**
     * The organisation a common noun at the source's head stands for ("палата", "the ministry", "в компании"): see
     * {@link OrganisationNouns}.
     */
    private Span organisationByNoun(int head) {
        Mention m = OrganisationNouns.antecedent(tokens.get(head).text(), mentions, tokens.get(head).start());
        return m == null ? null : new Span(m.start(), m.end(), m.text());
    }

    /** The organisation mention holding all of {@code [start, end)}, if any. */
    private Mention organisationAround(int start, int end) {
        for (Mention m : mentions) {
            if (m.start() > start) break;
            if (m.end() >= end && m.type() == EntityType.ORGANIZATION) return m;
        }
        return null;
    }

    /**
     * A PERSON or ORGANIZATION mention inside the source, else its last run of capitalised words; after the source's
     * last possessive only: "the American Pie star's rep" is the rep, no name, while "Trump's campaign manager
     * Kellyanne Conway" is Conway. Under a common noun ({@code describedHead}) a place or a nationality only
     * qualifies who spoke: "A California transit chief", "Inner Mongolia health authority", "One Washington-based
     * trade expert", "the Russian and Syrian defense ministries" are none of those places.
     */
    private Span nameWithin(int from, int to, boolean describedHead) {
        int sourceFrom = from;
        for (int k = to - 2; k >= from; k--) {
            String w = tokens.get(k).text();
            if (w.endsWith("'s") || w.endsWith("’s")) {
                from = k + 1;
                break;
            }
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        // "Dale and Martha disputed ...", "Путин и Трамп заявили": two people said it, neither alone
        if (coordinatedPeople(from, to)) return null;
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= end) break;
            if (m.end() <= start) continue;
            // "Art dealers said": a recognizer's name for a word capitalised only because it opens the sentence
            int k = Token.firstAtOrAfter(tokens, m.start());
            if (k < to && tokens.get(k).end() >= m.end() && k + 1 < to && tokens.get(k + 1).isWord()
                    && !tokens.get(k + 1).isCapitalized() && sentenceInitial(k)) {
                continue;
            }
            if (k < to && afterLocative(sourceFrom, k)) continue;
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION && (best == null || best.type() != EntityType.PERSON)) {
                best = m;
            }
        }
        if (best != null) return new Span(best.start(), best.end(), best.text());
        Span run = null;
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized()) continue;
            int j = k;
            while (j < to && tokens.get(j).isCapitalized() && tokens.get(j).isWord()) j++;
            // "Rescue services said", "Officials said": a word capitalised only because it opens the sentence is no name
            if (j == k + 1 && sentenceInitial(k) && (j < to && tokens.get(j).isWord() || writtenLowercase(tokens.get(k))
                    || commonRussianWord(tokens.get(k)))) {
                k = j;
                continue;
            }
            // "On Monday the two governments promised ...": a date is no speaker; "Passengers on the Aurelia Bay said":
            // nor is where the speakers are
            if (onlyCalendar(k, j) || afterLocative(sourceFrom, k)) {
                k = j;
                continue;
            }
            if (describedHead && placeOrNationality(k, j) || based(k, j)) {
                k = j;
                continue;
            }
            Span candidate = withoutTitles(k, j);
            // "The White House said": words that are titles elsewhere ("White House press secretary") make a name here
            if (candidate == null) candidate = mentionEndingRun(k, j);
            if (candidate != null) run = candidate;
            k = j;
        }
        return run;
    }

    /** A recognizer's mention that ends where tokens {@code [from, to)} end and starts inside them, if any. */
    private Span mentionEndingRun(int from, int to) {
        int start = tokens.get(from).start(), end = tokens.get(to - 1).end();
        for (Mention m : mentions) {
            if (m.start() >= end) break;
            if (m.start() >= start && m.end() == end) return new Span(m.start(), m.end(), m.text());
        }
        return null;
    }

    /** Whether tokens {@code [from, to)} hold a word such as "London-based": where someone is, never who. */
    private boolean based(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).lower().endsWith("-based")) return true;
        return false;
    }

    /** Whether tokens {@code [from, to)} hold a place's or nationality's mention. */
    private boolean placeOrNationality(int from, int to) {
        int start = tokens.get(from).start(), end = tokens.get(to - 1).end();
        for (Mention m : mentions) {
            if (m.start() >= end) break;
            if (m.end() > start && (m.type() == EntityType.LOCATION || m.type() == EntityType.MISC)) return true;
        }
        return false;
    }

    /** Whether the source joins two person mentions with a conjunction. */
    private boolean coordinatedPeople(int from, int to) {
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.start() >= tokens.get(to - 1).end()) break;
            if (m.end() <= tokens.get(from).start() || m.type() != EntityType.PERSON) continue;
            if (previous != null) {
                int k = Token.firstAtOrAfter(tokens, previous.end());
                if (k < to && CONJUNCTIONS.contains(tokens.get(k).lower()) && Token.firstAtOrAfter(tokens, tokens.get(k).end()) == Token.firstAtOrAfter(tokens, m.start())) {
                    return true;
                }
            }
            previous = m;
        }
        return false;
    }

    private static final java.util.Set<String> LOCATIVES = java.util.Set.of("on", "aboard", "in", "near", "inside", "outside",
            "around", "в", "на", "возле", "около");

    /** Whether the word before token {@code k} (a "the" aside), inside the source, is a preposition of place. */
    private boolean afterLocative(int from, int k) {
        int p = k - 1;
        // "Health authorities in China’s Inner Mongolia": the place's possessor between the preposition and the place
        if (p > from && (tokens.get(p).lower().endsWith("'s") || tokens.get(p).lower().endsWith("’s"))) p--;
        if (p >= from && tokens.get(p).lower().equals("the")) p--;
        return p > from && LOCATIVES.contains(tokens.get(p).lower());
    }

    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("on", "in", "by", "since", "until", "last", "next",
            "this", "early", "late");

    /**
     * Whether tokens {@code from..to} are a date's words only, with a weekday or month: "On Monday", "Last March",
     * "Monday". A month alone may be a name ("May said"), so it counts only with a word before it.
     */
    private boolean onlyCalendar(int from, int to) {
        boolean date = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (AttributionRules.WEEKDAYS.contains(w) || AttributionRules.MONTHS.contains(w) && to - from > 1) date = true;
            else if (!DATE_WORDS.contains(w)) return false;
        }
        return date;
    }

    /** Whether token {@code k} opens a sentence, a line or a quotation. */
    private boolean sentenceInitial(int k) {
        if (k == 0) return true;
        Token previous = tokens.get(k - 1);
        if (text.substring(previous.end(), tokens.get(k).start()).indexOf('\n') >= 0) return true;
        return previous.is(".") || previous.is("!") || previous.is("?") || previous.is(":") || previous.is("\"")
                || previous.is("“") || previous.is("«") || previous.is("—");
    }

    /**
     * "Исследования показали", "Подписчики заявили": a Russian word the recognizer named no one in and the dictionary
     * knows as no name (when a dictionary is installed; an unknown word may be a foreign name).
     */
    private boolean commonRussianWord(Token t) {
        if (!Transliteration.hasCyrillic(t.text()) || morphology == null || firstMentionOver(t) != null) return false;
        String classes = morphology.classes(t.lower());
        return !classes.equals(RussianMorphology.UNKNOWN) && !classes.contains("name")
                && !classes.contains("fam") && !classes.contains("patr");
    }

    /** Whether the word occurs in lower case elsewhere in the text (an ordinary word, not a name). */
    private boolean writtenLowercase(Token t) {
        String lower = t.lower();
        for (Token u : tokens) if (u.text().equals(lower)) return true;
        return false;
    }

    /** Tokens {@code [from, to)} without the titles and determiners in front; null when nothing is left. */
    private Span withoutTitles(int from, int to) {
        while (from < to && (lex.titles.contains(tokens.get(from).lower()) || lex.determiners.contains(tokens.get(from).lower()))) {
            from++;
        }
        if (from >= to) return null;
        return Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static final java.util.Set<String> FEMININE = java.util.Set.of("she", "her", "она", "её", "ее", "неё", "нее");
    private static final java.util.Set<String> TITLED_FEMALE = java.util.Set.of("mrs", "ms", "miss", "г-жа");
    private static final java.util.Set<String> TITLED_MALE = java.util.Set.of("mr", "г-н");

    /**
     * "he": the latest of the last quote's speaker and the last PERSON mention outside quotes whose gender the text
     * has not shown to be the other ("... coproduced Reid last year. “Tara was professional,” he told E! News" is not
     * Reid, whom "she told Us Weekly" made a woman).
     */
    private Span personBefore(int offset, Boolean wantFemale) {
        Span person = typedBefore(offset, EntityType.PERSON, wantFemale);
        Span speaker = lastSpeaker != null && agrees(lastSpeaker, wantFemale) ? lastSpeaker : null;
        Span chosen = person != null && (speaker == null || person.start() > lastSpeakerAt) ? person : speaker;
        if (chosen != null) {
            female.putIfAbsent(surname(chosen), wantFemale);
            return chosen;
        }
        // no typed mentions and no speaker yet: the last name of two or more words
        for (int k = Token.firstAtOrAfter(tokens, offset) - 1; k > 0; k--) {
            if (!tokens.get(k).isCapitalized() || tokens.get(k).quoted() || !tokens.get(k - 1).isCapitalized()) continue;
            int from = k - 1;
            while (from > 0 && tokens.get(from - 1).isCapitalized() && tokens.get(from - 1).isWord()) from--;
            Span s = withoutTitles(from, k + 1);
            if (s != null && s.text().contains(" ")) return s;
            k = from;
        }
        return null;
    }

    private Span typedBefore(int offset, EntityType type) {
        return typedBefore(offset, type, null);
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "он", "она", "они");
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "or", "и", "или", "а");

    /**
     * The one subject pronoun of a source that has nothing else but adverbials ("При этом накануне она", "он 24 марта",
     * "В то же самое время он"): no other capitalised word than the first, no conjunction; -1 otherwise.
     */
    private int pronounAmongAdverbials(int from, int to) {
        if (to - from < 2) return -1;
        int found = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (SUBJECT_PRONOUNS.contains(w)) {
                if (found >= 0) return -1;
                found = k;
            } else if (CONJUNCTIONS.contains(w) || k > from && t.isCapitalized() && !AttributionRules.MONTHS.contains(w)) {
                return -1;
            }
        }
        return found;
    }

    /**
     * Whether a speaker is a group a plural pronoun can stand for: an organisation the recognizer named, or a plural
     * description ("Police", "officials", "спасатели"), not a person.
     */
    private boolean group(Span speaker) {
        for (Mention m : mentions) {
            if (m.start() >= speaker.end()) break;
            if (m.end() <= speaker.start()) continue;
            return m.type() == EntityType.ORGANIZATION;
        }
        String[] words = speaker.text().trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (GROUP_NOUNS.contains(last)) return true;
        if (Character.isUpperCase(speaker.text().trim().charAt(0)) && words.length > 1) return false;
        return last.length() > 3 && (last.endsWith("s") && !last.endsWith("ss")
                || Transliteration.hasCyrillic(last) && (last.endsWith("и") || last.endsWith("ы")));
    }

    /** The last mention of {@code type} before {@code offset} outside quotes, of the wanted gender when one is given. */
    private Span typedBefore(int offset, EntityType type, Boolean wantFemale) {
        Span found = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) break;
            if (m.type() != type || tokens.get(Token.firstAtOrAfter(tokens, m.start())).quote() >= 0) continue;
            Span s = new Span(m.start(), m.end(), m.text());
            if (agrees(s, wantFemale)) found = s;
        }
        return found;
    }

    /** Whether nothing the text showed of the person's gender contradicts {@code wantFemale} (null: any). */
    private boolean agrees(Span person, Boolean wantFemale) {
        if (wantFemale == null) return true;
        Boolean known = female.get(surname(person));
        if (known == null) {
            // "Mr. Sloan", "Ms. Waters": a title before the name
            int k = Token.firstAtOrAfter(tokens, person.start()) - 1;
            if (k >= 0 && tokens.get(k).is(".")) k--;
            String title = k >= 0 ? tokens.get(k).lower() : "";
            known = TITLED_FEMALE.contains(title) ? Boolean.TRUE : TITLED_MALE.contains(title) ? Boolean.FALSE : null;
        }
        return known == null || known.equals(wantFemale);
    }

    private static String surname(Span person) {
        String[] words = person.text().trim().split("\\s+");
        return words[words.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
    }

    /** The name written next to the nearest earlier use of the source's description. */
    private Span describedEarlier(int from, int to) {
        int k = from;
        while (k < to && lex.determiners.contains(tokens.get(k).lower())) k++;
        if (k >= to) return null;
        String phrase = text.substring(tokens.get(k).start(), tokens.get(to - 1).end()).toLowerCase(Locale.ROOT);
        Span found = nameNextTo(phrase, tokens.get(from).start());
        String head = tokens.get(to - 1).lower();
        if (found == null && !head.equals(phrase)) found = nameNextTo(head, tokens.get(from).start());
        return found;
    }

    private Span nameNextTo(String phrase, int before) {
        String[] words = phrase.split("\\s+");
        boolean english = lex == CueLexicon.ENGLISH;
        String firstStem = english ? englishForms(words[0]).get(0) : stem(words[0]);
        Pattern pattern = english ? englishNumbers(words) : inflected(words);
        // scan backwards from the source for the first word's stem; the rest is checked only where it occurs
        for (int at = lowerText.lastIndexOf(firstStem, before - 1); at >= 0; at = lowerText.lastIndexOf(firstStem, at - 1)) {
            if (at > 0 && Character.isLetter(lowerText.charAt(at - 1))) continue;
            // a headline capitalises every word: "Police Arrest Allegedly Drunk Driver" names nobody after "police"
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd > 0 && Sentences.titleLine(text, lineEnd)) continue;
            Matcher m = pattern.matcher(lowerText).region(at, before);
            if (!m.lookingAt()) continue;
            int end = m.end();
            if (anotherOffice(words, at, end)) continue;
            // "контрольно-счётная палата Приозёрной области": the description is a word of an organisation's name,
            // and the capitalised words after it are that name's, not a person's
            Mention body = organisationAround(at, end);
            if (body != null) return new Span(body.start(), body.end(), body.text());
            // "The group, WeWorkers Coalition, formed ..."
            int next = Token.firstAtOrAfter(tokens, end);
            Span apposed = appositiveName(next);
            if (apposed != null) return apposed;
            // "political scientist Malek Dudakov"
            if (next < tokens.size() && tokens.get(next).isCapitalized() && tokens.get(next).isWord()) {
                int j = next;
                while (j < tokens.size() && tokens.get(j).isCapitalized() && tokens.get(j).isWord()) j++;
                Span s = withoutTitles(next, j);
                if (s != null) return s;
            }
            // "Malek Dudakov, a political scientist"
            int k = Token.firstAtOrAfter(tokens, at) - 1;
            while (k >= 0 && lex.determiners.contains(tokens.get(k).lower())) k--;
            if (k >= 1 && tokens.get(k).is(",") && tokens.get(k - 1).isCapitalized()) {
                Span s = nameEndingAt(k - 1);
                if (s != null) return s;
            }
        }
        return null;
    }

    /** Words that make another office of the title after them: "Vice President Biden" is not "the president". */
    private static final java.util.Set<String> OTHER_OFFICE = java.util.Set.of("vice", "deputy", "former", "ex", "assistant",
            "associate", "acting", "interim", "co", "then", "late", "вице", "бывший", "бывшего", "экс", "заместитель");

    /**
     * Whether the description found at {@code [at, end)} names another office than the source's: a modifier before it
     * the source does not have ("Vice President Biden", "former president Obama"), or, for a president, an
     * organisation's ("American Farm Bureau Federation President Zippy Duvall", "John Williams, the president of the
     * Federal Reserve Bank of New York"): in a report "the president" is a country's, and a company's or a bank's
     * president is named as such.
     */
    private boolean anotherOffice(String[] words, int at, int end) {
        int k = Token.firstAtOrAfter(tokens, at);
        if (k > 0) {
            String previous = tokens.get(k - 1).lower();
            if (tokens.get(k - 1).is("-") && k > 1) previous = tokens.get(k - 2).lower();
            if (OTHER_OFFICE.contains(previous) && !OTHER_OFFICE.contains(words[0])) return true;
        }
        if (!words[words.length - 1].startsWith("president") && !words[words.length - 1].startsWith("президент")) return false;
        if (k > 0 && tokens.get(k - 1).isCapitalized() && tokens.get(k - 1).isWord() && !sentenceInitial(k - 1)
                && organisationOrUntyped(tokens.get(k - 1))) {
            return true;
        }
        Matcher of = OF_ORGANISATION.matcher(text).region(end, Math.min(text.length(), end + 12));
        if (of.lookingAt()) {
            int j = Token.firstAtOrAfter(tokens, of.end());
            return j < tokens.size() && tokens.get(j).isCapitalized() && organisationOrUntyped(tokens.get(j));
        }
        return false;
    }

    private static final Pattern OF_ORGANISATION = Pattern.compile("\\s+(?:of|at)\\s+(?:the\\s+)?");

    /** Whether a capitalised word is an organisation's, or no place's or nationality's the recognizer found. */
    private boolean organisationOrUntyped(Token t) {
        Mention m = firstMentionOver(t);
        return m == null || m.type() == EntityType.ORGANIZATION;
    }

    /** The first of the recognizer's mentions that overlaps the token, or null. */
    private Mention firstMentionOver(Token t) {
        for (Mention m : mentions) {
            if (m.start() >= t.end()) break;
            if (m.end() > t.start()) return m;
        }
        return null;
    }

    /** Whether the token lies inside a mention the recognizer typed (a name, not a title's word). */
    private boolean insideNamedMention(Token t) {
        for (Mention m : mentions) {
            if (m.start() >= t.end()) break;
            if (m.end() >= t.end() && m.start() <= t.start()) return true;
        }
        return false;
    }

    /**
     * The phrase with a word ending of up to three letters, so "политолога" finds "политолог" and "scientists"
     * "scientist", but "man" not "Manslaughter".
     */
    private static Pattern inflected(String[] words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            b.append(i > 0 ? "\\s+" : "").append(Pattern.quote(stem(words[i]))).append("\\p{L}{0,3}(?!\\p{L})");
        }
        return Pattern.compile(b.toString());
    }

    /**
     * The phrase in the singular or plural of each word, so "scientists" finds "scientist" and "ministry"
     * "ministries", but "ministry" not "minister": English inflects a noun for number only, and cutting letters as
     * for Russian cases made another word of it.
     */
    private static Pattern englishNumbers(String[] words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            b.append(i > 0 ? "\\s+" : "").append("(?:");
            List<String> forms = englishForms(words[i]);
            // the forms after the search prefix
            for (int f = 1; f < forms.size(); f++) b.append(f > 1 ? "|" : "").append(Pattern.quote(forms.get(f)));
            b.append(")(?!\\p{L})");
        }
        return Pattern.compile(b.toString());
    }

    /** The prefix all of a noun's forms share, then its singular and plural forms. */
    private static List<String> englishForms(String word) {
        java.util.TreeSet<String> forms = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length)
                .thenComparing(java.util.Comparator.naturalOrder()));
        String singular = word.endsWith("ies") && word.length() > 4 ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("men") ? word.substring(0, word.length() - 3) + "man"
                // not "press", "status", "analysis", "news", "politics": no plurals
                : word.endsWith("s") && word.length() > 3 && !word.matches(".*(?:ss|us|is|ws|ics)") ? word.substring(0, word.length() - 1) : word;
        forms.add(word);
        forms.add(singular);
        if (singular.endsWith("y") && singular.length() > 2 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            forms.add(singular.substring(0, singular.length() - 1) + "ies");
        } else if (singular.endsWith("man")) {
            forms.add(singular.substring(0, singular.length() - 3) + "men");
        } else {
            forms.add(singular + (singular.matches(".*(s|sh|ch|x|z)") ? "es" : "s"));
        }
        List<String> out = new ArrayList<>(forms);
        // the search prefix: what all forms share
        String prefix = out.get(0);
        for (String f : out) while (!f.startsWith(prefix)) prefix = prefix.substring(0, prefix.length() - 1);
        out.add(0, prefix);
        return out;
    }

    private static String stem(String word) {
        return word.length() > 4 ? word.substring(0, word.length() - 2) : word;
    }

    /** The name ending with token {@code last}: a mention ending there, else the capitalised run. */
    private Span nameEndingAt(int last) {
        int end = tokens.get(last).end();
        for (Mention m : mentions) {
            if (m.start() >= end) break;
            if (m.end() == end) return new Span(m.start(), m.end(), m.text());
        }
        int j = last;
        while (j > 0 && tokens.get(j - 1).isCapitalized() && tokens.get(j - 1).isWord()) j--;
        // "However, the group raised alarm": a sentence's opening adverb before its subject is no name
        String first = tokens.get(j).lower();
        if (j == last && sentenceInitial(j)
                && (AttributionRules.ADVERBIAL_OPENERS.contains(first) || AttributionRules.CONNECTIVES.contains(first))) {
            return null;
        }
        return withoutTitles(j, last + 1);
    }

    /** A lone surname stands for the fuller name written earlier ("Dudakov" → "Malek Dudakov"). */
    private Span fullName(Span name) {
        if (name.text().contains(" ")) return name;
        List<Span> earlier = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= name.start()) break;
            if (m.text().endsWith(" " + name.text()) && m.type() != EntityType.LOCATION) earlier.add(new Span(m.start(), m.end(), m.text()));
        }
        if (earlier.isEmpty()) return name;
        Span first = earlier.get(0);
        int at = Token.firstAtOrAfter(tokens, first.start());
        int endTok = Token.firstAtOrAfter(tokens, first.end());
        Span trimmed = withoutTitles(at, endTok);
        return trimmed == null ? first : trimmed;
    }

}
