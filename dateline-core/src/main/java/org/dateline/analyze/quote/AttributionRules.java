package org.dateline.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attribution patterns, applied sentence by sentence over tokens:
 * <ul>
 * <li>source before cue, content after: "X said (that) ...", "X told reporters that ...", "X заявил, что ...",
 *     "X said: “...”";</li>
 * <li>content before cue: "“...,” X said.", "“...,” said X.", "..., X told TASS.", "«...», — заявил он.";</li>
 * <li>source after a phrase: "according to X, ...", "..., according to X.", "по словам X, ...", "как отметил X, ...";</li>
 * <li>a participle continuing the previous attribution: "..., adding that ...", "..., отметив, что ...";</li>
 * <li>Russian "Об этом заявил X": the content is the sentence before;</li>
 * <li>an attribution inside its content: "A, X said, B"; a quotation after a colon: "X fired back: “...”";</li>
 * <li>in English, the object of a speech or perception verb: "The poll showed Trump ahead", of a verb with its
 *     particle: "called for a recount", and of a participle: "..., citing poor sales";</li>
 * <li>in English, "Asked whether ..., X said", "X was quoted as saying ...", "with 30 percent of voters saying ...";</li>
 * <li>in English, stances without a source: "X seems to ...", "X is expected to ..."; "As X reported, ..."; and a
 *     sentence-final "..., X said." taking the whole clause before it, cue words inside it included;</li>
 * <li>in English, passives with their agent: "The meeting was first reported by X"; gerunds of the subject: "... by
 *     saying ...", "... – saying ...", "with the union calling ...", "calling it a disgrace and urging ...".</li>
 * </ul>
 * A content ends where its speaker's next verb ("... and has expressed") or a new attribution begins.
 * Cue words inside quotation marks are the quoted speaker's words, never a new attribution.
 */
final class AttributionRules {

    /** Words a source may start with that belong to the clause, not to the source. */
    static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "so", "yet", "however", "meanwhile",
            "и", "а", "но", "однако", "же",
            // Russian opens a clause with a time adverb and no comma: "Ранее Песков заявлял, что ..."
            "ранее", "позже", "позднее", "затем", "потом", "вчера", "сегодня", "тогда", "впоследствии", "также");
    /** Conjunctions joining two verbs of one subject: "defended the plan and said ...". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "и", "но");
    /** Prepositions a Russian cue takes its object with: "указал на", "говорил о", "рассказал про". */
    private static final Set<String> OBJECT_PREPOSITIONS_RU = Set.of("на", "о", "об", "про");
    /** What joins a speaker's two verbs: "The king smiled and said", "Государь улыбнулся и сказал". */
    private static final Set<String> PREDICATE_COORDINATORS = Set.of("and", "but", "и", "но", "а");
    /** Words opening an appositive or relative clause between a subject and its verb ("Putin, answering ..., said"). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "который", "которая", "которые", "которое");
    /** Relative pronouns that stand for the object of the clause's verb, whose subject then follows them. */
    private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom", "которую", "которое", "которые", "который");
    private static final int MAX_SOURCE_WORDS = 10;
    /** A subject before its cue may be longer: "Large majorities of voters in six states going to the polls said". */
    private static final int MAX_SUBJECT_WORDS = 18;

    /** Content spans and the kind of quote they make. */
    private record Content(List<Span> spans, Quote.Kind kind) {
    }
    /** How far after a cue its "that" may be: "told Fox Business on Wednesday that". */
    private static final int COMPLEMENTIZER_WINDOW = 14;
    /** Words after the cue of a quote that precedes its attribution: "..., Putin told reporters in Moscow on Thursday." */
    private static final int MAX_TAIL_WORDS = 8;

    private final String text;
    private final List<Token> tokens;
    private final CueLexicon lex;

    AttributionRules(String text, List<Token> tokens, CueLexicon lex) {
        this.text = text;
        this.tokens = tokens;
        this.lex = lex;
    }

    /** The attributions of one sentence; {@code previous} is the sentence before it (null at the start). */
    List<Draft> sentence(Sentences.Range s, Sentences.Range previous, Draft lastDraft) {
        List<Draft> out = new ArrayList<>();
        int consumed = s.from();
        boolean headline = isHeadline(s);
        // "Pat Caddell: Democrat Voters Worried About ...", "Obama on Climate Change: The Trends Are 'Terrifying'": the
        // name before a headline's colon said what follows it, whatever verbs the rest has
        Draft label = headlineLabel(s);
        if (label != null) return List.of(label);
        // "The fraud the mayor accused his rival of is no crime, the lawyer said.": a final attribution takes the whole
        // clause before it, cue words inside that clause are the speaker's
        int tail = lex == CueLexicon.ENGLISH ? finalAttribution(s) : -1;
        for (int i = tail >= 0 ? tail : s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (t.quoted() || i < consumed) continue;
            // "Secretary of State Marco Rubio": a capitalised cue inside a sentence is part of a name
            if (t.isCapitalized() && i > s.from() && !headline) continue;
            Draft d = lex == CueLexicon.ENGLISH ? hedge(s, i, consumed) : null;
            if (d == null && lex == CueLexicon.ENGLISH) d = asClause(s, i, consumed);
            if (d == null) d = phrase(s, i, consumed);
            Draft before = out.isEmpty() ? null : out.get(out.size() - 1);
            CueLexicon.Cue phrasal = i + 1 < s.to() && !tokens.get(i + 1).quoted()
                    ? lex.phrasal(t.lower(), tokens.get(i + 1).lower()) : null;
            if (d == null && phrasal != null) d = verb(s, i + 1, phrasal, consumed, before, previous);
            if (d == null) {
                CueLexicon.Cue cue = lex.verb(t.lower());
                if (cue != null) d = verb(s, i, cue, consumed, before, previous);
            }
            if (d == null) continue;
            d = withoutOpeningPhrase(withoutDateOpening(d));
            out.add(d);
            consumed = Math.max(i + 1, Token.firstAtOrAfter(tokens, d.contentEnd()));
        }
        if (out.isEmpty()) {
            Draft d = speakerLabel(s);
            if (d == null) d = colonQuote(s);
            if (d != null) out.add(d);
        }
        if (out.isEmpty() && lastDraft != null && previous != null && onlyQuoted(s) && lastDraft.cue().end() >= tokens.get(previous.from()).start()) {
            out.add(new Draft(Quote.Kind.DIRECT, inner(s.from(), s.to()), lastDraft.cue(), lastDraft.cueWord(),
                    lastDraft.sourceFrom(), lastDraft.sourceTo(), lastDraft));
        }
        return out;
    }

    /**
     * "“A,” he said. “B.”": a quoted sentence right after a quote, in its paragraph, goes on with the same
     * statement; {@code last} with the quoted words added, or null when {@code s} does not continue it.
     */
    Draft resumed(Sentences.Range s, Sentences.Range previous, Draft last) {
        if (last == null || previous == null || !onlyQuoted(s) || last.contentEnd() < tokens.get(previous.from()).start()) {
            return null;
        }
        // a transcript's next turn ("“PENCE: ...") is the next speaker's
        if (speakerLabel(s) != null) return null;
        // "“...,” he said, referring to X. “...”": a quotation goes on with the statement, not with what it mentions
        if (last.kind() == Quote.Kind.REPORTED && last.sameSpeakerAs() != null) {
            last = last.sameSpeakerAs();
            if (last.kind() == Quote.Kind.REPORTED || last.contentEnd() < tokens.get(previous.from()).start()) return null;
        }
        int gapFrom = tokens.get(previous.to() - 1).end();
        int gapTo = tokens.get(s.from()).start();
        // "“We will win.\n\n“And we will govern.”": a paragraph left without its closing mark goes on in the next
        // paragraph that opens with one
        Token lastOfPrevious = tokens.get(previous.to() - 1);
        boolean leftOpen = lastOfPrevious.quoted() && !isMark(lastOfPrevious) && isMark(tokens.get(s.from()));
        for (int k = text.indexOf('\n', gapFrom); k >= 0 && k < gapTo && !leftOpen; k = text.indexOf('\n', k + 1)) {
            if (QuoteMarks.paragraphBreak(text, k)) return null;
        }
        List<Span> content = new ArrayList<>(last.content());
        content.addAll(inner(s.from(), s.to()));
        Quote.Kind kind = last.kind() == Quote.Kind.DIRECT ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
        return new Draft(kind, content, last.cue(), last.cueWord(), last.sourceFrom(), last.sourceTo(), last.sameSpeakerAs());
    }

    /** Whether one of {@code particles} follows token {@code i} within three unquoted words: "called it off". */
    private boolean particleAfter(int i, int to, String... particles) {
        for (int k = i + 1; k < Math.min(to, i + 4); k++) {
            Token t = tokens.get(k);
            if (t.quoted() || t.isClauseBreak()) return false;
            for (String p : particles) if (t.lower().equals(p)) return true;
        }
        return false;
    }

    /** Adjectives of likelihood before a cue infinitive: "were more likely to say". */
    private static final Set<String> LIKELIHOOD = Set.of("likely", "unlikely");
    /** Degree words before "likely": "more likely", "far less likely". */
    private static final Set<String> DEGREE = Set.of("more", "less", "most", "least", "much", "far", "as", "twice", "equally");

    /** Verbs of seeming: "X seems to ...", "X appeared to ...". */
    private static final Set<String> SEEMING = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    /** Words between "is" and "expected": "is not expected", "is widely expected". */
    private static final Set<String> EXPECTED_MODIFIERS = Set.of("not", "widely", "also", "still", "generally", "now");

    /**
     * "The plant appears to have closed", "Lawmakers are expected to approve the budget": a stance nobody is said to hold.
     * The content is the subject and the predicate after the cue, without a source.
     */
    private Draft hedge(Sentences.Range s, int i, int consumed) {
        Token t = tokens.get(i);
        if (t.quoted() || i + 1 >= s.to() || !tokens.get(i + 1).lower().equals("to") || tokens.get(i + 1).quoted()) return null;
        int cueStart = i;
        if (t.lower().equals("expected")) {
            while (cueStart - 1 > s.from() && EXPECTED_MODIFIERS.contains(tokens.get(cueStart - 1).lower())) cueStart--;
            if (cueStart - 1 <= Math.max(s.from(), consumed) || !lex.passiveMarkers.contains(tokens.get(cueStart - 1).lower())) return null;
            cueStart--;
        } else if (!SEEMING.contains(t.lower())) {
            return null;
        }
        // "The figures seemed to show ...": a cue verb after "to" is the attribution, its subject the source
        CueLexicon.Cue infinitive = i + 2 < s.to() ? lex.verb(tokens.get(i + 2).lower()) : null;
        if (infinitive != null && !infinitive.participle()) return null;
        while (cueStart - 1 > Math.max(s.from(), consumed) && lex.auxiliaries.contains(tokens.get(cueStart - 1).lower())) cueStart--;
        int subjectFrom = hedgeSubject(Math.max(s.from(), consumed), cueStart);
        if (subjectFrom < 0) return null;
        Content predicate = content(i + 1, contentEnd(i + 1, s.to()));
        if (predicate == null) return null;
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(text, tokens.get(subjectFrom).start(), tokens.get(cueStart - 1).end()));
        spans.addAll(predicate.spans());
        Span cue = Span.of(text, tokens.get(cueStart).start(), t.end());
        String cueWord = t.lower().equals("expected") ? "expect" : "seem";
        return draft(new Content(spans, predicate.kind()), cue, cueWord, cueStart, cueStart, null);
    }

    /**
     * The start of the subject ending before {@code cueStart}: after the clause opener ("when", "but", "that") and
     * any introductory adverbial ("In the past few days, ..."); -1 when there is none or it is no noun phrase.
     */
    private int hedgeSubject(int from, int cueStart) {
        int k = cueStart - 1;
        while (k >= from && !tokens.get(k).quoted() && !tokens.get(k).is(";") && !tokens.get(k).is(":")
                && !(SUBORDINATORS.contains(tokens.get(k).lower()) && !tokens.get(k).lower().equals("in"))
                && !CONTRAST.contains(tokens.get(k).lower()) && !RELATIVES.contains(tokens.get(k).lower())
                && !tokens.get(k).lower().equals("what")
                && !lex.complementizers.contains(tokens.get(k).lower())) k--;
        int start = skipConnectives(k + 1, cueStart);
        for (int c = start; c < cueStart; c++) {
            if (tokens.get(c).is(",") && adverbials(start, c)) start = skipConnectives(c + 1, cueStart);
        }
        if (start >= cueStart || wordCount(start, cueStart) > 20 || !tokens.get(start).isWord()
                || start > from && RELATIVES.contains(tokens.get(start - 1).lower())
                || start > from && tokens.get(start - 1).lower().equals("what")) return -1;
        for (int c = start; c < cueStart; c++) {
            String w = tokens.get(c).lower();
            if (FINITE.contains(w) || tokens.get(c).isDash()) return -1;
        }
        return start;
    }

    /**
     * The first token after the comma of a sentence-final attribution, "..., the candidate said Friday.",
     * "..., said Ms. Lind, a former adviser." or "..., according to the report.", when the words before it are a
     * clause of their own; -1 otherwise.
     */
    private int finalAttribution(Sentences.Range s) {
        int end = s.to();
        while (end > s.from() && !tokens.get(end - 1).isWord()) end--;
        int segmentEnd = end;
        // the attribution may be followed by appositives of its source: ", director of the Lakeside Institute"
        for (int tries = 0; tries < 3; tries++) {
            int comma = segmentEnd - 1;
            while (comma > s.from() && !tokens.get(comma).isClauseBreak()) comma--;
            if (comma <= s.from() || !tokens.get(comma).is(",") || hasQuote(comma, end) || wordCount(s.from(), comma) < 6) return -1;
            if (closesRelative(s.from(), comma) || attributedQuotation(s.from(), comma)) return -1;
            int found = finalCue(comma, segmentEnd, segmentEnd == end);
            if (found > 0) return comma + 1;
            if (found < 0) return -1;
            segmentEnd = comma;
        }
        return -1;
    }

    /**
     * "Ms. Lind, who said the mill would close, recounted ...": the comma at {@code comma} closes a relative clause
     * after the subject, so the words after it are the main verb, not a final attribution.
     */
    private boolean closesRelative(int from, int comma) {
        int k = comma - 1;
        while (k > from && !tokens.get(k).isClauseBreak()) k--;
        return k > from && tokens.get(k).is(",") && RELATIVES.contains(tokens.get(k + 1).lower()) && !tokens.get(k + 1).quoted();
    }

    /**
     * 1 when tokens {@code (comma, end)} are an attribution ("the candidate said Friday", "said Ms. Lind",
     * "according to X"), 0 when they hold no verb (an appositive may stand there), -1 otherwise.
     */
    private int finalCue(int comma, int end, boolean last) {
        if (comma + 2 < end && lex.sourceAfterPhrases.contains(tokens.get(comma + 1).lower() + " " + tokens.get(comma + 2).lower())) {
            return last ? 1 : -1;
        }
        for (int v = comma + 1; v < end; v++) {
            String w = tokens.get(v).lower();
            CueLexicon.Cue cue = lex.verb(w);
            if (cue == null && (FINITE.contains(w) || RELATIVES.contains(w))) return -1;
            if (cue == null || cue.participle() || cue.needs() == CueLexicon.Needs.OBJECT || tokens.get(v).isCapitalized()) continue;
            int source = wordCount(comma + 1, v);
            boolean sourceFirst = source > 0 && source <= 8 && nameLike(comma + 1, v)
                    || source > 0 && subjectEnd(comma + 1, v) == v || barePlural(comma + 1, v);
            // "..., said the chief executive": an inverted cue has its source right after it, not "asked about ..."
            boolean inverted = v == comma + 1 && wordCount(v + 1, end) > 0
                    && (sourceOpener(tokens.get(v + 1)) || descriptionBeforeName(v + 1, end));
            if (!(sourceFirst || inverted) || wordCount(v + 1, end) > MAX_TAIL_WORDS) return -1;
            for (int k = v + 1; k < end; k++) {
                // "..., Kowalski said she had not decided": the words after the cue are its content, not a tail
                String x = tokens.get(k).lower();
                if (lex.complementizers.contains(x) || FINITE.contains(x) || CLAUSE_SUBJECTS.contains(x)) return -1;
            }
            return 1;
        }
        return 0;
    }

    /**
     * "..., experts say.", "..., other studies have shown.", "..., senior officials said.": a source of one to three
     * plain words without a determiner that ends in a plural noun, as groups are cited at the end of a sentence.
     */
    private boolean barePlural(int from, int to) {
        int words = to - from;
        if (words < 1 || words > 3) return false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!t.isWord() || t.quoted() || t.isCapitalized() || lex.verb(w) != null || lex.auxiliaries.contains(w)
                    || lex.determiners.contains(w) || lex.pronouns.contains(w) || CLAUSE_NON_STARTERS.contains(w)
                    || FINITE.contains(w) || RELATIVES.contains(w)) return false;
        }
        String last = tokens.get(to - 1).lower();
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us");
    }

    /**
     * Where a subject description in tokens {@code [from, to)} ends: at its first verb form ("The mayor ended the
     * debate by ...", "The governor toured the town, and praised ..."), else at {@code to}.
     */
    private int descriptionEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (firstVerb(tokens.get(k))) return k;
        }
        return to;
    }

    /** A word a source written after its cue may start with: a name, a determiner, a pronoun, a title or a number. */
    private boolean sourceOpener(Token first) {
        String w = first.lower();
        return !first.quoted() && first.isWord() && (first.isCapitalized() || lex.determiners.contains(w)
                || lex.pronouns.contains(w) || lex.titles.contains(w) || QUANTIFIERS.contains(w) || Character.isDigit(w.charAt(0)));
    }

    /** "political scientist Dossym Satpayev", "lobbyist Charlie Black": one to three plain words before a name at {@code k}. */
    private boolean descriptionBeforeName(int k, int to) {
        for (int j = k; j < to && j - k < 4; j++) {
            Token t = tokens.get(j);
            if (t.quoted() || !t.isWord()) return false;
            if (t.isCapitalized()) return j > k;
            String w = t.lower();
            if (lex.verb(w) != null || FINITE.contains(w) || CLAUSE_NON_STARTERS.contains(w) || lex.complementizers.contains(w)
                    || CLAUSE_SUBJECTS.contains(w) || lex.auxiliaries.contains(w) || lex.passiveMarkers.contains(w)) return false;
        }
        return false;
    }

    /**
     * "As the Harbour Gazette reported, the mill will close ...", "As Lind put it, ...": a clause opening with "as", its
     * subject and a cue verb attributes the clause after the comma.
     */
    private Draft asClause(Sentences.Range s, int i, int consumed) {
        Token t = tokens.get(i);
        if (t.quoted() || !t.lower().equals("as") || !opensClause(s, consumed, i)) return null;
        for (int v = i + 2; v < s.to() && v <= i + 9; v++) {
            Token w = tokens.get(v);
            if (w.quoted() || w.isClauseBreak() && !w.is(",")) return null;
            CueLexicon.Cue cue = lex.verb(w.lower());
            boolean putIt = w.lower().equals("put") && v + 1 < s.to() && tokens.get(v + 1).lower().equals("it");
            if (cue == null && !putIt || w.isCapitalized()) continue;
            if (cue != null && (cue.participle() || cue.needs() == CueLexicon.Needs.OBJECT)) return null;
            int cueStart = v;
            while (cueStart - 1 > i + 1 && lex.auxiliaries.contains(tokens.get(cueStart - 1).lower())) cueStart--;
            if (!(nameLike(i + 1, cueStart) || objectSubject(i + 1, cueStart))) return null;
            int comma = putIt ? v + 2 : v + 1;
            while (comma < s.to() && comma - v <= MAX_TAIL_WORDS && !tokens.get(comma).isClauseBreak()) comma++;
            if (comma >= s.to() || !tokens.get(comma).is(",")) return null;
            Span cueSpan = Span.of(text, tokens.get(cueStart).start(), tokens.get(putIt ? v + 1 : v).end());
            Content content = content(comma + 1, contentEnd(comma + 1, s.to()));
            return draft(content, cueSpan, cue != null ? cue.lemma() : "put it", i + 1, cueStart, null);
        }
        return null;
    }

    /** Labels before a colon that are not speakers. */
    private static final Set<String> NON_SPEAKER_LABELS = Set.of("update", "updated", "related", "note", "notes", "editor",
            "watch", "read", "photo", "photos", "video", "source", "sources", "advertisement", "see", "also", "q", "a",
            "correction", "listen", "more", "live", "breaking", "exclusive", "analysis", "opinion", "poll", "polls",
            // a page's stamps: "First Published: June 13, 2013 4:59 PM EDT", "Posted:", "Filed:"
            "published", "posted", "filed", "date", "dated", "first", "last", "modified", "created",
            "фото", "видео", "источник", "читайте", "реклама", "обновлено", "опубликовано");

    /**
     * A transcript or headline line "BENENSON: ...", "Kerry: ...": the name before the colon said the rest. A
     * transcript quoted turn by turn opens each with a mark ("“WALLACE: Let's start ..."): its label is inside the
     * quotation, and the turn is a quotation.
     */
    private Draft speakerLabel(Sentences.Range s) {
        int first = s.from();
        // a Telegram post's label comes after its emoji and its flash: "⚡️Песков: ...", "JUST IN — Biden: ...",
        // "СРОЧНО: Песков: ..."
        while (first + 1 < s.to() && isSymbol(tokens.get(first))) first++;
        first = afterFlash(first, s.to());
        boolean quotedTurn = first + 1 < s.to() && isMark(tokens.get(first)) && tokens.get(first + 1).quoted();
        if (quotedTurn) first++;
        int k = first;
        while (k < s.to() && k - first < 4 && tokens.get(k).isWord() && tokens.get(k).quoted() == quotedTurn
                && tokens.get(k).isCapitalized() && !NON_SPEAKER_LABELS.contains(tokens.get(k).lower())) k++;
        // "Mara Quist, The Harbour Gazette: ...": a name and its outlet
        if (k > first && k + 1 < s.to() && tokens.get(k).is(",") && lex == CueLexicon.ENGLISH) {
            int j = k + 1;
            while (j < s.to() && j - k <= 5 && tokens.get(j).isWord() && tokens.get(j).quoted() == quotedTurn
                    && tokens.get(j).isCapitalized()) j++;
            if (j > k + 1 && j < s.to() && tokens.get(j).is(":")) k = j;
        }
        if (k == first || k >= s.to() || !tokens.get(k).is(":")) return null;
        if (tokens.get(k).start() - tokens.get(k - 1).end() > 0 || wordCount(k + 1, s.to()) < 3) return null;
        Span cue = Span.of(text, tokens.get(k).start(), tokens.get(k).end());
        return draft(content(k + 1, s.to()), cue, "say", first, k, null);
    }

    /** A news flash's opening words, before a colon or a dash: "BREAKING:", "JUST IN —", "СРОЧНО:". */
    private static final Set<String> FLASHES = Set.of("breaking", "just in", "urgent", "update", "exclusive", "live",
            "срочно", "молния", "эксклюзив", "важно", "главное");

    /** The token after a news flash opening a post ("JUST IN —", "СРОЧНО:"), else {@code from}. */
    private int afterFlash(int from, int to) {
        for (int words = 1; words <= 2 && from + words + 1 < to; words++) {
            StringBuilder flash = new StringBuilder();
            for (int k = from; k < from + words; k++) flash.append(k > from ? " " : "").append(tokens.get(k).lower());
            Token mark = tokens.get(from + words);
            if (FLASHES.contains(flash.toString()) && (mark.is(":") || mark.isDash())) {
                int next = from + words + 1;
                while (next + 1 < to && isSymbol(tokens.get(next))) next++;
                return next;
            }
        }
        return from;
    }

    /** Lower-case words joining a headline's speaker to its addressee or topic: "X to Y: ...", "X on Y: ...". */
    private static final Set<String> HEADLINE_LABEL_JOINS = Set.of("to", "on");

    /**
     * The speaker's label opening a text's first line: "Pat Caddell: ...", "Black Democrats to Hillary Clinton: ...",
     * "Obama on Climate Change: ...", "Internet phenomenon Ken Bone: ..." (a description may come before the name).
     * The source runs to the colon, or to the joining word; the cue is the rest up to the colon. Whether
     * the source names someone is the speaker resolver's to tell: {@link QuoteExtractor} drops a headline label whose
     * source names no one ("Weekend Kitchen: ...").
     */
    private Draft headlineLabel(Sentences.Range s) {
        if (lex != CueLexicon.ENGLISH || s.from() != 0) return null;
        int colon = s.from();
        while (colon < s.to() && colon - s.from() <= 8 && tokens.get(colon).isWord() && !tokens.get(colon).quoted()) colon++;
        if (colon == s.from() || colon >= s.to() || !tokens.get(colon).is(":") || tokens.get(colon).quoted()
                || tokens.get(colon).start() != tokens.get(colon - 1).end() || wordCount(colon + 1, s.to()) < 3) return null;
        if (NON_SPEAKER_LABELS.contains(tokens.get(s.from()).lower()) || !tokens.get(colon - 1).isCapitalized()) return null;
        // "X to Y:", "X on Y:": the speaker is before the joining word, the addressee or topic after it is capitalised
        int sourceTo = colon;
        for (int k = s.from() + 1; k < colon; k++) {
            if (!HEADLINE_LABEL_JOINS.contains(tokens.get(k).lower()) || !tokens.get(k - 1).isCapitalized()) continue;
            for (int j = k + 1; j < colon; j++) {
                if (!tokens.get(j).isCapitalized() && !org.dateline.normalize.Titles.SMALL_WORDS.contains(tokens.get(j).lower())) return null;
            }
            sourceTo = k;
            break;
        }
        Span cue = Span.of(text, tokens.get(sourceTo < colon ? sourceTo : colon).start(), tokens.get(colon).end());
        return draft(content(colon + 1, s.to()), cue, "say", s.from(), sourceTo, null);
    }

    /**
     * "Rubio fired back forcefully: “If they sue us ...”": a quotation after a colon is said by the subject of the
     * clause before it, whatever its verb; the words from the verb to the colon are the cue.
     */
    private Draft colonQuote(Sentences.Range s) {
        int colon = s.from();
        while (colon < s.to() && !(tokens.get(colon).is(":") && !tokens.get(colon).quoted())) colon++;
        if (colon + 1 >= s.to() || !tokens.get(colon + 1).quoted() || wordCount(colon + 1, s.to()) < 3) return null;
        for (int k = colon + 1; k < s.to(); k++) if (!tokens.get(k).quoted() && tokens.get(k).isWord()) return null;
        int clause = colon - 1;
        while (clause >= s.from() && !tokens.get(clause).isClauseBreak()) clause--;
        int subjectFrom = skipConnectives(clause + 1, colon);
        int subjectTo = subjectEnd(subjectFrom, colon);
        if (subjectTo <= subjectFrom || subjectTo >= colon || wordCount(subjectTo, colon) > MAX_TAIL_WORDS
                || hasQuote(subjectFrom, colon)) return null;
        Span cue = Span.of(text, tokens.get(subjectTo).start(), tokens.get(colon).end());
        return draft(content(colon + 1, s.to()), cue, "say", subjectFrom, subjectTo, null);
    }

    /** "according to X", "по словам X", "по его словам", "как отметил X". */
    private Draft phrase(Sentences.Range s, int i, int consumed) {
        int sourceFrom;
        String cueWord;
        if (i + 2 < s.to() && lex.possessives.contains(tokens.get(i + 1).lower())
                && lex.sourceAfterPhrases.contains(tokens.get(i).lower() + " " + tokens.get(i + 2).lower())) {
            // the possessive is the source: "по его словам"
            cueWord = tokens.get(i).lower() + " " + tokens.get(i + 2).lower();
            Span cue = Span.of(text, tokens.get(i).start(), tokens.get(i + 2).end());
            if (!opensClause(s, consumed, i)) return null;
            int from = i + 3 < s.to() && tokens.get(i + 3).is(",") ? i + 4 : i + 3;
            return draft(content(from, contentEnd(from, s.to())), cue, cueWord, i + 1, i + 2, null);
        }
        if (i + 1 < s.to() && lex.sourceAfterPhrases.contains(tokens.get(i).lower() + " " + tokens.get(i + 1).lower())) {
            sourceFrom = i + 2;
            cueWord = tokens.get(i).lower() + " " + tokens.get(i + 1).lower();
        } else if (lex.asWords.contains(tokens.get(i).lower()) && i + 1 < s.to()
                && lex.verb(tokens.get(i + 1).lower()) != null && !lex.verb(tokens.get(i + 1).lower()).participle()) {
            sourceFrom = i + 2;
            cueWord = lex.verb(tokens.get(i + 1).lower()).lemma();
        } else {
            return null;
        }
        int cueEnd = tokens.get(sourceFrom - 1).end();
        if (lex != CueLexicon.ENGLISH && cueWord.indexOf(' ') < 0) {
            // "Как заявили «Деньгам» в Министерстве": whom it was said to, and where, come before the speaker
            sourceFrom = afterSourceStops(afterAddressee(afterSourceStops(sourceFrom, s.to()), s.to()), s.to());
        }
        int sourceTo = sourceAfter(sourceFrom, s.to(), false);
        if (sourceTo == sourceFrom) return null;
        Span cue = Span.of(text, tokens.get(i).start(), cueEnd);
        Content content;
        if (opensClause(s, consumed, i)) {
            int from = sourceTo < s.to() && tokens.get(sourceTo).is(",") ? sourceTo + 1 : sourceTo;
            content = content(from, contentEnd(from, s.to()));
        } else if (i > consumed && (afterComma(i) || lex == CueLexicon.ENGLISH && afterDash(i)) && !attributedQuotation(s.from(), i)) {
            // "“...,” according to X": the comma may sit inside the closing quotation mark; "... is unsubstantiated
            // — or flat out wrong — according to the journal": a dash closing an aside stands where the comma would
            int beforeEnd = tokens.get(i - 1).is(",") || tokens.get(i - 1).isDash() ? i - 1 : i;
            content = subjectAndRest(consumed, beforeEnd, sourceTo, s.to());
            if (content == null) content = relativeClauseAndRest(Math.max(s.from(), consumed), beforeEnd, sourceTo, s.to());
            if (content == null) content = content(consumed, beforeEnd);
        } else {
            return null;
        }
        return draft(content, cue, cueWord, sourceFrom, sourceTo, null);
    }

    /**
     * Whether tokens {@code from..to} hold a quotation followed by its own cue verb: in "“...,” Vinter told employees,
     * according to a recording obtained by MPA" the quotation is Vinter's, and the phrase only tells where it was heard.
     */
    private boolean attributedQuotation(int from, int to) {
        boolean quoted = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.quoted()) quoted = true;
            else if (quoted && lex.verb(t.lower()) != null) return true;
        }
        return false;
    }

    /**
     * The attribution of the cue verb ending at token {@code i}; a phrasal cue ("called for") starts one token
     * earlier, and its content follows the particle.
     */
    private Draft verb(Sentences.Range s, int i, CueLexicon.Cue cue, int consumed, Draft before, Sentences.Range previous) {
        // "they called it off", "called up reservists": a particle makes another verb
        if (cue.lemma().equals("call") && particleAfter(i, s.to(), "off", "up")) return null;
        int head = cue.phrasal() ? i - 1 : i;
        // "Sanders is suggesting he ...": a participle after "be" is a finite verb, not a participle clause
        // "he’s predicting": a pronoun contracted with "is" or "are" is the subject and the auxiliary in one token
        // "is also praising", "are now openly backing": adverbs may stand between "be" and the participle
        int be = head - 1;
        while (cue.participle() && be > consumed && !tokens.get(be).quoted() && !FINITE.contains(tokens.get(be).lower())
                && (lex.auxiliaries.contains(tokens.get(be).lower()) || mannerAdverb(tokens.get(be)))) be--;
        boolean progressive = cue.participle() && be >= consumed && be >= 0 && !tokens.get(be).quoted()
                && (lex.passiveMarkers.contains(tokens.get(be).lower()) || contractedBe(tokens.get(be)));
        if (progressive) cue = new CueLexicon.Cue(cue.lemma(), cue.needs(), false);
        int cueStart = progressive ? (contractedBe(tokens.get(be)) ? be + 1 : be) : head;
        while (cueStart > consumed && !tokens.get(cueStart - 1).quoted()
                // "the daily wrote": after a determiner an -ly word is the noun
                && (lex.auxiliaries.contains(tokens.get(cueStart - 1).lower()) || mannerAdverb(tokens.get(cueStart - 1))
                && !(cueStart - 2 >= 0 && lex.determiners.contains(tokens.get(cueStart - 2).lower())))) cueStart--;
        if (!progressive && cueStart > s.from() && lex.passiveMarkers.contains(tokens.get(cueStart - 1).lower())) {
            return lex == CueLexicon.ENGLISH && !cue.phrasal() ? passive(s, i, cue, consumed, cueStart) : null;
        }
        // "the employee accused of shooting three co-workers": the one accused, not an accuser (who names the charge
        // after an object: "accused the mayor of lying")
        if (cue.lemma().equals("accuse") && i + 1 < s.to() && tokens.get(i + 1).lower().equals("of")) return null;
        // "a London-based think tank": the cue word is the first half of a noun
        if (i + 1 < s.to() && !tokens.get(i).quoted() && COMPOUND_NOUNS.contains(tokens.get(i).lower() + " " + tokens.get(i + 1).lower())) {
            return null;
        }
        // "by saying": a gerund after "by" is a verb, not a noun
        if (cueStart > s.from() && nounMarker(tokens.get(cueStart - 1))
                && !(cue.participle() && PARTICIPLE_PREPOSITIONS.contains(tokens.get(cueStart - 1).lower()))) return null;
        // "a proposal to maintain ...": an infinitive has no subject of its own to speak, unless a verb of seeming
        // lends it the subject: "the figures seemed to show ..."
        if (cueStart > s.from() && tokens.get(cueStart - 1).lower().equals("to") && !tokens.get(cueStart - 1).quoted()) {
            // "Older voters were more likely to say ...": so does a likelihood after "be"
            boolean likely = cueStart - 2 > consumed && LIKELIHOOD.contains(tokens.get(cueStart - 2).lower());
            if (cueStart - 2 <= consumed || !SEEMING.contains(tokens.get(cueStart - 2).lower()) && !likely) return null;
            cueStart -= 2;
            while (cueStart > consumed && !tokens.get(cueStart - 1).quoted() && (lex.auxiliaries.contains(tokens.get(cueStart - 1).lower())
                    || likely && (DEGREE.contains(tokens.get(cueStart - 1).lower()) || mannerAdverb(tokens.get(cueStart - 1))))) cueStart--;
            if (likely) {
                if (cueStart - 1 <= consumed || !lex.passiveMarkers.contains(tokens.get(cueStart - 1).lower())) return null;
                cueStart--;
                while (cueStart > consumed && !tokens.get(cueStart - 1).quoted()
                        && lex.auxiliaries.contains(tokens.get(cueStart - 1).lower())) cueStart--;
            }
        }
        Span cueSpan = Span.of(text, tokens.get(cueStart).start(), tokens.get(i).end());
        if (cue.lemma().equals("ask") && tokens.get(i).lower().equals("asked") && i + 1 < s.to()
                && (QUESTION_WORDS.contains(tokens.get(i + 1).lower()) || tokens.get(i + 1).lower().equals("to"))
                && introducesSentence(s, consumed, cueStart)) {
            // "Asked whether he would run, Smith said ...", "Asked to explain the delay, ...": the question or request of
            // an unnamed asker, then the answer
            int end = i + 1;
            while (end < s.to() && !tokens.get(end).isClauseBreak()) end++;
            if (end < s.to()) return draft(content(i + 1, end), cueSpan, cue.lemma(), cueStart, cueStart, null);
        }
        int afterFrom = contentAfter(s, i, cue);

        if (afterFrom < 0 && cue.lemma().equals("tell")) afterFrom = afterObject(s, i);
        if (cue.participle()) {
            if (quotedAs(cueStart)) return quotedAsSaying(s, i, cue, consumed, cueStart);
            boolean prepositional = lex == CueLexicon.ENGLISH && cueStart > Math.max(s.from(), consumed)
                    && PARTICIPLE_PREPOSITIONS.contains(tokens.get(cueStart - 1).lower()) && !tokens.get(cueStart - 1).quoted();
            // "calling the plan a disgrace and urging the council to ...": a participle joined to the one before
            boolean joined = before != null && cueStart > consumed && COORDINATORS.contains(tokens.get(cueStart - 1).lower())
                    && Token.firstAtOrAfter(tokens, before.contentEnd()) >= cueStart - 2 && lex == CueLexicon.ENGLISH;
            if (joined) {
                int from = participleContent(s, i, cue, afterFrom);
                if (from < 0) return null;
                Content content = content(from, from == afterFrom || cue.needs() == CueLexicon.Needs.CLAUSE
                        ? contentEnd(from, s.to()) : objectEnd(from, s.to()));
                return draft(content, cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
            }
            if (!afterComma(cueStart) && !afterDash(cueStart) && !prepositional) return pollParticiple(s, i, cue, cueSpan, consumed, cueStart);
            if (prepositional) {
                // "distanced himself from the group by saying he ...", "who launched his campaign by declaring that ...":
                // the gerund after a preposition is the act of the clause's subject
                int from = participleContent(s, i, cue, afterFrom);
                if (from < 0) return null;
                Content content = content(from, from == afterFrom || cue.needs() == CueLexicon.Needs.CLAUSE
                        ? contentEnd(from, s.to()) : objectEnd(from, s.to()));
                int relative = -1;
                for (int k = cueStart - 2; k >= Math.max(s.from(), consumed) && !tokens.get(k).quoted() && !tokens.get(k).is(";"); k--) {
                    if (RELATIVES.contains(tokens.get(k).lower())) {
                        relative = k;
                        break;
                    }
                }
                if (relative >= 0) return draft(content, cueSpan, cue.lemma(), relative, relative + 1, null);
                if (before != null) return draft(content, cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
                int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), cueStart);
                int subjectTo = descriptionEnd(subjectFrom, subjectEnd(subjectFrom, cueStart));
                if (subjectTo <= subjectFrom || subjectTo >= cueStart - 1) return null;
                return draft(content, cueSpan, cue.lemma(), subjectFrom, subjectTo, null);
            }
            // "..., adding that ...": the speaker of the attribution it continues
            if (afterFrom < 0 && cue.needs() == CueLexicon.Needs.CLAUSE && startsClause(i + 1, s.to())) afterFrom = i + 1;
            // "..., citing poor sales", "..., calling for a recount": the object is what the speaker brought up
            boolean object = afterFrom < 0 && cue.needs() != CueLexicon.Needs.CLAUSE && startsObject(i + 1, s.to());
            if (object) afterFrom = i + 1;
            if (afterFrom < 0) return null;
            Content content = content(afterFrom, object ? objectEnd(afterFrom, s.to()) : contentEnd(afterFrom, s.to()));
            if (before != null) return draft(content, cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
            // "Trump attacked Clinton, saying she ...": the subject of the sentence
            int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), cueStart);
            int subjectTo = subjectEnd(subjectFrom, cueStart);
            if (subjectTo <= subjectFrom) return null;
            return draft(content, cueSpan, cue.lemma(), subjectFrom, subjectTo, null);
        }

        int boundary = cueStart - 1;
        while (boundary >= consumed) {
            // "Rep. Trey Gowdy (R-S.C.) said": a parenthesis after a name belongs to the source
            int open = tokens.get(boundary).is(")") ? nameParenthesisOpen(boundary, consumed) : -1;
            if (open < 0 && isSourceBoundary(tokens.get(boundary))) break;
            boundary = open < 0 ? boundary - 1 : open - 1;
        }
        int segFrom = skipConnectives(boundary + 1, cueStart);
        if (segFrom == cueStart && before != null && COORDINATORS.contains(tokens.get(cueStart - 1).lower())
                && Token.firstAtOrAfter(tokens, before.contentEnd()) >= cueStart - 2) {
            // "... defended the route and said ...": the verb after the last attribution shares its speaker
            int from = afterFrom >= 0 ? afterFrom : i + 1;
            return draft(content(from, contentEnd(from, s.to())), cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
        }
        if (lex != CueLexicon.ENGLISH && segFrom < cueStart && boundary > consumed && tokens.get(boundary).is(",")
                && !tokens.get(segFrom).isCapitalized() && russianPastPlural(tokens.get(segFrom).lower()) != null) {
            // "Министр похвалил пожарных, поблагодарил врачей и назвал ...": the clause after the comma opens with a
            // verb, so its subject is the sentence's
            int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), boundary);
            int subjectTo = subjectFrom;
            while (subjectTo < boundary && (tokens.get(subjectTo).isCapitalized()
                    || russianPastPlural(tokens.get(subjectTo).lower()) == null) && !tokens.get(subjectTo).quoted()) {
                subjectTo++;
            }
            if (subjectTo > subjectFrom && subjectTo < boundary
                    && sameRussianNumber(tokens.get(segFrom).lower(), tokens.get(cueStart).lower())) {
                return sourceFirst(s, i, cue, cueSpan, subjectFrom, subjectTo, afterFrom, consumed, -1);
            }
            return null;
        }
        if (lex == CueLexicon.ENGLISH && segFrom >= cueStart - 1 && boundary > consumed && tokens.get(boundary).quoted()
                && PREDICATE_COORDINATORS.contains(tokens.get(cueStart - 1).lower()) && !tokens.get(cueStart - 1).quoted()) {
            // "Cruz exhorted Republicans to “vote your conscience” and said he ...": a quotation in the first verb's
            // object stands between the subject and "and said"; the sentence's subject speaks if a verb follows it
            int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), boundary);
            int subjectTo = subjectEnd(subjectFrom, boundary);
            if (subjectTo > subjectFrom && subjectTo < boundary && firstVerb(tokens.get(subjectTo))
                    && !hasQuote(subjectFrom, subjectTo)) {
                Draft d = sourceFirst(s, i, cue, cueSpan, subjectFrom, subjectTo, afterFrom, consumed, -1);
                if (d != null) return d;
            }
        }
        if (cueStart - 1 > segFrom && PREDICATE_COORDINATORS.contains(tokens.get(cueStart - 1).lower())) {
            // "A spokesman defended the route and said ...": the subject of the first verb speaks
            int subjectTo = subjectEnd(segFrom, cueStart - 1);
            // "The king smiled and said": a description runs on over a verb the lexicon does not know; before "and"
            // the first verb must be there, and a lower-case past form at the end is it
            if (subjectTo == cueStart - 1 && subjectTo - 1 > segFrom && lex == CueLexicon.ENGLISH
                    && tokens.get(subjectTo - 1).lower().endsWith("ed") && !tokens.get(subjectTo - 1).isCapitalized()) {
                subjectTo--;
            }
            if (lex == CueLexicon.ENGLISH) {
                // "The campaign dramatically expanded its ad buys and announced ...": the first verb (or the manner
                // adverb before it) after a subject of a few words ends it
                for (int k = segFrom + 1; k < Math.min(subjectTo, segFrom + 6); k++) {
                    if (tokens.get(k).quoted()) break;
                    if (firstVerb(tokens.get(k))) {
                        subjectTo = k;
                        break;
                    }
                }
            }
            if (subjectTo > segFrom && subjectTo < cueStart - 1) {
                return sourceFirst(s, i, cue, cueSpan, segFrom, subjectTo, afterFrom, consumed, -1);
            }
        }
        if (segFrom == cueStart && boundary == cueStart - 1 && boundary > consumed && tokens.get(boundary).isDash()
                && lex == CueLexicon.ENGLISH) {
            // "The judge -- who has clashed with the governor -- said ...": the subject before an aside between dashes
            // "--" is two dash tokens
            int open = boundary - 1;
            while (open > consumed && tokens.get(open).isDash()) open--;
            while (open >= consumed && !tokens.get(open).isDash() && !tokens.get(open).is(";")) open--;
            while (open - 1 > consumed && tokens.get(open - 1).isDash()) open--;
            if (open > consumed && tokens.get(open).isDash() && !hasQuote(open, boundary)) {
                int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), open);
                if (subjectFrom < open && (objectSubject(subjectFrom, open) || subjectEnd(subjectFrom, open) == open)) {
                    Draft d = sourceFirst(s, i, cue, cueSpan, subjectFrom, open, afterFrom, consumed, -1);
                    if (d != null) return d;
                }
            }
        }
        if (segFrom == cueStart && before != null && cueStart - 1 >= consumed && tokens.get(cueStart - 1).is(",")
                && Token.firstAtOrAfter(tokens, before.contentEnd()) >= cueStart - 1 && pastCue(cueStart)
                && sameRussianNumber(before.cue().text(), tokens.get(cueStart).lower())) {
            // "He praised the firefighters, thanked the nurses": a list of verbs of one speaker
            int from = afterFrom >= 0 ? afterFrom : i + 1;
            int end = cue.needs() == CueLexicon.Needs.CLAUSE || afterFrom >= 0 ? contentEnd(from, s.to()) : objectEnd(from, s.to());
            Draft d = draft(content(from, end), cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
            if (d != null) return d;
        }
        if (segFrom == cueStart && before != null && before.hasSource() && boundary >= consumed && tokens.get(boundary).is(",")
                && boundary == cueStart - 2 && COORDINATORS.contains(tokens.get(cueStart - 1).lower())
                && tokens.get(before.sourceFrom()).start() >= tokens.get(s.from()).start()) {
            // "Lind backed the union during her time at the mill, which closed, and said ...": the same speaker
            int from = afterFrom >= 0 ? afterFrom : i + 1;
            Draft d = draft(content(from, contentEnd(from, s.to())), cueSpan, cue.lemma(), before.sourceFrom(), before.sourceTo(), before);
            if (d != null) return d;
        }
        if (segFrom == cueStart && before == null && boundary >= consumed && tokens.get(boundary).is(",")
                && boundary == cueStart - 2 && COORDINATORS.contains(tokens.get(cueStart - 1).lower())) {
            // "The governor toured the town, and praised the volunteers": the sentence subject has the second verb too
            int subjectFrom = afterAdverbials(Math.max(s.from(), consumed), cueStart);
            int subjectTo = descriptionEnd(subjectFrom, subjectEnd(subjectFrom, cueStart));
            if (subjectTo > subjectFrom && subjectTo < boundary && firstVerb(tokens.get(subjectTo))) {
                Draft d = sourceFirst(s, i, cue, cueSpan, subjectFrom, subjectTo, afterFrom, consumed, -1);
                if (d != null) return d;
            }
        }
        if (segFrom == cueStart && boundary >= consumed && tokens.get(boundary).is(",") && !quoteBefore(boundary)) {
            // "Jonathan Eyal, assistant director of ..., said that ...": the name before the appositive
            Draft d = appositive(s, i, cue, cueSpan, consumed, boundary, afterFrom);
            if (d != null) return d;
        }
        // "a wheelchair, which he claimed he needed": an object relative clause has a subject of its own, the speaker
        if (segFrom + 2 == cueStart && OBJECT_RELATIVES.contains(tokens.get(segFrom).lower())
                && SUBJECT_PRONOUNS.contains(tokens.get(segFrom + 1).lower()) && !tokens.get(segFrom + 1).quoted()) {
            return sourceFirst(s, i, cue, cueSpan, segFrom + 1, cueStart, afterFrom, consumed, segFrom);
        }
        if (segFrom < cueStart && RELATIVES.contains(tokens.get(segFrom).lower()) || segFrom < cueStart
                && tokens.get(segFrom).lower().endsWith("ing") && !tokens.get(segFrom).isCapitalized()) {
            // "Putin, answering questions ..., suggested": the subject is before the first comma
            int b = boundary - 1;
            while (b >= consumed && !isSourceBoundary(tokens.get(b))) b--;
            if (boundary < consumed || !tokens.get(boundary).is(",")) return null;
            // "Sanders, who said ...": the source runs to the relative pronoun, its antecedent names the speaker
            int to = RELATIVES.contains(tokens.get(segFrom).lower()) && segFrom + 1 == cueStart ? segFrom + 1 : boundary;
            int from = skipConnectives(b + 1, boundary);
            // "..., who says ...": when the antecedent belongs to the attribution before, the pronoun alone is the source
            if (from >= boundary) from = segFrom;
            return sourceFirst(s, i, cue, cueSpan, from, to, afterFrom, consumed, b);
        }
        boolean anaphoric = anaphoric(segFrom, cueStart);
        if (segFrom == cueStart || anaphoric) {
            return inverted(s, i, cue, cueSpan, cueStart, consumed, afterFrom, anaphoric ? previous : null);
        }
        return sourceFirst(s, i, cue, cueSpan, segFrom, cueStart, afterFrom, consumed, boundary);
    }

    /** "has long considered", "flatly denied": an English adverb between a subject and its cue verb. */
    private boolean mannerAdverb(Token t) {
        String w = t.lower();
        return lex == CueLexicon.ENGLISH && !t.isCapitalized() && (w.equals("long") || w.equals("now") || w.equals("just")
                || w.equals("even") || w.length() > 4 && w.endsWith("ly") && !w.equals("early") && !w.equals("family"));
    }

    /** A lower-case verb form that can follow a subject: "toured", "has", "spoke", "said". */
    private boolean firstVerb(Token t) {
        String w = t.lower();
        return !t.quoted() && !t.isCapitalized() && t.isWord() && (w.endsWith("ed") || IRREGULAR_PAST.contains(w) || FINITE.contains(w)
                || lex.auxiliaries.contains(w) || mannerAdverb(t) || lex.verb(w) != null && !lex.verb(w).participle());
    }

    /** Cues whose content may be an indirect question. */
    private static final Set<String> QUESTIONING = Set.of("ask", "wonder", "question", "explain");
    /** Words opening an indirect question or its topic: "asked whether ...", "wondered why ...", "asked about ...". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "why", "how", "what", "who", "when",
            "where", "which", "about");

    /** Nothing but connectives or "when" stands before {@code cueStart} in its sentence: "When asked about ...". */
    private boolean introducesSentence(Sentences.Range s, int consumed, int cueStart) {
        int k = Math.max(s.from(), consumed);
        while (k < cueStart && (CONNECTIVES.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("when")
                || tokens.get(k).is(","))) k++;
        return k == cueStart;
    }

    /** Words after a cue that start a time adverbial, not a clause: "said Monday that". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "last", "this", "earlier", "later", "recently",
            "repeatedly", "previously", "again", "privately", "publicly", "separately", "afterward", "afterwards",
            "late", "early", "then", "too", "so", "it", "that", "the", "a", "there", "no", "nothing");

    /** A dash among tokens {@code [from, to)}: one of a pair around an aside ("all farmers — two million — from"). */
    private boolean dashAmong(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).isDash() && !tokens.get(k).quoted()) return true;
        return false;
    }

    /** Words that cannot open the object of an object cue ("wants to ...", "supports Sanders"). */
    private static final Set<String> OBJECT_NON_STARTERS = Set.of("that", "by", "in", "on", "at", "with", "from",
            "as", "and", "or", "but", "when", "while", "if", "after", "before", "during", "since", "because", "than",
            "it", "them", "him", "her", "so", "up", "out", "off", "back", "down", "over", "into", "through", "about");
    /** Subordinators and relative openers before a subject: "in which he said", "when she said". */
    private static final Set<String> SUBORDINATORS = Set.of("in", "which", "when", "while", "after", "before",
            "because", "if", "since", "although", "though", "as", "where", "until", "unless", "once", "whom", "even",
            "whether", "whereas");
    /** Conjunctions after a comma that end a reported content: "..., but ...", "..., while ...". */
    private static final Set<String> CONTRAST = Set.of("but", "while", "although", "though", "whereas", "even");
    /** Words opening a source after its cue: "said one official", "said several people". */
    private static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "several", "some",
            "many", "another", "both", "most", "all", "few", "top", "senior", "officials", "experts", "analysts", "sources",
            "people", "aides", "advisers", "critics", "supporters", "voters", "democrats", "republicans");
    /** Object pronouns that may open an object: "asked them to leave", "called him a liar". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
    /** Subject pronouns that open a clause of their own after a cue: "said she would", "told us he had". */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");
    /** Words a sentence subject is, alone: "he said", "they argued". */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "он", "она", "они", "мы", "я");
    /** Objects of "told" that end before its clause: "told reporters he ...". */
    private static final Set<String> TOLD_OBJECTS = Set.of("me", "us", "him", "her", "them", "you", "reporters",
            "supporters", "journalists", "voters", "viewers", "listeners", "donors", "delegates", "students", "lawmakers");
    /** Articles and possessives that open a noun phrase, so a clause's subject: "said the report ...", "saying his comments ...". */
    private static final Set<String> SUBJECT_ARTICLES = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> CLAUSE_NON_STARTERS = Set.of("to", "about", "of", "for", "on", "in", "at", "with",
            "by", "from", "and", "or", "but", "as", "into", "over", "after", "before", "during", "when", "while", "if");

    /**
     * The end of the subject starting at {@code from}: a pronoun, or a name (capitalised words, titles and
     * "of" inside), or a short description with its determiner ("the campaign", "a spokesman"); {@code from}
     * when none.
     */
    private int subjectEnd(int from, int limit) {
        if (from >= limit) return from;
        Token t = tokens.get(from);
        if (t.quoted() || !t.isWord()) return from;
        if (SUBJECT_PRONOUNS.contains(t.lower()) || contractedSubject(t)) return from + 1;
        int k = from;
        if (lex.determiners.contains(t.lower())) {
            k++;
            int words = 0;
            while (k < limit && words < 4 && tokens.get(k).isWord() && !tokens.get(k).quoted()
                    && lex.verb(tokens.get(k).lower()) == null && !CLAUSE_NON_STARTERS.contains(tokens.get(k).lower())
                    && !lex.auxiliaries.contains(tokens.get(k).lower()) && !lex.passiveMarkers.contains(tokens.get(k).lower())) {
                k++;
                words++;
            }
            return words == 0 ? from : k;
        }
        while (k < limit && tokens.get(k).isWord() && !tokens.get(k).quoted()
                && (tokens.get(k).isCapitalized() || k > from && k + 1 < limit && tokens.get(k).lower().equals("of")
                && tokens.get(k + 1).isCapitalized())) k++;
        return k;
    }

    /** The ")" closing the "(" at {@code open} within six tokens and no quotation, before {@code to}; else -1. */
    private int shortParenthesisClose(int open, int to) {
        int close = open + 1;
        while (close < to && close - open <= 6 && !tokens.get(close).is(")") && !tokens.get(close).quoted()) close++;
        return close < to && tokens.get(close).is(")") ? close : -1;
    }

    /**
     * The index of the "(" closing at {@code close} when the parenthesis is short and follows a capitalised word
     * ("Sanders (I-Vt.)", "Trump (R)") or holds an acronym ("Международный олимпийский комитет (МОК)"), else -1.
     */
    private int nameParenthesisOpen(int close, int consumed) {
        for (int k = close - 1; k > consumed && close - k <= 8; k--) {
            if (tokens.get(k).is("(")) {
                boolean acronym = close == k + 2 && acronym(tokens.get(k + 1));
                return (tokens.get(k - 1).isCapitalized() || acronym) && tokens.get(k - 1).isWord() ? k : -1;
            }
            if (tokens.get(k).quoted() || tokens.get(k).is(")")) return -1;
        }
        return -1;
    }

    /** A word of two or more capital letters and no small ones: "МОК", "WHO". */
    private static boolean acronym(Token t) {
        String w = t.text();
        if (w.length() < 2 || !t.isWord()) return false;
        for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i)) && !Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }

    /** Token {@code k} can open a clause: not a preposition, a conjunction or punctuation. */
    private boolean startsClause(int k, int to) {
        if (k >= to) return false;
        Token t = tokens.get(k);
        if (t.quoted()) return true;
        return t.isWord() && !CLAUSE_NON_STARTERS.contains(t.lower()) && wordCount(k, to) >= 3;
    }

    /** Words that open an introductory adverbial: "Later in the day, ...", "On Monday, ...", "Speaking in Ohio, ...". */
    static final Set<String> ADVERBIAL_OPENERS = Set.of("later", "earlier", "then", "now", "still", "instead",
            "however", "meanwhile", "separately", "privately", "publicly", "yesterday", "today", "tonight", "first",
            "finally", "also", "indeed", "moreover", "similarly", "likewise", "asked",
            "again", "afterward", "afterwards", "overall", "nevertheless", "nonetheless", "otherwise", "thus",
            "despite", "among", "like", "unlike", "under", "within", "without", "amid", "following", "throughout",
            "here", "there", "back", "soon", "whenever", "last", "next", "this", "along", "across", "outside", "inside");

    /** Tokens {@code [from, to)} are introductory adverbials only, each clause-break-separated part opening like one. */
    private boolean adverbials(int from, int to) {
        boolean partStart = true;
        boolean subordinate = false;
        int parts = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.quoted()) return false;
            if (t.isClauseBreak()) {
                partStart = true;
                continue;
            }
            // "There is serious concern about ...", "This is a disaster": a finite verb makes a clause, unless a
            // subordinator opened it ("When he was in Iowa, ...")
            if (!partStart && !subordinate && FINITE.contains(t.lower())) return false;
            if (!partStart) continue;
            partStart = false;
            subordinate = SUBORDINATORS.contains(t.lower()) || CONTRAST.contains(t.lower());
            if (CONNECTIVES.contains(t.lower()) && k + 1 < to) {
                partStart = true;
                continue;
            }
            String w = t.lower();
            Token next = k + 1 < to ? tokens.get(k + 1) : null;
            // "About 9.9 million mothers live here, according to ...": before a number "about" counts, it opens no
            // prepositional phrase
            if (NUMBER_MODIFIERS.contains(w) && next != null && !next.quoted()
                    && (Character.isDigit(next.text().charAt(0)) || NUMBER_WORDS.contains(next.lower()))) return false;
            // "Separately, ...", "Speaking at ...": not "Italy is ...", "Nothing is ..."
            boolean adverb = w.endsWith("ly") && (next == null || next.isClauseBreak() || CLAUSE_NON_STARTERS.contains(next.lower()));
            // "Addressing the farmers Tuesday, ...", "Lashing out, ...": a participle opening the text before the source
            boolean participle = w.endsWith("ing") && !w.endsWith("thing") && next != null
                    && (CLAUSE_NON_STARTERS.contains(next.lower()) || lex.determiners.contains(next.lower())
                    || k == from && t.isCapitalized() && w.length() > 5);
            if (!(ADVERBIAL_OPENERS.contains(w) || CLAUSE_NON_STARTERS.contains(w) || SUBORDINATORS.contains(w)
                    || adverb || participle)) return false;
            parts++;
        }
        return parts > 0;
    }

    /** Token {@code k} can open the object of a cue: a word that is no preposition, conjunction or object pronoun. */
    private boolean startsObject(int k, int to) {
        if (k >= to || tokens.get(k).isClauseBreak() || !(tokens.get(k).isWord() || tokens.get(k).quoted())) return false;
        // "the farmers' support is strong": a finite verb after the cue form makes it a noun subject
        if (!tokens.get(k).quoted() && FINITE.contains(tokens.get(k).lower())) return false;
        // "the pier plan grew louder": so does a past verb that is never an adjective (a regular "-ed" form may be one:
        // "cited unnamed sources", "opposed proposed cuts")
        if (!tokens.get(k).quoted() && PAST_NOT_ADJECTIVE.contains(tokens.get(k).lower())) return false;
        if (!OBJECT_NON_STARTERS.contains(tokens.get(k).lower())) return true;
        // "asked her to call him": an object pronoun before an infinitive
        if (OBJECT_PRONOUNS.contains(tokens.get(k).lower()) && k + 1 < to && tokens.get(k + 1).lower().equals("to")
                && !tokens.get(k + 1).quoted()) return true;
        // "called her vote a mistake": "her" before a noun is a possessive, the object goes on
        return tokens.get(k).lower().equals("her") && k + 1 < to && tokens.get(k + 1).isWord() && !tokens.get(k + 1).quoted()
                && !OBJECT_NON_STARTERS.contains(tokens.get(k + 1).lower()) && !CLAUSE_NON_STARTERS.contains(tokens.get(k + 1).lower());
    }

    /** "told reporters he would", "told The Times the plan": the clause after the object of "told", or -1. */
    private int afterObject(Sentences.Range s, int i) {
        int k = i + 1;
        if (k >= s.to()) return -1;
        Token t = tokens.get(k);
        if (TOLD_OBJECTS.contains(t.lower())) k++;
        else {
            if (lex.determiners.contains(t.lower()) && k + 1 < s.to() && tokens.get(k + 1).isCapitalized()) k++;
            int j = k;
            while (j < s.to() && tokens.get(j).isWord() && tokens.get(j).isCapitalized() && !tokens.get(j).quoted()) j++;
            if (j == k) return -1;
            k = j;
        }
        // "told Politico, “...”": a quotation may follow the object after a comma
        if (k + 1 < s.to() && tokens.get(k).is(",")) return tokens.get(k + 1).quoted() ? k + 1 : -1;
        // "told reporters on Monday he would veto it": when it was said comes before what
        int clause = afterTimeAdverbial(k, s.to());
        if (clause > k && startsClause(clause, s.to())) return clause;
        return startsClause(k, s.to()) ? k : -1;
    }

    /** Time adverbs of one word: "said yesterday he ...". */
    private static final Set<String> TIME_ADVERBS = Set.of("yesterday", "today", "tonight", "earlier", "later");

    /**
     * The end of a time adverbial opening at token {@code k} ("on Monday", "Monday night", "this week", "late
     * Tuesday", "yesterday"), or {@code k} when none opens there. English only: Russian word order puts the time
     * elsewhere.
     */
    private int afterTimeAdverbial(int k, int to) {
        if (lex != CueLexicon.ENGLISH || k >= to || tokens.get(k).quoted()) return k;
        String w = tokens.get(k).lower();
        String next = k + 1 < to && !tokens.get(k + 1).quoted() ? tokens.get(k + 1).lower() : "";
        int j = k;
        if (WEEKDAYS.contains(w)) j = k + 1;
        else if (w.equals("on") && WEEKDAYS.contains(next)) j = k + 2;
        else if ((TIME_OPENERS.contains(w) || w.equals("late") || w.equals("early"))
                && (TIME_UNITS.contains(next) || WEEKDAYS.contains(next))) j = k + 2;
        else if (TIME_ADVERBS.contains(w)) j = k + 1;
        // "Monday night", "on Tuesday morning"
        if (j > k && j < to && WEEKDAYS.contains(tokens.get(j - 1).lower()) && TIME_UNITS.contains(tokens.get(j).lower())) j++;
        return j;
    }

    /**
     * "X, a former ..., said that ...", "“...,” X, a spokesman, said.": the name before the appositive is the
     * source. The segments between commas are tried from the cue backwards.
     */
    private Draft appositive(Sentences.Range s, int i, CueLexicon.Cue cue, Span cueSpan, int consumed, int boundary, int afterFrom) {
        int start = Math.max(s.from(), consumed);
        int c1 = boundary;
        for (int tries = 0; tries < 4; tries++) {
            int c0 = c1 - 1;
            while (c0 >= start && !tokens.get(c0).quoted()) {
                // "Rep. Bobby Scott (D-Va.), a member of ...": the name's parenthesis is no clause break
                int open = tokens.get(c0).is(")") ? nameParenthesisOpen(c0, start) : -1;
                if (open >= 0) c0 = open - 1;
                else if (tokens.get(c0).isClauseBreak()) break;
                else c0--;
            }
            if (wordCount(c1 + 1, boundary) > 25 || hasQuote(c1 + 1, boundary)) return null;
            int nameFrom = skipConnectives(c0 + 1, c1);
            if (c1 < boundary && nameLike(nameFrom, c1)) {
                if (c0 >= start && quoteBefore(c0)) {
                    // the quote before the name is the content
                    return contentFirst(s, i, cue, cueSpan, consumed, c0, nameFrom, c1);
                }
                // "“...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a description is
                // name-like too, but the name it describes comes first, after the quote
                if (c0 >= start && tokens.get(c0).is(",") && quoteBeforeAppositives(c0, start)) {
                    c1 = c0;
                    continue;
                }
                // "Whitlock, a veteran fisherman, criticized the quotas": an object cue takes its object
                boolean object = cue.needs() != CueLexicon.Needs.CLAUSE && lex == CueLexicon.ENGLISH && startsObject(i + 1, s.to());
                if (afterFrom < 0 && !object && !(cue.needs() == CueLexicon.Needs.CLAUSE && startsClause(i + 1, s.to()))) return null;
                return sourceFirst(s, i, cue, cueSpan, nameFrom, c1, afterFrom, consumed, -1);
            }
            if (c0 < start || !tokens.get(c0).is(",")) return null;
            c1 = c0;
        }
        return null;
    }

    /** Whether a quote closes right before the comma-separated segments that end at comma {@code comma}. */
    private boolean quoteBeforeAppositives(int comma, int start) {
        int k = comma - 1;
        while (k >= start && !tokens.get(k).quoted() && !clauseStop(tokens.get(k))) k--;
        return k >= start && tokens.get(k).quoted() && isMark(tokens.get(k));
    }

    /** The subject of an object cue: a name, a pronoun, a description or "percent of voters"; not "their" (a noun cue). */
    private boolean objectSubject(int from, int to) {
        if (from >= to) return false;
        Token last = tokens.get(to - 1);
        if (to - from == 1 && lex.determiners.contains(last.lower())) return false;
        if (last.lower().endsWith("'s") || last.lower().endsWith("’s")) return false;
        if (RELATIVES.contains(last.lower()) || to - from == 1 && (SUBJECT_PRONOUNS.contains(last.lower()) || contractedSubject(last))) return true;
        if (Character.isDigit(tokens.get(from).text().charAt(0)) && wordCount(from, to) <= 6) return true;
        // "voters want ...", "many other polls show ...": a bare plural noun phrase
        if (shortSubject(from, to) && last.lower().endsWith("s") && !last.isCapitalized() && !RELATIVES.contains(last.lower())) return true;
        // "a new survey from the Farmers Union and Delta Research found ...": a longer description with its determiner
        if (lex.determiners.contains(tokens.get(from).lower()) && wordCount(from, to) <= 10 && !hasQuote(from, to)) {
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).lower();
                if (lex.verb(w) != null || FINITE.contains(w) || lex.auxiliaries.contains(w) || lex.passiveMarkers.contains(w)
                        || RELATIVES.contains(w) || SUBORDINATORS.contains(w) && !w.equals("in")) return false;
            }
            return true;
        }
        return nameLike(from, to);
    }

    /** Tokens {@code [from, to)} are a name ("Roxana M. Leon", "Nevada's governor"), a pronoun or a short description. */
    private boolean nameLike(int from, int to) {
        if (from >= to || wordCount(from, to) > 6) return false;
        Token first = tokens.get(from);
        if (to - from == 1 && (SUBJECT_PRONOUNS.contains(first.lower()) || contractedSubject(first))) return true;
        if (!first.isCapitalized() && !lex.determiners.contains(first.lower())) return false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            // "Sen. Ted Cruz (R-Tex.)": a party and state in parentheses belong to the name
            if (t.is("(") && k > from) {
                int close = shortParenthesisClose(k, to);
                if (close >= 0 && nameParenthesisOpen(close, from) == k) {
                    k = close;
                    continue;
                }
            }
            // "The report, released on Friday, found": after a determiner a verb's form is a noun
            boolean noun = k > from && lex.determiners.contains(tokens.get(k - 1).lower());
            if (t.quoted() || lex.verb(t.lower()) != null && !noun || lex.auxiliaries.contains(t.lower())
                    || lex.passiveMarkers.contains(t.lower())) return false;
            if (!t.isWord() && !t.is(".") && !t.is("'") && !t.is("’")) return false;
        }
        return true;
    }

    /** Words before an "as" that make it part of a phrase ("such as", "as well as"), not a clause opener. */
    private static final Set<String> NOT_BEFORE_AS_CLAUSE = Set.of("such", "well", "as", "just", "same");

    /** "X said that ...", or "..., X said." when the content came first. */
    private Draft sourceFirst(Sentences.Range s, int i, CueLexicon.Cue cue, Span cueSpan, int segFrom, int segTo,
                              int afterFrom, int consumed, int boundary) {
        // "Глава региона в своём телеграм-канале написал": where the speaker said it is no part of the speaker
        if (lex != CueLexicon.ENGLISH) {
            segTo = withoutTrailingWhere(segFrom, segTo);
            // "Глава города Андрей Джатдоев вечером сообщил": the time is the cue's
            while (segTo - 1 > segFrom && TIME_ADVERBS_RU.contains(tokens.get(segTo - 1).lower())) segTo--;
        }
        // "in which he said", "when she said": the subordinator is no part of the source
        int subordinated = segFrom;
        while (segFrom + 1 < segTo && SUBORDINATORS.contains(tokens.get(segFrom).lower())) segFrom++;
        // "After the board asked workers to take a pay cut, hundreds quit": a subordinate clause ends at its comma
        int limit = s.to();
        if (lex == CueLexicon.ENGLISH && segFrom > subordinated && !tokens.get(subordinated).lower().equals("in")
                && !tokens.get(subordinated).lower().equals("as")) {
            for (int k = i + 1; k < s.to(); k++) {
                if (tokens.get(k).is(",") && !tokens.get(k).quoted() && wordCount(k, s.to()) >= 3) {
                    limit = k;
                    break;
                }
            }
        }
        for (int k = segTo - 2; k > segFrom; k--) {
            String w = tokens.get(k).lower();
            // "the plan stalled as a group of lawmakers demanded ...": "as" opens a clause, not "such as" or "as well as"
            boolean opensAsClause = w.equals("as") && !NOT_BEFORE_AS_CLAUSE.contains(tokens.get(k - 1).lower())
                    && (lex.determiners.contains(tokens.get(k + 1).lower()) || CLAUSE_SUBJECTS.contains(tokens.get(k + 1).lower()));
            if (SUBORDINATORS.contains(w) && !w.equals("in") && (!w.equals("as") || opensAsClause) && !w.equals("even")
                    && !w.equals("once")) {
                segFrom = k + 1;
                break;
            }
        }
        if (wordCount(segFrom, segTo) == 0 || wordCount(segFrom, segTo) > MAX_SUBJECT_WORDS) return null;
        if (boundary >= consumed && quoteBefore(boundary)) {
            // "“...,” Trump said, before suggesting that ...": the quote before the source is the content
            Draft d = contentFirst(s, i, cue, cueSpan, consumed, boundary, segFrom, segTo);
            if (d != null) return d;
        }
        if (afterFrom >= 0) {
            int end = quotationEnd(afterFrom, limit);
            Draft d = draft(content(afterFrom, end >= 0 ? end : contentEnd(afterFrom, limit)), cueSpan, cue.lemma(), segFrom, segTo, null);
            if (d != null) return d;
        }
        // "Despite the criticism, officials said they welcome it": a clause after the cue is its content
        // "Later in the day, the FBI said it would ...": an introductory adverbial is no content, unless the
        // attribution interrupts the content ("By dropping the line, Ms. Tchen said, the White House ...")
        boolean introduced = boundary >= consumed && !(i + 1 < s.to() && tokens.get(i + 1).is(","))
                && adverbials(consumed, boundary);
        // "announced it would cut jobs": a clause with a pronoun subject follows a "that" cue without its "that"
        boolean bareClause = cue.needs() != CueLexicon.Needs.CLAUSE && lex == CueLexicon.ENGLISH && i + 2 < s.to()
                && !tokens.get(i + 1).quoted() && (CLAUSE_SUBJECTS.contains(tokens.get(i + 1).lower())
                || tokens.get(i + 1).lower().equals("it") && finiteClause(i + 1, s.to()));
        boolean clauseAfter = (cue.needs() == CueLexicon.Needs.CLAUSE || bareClause) && startsClause(i + 1, s.to())
                && (introduced || !TIME_WORDS.contains(tokens.get(i + 1).lower()) || finiteClause(i + 1, s.to()));
        if (boundary >= consumed && !clauseAfter && !introduced && cue.needs() != CueLexicon.Needs.OBJECT) {
            Draft d = contentFirst(s, i, cue, cueSpan, consumed, boundary, segFrom, segTo);
            if (d != null) return d;
        }
        // "The poll showed Trump ahead", "the Post announced its intention": English news attributes objects of
        // speech and perception verbs too; Russian "сообщило о ..." reports facts
        boolean takesObject = cue.needs() == CueLexicon.Needs.OBJECT
                || cue.needs() != CueLexicon.Needs.CLAUSE && lex == CueLexicon.ENGLISH;
        // "called him a liar", "called it a disaster": naming cues take an object pronoun
        boolean named = cue.needs() == CueLexicon.Needs.QUOTE && i + 2 < limit && !tokens.get(i + 1).quoted()
                && (OBJECT_PRONOUNS.contains(tokens.get(i + 1).lower()) || tokens.get(i + 1).lower().equals("it"))
                && !tokens.get(i + 2).isClauseBreak() && !CLAUSE_NON_STARTERS.contains(tokens.get(i + 2).lower());
        // "Cruz endorsed Trump on Monday.", "he does not defend it": an object of one word, a name or a pronoun
        boolean single = (cue.needs() == CueLexicon.Needs.OBJECT || cue.needs() == CueLexicon.Needs.QUOTE)
                && lex == CueLexicon.ENGLISH && singleObject(i + 1, limit);
        if (takesObject && !bareClause && (startsObject(i + 1, limit) || named || single) && objectSubject(segFrom, segTo)) {
            Draft d = draft(content(i + 1, objectEnd(i + 1, limit)), cueSpan, cue.lemma(), segFrom, segTo, null);
            if (d != null || !single) return d;
            Span word = Span.of(text, tokens.get(i + 1).start(), tokens.get(i + 1).end());
            return new Draft(Quote.Kind.REPORTED, List.of(word), cueSpan, cue.lemma(), segFrom, segTo, null);
        }
        if ((cue.needs() == CueLexicon.Needs.CLAUSE || bareClause) && wordCount(i + 1, limit) >= 3) {
            // "said on Monday he would veto it": when it was said is not what was said
            int from = afterTimeAdverbial(i + 1, limit);
            if (from == i + 1 || !startsClause(from, limit) || wordCount(from, limit) < 3) from = i + 1;
            return draft(content(from, contentEnd(from, limit)), cueSpan, cue.lemma(), segFrom, segTo, null);
        }
        return null;
    }

    /**
     * The source right after the cue: "“...,” said Rubio.", "«...», — заявил он.", and "Об этом заявил X." whose
     * content is the {@code anaphoricPrevious} sentence.
     */
    private Draft inverted(Sentences.Range s, int i, CueLexicon.Cue cue, Span cueSpan, int cueStart, int consumed,
                           int afterFrom, Sentences.Range anaphoricPrevious) {
        int from = i + 1;
        from = afterAddressee(afterSourceStops(from, s.to()), s.to());
        int sourceTo = sourceAfter(from, s.to(), true);
        if (sourceTo == from) return null;
        if (cue.needs() == CueLexicon.Needs.OBJECT) return null;
        // "..., said the state must pay the fine": a verb after the cue makes a clause, not a source
        if (lex == CueLexicon.ENGLISH) {
            for (int k = from; k < sourceTo; k++) {
                String w = tokens.get(k).lower();
                if (FINITE.contains(w) || lex.verb(w) != null && !tokens.get(k).isCapitalized()) return null;
            }
        }
        // "In 2019, the mayor and her deputy, Tom Reyes, criticized the plan": "called", "criticized" put their source after
        // them only after a quotation ("“A disaster,” called it X" is not English)
        if (lex == CueLexicon.ENGLISH && cue.needs() == CueLexicon.Needs.QUOTE && !(cueStart - 1 >= consumed && quoteBefore(cueStart - 1))) return null;
        // "... from about 12 percentage points": after the cue must come a name, a pronoun or a description
        Token first = tokens.get(from);
        if (lex == CueLexicon.ENGLISH && !first.isCapitalized() && !lex.determiners.contains(first.lower())
                && !lex.pronouns.contains(first.lower()) && !lex.titles.contains(first.lower())
                && !QUANTIFIERS.contains(first.lower()) && !Character.isDigit(first.text().charAt(0))
                && !descriptionBeforeName(from, s.to())) return null;
        int boundary = cueStart - 1;
        if (boundary >= consumed && (isSourceBoundary(tokens.get(boundary)))) {
            Draft d = contentFirst(s, sourceTo - 1, cue, cueSpan, consumed, boundary, from, sourceTo);
            if (d == null && lex == CueLexicon.ENGLISH && sourceTo + 1 < s.to() && tokens.get(sourceTo).is(",")
                    && namesToEnd(sourceTo + 1, s.to())) {
                // "..., said the lawmakers, Representatives James E. Clyburn of South Carolina and G. K. Butterfield":
                // the names after the source gloss it; the content is before the cue
                int end = s.to();
                while (end > sourceTo + 1 && !tokens.get(end - 1).isWord()) end--;
                d = contentFirst(s, end - 1, cue, cueSpan, consumed, boundary, from, sourceTo);
                if (d != null) return d;
            }
            if (d != null || sourceTo >= s.to() || !tokens.get(sourceTo).is(",")) return d;
            // a parenthetical attribution: "Между тем, утверждает экономист X, ..."
            return draft(content(sourceTo + 1, contentEnd(sourceTo + 1, s.to())), cueSpan, cue.lemma(), from, sourceTo, null);
        }
        if (anaphoricPrevious != null) {
            return draft(content(anaphoricPrevious.from(), anaphoricPrevious.to()), cueSpan, cue.lemma(), from, sourceTo, null);
        }
        if (cueStart == skipConnectives(s.from(), cueStart) && afterFrom > sourceTo) {
            // verb-first order: "Заявил глава МИД, что ..."
            return draft(content(afterFrom, contentEnd(afterFrom, s.to())), cueSpan, cue.lemma(), from, sourceTo, null);
        }
        return null;
    }

    /** Outlets named by a common noun between a place of speaking and the speaker: "в эфире телеканала глава МИД". */
    private static final Set<String> GENITIVE_OUTLETS_RU = Set.of("телеканала", "радиостанции", "агентства", "издания",
            "газеты", "журнала", "телеканалу", "газете", "журналу");

    /** Who speaks, unnamed, after the outlet told: "сообщил РИА Новости источник в правительстве". */
    private static final Set<String> UNNAMED_SPEAKERS_RU = Set.of("источник", "источники", "собеседник", "собеседники");

    /**
     * Past an outlet a Russian cue tells before its speaker: "сообщил РИА Новости источник в правительстве",
     * "заявил ТАСС представитель ведомства". An outlet's name, capitalised, then a lower-case word that opens a
     * source (a source, a role): the source starts there. Otherwise {@code from}.
     */
    /** The first token at or after {@code from} that is no preposition ending a source written after its cue. */
    private int afterSourceStops(int from, int to) {
        while (from < to && lex.sourceStops.contains(tokens.get(from).lower())) from++;
        return from;
    }

    private int afterAddressee(int from, int to) {
        if (lex == CueLexicon.ENGLISH || from >= to) return from;
        // "Как заявили «Деньгам» в Министерстве образования": a quoted outlet the source's words follow is whom it told
        int quoted = quotedName(from, to);
        if (quoted > from) return quotedSource(from, to) > from ? from : quoted;
        if (tokens.get(from).quoted()) return from;
        int k = from;
        // "сказал в эфире телеканала глава МИД": the channel's name or noun, whichever case
        while (k < to && k - from < 4 && tokens.get(k).isWord() && !tokens.get(k).quoted()
                && !UNNAMED_SPEAKERS_RU.contains(tokens.get(k).lower()) && !lex.titles.contains(tokens.get(k).lower())
                && (tokens.get(k).isCapitalized() || k == from && GENITIVE_OUTLETS_RU.contains(tokens.get(k).lower()))) k++;
        if (k == from || k >= to) return from;
        String next = tokens.get(k).lower();
        return UNNAMED_SPEAKERS_RU.contains(next) || lex.titles.contains(next) ? k : from;
    }

    /** Where something is said, after "в" or "на": "в интервью", "на брифинге", "в телеграм-канале". */
    private static final Set<String> WHERE_SAID_RU = Set.of("интервью", "эфире", "беседе", "разговоре", "блоге",
            "телеграм-канале", "telegram-канале", "соцсетях", "соцсети", "брифинге", "пресс-конференции", "заседании",
            "совещании", "выступлении", "обращении", "аккаунте", "микроблоге", "своем", "своём", "своей", "ходе");

    /** Time adverbs between a Russian source and its cue: "Джатдоев вечером сообщил", "министр вчера заявил". */
    private static final Set<String> TIME_ADVERBS_RU = Set.of("утром", "днём", "днем", "вечером", "ночью", "вчера",
            "сегодня", "ранее", "позже", "позднее", "впервые", "уже", "также", "затем", "потом");

    /** Prepositions of where something was said: "в своём блоге", "на брифинге". */
    private static final Set<String> WHERE_PREPOSITIONS_RU = Set.of("в", "во", "на");

    /**
     * The end of a Russian source without a phrase of where it was said at its end: "в своём телеграм-канале", "на
     * брифинге" (lower-case words after "в" / "на" up to the cue). A capitalised word after the preposition may be
     * the speaker's name ("глава МЧС в Приморье Иван Петров"): then the source stays whole.
     */
    private int withoutTrailingWhere(int from, int to) {
        // "Министр в интервью ТАСС заявил": a phrase of where it was said ends the source, an outlet in it or not
        for (int k = from + 1; k + 1 < to; k++) {
            if (WHERE_PREPOSITIONS_RU.contains(tokens.get(k).lower()) && WHERE_SAID_RU.contains(tokens.get(k + 1).lower())) return k;
        }
        for (int k = to - 1; k > from; k--) {
            Token t = tokens.get(k);
            if (t.quoted() || !t.isWord() && !t.text().equals("-") || t.isCapitalized()) return to;
            if (WHERE_PREPOSITIONS_RU.contains(t.lower())) return k + 1 < to ? k : to;
        }
        return to;
    }

    /** The word before ", как" in a subordinate conjunction: "после того, как", "с тех пор, как", "в то время, как". */
    private static final java.util.Set<String> SUBORDINATE_HEADS = java.util.Set.of("того", "тех", "пор", "время", "тем");

    /** Content from the clause start up to {@code boundary}, attributed by a short tail ending the sentence. */
    private Draft contentFirst(Sentences.Range s, int last, CueLexicon.Cue cue, Span cueSpan, int consumed, int boundary,
                               int sourceFrom, int sourceTo) {
        // "Решение последовало через неделю после того, как палата сообщила ...": the clause before is the writer's,
        // the attribution sits in a subordinate clause of time
        if (boundary > consumed && boundary + 1 < s.to() && tokens.get(boundary).is(",")
                && SUBORDINATE_HEADS.contains(tokens.get(boundary - 1).lower()) && tokens.get(boundary + 1).lower().equals("как")) {
            return null;
        }
        int tailEnd = contentEnd(last + 1, s.to(), false);
        Content first = content(consumed, tokens.get(boundary).quoted() ? boundary + 1 : boundary);
        // "В «Озёрстрое» нарушения отрицают": words and then a quotation end a content before its source only with a
        // comma, dash or other mark at its end ("He called it “a disaster,” X said"); without one the quotation marks
        // a name. A whole quotation may lack it ("“...” Grubbs said"): writers drop that comma.
        if (first != null && first.kind() != Quote.Kind.DIRECT && tokens.get(boundary).quoted()
                && !markedQuotationEnd(consumed, boundary)) {
            return null;
        }
        if (first != null && first.kind() != Quote.Kind.DIRECT && resumesClause(last + 1, tailEnd)) {
            // "By doing so, Ms. Tchen said, the White House can ...": the attribution interrupts the content
            Content rest = content(last + 2, tailEnd);
            if (rest != null) {
                List<Span> both = new ArrayList<>(first.spans());
                both.addAll(rest.spans());
                Quote.Kind kind = first.kind() == Quote.Kind.REPORTED && rest.kind() == Quote.Kind.REPORTED
                        ? Quote.Kind.REPORTED : Quote.Kind.PARTIAL;
                return draft(new Content(both, kind), cueSpan, cue.lemma(), sourceFrom, sourceTo, null);
            }
        }
        int subjectFrom = skipConnectives(consumed, boundary);
        if (predicateResumes(subjectFrom, boundary, last + 1, tailEnd)) {
            // "A new campaign manager, he said, could set ...": the attribution stands between subject and verb
            Content rest = content(last + 2, tailEnd);
            if (rest != null) {
                List<Span> both = new ArrayList<>();
                both.add(Span.of(text, tokens.get(subjectFrom).start(), tokens.get(boundary - 1).end()));
                both.addAll(rest.spans());
                Quote.Kind kind = rest.kind() == Quote.Kind.REPORTED ? Quote.Kind.REPORTED : Quote.Kind.PARTIAL;
                return draft(new Content(both, kind), cueSpan, cue.lemma(), sourceFrom, sourceTo, null);
            }
        }
        // a quoted title in the tail is no resumed quote: "..., Pence said on CNN's “State of the Union.”"
        boolean resumesQuote = !trailingQuote(last + 1, s.to()).isEmpty();
        // after a quotation the tail may be long: "“...,” said John Smith, associate director of ..."
        boolean tailShort = !resumesQuote && (wordCount(last + 1, tailEnd) <= MAX_TAIL_WORDS
                || first != null && first.kind() == Quote.Kind.DIRECT && quoteBefore(boundary)
                || first != null && wordCount(consumed, boundary) >= 4 && appositiveAt(last + 1, tailEnd)
                || first != null && adverbialTail(last + 1, tailEnd));
        if (tailShort || first == null) return draft(first, cueSpan, cue.lemma(), sourceFrom, sourceTo, null);
        List<Span> second = trailingQuote(last + 1, s.to());
        if (second.isEmpty()) return null;
        List<Span> both = new ArrayList<>(first.spans());
        both.addAll(second);
        Quote.Kind kind = first.kind() == Quote.Kind.DIRECT ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
        return draft(new Content(both, kind), cueSpan, cue.lemma(), sourceFrom, sourceTo, null);
    }

    /** Words that open a tail telling when or where something was said: "said Tuesday in a fireside chat with ...". */
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("in", "at", "on", "during", "while", "with", "after",
            "before", "from", "via");

    /**
     * Whether tokens {@code [from, to)} after a cue only tell when, where or to whom it was said, however long ("CEO Tim
     * Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff"): a weekday or a preposition opens
     * them, and no clause break, verb of a clause, complementizer or quotation follows. The content is then the clause
     * before.
     */
    private boolean adverbialTail(int from, int to) {
        if (from >= to || lex != CueLexicon.ENGLISH) return false;
        String opener = tokens.get(from).lower();
        if (!(TIME_WORDS.contains(opener) && !lex.determiners.contains(opener) && !opener.equals("it") && !opener.equals("there")
                || TIME_OPENERS.contains(opener) || TAIL_PREPOSITIONS.contains(opener))) return false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.quoted() || t.isClauseBreak() || lex.complementizers.contains(w) || FINITE.contains(w) || CLAUSE_SUBJECTS.contains(w)
                    || contractedSubject(t) || verbForm(t) && !w.endsWith("ing")) return false;
        }
        return true;
    }

    /** Whether punctuation ends the quotation whose last token is {@code end}: a comma, dash, colon, ".", "?", "!" or "…". */
    private boolean markedQuotationEnd(int from, int end) {
        for (int k = Math.min(end + 1, tokens.size() - 1); k >= from && (k > end || !tokens.get(k).isWord()); k--) {
            String t = tokens.get(k).text();
            if (t.equals(",") || t.equals(":") || t.equals("?") || t.equals("!") || t.equals(".") || t.equals("…") || t.equals("...")
                    || tokens.get(k).isDash()) {
                return true;
            }
        }
        return false;
    }

    /** Words between an attribution and the quotation it resumes: "..., said X, a pollster at Y, “B.”". */
    private static final int MAX_INTERRUPTION_WORDS = 15;

    /**
     * "“A,” he said, “B.”", "“A,” he said on Monday in Iowa, “B.”": the quote resuming after the attribution and
     * a short adverbial or appositive ending in a comma or colon.
     */
    private List<Span> trailingQuote(int from, int to) {
        if (from >= to) return List.of();
        Token first = tokens.get(from);
        if (!first.is(",") && !first.is(":") && !CLAUSE_NON_STARTERS.contains(first.lower())
                && !TIME_WORDS.contains(first.lower())) return List.of();
        int i = from;
        // a cue or "that" in between starts an attribution of its own: "..., he said, adding that “B.”"
        // ("the city's planning office": a participle inside a description is no cue)
        while (i < to && !tokens.get(i).quoted() && !tokens.get(i).is(";") && i - from <= 2 * MAX_INTERRUPTION_WORDS
                && !interruptingCue(i) && !lex.complementizers.contains(tokens.get(i).lower())) i++;
        // "“A,” he said, but “B.”": the quotation may follow a conjunction after the comma
        boolean joined = i - 2 >= from && COORDINATORS.contains(tokens.get(i - 1).lower()) && tokens.get(i - 2).is(",");
        // "«A, — сказал он, — B»", "«A», — сказал он, — «B»": Russian resumes after a comma and a dash
        joined |= i - 2 >= from && tokens.get(i - 1).isDash() && tokens.get(i - 2).is(",");
        if (i == from || i >= to || !tokens.get(i).quoted() || !(tokens.get(i - 1).is(",") || tokens.get(i - 1).is(":") || joined)
                || wordCount(from, i) > MAX_INTERRUPTION_WORDS) return List.of();
        int q = tokens.get(i).quote();
        int j = i;
        while (j < to && tokens.get(j).quote() == q) j++;
        if (wordCount(j, to) > 0) return List.of();
        return inner(i, j);
    }

    /** A cue verb at {@code k} that starts an attribution of its own: a finite form, or a participle after a comma. */
    private boolean interruptingCue(int k) {
        CueLexicon.Cue c = lex.verb(tokens.get(k).lower());
        return c != null && (!c.participle() || afterComma(k));
    }

    /**
     * "He said, “We will act,” including ...": a content opening with a quotation that a comma or dash closes
     * ends with it, the writer's words go on; the token after the quotation, or -1.
     */
    private int quotationEnd(int from, int to) {
        // "... the campaign hopes to win:" at the end of the text has nothing after its colon
        if (from >= to || !tokens.get(from).quoted()) return -1;
        int q = tokens.get(from).quote();
        int j = from;
        while (j < to && tokens.get(j).quote() == q) j++;
        if (j >= to || wordCount(j, to) == 0) return -1;
        boolean commaInside = j - 2 > from && tokens.get(j - 2).is(",");
        return commaInside || tokens.get(j).is(",") || tokens.get(j).isDash() ? j : -1;
    }

    /** The first token of the content after cue {@code i}, or -1 when none follows the way the cue needs. */
    private int contentAfter(Sentences.Range s, int i, CueLexicon.Cue cue) {
        int limit = Math.min(s.to(), i + 1 + COMPLEMENTIZER_WINDOW);
        for (int k = i + 1; k < limit; k++) {
            Token t = tokens.get(k);
            if (t.quoted()) {
                // "заявил «РИА Новости», что ...": a short quoted name before a comma and the complementizer is whom
                // the speaker told, not what (without the comma, "said “Yes” that day", "that" may be a determiner)
                int title = t.quote();
                int titleEnd = k;
                while (titleEnd < limit && tokens.get(titleEnd).quote() == title) titleEnd++;
                int next = titleEnd + 1;
                if (next < limit && tokens.get(titleEnd).is(",") && lex.complementizers.contains(tokens.get(next).lower())
                        && wordCount(k, titleEnd) <= 5
                        && isMark(tokens.get(titleEnd - 1)) && k + 1 < titleEnd && tokens.get(k + 1).isCapitalized()) {
                    k = next - 1;
                    continue;
                }
                // "Как пишет «Коммерсант», ...": after "как" a quoted name is the source, not what it wrote
                if (lex != CueLexicon.ENGLISH && k == i + 1 && i > 0 && tokens.get(i - 1).lower().equals("как")
                        && quotedSource(k, limit) > k) return -1;
                boolean adjacent = k == i + 1 || k == i + 2 && (tokens.get(i + 1).is(",") || tokens.get(i + 1).is(":"));
                // "указывает на «отсутствие механизма ответственности …»", "говорил о «…»": a quotation as the object of
                // the cue's preposition, long enough not to be a name
                adjacent |= lex != CueLexicon.ENGLISH && k == i + 2 && OBJECT_PREPOSITIONS_RU.contains(tokens.get(i + 1).lower())
                        && wordCount(k, titleEnd) >= 4;
                if (adjacent || cue.needs() == CueLexicon.Needs.QUOTE && k <= i + 4) {
                    return cue.needs() == CueLexicon.Needs.QUOTE ? i + 1 : k;
                }
                // "said on CBS's “Face the Nation” that ...": a short quoted title on the way to the complementizer
                int q = t.quote();
                int after = k;
                while (after < limit && tokens.get(after).quote() == q) after++;
                if (lex == CueLexicon.ENGLISH && after < limit && wordCount(k, after) <= 5 && !tokens.get(after).quoted()
                        && isMark(tokens.get(after - 1)) && k + 1 < after && tokens.get(k + 1).isCapitalized()) {
                    k = after - 1;
                    continue;
                }
                return -1;
            }
            if (t.is(":")) return k + 1;
            // "want policies that create jobs": after the object of an object cue, "that" opens a relative clause
            if (lex.complementizers.contains(t.lower()) && cue.needs() == CueLexicon.Needs.OBJECT && nounBetween(i + 1, k)) return -1;
            // "said the report that was released Monday is wrong": a clause that opens with its subject right after the
            // cue has begun, so a later "that" is a relative pronoun in it ("said this week that" is time, not a subject)
            if (lex == CueLexicon.ENGLISH && lex.complementizers.contains(t.lower()) && cue.needs() == CueLexicon.Needs.CLAUSE
                    && k > i + 2 && SUBJECT_ARTICLES.contains(tokens.get(i + 1).lower())
                    && !TIME_UNITS.contains(tokens.get(i + 2).lower()) && !tokens.get(i + 2).lower().equals("day")) return -1;
            if (lex.complementizers.contains(t.lower())) return k;
            // "said she was not going to comment on that report": once a clause has begun, a later "that" is its own
            // ("said he's proud of the work on that front": a subject contracted with its verb has begun one too)
            if (lex == CueLexicon.ENGLISH && (FINITE.contains(t.lower()) || CLAUSE_SUBJECTS.contains(t.lower()) || contractedSubject(t))) {
                return -1;
            }
            // "asked if ...", "wondered why ...": an indirect question is the content
            if (lex == CueLexicon.ENGLISH && QUESTIONING.contains(cue.lemma()) && QUESTION_WORDS.contains(t.lower())
                    && !t.lower().equals("about") && k <= i + 3) return k;
            // "рассказал, как ...", "объяснил, почему ...": an indirect question right after the cue and its comma
            if (lex != CueLexicon.ENGLISH && k == i + 2 && tokens.get(i + 1).is(",") && RUSSIAN_QUESTION_WORDS.contains(t.lower())) {
                return k;
            }
            // "заявил вечером в среду, что": a comma may stand before the complementizer, else it ends the search
            boolean commaBeforeThat = t.is(",") && k + 1 < limit && lex.complementizers.contains(tokens.get(k + 1).lower());
            if (t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.isDash() || t.is(",") && k > i + 1 && !commaBeforeThat) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A noun among tokens {@code [from, to)}: a determiner or a plain lower-case word that is no time word,
     * preposition or adverb ("policies" in "want policies that ..."; not "again on Wednesday").
     */
    private boolean nounBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!t.isWord() || t.isCapitalized() || TIME_WORDS.contains(w) && !lex.determiners.contains(w)
                    || CLAUSE_NON_STARTERS.contains(w) || TIME_UNITS.contains(w) || w.endsWith("ly")) continue;
            return true;
        }
        return false;
    }

    /** Where a content starting at {@code from} ends: the sentence end, a semicolon, ", adding ..." or a later verb. */
    private int contentEnd(int from, int to) {
        return contentEnd(from, to, true);
    }

    /**
     * As {@link #contentEnd(int, int)}; without {@code laterVerbsEnd} a second verb of the subject or a new
     * attribution does not end it: the tail after a source runs on to them.
     */
    private int contentEnd(int from, int to, boolean laterVerbsEnd) {
        boolean afterPastCue = lex == CueLexicon.ENGLISH && pastCueBefore(from);
        int opening = adverbialAfterComplementizer(from, to);
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.quoted() || k == opening) continue;
            if (t.is(";")) return k;
            // "..., compared with 23 percent who ...", "..., when voters head to the polls": an adjunct after a comma
            // frames the statement in the writer's words
            if (t.is(",") && k + 1 < to && k > from + 2 && !tokens.get(k + 1).quoted()
                    && FRAMING.contains(tokens.get(k + 1).lower())) return k;

            // "... in partnership with NATO, the existing military alliance that ...": an appositive after a name at
            // the end of the reported clause is the writer's gloss
            if (lex == CueLexicon.ENGLISH && t.is(",") && k > from + 2 && k + 2 < to && tokens.get(k - 1).isCapitalized()
                    && !tokens.get(k - 1).quoted() && APPOSITIVE_OPENERS.contains(tokens.get(k + 1).lower())
                    && !tokens.get(k + 2).quoted() && !tokens.get(k + 2).isCapitalized() && appositiveRunsToEnd(k + 1, to)) {
                return k;
            }
            // "..., but ...", "..., while ...": a contrasting clause is the writer's, not the source's
            if (t.is(",") && k + 1 < to && k > from && CONTRAST.contains(tokens.get(k + 1).lower())
                    && !(k + 2 < to && sharesSubject(tokens.get(k + 2)))) return k;
            CueLexicon.Cue c = lex.verb(t.lower());
            if (c != null && c.participle() && (afterComma(k) || afterDash(k))) return k;
            // "praised the firefighters, thanked the nurses and ...": the speaker's next verb in a list
            if (laterVerbsEnd && t.is(",") && k > from + 1 && k + 1 < to && pastCue(k + 1)) return k;
            // "said she wants a safe zone and has expressed support for ...": the speaker's next verb
            if (laterVerbsEnd && k > from + 1 && COORDINATORS.contains(t.lower()) && k + 1 < to && continuesSubject(tokens.get(k + 1))
                    // "said she has male friends and understands ...": after a past cue, a present verb is the reported
                    // clause's own second verb; the speaker's next verb would be past too
                    && !(afterPastCue && presentThirdPerson(tokens.get(k + 1)))) {
                return tokens.get(k - 1).is(",") ? k - 1 : k;
            }
            // "..., and three-quarters said the same": a new attribution
            if (laterVerbsEnd && c != null && !c.participle() && !t.isCapitalized() && k > from + 1) {
                int end = attributionClauseStart(Math.max(from, opening), k);
                if (end >= 0) return end;
            }
            if (k + 1 < to && lex.sourceAfterPhrases.contains(t.lower() + " " + tokens.get(k + 1).lower()) && afterComma(k)) {
                return k;
            }
        }
        return to;
    }

    /** Lower-case words inside a list of names: "James E. Clyburn of South Carolina and G. K. Butterfield". */
    private static final Set<String> NAME_LIST_WORDS = Set.of("of", "and", "the", "from", "for", "at", "de", "van", "von");

    /** Whether tokens {@code [from, to)} up to the sentence's end are names only, capitalised from the first word. */
    private boolean namesToEnd(int from, int to) {
        if (from >= to || !tokens.get(from).isCapitalized()) return false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.quoted()) return false;
            if (!t.isWord()) {
                // initials' full stops, hyphens, and a comma between two names
                if (t.is(".") || t.text().equals("-") || t.is(",") && k + 1 < to && tokens.get(k + 1).isCapitalized()) continue;
                return false;
            }
            if (!t.isCapitalized() && !NAME_LIST_WORDS.contains(t.lower())) return false;
        }
        return true;
    }

    /** Articles that open a gloss of the name before them: "NATO, the existing military alliance". */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an");

    /** Whether the noun phrase at {@code from} runs to {@code to} with no verb of its own before a relative pronoun. */
    private boolean appositiveRunsToEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.quoted() || t.is(",") || t.is(";")) return false;
            String w = t.lower();
            if (RELATIVES.contains(w) || w.equals("of") || w.equals("in") || w.equals("for") || w.equals("with")) return true;
            if (FINITE.contains(w) || lex.auxiliaries.contains(w) || w.endsWith("ed") && !t.isCapitalized()) return false;
        }
        return true;
    }

    /**
     * The comma closing an adverbial right after the complementizer that opens a content ("said that in 1994, ...",
     * "said that, if elected, ..."): it opens the reported clause and ends nothing. -1 when there is none.
     */
    private int adverbialAfterComplementizer(int from, int to) {
        if (from >= to || tokens.get(from).quoted() || !lex.complementizers.contains(tokens.get(from).lower())) return -1;
        for (int c = from + 1; c < Math.min(to, from + 9); c++) {
            if (tokens.get(c).quoted() || tokens.get(c).is(";")) return -1;
            if (tokens.get(c).is(",")) return c > from + 1 && adverbials(from + 1, c) ? c : -1;
        }
        return -1;
    }

    /** Month names and their abbreviations, lower case. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that start a time adverbial on their own: "endorsed Trump last week". */
    private static final Set<String> TIME_OPENERS = Set.of("last", "this", "next", "earlier", "later", "yesterday",
            "today", "tonight");
    private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "weekend", "fall", "spring",
            "summer", "winter", "morning", "afternoon", "evening", "night");

    /**
     * Where the object of a cue starting at {@code from} ends: where {@link #contentEnd(int, int)} ends it, or
     * earlier at an appositive or relative clause (", his adviser", ", who ..."; not when a quotation follows,
     * which is what the cue describes), a time adverbial ("last week",
     * "on Monday") or "and" with a subject of its own ("and he didn't ..."). A clause content has none of these
     * limits: "said he would go on Monday".
     */
    private int objectEnd(int from, int to) {
        int end = contentEnd(from, to);
        for (int k = from + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.quoted()) continue;
            Token next = k + 1 < end ? tokens.get(k + 1) : null;
            String w = t.lower();
            if (t.is(",") && next != null && !next.quoted() && !hasQuote(k, end) && (lex.determiners.contains(next.lower())
                    || RELATIVES.contains(next.lower()) || next.lower().equals("where") || next.lower().equals("when")
                    || lex.titles.contains(next.lower()) || next.lower().endsWith("ing") && !next.lower().equals("including"))) {
                return k;
            }
            // "praised the volunteers – a gesture the union welcomed": a dash ends the object
            if (t.isDash() && k + 1 < end && !tokens.get(k + 1).quoted() && wordCount(from, k) >= 2 && !dashAmong(k + 1, end)
                    && !dashAmong(from, k)) return k;
            // "by next spring" stays: a preposition makes the time part of the object; and "called Mr. Obama's remarks
            // on Saturday “a true wake-up call”": a quotation after the time is what the object was called
            boolean prepositional = CLAUSE_NON_STARTERS.contains(tokens.get(k - 1).lower());
            if ((TIME_OPENERS.contains(w) && !prepositional && next != null
                    && (TIME_WORDS.contains(next.lower()) || TIME_UNITS.contains(next.lower()))
                    || (w.equals("on") || w.equals("in") || w.equals("during")) && next != null
                    && (TIME_WORDS.contains(next.lower()) && next.isCapitalized() || MONTHS.contains(next.lower())))
                    && !hasQuote(k, end)) {
                return k;
            }
            if (COORDINATORS.contains(w) && next != null && !next.quoted()
                    && (SUBJECT_PRONOUNS.contains(next.lower()) || SUBJECT_AUXILIARIES.contains(next.lower()))) {
                return tokens.get(k - 1).is(",") ? k - 1 : k;
            }
            // "mocked the tactics and cast himself as ...", "denied the charges and counter-accused her": a noun
            // phrase ends where the speaker's next verb follows "and"
            if (COORDINATORS.contains(w) && next != null && k + 2 < end && verbForm(next)) {
                return tokens.get(k - 1).is(",") ? k - 1 : k;
            }
            // "called for a ban because ...", "oppose it when ...": a subordinate clause is the writer's, not the object
            if (OBJECT_CLOSERS.contains(w) && next != null && !next.quoted() && k > from + 1
                    && (SUBJECT_PRONOUNS.contains(next.lower()) || lex.determiners.contains(next.lower()) || next.isCapitalized())) {
                return tokens.get(k - 1).is(",") ? k - 1 : k;
            }
        }
        return end;
    }

    /**
     * Token {@code k} is a whole object by itself: a name or an object pronoun followed by the end of the clause, a
     * preposition or a time word ("endorsed Sanders in March", "opposes it.", "praised Obama, who ...").
     */
    private boolean singleObject(int k, int limit) {
        if (k >= limit) return false;
        Token t = tokens.get(k);
        String w = t.lower();
        if (t.quoted() || !t.isWord() || Character.isDigit(w.charAt(0)) || MONTHS.contains(w)) return false;
        if (!(t.isCapitalized() && !TIME_WORDS.contains(w) || OBJECT_PRONOUNS.contains(w) || w.equals("it"))) return false;
        if (k + 1 >= limit) return true;
        Token next = tokens.get(k + 1);
        if (next.quoted()) return false;
        String n = next.lower();
        return next.is(".") || next.isClauseBreak() || next.is("!") || next.is("?") || CLAUSE_NON_STARTERS.contains(n)
                || TIME_OPENERS.contains(n) || TIME_WORDS.contains(n) && !lex.determiners.contains(n) && !n.equals("it");
    }

    /** A subject pronoun with an auxiliary attached: "he’s", "they've", "she'd", "I'm", "we'll". */
    private static final java.util.regex.Pattern CONTRACTED_SUBJECT =
            java.util.regex.Pattern.compile("(he|she|it|they|we|i|you|who)['’](s|re|ve|d|ll|m)");
    /** A subject pronoun with "is", "are" or "am" attached: "he’s", "they're", "I'm". */
    private static final java.util.regex.Pattern CONTRACTED_BE =
            java.util.regex.Pattern.compile("(he|she|it|they|we|i|you|who)['’](s|re|m)");

    private static boolean contractedSubject(Token t) {
        return !t.quoted() && CONTRACTED_SUBJECT.matcher(t.lower()).matches();
    }

    private static boolean contractedBe(Token t) {
        return !t.quoted() && CONTRACTED_BE.matcher(t.lower()).matches();
    }

    /** Words opening the writer's adjunct after a comma that ends a content. */
    private static final Set<String> FRAMING = Set.of("compared", "where");

    /** Subordinators that close the object of a cue when a clause follows them: "because he ...", "when the bill ...". */
    private static final Set<String> OBJECT_CLOSERS = Set.of("because", "while", "after", "before", "until",
            "although", "though", "whereas");

    /** A lower-case past verb form that can follow "and" in a list of one subject's verbs: "ripped", "went". */
    private boolean verbForm(Token t) {
        String w = t.lower();
        if (t.quoted() || t.isCapitalized() || !t.isWord()) return false;
        CueLexicon.Cue c = lex.verb(w);
        if (c != null && !c.lemma().equals(w) && !c.participle()) return true;
        return w.length() > 4 && w.endsWith("ed") || IRREGULAR_PAST.contains(w);
    }

    /** Nouns whose first word is a cue verb's form. */
    private static final Set<String> COMPOUND_NOUNS = Set.of("think tank", "think tanks", "think-tank", "call center",
            "call centre", "report card", "warning signs", "warning sign", "claim form");

    /** Irregular past tenses of common verbs. */
    private static final Set<String> IRREGULAR_PAST = Set.of("went", "made", "took", "gave", "got", "came", "left",
            "met", "sent", "spent", "held", "kept", "ran", "won", "lost", "began", "brought", "bought", "put", "set",
            "cast", "stood", "sat", "drew", "wrote", "spoke", "told", "said", "saw", "became");

    /**
     * Words after which a cue form is a noun: "the support", "in a tweet", "of state", "Trump's call", "more
     * forecasts" (not "some", "many", "most": they stand alone as subjects, "Many said ...").
     */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "of", "in", "on", "at", "for", "with", "from", "by", "no", "any", "every",
            "each", "whose", "more", "other", "such", "fewer", "<", "/");

    private static boolean nounMarker(Token before) {
        return !before.quoted() && (NOUN_MARKERS.contains(before.lower()) || before.lower().endsWith("'s")
                || before.lower().endsWith("s'") || before.lower().endsWith("s’")
                || before.lower().endsWith("’s") && !before.lower().equals("he’s") && !before.lower().equals("she’s")
                && !before.lower().equals("it’s") && !before.lower().equals("that’s"));
    }

    /**
     * "..., but required ...", "..., but that ...": after a contrast word the source's content goes on when a verb
     * without its own subject or a second "that" follows.
     */
    private boolean sharesSubject(Token next) {
        if (next.quoted()) return false;
        String w = next.lower();
        return lex.complementizers.contains(w) || FINITE.contains(w) || w.equals("not") || w.equals("also") || w.equals("just")
                || !next.isCapitalized() && w.endsWith("ed") && w.length() > 4;
    }

    /** Auxiliaries that, right after "and", start a second verb of the sentence subject: "and has", "but did not". */
    private static final Set<String> SUBJECT_AUXILIARIES = Set.of("has", "had", "did", "didn't", "hasn't", "also", "then",
            "later");

    /** Token {@code k} is a past-tense cue verb, lower case and unquoted: "blasted", "told"; not "say" or "saying". */
    private boolean pastCue(int k) {
        Token t = tokens.get(k);
        if (t.quoted() || t.isCapitalized()) return false;
        // "mocked the auditors, referred to the report as ...": a verb with its particle
        if (k + 1 < tokens.size() && lex.phrasal(t.lower(), tokens.get(k + 1).lower()) != null
                && t.lower().endsWith("ed")) return true;
        CueLexicon.Cue c = lex.verb(t.lower());
        return c != null && !c.participle() && !c.lemma().equals(t.lower()) && !t.lower().endsWith("s");
    }

    /** Whether a cue in a past form ("said", "told", "added that") comes right before token {@code from}. */
    private boolean pastCueBefore(int from) {
        for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
            Token t = tokens.get(k);
            if (t.quoted()) return false;
            if (lex.complementizers.contains(t.lower())) continue;
            CueLexicon.Cue c = lex.verb(t.lower());
            return c != null && !c.participle() && !c.lemma().equals(t.lower()) && !t.lower().endsWith("s");
        }
        return false;
    }

    /** A cue verb's third-person present form: "understands", "wants". */
    private boolean presentThirdPerson(Token t) {
        CueLexicon.Cue c = lex.verb(t.lower());
        return c != null && !c.participle() && !c.lemma().equals(t.lower()) && t.lower().endsWith("s")
                && !t.lower().endsWith("ss");
    }

    private boolean continuesSubject(Token next) {
        if (next.quoted()) return false;
        if (SUBJECT_AUXILIARIES.contains(next.lower())) return true;
        CueLexicon.Cue c = lex.verb(next.lower());
        // "calling it a disgrace and urging ...": in English a participle cue joins the participle before
        return c != null && (!c.participle() || lex == CueLexicon.ENGLISH) && !c.lemma().equals(next.lower());
    }

    /**
     * Where the clause of cue {@code k} starts when a subject of its own stands before it ("..., and others have
     * said ..."): the comma or conjunction before the subject; -1 when the cue has no subject there.
     */
    private int attributionClauseStart(int from, int k) {
        int cueStart = k;
        while (cueStart > from && lex.auxiliaries.contains(tokens.get(cueStart - 1).lower())) cueStart--;
        int b = cueStart - 1;
        // "..., while two senators suggested ...": a contrasting clause with a subject of its own
        while (b > from && !tokens.get(b).quoted() && !tokens.get(b).is(",") && !tokens.get(b).is(";")
                && !COORDINATORS.contains(tokens.get(b).lower()) && !(lex == CueLexicon.ENGLISH && CLAUSE_CONTRAST.contains(tokens.get(b).lower()))) b--;
        if (b <= from || b == cueStart - 1 || tokens.get(b).quoted()) return -1;
        // "the citation and the demand for ...": after a determiner the cue form is a noun
        if (nounMarker(tokens.get(cueStart - 1))) return -1;
        // "the roads were safe and that the crews would work overnight": a second "that" clause of the same content
        if (lex.complementizers.contains(tokens.get(b + 1).lower())) return -1;
        // "..., and Sanders, who says it's a disaster": a relative pronoun after a comma is a speaker of its own
        boolean relative = cueStart - b == 2 && tokens.get(b).is(",") && tokens.get(b + 1).lower().equals("who");
        if (subjectEnd(b + 1, cueStart) != cueStart && !shortSubject(b + 1, cueStart) && !quantity(b + 1, cueStart) && !relative) return -1;
        return (COORDINATORS.contains(tokens.get(b).lower()) || CLAUSE_CONTRAST.contains(tokens.get(b).lower()))
                && tokens.get(b - 1).is(",") ? b - 1 : b;
    }

    /** Conjunctions opening a contrasting clause: "while", "whereas". */
    private static final Set<String> CLAUSE_CONTRAST = Set.of("while", "whereas");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "half", "majority", "share", "percent");
    /** Words a share may start with before its number: "more than 4 in 10", "nearly half". */
    private static final Set<String> NUMBER_MODIFIERS = Set.of("nearly", "almost", "about", "more", "fewer", "less",
            "just", "only", "over", "roughly", "most", "some");

    /** A share of people as poll reports give it: "42%", "one in four voters", "30 percent of Democrats". */
    private boolean quantity(int from, int to) {
        if (from >= to || wordCount(from, to) > 7) return false;
        boolean number = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.quoted() || !t.isWord() && !t.is("%") || FINITE.contains(w) || lex.verb(w) != null
                    || RELATIVES.contains(w)) return false;
            number |= Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
        }
        String first = tokens.get(from).lower();
        return number && (Character.isDigit(first.charAt(0)) || NUMBER_WORDS.contains(first)
                || NUMBER_MODIFIERS.contains(first) || first.equals("the") || first.equals("a"));
    }

    /** "quoted as" stands before token {@code k}. */
    private boolean quotedAs(int k) {
        return k >= 2 && tokens.get(k - 1).lower().equals("as") && tokens.get(k - 2).lower().equals("quoted");
    }

    /** "Ruiz was quoted as saying the budget ...": the subject of the passive is the speaker. */
    private Draft quotedAsSaying(Sentences.Range s, int i, CueLexicon.Cue cue, int consumed, int cueStart) {
        int verbStart = cueStart - 2;
        while (verbStart > consumed && (lex.passiveMarkers.contains(tokens.get(verbStart - 1).lower())
                || lex.auxiliaries.contains(tokens.get(verbStart - 1).lower()))) verbStart--;
        int boundary = verbStart - 1;
        while (boundary >= Math.max(s.from(), consumed) && !isSourceBoundary(tokens.get(boundary))) boundary--;
        int subjectFrom = skipConnectives(boundary + 1, verbStart);
        if (subjectEnd(subjectFrom, verbStart) != verbStart) return null;
        int afterFrom = contentAfter(s, i, cue);
        int from = afterFrom >= 0 ? afterFrom : i + 1;
        Span cueSpan = Span.of(text, tokens.get(cueStart - 2).start(), tokens.get(i).end());
        return draft(content(from, contentEnd(from, s.to())), cueSpan, cue.lemma(), subjectFrom, verbStart, null);
    }

    /**
     * Cues whose passive subject is not what was said: the one spoken to or about ("was asked", "was told") or a
     * matter settled ("was decided by", "is supposed to").
     */
    private static final Set<String> PASSIVE_NON_STATEMENTS = Set.of("ask", "tell", "call", "urge", "remind", "inform",
            "notify", "advise", "assure", "expect", "thank", "congratulate", "accuse", "convince", "hire", "nominate",
            "encourage", "decide", "suppose", "continue", "sign", "add", "see");

    /**
     * "The meeting was first reported by Politico.", "The closure was announced on Thursday.": what a passive cue
     * reports is its subject; the agent after "by", if any, is the source.
     */
    private Draft passive(Sentences.Range s, int i, CueLexicon.Cue cue, int consumed, int cueStart) {
        Token form = tokens.get(i);
        String w = form.lower();
        if (cue.participle() || w.equals(cue.lemma()) || w.endsWith("s") || form.isCapitalized()) return null;
        int marker = cueStart - 1;
        while (marker - 1 > Math.max(s.from(), consumed) && (lex.passiveMarkers.contains(tokens.get(marker - 1).lower())
                || lex.auxiliaries.contains(tokens.get(marker - 1).lower()))) marker--;
        int start = Math.max(s.from(), consumed);
        int subjectTo = marker;
        int b = subjectTo - 1;
        while (b >= start && !isSourceBoundary(tokens.get(b)) && !SUBORDINATORS.contains(tokens.get(b).lower())) b--;
        int subjectFrom = skipConnectives(b + 1, subjectTo);
        if (subjectFrom >= subjectTo) return null;
        boolean relative = subjectTo - subjectFrom == 1 && RELATIVES.contains(tokens.get(subjectFrom).lower());
        if (!relative && !(subjectEnd(subjectFrom, subjectTo) == subjectTo || objectSubject(subjectFrom, subjectTo))) return null;
        // the agent: "by" after the cue and a few words of place or time
        int by = i + 1;
        while (by < s.to() && by - i <= 6 && !tokens.get(by).isClauseBreak() && !tokens.get(by).quoted()
                && !tokens.get(by).lower().equals("by")) by++;
        int sourceFrom = by < s.to() && tokens.get(by).lower().equals("by") ? by + 1 : -1;
        int sourceTo = sourceFrom >= 0 ? sourceAfter(sourceFrom, s.to(), true) : -1;
        // without an agent, "was charged", "was declared", the passive names no speaker
        if (sourceTo <= sourceFrom || PASSIVE_NON_STATEMENTS.contains(cue.lemma())) return null;
        Span content = Span.of(text, tokens.get(subjectFrom).start(), tokens.get(subjectTo - 1).end());
        Span cueSpan = Span.of(text, tokens.get(marker).start(), form.end());
        return new Draft(Quote.Kind.REPORTED, List.of(content), cueSpan, cue.lemma(), sourceFrom, sourceTo, null);
    }

    /** Prepositions before a gerund cue whose speaker is the clause subject: "by saying", "after calling for". */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "since");

    /** The first content token after participle cue {@code i}: its clause or its object; -1 when neither follows. */
    private int participleContent(Sentences.Range s, int i, CueLexicon.Cue cue, int afterFrom) {
        if (afterFrom >= 0) return afterFrom;
        if (cue.needs() == CueLexicon.Needs.CLAUSE) return startsClause(i + 1, s.to()) ? i + 1 : -1;
        return startsObject(i + 1, s.to()) ? i + 1 : -1;
    }

    /**
     * "with 30 percent of voters saying they ...", "the share of Republicans saying ...": a participle right after
     * a share of poll respondents, who are its source; so is a name or description after "with".
     */
    private Draft pollParticiple(Sentences.Range s, int i, CueLexicon.Cue cue, Span cueSpan, int consumed, int cueStart) {
        if (cue.needs() == CueLexicon.Needs.OBJECT || !startsClause(i + 1, s.to())) return null;
        int from = -1;
        for (int b = cueStart - 1; b >= Math.max(consumed, cueStart - 8) && !tokens.get(b).isClauseBreak(); b--) {
            if (quantity(b, cueStart)) from = b;
            // "with the teachers' union calling her ...": after "with" any name or description speaks
            if (from < 0 && lex == CueLexicon.ENGLISH && b < cueStart - 1 && tokens.get(b).lower().equals("with")
                    && !tokens.get(b).quoted() && (nameLike(b + 1, cueStart) || objectSubject(b + 1, cueStart))) {
                from = b + 1;
                break;
            }
        }
        if (from < 0) return null;
        int afterFrom = contentAfter(s, i, cue);
        int start = afterFrom >= 0 ? afterFrom : i + 1;
        return draft(content(start, contentEnd(start, s.to())), cueSpan, cue.lemma(), from, cueStart, null);
    }

    /** One to three plain words that can only be a noun phrase: "three-quarters", "some analysts", "others". */
    private boolean shortSubject(int from, int to) {
        if (to - from > 3) return false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!t.isWord() || t.quoted() || RELATIVES.contains(w) || SUBORDINATORS.contains(w) || CLAUSE_NON_STARTERS.contains(w)
                    || lex.complementizers.contains(w) || lex.auxiliaries.contains(w) || lex.passiveMarkers.contains(w)
                    || FINITE.contains(w) || lex.verb(w) != null) return false;
        }
        return true;
    }

    /** "flipped his choice – saying he ...": in English a dash before a participle opens it like a comma. */
    private boolean afterDash(int k) {
        return lex == CueLexicon.ENGLISH && k > 0 && tokens.get(k - 1).isDash() && !tokens.get(k - 1).quoted();
    }

    private boolean afterComma(int k) {
        if (k > 0 && tokens.get(k - 1).is(",")) return true;
        // "“very soon,” adding": the comma sits inside the closing quotation mark
        return k > 1 && tokens.get(k - 1).quoted() && QuoteMarks.isMark(tokens.get(k - 1).text().charAt(0))
                && tokens.get(k - 2).is(",");
    }

    /** The source written after a cue or an "according to": up to a clause break, a stop word or a complementizer. */
    private int sourceAfter(int from, int to, boolean stopAtPrepositions) {
        int k = from;
        // tokens of a name's parenthesis, which do not count towards the source's length
        int aside = 0;
        while (k < to && k - from - aside < MAX_SOURCE_WORDS) {
            Token t = tokens.get(k);
            if (t.is(".") && k > from && k + 1 < to && tokens.get(k + 1).isCapitalized() && tokens.get(k - 1).end() == t.start()
                    && (tokens.get(k - 1).text().length() == 1 || lex.titles.contains(tokens.get(k - 1).lower()))) {
                k++;  // "Ms. Leon", "Roxana M. Leon"
                continue;
            }
            int name = k == from && lex != CueLexicon.ENGLISH ? quotedSource(k, to) : k;
            if (name > k) {
                // "Как пишет «Коммерсант», ...": Russian writes an outlet's name in quotation marks, which stay with it;
                // "«Коммерсант» со ссылкой на источник": and what it cites
                if (!citing(name, to)) return name;
                k = name;
                continue;
            }
            // "according to the World Health Organization (WHO), ...", "по данным Всемирной организации
            // здравоохранения (ВОЗ)": a short parenthesis opening with a capital after the name is the name's
            if (t.is("(") && k > from && tokens.get(k - 1).isWord()) {
                int close = shortParenthesisClose(k, to);
                if (close > k + 1 && tokens.get(k + 1).isCapitalized()) {
                    aside += close + 1 - k;
                    k = close + 1;
                    continue;
                }
            }
            if (t.quoted() || !t.isWord()) break;
            if (lex.complementizers.contains(t.lower())) break;
            if (stopAtPrepositions && k > from && lex.sourceStops.contains(t.lower())) break;
            k++;
        }
        while (k > from && !tokens.get(k - 1).isWord() && !tokens.get(k - 1).is(")")) k--;
        return k;
    }

    /**
     * The end of a short name in quotation marks opening at {@code k} («Коммерсант», «Новая газета»): an opening mark,
     * one to four words, the first capitalised, and the closing mark; {@code k} when there is none.
     */
    private int quotedName(int k, int to) {
        if (k + 2 >= to || !isMark(tokens.get(k)) || !tokens.get(k).quoted() || !tokens.get(k + 1).isCapitalized()) return k;
        int q = tokens.get(k).quote();
        int end = k;
        while (end < to && tokens.get(end).quote() == q) end++;
        return isMark(tokens.get(end - 1)) && end - 1 > k + 1 && wordCount(k, end) <= 4 ? end : k;
    }

    /**
     * The end of an outlet named in quotation marks at {@code k} that is the source itself: the name followed by no
     * word of the source's, or by what it cites ("«Коммерсант», …", "«Коммерсант» со ссылкой на …"); {@code k} when
     * the name is none, or whom the source told ("«Деньгам» в Министерстве").
     */
    private int quotedSource(int k, int to) {
        int name = quotedName(k, to);
        if (name == k) return k;
        boolean more = name < to && tokens.get(name).isWord() && !citing(name, to);
        return more ? k : name;
    }

    /** "со ссылкой" at {@code k}: what a source cites follows. */
    private boolean citing(int k, int to) {
        return k + 1 < to && tokens.get(k).lower().equals("со") && tokens.get(k + 1).lower().equals("ссылкой");
    }

    private boolean isSourceBoundary(Token t) {
        return t.quoted() || t.isClauseBreak() || lex.complementizers.contains(t.lower());
    }

    /**
     * "The bank, according to the report, lost money": a bare subject before the phrase and the rest of its clause after
     * the source are the content, in two spans; null when the words before the phrase are no subject alone or nothing
     * lower-case goes on after the source.
     */
    private Content subjectAndRest(int from, int beforeEnd, int sourceTo, int to) {
        int start = skipConnectives(from, beforeEnd);
        if (start >= beforeEnd) return null;
        // "He had, according to the Post, killed and eaten a rabbit": the subject may bring its auxiliary
        int end = subjectEnd(start, beforeEnd);
        if (end <= start) return null;
        for (int k = end; k < beforeEnd; k++) {
            Token t = tokens.get(k);
            if (t.quoted() || !FINITE.contains(t.lower()) && !lex.auxiliaries.contains(t.lower())) return null;
        }
        return beforeAndRest(start, beforeEnd, sourceTo, to);
    }

    /**
     * Tokens {@code [start, beforeEnd)} before an according-to phrase and the rest of their clause after its source
     * (from a comma and a lower-case word on), in two spans; null when no such rest follows.
     */
    private Content beforeAndRest(int start, int beforeEnd, int sourceTo, int to) {
        if (sourceTo + 1 >= to || !tokens.get(sourceTo).is(",")) return null;
        Token next = tokens.get(sourceTo + 1);
        if (!next.isWord() || next.isCapitalized() || next.quoted()) return null;
        Content rest = content(sourceTo + 1, contentEnd(sourceTo + 1, to));
        if (rest == null) return null;
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(text, tokens.get(start).start(), tokens.get(beforeEnd - 1).end()));
        spans.addAll(rest.spans());
        return new Content(spans, rest.kind());
    }

    /**
     * "в смету попали работы, которые, по данным палаты, не выполнялись", "works which, according to the chamber, were
     * never done": a phrase right after a relative pronoun interrupts its clause, so the content is that clause (from
     * the last colon, semicolon or dash before it) and the rest of it after the source, in two spans; null otherwise.
     */
    private Content relativeClauseAndRest(int from, int beforeEnd, int sourceTo, int to) {
        if (beforeEnd <= from || !RELATIVES.contains(tokens.get(beforeEnd - 1).lower())) return null;
        int start = beforeEnd - 1;
        // a quoted name («Озёрстрой») is part of the clause, a quotation is not
        while (start > from && !inQuotation(start - 1) && !clauseStop(tokens.get(start - 1))) start--;
        if (inQuotation(start)) return null;
        return beforeAndRest(start, beforeEnd, sourceTo, to);
    }

    private boolean opensClause(Sentences.Range s, int consumed, int i) {
        // "In fact, according to X, ...": an introductory adverbial leaves the clause to the phrase
        int from = afterAdverbials(Math.max(s.from(), consumed), i);
        while (from < i && (tokens.get(from).is(",") || tokens.get(from).isDash())) from++;
        return from == i;
    }

    private boolean anaphoric(int from, int cueStart) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < cueStart; k++) b.append(k > from ? " " : "").append(tokens.get(k).lower());
        if (lex.anaphoricContent.contains(b.toString())) return true;
        // "Об этом в своём телеграм-канале написал …", "Об этом журналистам сообщил …": where, or to whom, between
        return lex != CueLexicon.ENGLISH && cueStart - from >= 3 && cueStart - from <= 8
                && tokens.get(from).lower().equals("об") && tokens.get(from + 1).lower().equals("этом")
                && (WHERE_PREPOSITIONS_RU.contains(tokens.get(from + 2).lower()) || lex.sourceStops.contains(tokens.get(from + 2).lower()));
    }

    /** The first token after the connectives and introductory adverbials at {@code from}: "On Sunday, Pastor X ...". */
    private int afterAdverbials(int from, int to) {
        int start = skipConnectives(from, to);
        for (int c = start; c < to; c++) {
            if (tokens.get(c).is(",") && adverbials(start, c)) start = skipConnectives(c + 1, to);
        }
        return start;
    }

    /**
     * The draft with its source starting after a date that opens it ("On Monday the two governments"), and without a
     * source that is only a date or a preposition ("Об этом говорили во вторник, 5 мая": nobody is named).
     */
    private Draft withoutDateOpening(Draft d) {
        if (!d.hasSource()) return d;
        if (noSpeaker(d.sourceFrom(), d.sourceTo())) {
            return new Draft(d.kind(), d.content(), d.cue(), d.cueWord(), d.sourceFrom(), d.sourceFrom(), d.sameSpeakerAs());
        }
        int from = afterDateOpening(d.sourceFrom(), d.sourceTo());
        return from == d.sourceFrom() ? d
                : new Draft(d.kind(), d.content(), d.cue(), d.cueWord(), from, d.sourceTo(), d.sameSpeakerAs());
    }

    /**
     * Words that open or close a Russian clause's subject without being part of it: particles and time adverbs ("Хотя
     * украинские чиновники", "Вот и ... Шувалов недавно", "Путин осенью"), and a dative pronoun, the addressee.
     */
    private static final Set<String> RUSSIAN_SOURCE_PARTICLES = Set.of("хотя", "еще", "ещё", "даже", "ведь", "впрочем",
            "кстати", "вот", "теперь", "сейчас", "уже", "также", "тоже", "же", "ранее", "вчера", "сегодня", "недавно",
            "тогда", "давно", "вновь", "снова", "опять", "наконец", "позже", "затем", "потом", "неоднократно", "публично",
            "осенью", "весной", "летом", "зимой",
            // the addressee between a subject and its verb: "Быстрицкая мне сказала"
            "мне", "нам", "ему", "ей", "им", "тебе", "вам");
    /**
     * The object a verb confirms or denies, between the subject and the verb: "В компании информацию подтвердили",
     * "Министр это отрицал". Only at the end of a source: "Данные Росстата показали" is the source itself.
     */
    private static final Set<String> RUSSIAN_SOURCE_OBJECTS = Set.of("информацию", "сведения", "данные", "слухи", "факт",
            "новость", "это");
    /** Prepositions of a Russian adverbial phrase that can open a clause before its subject: "После спектакля Штефан Кэги". */
    private static final Set<String> RUSSIAN_OPENING_PREPOSITIONS = Set.of("после", "до", "перед", "в", "во", "на", "при",
            "накануне", "благодаря", "за");

    /**
     * The draft with a Russian source stripped of the particles around it ("Хотя украинские чиновники" → "украинские
     * чиновники", "Правительство сейчас" → "Правительство") and of an adverbial phrase before a name that ends it
     * ("После спектакля Штефан Кэги", "в свое время Маргарет Тэтчер" → the name): Russian sets no comma after such
     * openings.
     */
    private Draft withoutOpeningPhrase(Draft d) {
        if (!d.hasSource() || lex == CueLexicon.ENGLISH) return d;
        int from = d.sourceFrom(), to = d.sourceTo();
        // "..., как говорили, ...": "as they said" names nobody
        if (to - from == 1 && lex.asWords.contains(tokens.get(from).lower())) {
            return new Draft(d.kind(), d.content(), d.cue(), d.cueWord(), from, from, d.sameSpeakerAs());
        }
        while (to - from > 1 && (RUSSIAN_SOURCE_PARTICLES.contains(tokens.get(from).lower()) || CONNECTIVES.contains(tokens.get(from).lower()))) from++;
        while (to - from > 1 && (RUSSIAN_SOURCE_PARTICLES.contains(tokens.get(to - 1).lower())
                || RUSSIAN_SOURCE_OBJECTS.contains(tokens.get(to - 1).lower()))) to--;
        if (to - from > 2 && RUSSIAN_OPENING_PREPOSITIONS.contains(tokens.get(from).lower())) {
            int name = to;
            while (name - 1 > from + 1 && tokens.get(name - 1).isWord() && tokens.get(name - 1).isCapitalized()) name--;
            if (name < to && name > from + 1 && !tokens.get(name - 1).isCapitalized()) from = name;
        }
        return from == d.sourceFrom() && to == d.sourceTo() ? d
                : new Draft(d.kind(), d.content(), d.cue(), d.cueWord(), from, to, d.sameSpeakerAs());
    }

    /** Words that open a Russian indirect question: "рассказал, как ...", "объяснил, почему ...". */
    private static final Set<String> RUSSIAN_QUESTION_WORDS = Set.of("как", "какие", "какой", "какая", "какое", "каким",
            "почему", "зачем", "сколько", "кто", "чем", "где", "куда", "откуда");

    /** Russian month names in the genitive, as dates write them ("5 мая"). */
    private static final Set<String> RUSSIAN_MONTHS = Set.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    private static final Set<String> LONE_PREPOSITIONS = Set.of("в", "во", "на", "in", "at", "on");

    /** Whether tokens {@code [from, to)} name nobody: a date's words and numbers only, or a lone preposition. */
    private boolean noSpeaker(int from, int to) {
        if (to - from == 1 && LONE_PREPOSITIONS.contains(tokens.get(from).lower())) return true;
        boolean date = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            // a month alone may be a name ("May said"); with a preposition or a day it is a date
            if (WEEKDAYS.contains(w) || RUSSIAN_WEEKDAYS.contains(w) || (MONTHS.contains(w) || RUSSIAN_MONTHS.contains(w)) && to - from > 1) {
                date = true;
            }
            else if (!(DATE_PREPOSITIONS.contains(w) || t.is(",") || w.chars().allMatch(Character::isDigit))) return false;
        }
        return date;
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "by", "since", "until", "early", "late", "в", "во");
    private static final Set<String> RUSSIAN_WEEKDAYS = Set.of("понедельник", "вторник", "среду", "среда", "четверг", "пятницу",
            "пятница", "субботу", "суббота", "воскресенье");
    private static final Set<String> RELATIVE_DATES = Set.of("last", "this", "next");
    private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year", "night", "morning", "evening");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /**
     * The subject after a date opening the clause without a comma: "On Monday the two governments promised",
     * "Last week the ministry said", "In March 2024 officials said", "В понедельник министерство заявило". A month counts only after a preposition
     * ("May said" is Theresa May); the words after the date must be the subject, not nothing.
     */
    private int afterDateOpening(int from, int to) {
        int k = from;
        if (k >= to) return from;
        String first = tokens.get(k).lower();
        // the preposition may lie before the source the rules found ("In May the president said")
        boolean preposition = DATE_PREPOSITIONS.contains(first)
                || from > 0 && DATE_PREPOSITIONS.contains(tokens.get(from - 1).lower()) && !tokens.get(from - 1).quoted();
        boolean relative = RELATIVE_DATES.contains(first);
        if (DATE_PREPOSITIONS.contains(first) || relative) k++;
        if (k >= to) return from;
        String w = tokens.get(k).lower();
        boolean date = WEEKDAYS.contains(w) || RUSSIAN_WEEKDAYS.contains(w) && preposition || MONTHS.contains(w) && preposition || PERIODS.contains(w) && relative
                || k == from && (w.equals("yesterday") || w.equals("today"));
        if (!date) return from;
        k++;
        while (k < to && (tokens.get(k).text().chars().allMatch(Character::isDigit) || PARTS_OF_DAY.contains(tokens.get(k).lower()))) k++;
        if (k < to && tokens.get(k).is(",")) k++;
        return k < to && tokens.get(k).isWord() && wordCount(k, to) >= 1 ? k : from;
    }

    private int skipConnectives(int from, int to) {
        while (from < to && (CONNECTIVES.contains(tokens.get(from).lower()) || tokens.get(from).is(",") || isSymbol(tokens.get(from)))) {
            from++;
        }
        return from;
    }

    /** An emoji, a pictograph or another symbol, as Telegram posts open with ("🔴 В Кремле заявили"): no part of a source. */
    private static boolean isSymbol(Token t) {
        if (t.quoted()) return false;
        int c = t.text().codePointAt(0);
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK || type == Character.FORMAT
                || type == Character.MODIFIER_SYMBOL || Character.isSupplementaryCodePoint(c) && !Character.isLetterOrDigit(c);
    }

    /** A title in title case: no lowercase word of four letters or more outside quotes. */
    private boolean isHeadline(Sentences.Range s) {
        for (int k = s.from(); k < s.to(); k++) {
            Token t = tokens.get(k);
            if (!t.quoted() && t.isWord() && !t.isCapitalized() && t.text().length() >= 4) return false;
        }
        return true;
    }

    private boolean onlyQuoted(Sentences.Range s) {
        return wordCount(s.from(), s.to()) > 0 && tokens.subList(s.from(), s.to()).stream()
                .allMatch(t -> t.quoted() || !t.isWord());
    }

    /**
     * "said the budget has a hole": a subject and a finite verb after the cue make a clause, not the
     * time adverbial or object of a tail ("..., he said the other day").
     */
    private boolean finiteClause(int from, int to) {
        for (int k = from + 1; k < to && !tokens.get(k).isClauseBreak(); k++) {
            if (tokens.get(k).quoted()) return false;
            if (FINITE.contains(tokens.get(k).lower())) return wordCount(from, to) >= 4;
        }
        return false;
    }

    /** Auxiliaries and modals that make the words around them a clause, not a noun phrase. */
    /** Irregular past forms that read only as verbs, so a cue form before one is a noun subject ("the plan grew"). */
    private static final Set<String> PAST_NOT_ADJECTIVE = Set.of("grew", "fell", "rose", "came", "went", "took", "began",
            "became", "stood", "ran", "seemed", "appeared", "remained", "drew");

    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "has", "have", "had", "should", "must", "may", "might", "did", "does", "do", "won't", "can't", "isn't",
            "wasn't", "didn't", "doesn't", "don't", "wouldn't", "aren't", "weren't", "won’t", "can’t", "isn’t", "wasn’t",
            "didn’t", "doesn’t", "don’t", "wouldn’t", "aren’t", "weren’t");

    /**
     * ", the White House is able to ...": after a parenthetical attribution, a clause (it has an auxiliary before
     * any further comma) rather than an appositive (", a senior analyst at ...", ", who ...").
     */
    private boolean resumesClause(int k, int to) {
        if (k + 1 >= to || !tokens.get(k).is(",") || tokens.get(k + 1).quoted()) return false;
        String first = tokens.get(k + 1).lower();
        if (RELATIVES.contains(first) || lex.titles.contains(first) || !tokens.get(k + 1).isWord()) return false;
        for (int j = k + 1; j < to && !tokens.get(j).isClauseBreak(); j++) {
            if (FINITE.contains(tokens.get(j).lower())) return j > k + 1 && wordCount(k + 1, to) >= 4;
        }
        return false;
    }

    /**
     * Tokens {@code [from, to)} are a bare noun phrase (no verb, clause break or quotation) and after the
     * attribution, at {@code k}, a comma and a verb of its own follow: ", could set ...", ", made him ...".
     */
    private boolean predicateResumes(int from, int to, int k, int tailEnd) {
        if (from >= to || k + 2 >= tailEnd || !tokens.get(k).is(",") || wordCount(from, to) > 8 || hasQuote(from, to)
                || adverbials(from, to)) return false;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.isClauseBreak() || FINITE.contains(t.lower()) || lex.verb(t.lower()) != null
                    || SUBORDINATORS.contains(t.lower()) && j > from) return false;
        }
        Token verb = tokens.get(k + 1);
        String w = verb.lower();
        if (verb.quoted() || verb.isCapitalized() || !verb.isWord()) return false;
        return FINITE.contains(w) || w.endsWith("ed") && !lex.determiners.contains(w) && !CLAUSE_NON_STARTERS.contains(w);
    }

    /** ", a senior analyst at ...", ", who ...": an appositive after a source. */
    private boolean appositiveAt(int k, int to) {
        if (k + 1 >= to || !tokens.get(k).is(",")) return false;
        Token t = tokens.get(k + 1);
        if (lex.determiners.contains(t.lower()) || RELATIVES.contains(t.lower()) || lex.titles.contains(t.lower())
                || Character.isDigit(t.text().charAt(0))) return true;
        // ", education professor at the university": a bare description, no verb and no quotation in it
        if (lex != CueLexicon.ENGLISH || t.quoted() || !t.isWord() || t.isCapitalized()) return false;
        for (int j = k + 1; j < to; j++) {
            String w = tokens.get(j).lower();
            if (tokens.get(j).quoted() || FINITE.contains(w) || lex.verb(w) != null || CLAUSE_SUBJECTS.contains(w)) return false;
        }
        return true;
    }

    /** A quotation ends at token {@code k} or right before it: "“...,” he said", "“...”, he said". */
    private boolean quoteBefore(int k) {
        Token t = tokens.get(k);
        if (t.quoted()) return isMark(t);
        return (t.is(",") || t.isDash()) && k > 0 && tokens.get(k - 1).quoted() && isMark(tokens.get(k - 1));
    }

    /** A colon, semicolon or dash outside quotation marks: no clause runs back across it. */
    private static boolean clauseStop(Token t) {
        return !t.quoted() && (t.is(":") || t.is(";") || t.isDash());
    }

    /** Whether token {@code k} lies in a quoted run of more than three words: a quotation, not a quoted name. */
    private boolean inQuotation(int k) {
        if (!tokens.get(k).quoted()) return false;
        int a = k, b = k;
        while (a > 0 && tokens.get(a - 1).quoted()) a--;
        while (b + 1 < tokens.size() && tokens.get(b + 1).quoted()) b++;
        return wordCount(a, b + 1) > 3;
    }

    private boolean hasQuote(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).quoted()) return true;
        return false;
    }

    private int wordCount(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (tokens.get(k).isWord()) n++;
        return n;
    }

    /**
     * The content of tokens {@code [from, to)}: the quoted words without their marks when everything is quoted,
     * else one span trimmed of surrounding punctuation (quotation marks kept). Null below two words.
     */
    private Content content(int from, int to) {
        while (from < to && !tokens.get(from).isWord() && !tokens.get(from).quoted() && !unitBefore(from, to)) from++;
        while (to > from && !tokens.get(to - 1).isWord() && !tokens.get(to - 1).quoted() && !unitAfter(from, to - 1)) to--;
        int words = wordCount(from, to);
        if (words == 0) return null;
        boolean anyQuoted = false;
        boolean allQuoted = true;
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord()) continue;
            allQuoted &= tokens.get(k).quoted();
            anyQuoted |= tokens.get(k).quoted();
        }
        // English quotes single capitalised words as well ("called Clinton the “Devil”"); Russian quotes names
        if (anyQuoted && !allQuoted && lex != CueLexicon.ENGLISH) anyQuoted = quotesMoreThanNames(from, to);
        // one word is a name or a scare quote, unless a colon announces it: "He said: “Remember.”", "сказал: «Нет»"
        if (words < 2 && !(allQuoted && from > 0 && tokens.get(from - 1).is(":"))) return null;
        if (allQuoted) return new Content(inner(from, to), Quote.Kind.DIRECT);
        return new Content(List.of(Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end())),
                anyQuoted ? Quote.Kind.PARTIAL : Quote.Kind.REPORTED);
    }

    /**
     * Whether tokens {@code [from, to)} quote words other than names: Russian writes a company's or a district's name
     * in quotation marks ("склад «Трансвектора» в промзоне «Восточная»"), which makes no partial quote.
     */
    private boolean quotesMoreThanNames(int from, int to) {
        for (int k = from; k < to; k++) {
            int name = quotedName(k, to);
            if (name > k) {
                k = name - 1;
                continue;
            }
            if (tokens.get(k).isWord() && tokens.get(k).quoted()) return true;
        }
        return false;
    }

    /**
     * Whether two past forms may share a subject by number: "Мэр назвал решение «ошибкой», сообщили в мэрии" has a
     * singular and then a plural verb, so the second has a speaker of its own. True for anything but two Russian past
     * forms of different number.
     */
    static boolean sameRussianNumber(String first, String second) {
        Boolean a = russianPastPlural(first.toLowerCase(java.util.Locale.ROOT));
        Boolean b = russianPastPlural(second);
        return a == null || b == null || a.equals(b);
    }

    /** A Russian past form's number: plural for "-ли(сь)", singular for "-л", "-ла", "-ло" (and "-ся"/"-сь" forms). */
    private static Boolean russianPastPlural(String w) {
        if (w.endsWith("ли") || w.endsWith("лись")) return Boolean.TRUE;
        if (w.endsWith("л") || w.endsWith("ла") || w.endsWith("ло") || w.endsWith("лся") || w.endsWith("лась")
                || w.endsWith("лось")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** A sign written onto the number before it, which belongs to the content: "Kestria 45%", "40°". */
    private boolean unitAfter(int from, int k) {
        Token t = tokens.get(k);
        return k > from && (t.is("%") || t.is("‰") || t.is("°")) && tokens.get(k - 1).end() == t.start()
                && Character.isDigit(text.charAt(t.start() - 1));
    }

    /** A currency sign written onto the number after it: "$5 million", "€640". */
    private boolean unitBefore(int k, int to) {
        Token t = tokens.get(k);
        return k + 1 < to && "$€£¥₽".indexOf(t.text().charAt(0)) >= 0 && t.text().length() == 1
                && tokens.get(k + 1).start() == t.end() && Character.isDigit(text.charAt(t.end()));
    }

    private static Draft draft(Content content, Span cue, String cueWord, int sourceFrom, int sourceTo, Draft sameSpeakerAs) {
        if (content == null || content.spans().isEmpty()) return null;
        return new Draft(content.kind(), content.spans(), cue, cueWord, sourceFrom, sourceTo, sameSpeakerAs);
    }

    /** The words inside each quoted region among tokens {@code [from, to)}, trimmed of edge punctuation. */
    private List<Span> inner(int from, int to) {
        List<Span> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            int q = tokens.get(k).quote();
            if (q < 0) {
                k++;
                continue;
            }
            int a = k;
            while (k < to && tokens.get(k).quote() == q) k++;
            int b = k;
            if (isMark(tokens.get(a))) a++;
            if (b > a && isMark(tokens.get(b - 1))) b--;
            // nested quotation marks stay: "Ремонт закончится „до холодов“"
            while (a < b && !tokens.get(a).isWord() && !isMark(tokens.get(a))) a++;
            while (b > a && !tokens.get(b - 1).isWord() && !isMark(tokens.get(b - 1)) && !endsSentence(tokens.get(b - 1))) b--;
            if (a < b) out.add(Span.of(text, tokens.get(a).start(), tokens.get(b - 1).end()));
        }
        return out;
    }

    private static boolean isMark(Token t) {
        return QuoteMarks.isMark(t.text().charAt(0));
    }

    private static boolean endsSentence(Token t) {
        return t.is(".") || t.is("!") || t.is("?") || t.is("…");
    }

    // ---- candidates for the learned model (English) ----

    /**
     * Candidates the rules do not propose, for {@link AttributionModel} to accept or not: a verb learned from the
     * training articles' cues but outside the lexicon ("mocked the plan", "heralded the deal"), read as an object
     * cue. Tokens marked in {@code covered} (another attribution's source, cue or content) propose none.
     */
    List<Candidate> extra(Sentences.Range s, Sentences.Range previous, java.util.BitSet covered, AttributionModel model) {
        List<Candidate> out = new ArrayList<>();
        int consumed = s.from();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (covered.get(i)) {
                consumed = i + 1;
                continue;
            }
            if (t.quoted() || !t.isWord() || i > s.from() && t.isCapitalized()) continue;
            String w = t.lower();
            if (!model.verbs.contains(w) || lex.verb(w) != null) continue;
            Draft d = verb(s, i, new CueLexicon.Cue(w, CueLexicon.Needs.OBJECT, w.endsWith("ing")), consumed, null, previous);
            if (d == null) continue;
            out.add(new Candidate(d, "verb"));
            consumed = Math.max(i + 1, Token.firstAtOrAfter(tokens, d.contentEnd()));
            i = consumed - 1;
        }
        return out;
    }
}
