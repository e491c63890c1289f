package org.dateline.analyze.event;

import org.dateline.analyze.Sentences;
import org.dateline.analyze.TextSpan;
import org.dateline.analyze.entity.Descriptions;
import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.NameKeys;
import org.dateline.analyze.quote.QuoteMarks;
import org.dateline.analyze.time.Timex;
import org.dateline.text.WordStartMatcher;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads event frames from a document, sentence by sentence: a trigger word names the event, the people (and
 * for some kinds organisations) named in the sentence take part, places after "in"/"at"/"outside the town of"/"в"
 * or hit by a disaster or attack verb are where it happens (or were suggested for it), the nearest date is its
 * time, and the sentence's modality gives its status (hedged → UNKNOWN). A negated mention ("has no plans to meet")
 * or one referring to another event ("their last meeting", "in connection with the attack") gives no frame. A
 * STATEMENT frame needs a statement issued as an act ("issued a statement", "said in a statement", "выступил с
 * заявлением"): a bare reporting verb ("said", "announced", "объявил") only attributes other news to its source.
 * Frames of one kind that share most participants, or a definite mention ("the deal"), are one event of the
 * document. Runs after entity linking and date tagging, whose results it takes as input. Thread-safe.
 */
public final class EventExtractor {

    /**
     * A reporting verb right after a name (or after an apposition between commas) marks the name as the source of
     * the sentence, not a participant; a verb after a lone comma ends some other clause ("X and Y will meet, said Z").
     */
    private static final Pattern CUE_AFTER = unicode(
            "^(?:[^.;,]{0,25}?|\\s*,[^.;,]{0,25},\\s*)\\b(?:said|says|told|announced|noted|emphasized|stressed|added|stated|concluded|"
                    // who blames, accuses or warns judges the event, as one who says: "Vinter blamed the collapse on the
                    // failure of talks with Nordvale Capital" is no party to the talks
                    + "blamed|accused|warned|"
                    + "заявил\\w*|сообщил\\w*|сказал\\w*|отметил\\w*|подчеркнул\\w*|не исключил\\w*|допустил\\w*|"
                    + "обвинил\\w*|предупредил\\w*)");
    /** "According to the political scientist, ..." names the source, not a participant. */
    private static final Pattern CUE_BEFORE = unicode(
            "(?:according to|as (?:\\w+ )?(?:said|told|noted)|по словам|по мнению|как (?:заявил|сообщил|отметил)\\w*)\\s*(?:the\\s+)?$"
                    // the inverted attribution after a comma: "..., said spokesman Jan Weber", "..., сообщил в четверг помощник Маркин"
                    + "|,\\s*(?:said|says|told|added|сообщил\\w*|заявил\\w*|сказал\\w*|отметил\\w*|добавил\\w*|рассказал\\w*|пояснил\\w*)\\s+[^,.;:]{0,45}$");
    /** Words opening a subordinate clause: a date before one belongs to the clause it ends. */
    private static final Pattern SUBORDINATE = Pattern.compile("(?<![\\p{L}])(?:after|before|since|until|when|while|because"
            + "|after which|после того как|перед тем как|когда|пока|потому что)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Between a date and the event: "said on Wednesday that he would meet" dates the saying, not the meeting. */
    private static final Pattern REPORTING = Pattern.compile("(?<![\\p{L}])(?:that|что|said|told|заявил\\w*|сказал\\w*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A negated mention reports no event: "has no plans to meet", "ended without a declaration", "has not been
     * detained", "не будет встречаться" (the negation stands in the trigger's clause, just before it).
     */
    private static final Pattern NEGATED_BEFORE = unicode(
            "(?:(?<![\\p{L}])(?:no|not|never|without|neither|nor|denied|denies|denying|ruled out|rules out)(?![\\p{L}])|n't)[^,;:.]{0,30}$"
                    + "|(?<![\\p{L}])(?:не|нет|ни|без)\\s+(?:\\p{L}+\\s+){0,2}$");
    /** "Визит в Токио не планируется", "the meeting will not take place": the negation follows in the clause. */
    private static final Pattern NEGATED_AFTER = unicode(
            "^[^,;:.]{0,50}?(?:(?<![\\p{L}])(?:not|never) (?:be )?(?:take place|taking place|held|happen|go ahead|planned|scheduled)"
                    + "|(?<![\\p{L}])не (?:планиру\\w*|состо\\w*|будет|было|была|был|провод\\w*))");
    /** "did not rule out a meeting" and "не исключил" speculate; they are no negation. */
    private static final Pattern NOT_RULED_OUT = unicode("(?:not|n't) rul\\w* out|не исключ");
    /**
     * A reference to an earlier or another event, not a report of one: "their last meeting", "the previous summit",
     * "Последний раз лидеры встречались", "the first meeting ... since 2021", "arrested in connection with the
     * attack", "people familiar with the talks", "заявил журналистам после совещания".
     */
    private static final Pattern BACKGROUND_BEFORE = unicode(
            "(?:(?<![\\p{L}])(?:last|previous|earlier|предыдущ\\w*|прошл(?:ая|ой|ую|ые|ых|ый|ом)|последн(?:яя|ей|юю|ие|их|ий))\\s+(?:[\\p{L}-]+\\s+){0,1}"
                    + "|(?:последн\\w* раз|в прошлый раз|last time|in connection with|familiar with|в связи с|по делу о|пресечени\\w* в виде)\\s+(?:(?:the|this|that|these)\\s+)?(?:[\\p{L}-]+\\s+){0,3}"
                    + "|(?<![\\p{L}])(?:was|were|been|is|are)\\s+last\\s+\\p{L}+\\s+by\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
                    // "заявил Ломакин журналистам после совещания": when something was said, not what the report is
                    // about ("Police Release CCTV Images After Theft" is)
                    + "|(?<![\\p{L}])(?:заявил\\p{L}*|сказал\\p{L}*|сообщил\\p{L}*|said|told)\\s+(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:после|after)\\s+(?:the\\s+)?)$");
    /** "the first meeting since 2021", "первая встреча за полтора года": compared with earlier events. */
    private static final Pattern FIRST_BEFORE = unicode("(?<![\\p{L}])(?:first|перв\\w+|впервые)\\s+(?:[\\p{L}-]+\\s+){0,1}$");
    private static final Pattern SINCE_AFTER = unicode("^[^;:.]{0,60}?(?<![\\p{L}])(?:since|in (?:years|months|a decade)|за (?:\\p{L}+\\s+){0,2}(?:год\\w*|лет|месяц\\w*)|с \\d{4})(?![\\p{L}])");
    /** "ordered the arrest of": the arrest is to come, and the one ordering it is not arrested. */
    private static final Pattern ORDERED_BEFORE = unicode(
            "(?<![\\p{L}])(?:ordered|orders|order|authori[sz]ed|sought|seeks|seek|requested|warrant for|санкционировал\\w*|постановил\\w*)\\s+(?:the\\s+)?$");
    /** A statement issued as an act of its own ("issued a statement", "выступила с заявлением") is the event. */
    private static final Pattern ISSUED_STATEMENT = unicode(
            "(?<![\\p{L}])(?:issued|issues|made|released|read out|in|joint)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:joint\\s+|written\\s+)?(?:statement|declaration)"
                    + "|(?:выступил\\w*|сделал\\w*|опубликовал\\w*|распространил\\w*)\\s+(?:\\p{L}+\\s+){0,2}(?:с\\s+)?(?:заявлени|обращени)");
    private static final Pattern SIGNING = unicode("(?<![\\p{L}])(?:sign|signs|signed|signing|подпис\\w*|подпиш\\w*)(?![\\p{L}])");
    /** A date right after a reporting verb dates the report: "her office said on Wednesday", "в среду сообщила". */
    private static final Pattern REPORT_DATE_BEFORE = unicode(
            "(?<![\\p{L}])(?:said|says|told|announced|reported|added|confirmed|сообщил\\w*|заявил\\w*)\\s+(?:\\p{L}+\\s+){0,2}(?:on\\s+)?$");
    private static final Pattern REPORT_DATE_AFTER = unicode("^\\s*(?:сообщил\\w*|заявил\\w*|said|told)(?![\\p{L}])");
    /** "the deal", "the attack", "эта встреча": a definite noun right before the trigger names an event already reported. */
    private static final Pattern ANAPHORIC = unicode("(?<![\\p{L}])(?:the|this|that|эт(?:а|о|от|ой|у|им|ого|ом|ой))\\s+$");
    /**
     * "officials in Washington", "источники в Москве", "in serious condition at the hospital": a place after a noun for
     * people, or where the injured are treated, says where they are, not where the event is.
     */
    private static final Pattern WHERE_PEOPLE_ARE = unicode(
            "(?<![\\p{L}])(?:officials|diplomats|sources|analysts|experts|observers|residents|lawmakers|authorities|"
                    + "people|reporters|journalists|officers|leaders|chiefs|representatives|"
                    + "чиновники|чиновников|дипломаты|дипломатов|источники|источников|эксперты|экспертов|аналитики|аналитиков|"
                    + "жители|жителей|представители|представителей|власти)\\s+(?:in|at|в|во)\\s+(?:the\\s+)?$"
                    // where the injured are treated: "in serious condition at Karvela General Hospital"
                    + "|(?<![\\p{L}])(?:condition|treated|hospitali[sz]ed|admitted|taken|rushed|flown|госпитализирован\\p{L}*|доставлен\\p{L}*)"
                    + "\\s+(?:\\p{L}+\\s+){0,2}?(?:at|to|in|в)\\s+(?:the\\s+)?$");
    /** A strike of workers, not of weapons: "a 48-hour strike by dockworkers", "the union called a strike". */
    private static final Pattern LABOUR = Pattern.compile("(?<![\\p{L}])(?:workers?|dockers|dockworkers|union|unions|walkout|"
            + "pay|wages?|staff|employees|teachers|nurses|doctors|drivers|pilots|miners|picket\\w*|stoppages?|"
            + "\\d+-hour|general strike|strikers)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An attack on a pitch: "the attack of Belém Rovers", "a header", "the match". */
    private static final Pattern SPORT = Pattern.compile("(?<![\\p{L}])(?:match|goal|goals|header|striker|league|derby|"
            + "midfield\\w*|kick-?off|penalty|scored|season|coach|half-?time|equali[sz]er|goalkeeper|keeper|long-range|free kick|"
            + "матч\\w*|гол\\w*|нападающ\\w*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern STRIKE = Pattern.compile("(?<![\\p{L}])strikes?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an attack word in this sentence names a labour strike (here, or anywhere in a text about one:
     * {@code labourStrike}) or play on a pitch ("a long-range strike by Salgado", "Rovers' attack") rather than violence.
     */
    /**
     * Whether a trigger of {@code type} names something other than an event of that kind: a strike or an attack that
     * is no violence, a meeting that is a game, a vote that is no election's or an election named only in passing.
     */
    private static boolean otherThanItsKind(EventType type, String sentence, MatchResult m, java.time.LocalDate published,
                                            boolean labourStrike) {
        return switch (type) {
            case ATTACK -> notViolence(sentence, m.group(), labourStrike);
            case AGREEMENT -> SIGNED_PAPER.matcher(sentence.substring(m.end())).lookingAt()
                    || PAPER_SIGNED.matcher(sentence.substring(0, m.start())).find();
            case ARREST -> CUSTODY_AS_STATE.matcher(sentence.substring(0, m.start())).find() && m.group().equalsIgnoreCase("custody")
                    || NOT_AN_ARREST_AFTER.matcher(sentence.substring(m.end())).lookingAt()
                    || m.group().equalsIgnoreCase("detained") && HELD_AS_ADJECTIVE.matcher(sentence.substring(0, m.start())).find();
            case DISASTER -> FIGURATIVE_FLOOD.matcher(sentence.substring(m.start())).lookingAt();
            case MEETING -> aGame(sentence, m.group());
            case ELECTION -> Triggers.WEAK_ELECTION.matcher(m.group()).matches() && !Triggers.ELECTION_CONTEXT.matcher(sentence).find()
                    || electionInPassing(sentence, m.start(), m.end(), published);
            default -> false;
        };
    }

    /**
     * "signed a letter", "signed false certifications", "signed into law": a paper signed is no agreement between
     * parties (a deal, a treaty or a contract is one, and names itself).
     */
    private static final Pattern SIGNED_PAPER = unicode(
            "\\s+(?:(?:a|an|the|his|her|their|its|this|that|these|those|\"|“|false|joint|open|formal|written|\\d+|two|three|several)\\s+){0,3}"
                    + "(?:letters?|petitions?|certifications?|certificates?|pledges?|bills?|into law|executive orders?|"
                    + "autographs?|copies|books?|waivers?|forms?|statements?|declarations?|affidavits?|checks?|cheques?|cards?|"
                    + "письм\\p{L}*|петици\\p{L}*|указ\\p{L}*|закон\\p{L}*|обращени\\p{L}*)(?![\\p{L}])");
    /** "the letter signed by seven physicians", "a petition signed by": the paper names itself before the verb. */
    private static final Pattern PAPER_SIGNED = unicode(
            "(?<![\\p{L}])(?:letters?|petitions?|certifications?|pledges?|bills?|statements?|declarations?|affidavits?)"
                    + "[\"”]?\\s+(?:\\p{L}+\\s+)?$");
    /**
     * "immigrants in custody", "died in custody": someone held, not an arrest told (being taken "into custody" is
     * one); the custody of children is no police matter either (see {@link #NOT_AN_ARREST_AFTER}).
     */
    private static final Pattern CUSTODY_AS_STATE = unicode("(?<![\\p{L}])(?:in|remains?|remained|while|under)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}$");
    /** "the detained families", "of detained children": who is held, not who was arrested. */
    private static final Pattern HELD_AS_ADJECTIVE = unicode(
            "(?<![\\p{L}])(?:the|these|those|of|for|other|all|many|some|with|among|from)\\s+$");
    /** "detention center", "custody battle", "custody of her children": a place, or a family court's matter. */
    private static final Pattern NOT_AN_ARREST_AFTER = unicode(
            "\\s+(?:centers?|centres?|facilit(?:y|ies)|camps?|sites?|conditions|battle|dispute|fight|"
                    + "of (?:his|her|their|the|two|three) (?:\\p{L}+\\s+)?(?:children|child|kids|son|sons|daughter|daughters|dogs?))(?![\\p{L}])");
    /** "companies flooding into the market", "flooded with calls", "a flood of complaints": many of something, not water. */
    private static final Pattern FIGURATIVE_FLOOD = unicode(
            "(?:flood|floods|flooded|flooding)\\s+(?:into|in|onto|the market|the zone|social media|(?:with|of)\\s+(?!water|rain|mud|sea|river)"
                    + "(?:\\p{L}+\\s+){0,2}?(?:calls|messages|emails|letters|complaints|requests|orders|applications|tweets|posts|comments|"
                    + "offers|questions|refugees|migrants|tourists|visitors|money|cash|investment|goods|imports|products|ads|news|"
                    + "information|misinformation|memories|tributes|support|praise|criticism))(?![\\p{L}])");

    private static boolean notViolence(String sentence, String trigger, boolean labourStrike) {
        String t = trigger.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("strike")) return labourStrike || LABOUR.matcher(sentence).find() || SPORT.matcher(sentence).find();
        if (t.startsWith("attack") || t.startsWith("атак")) return SPORT.matcher(sentence).find() || MEDICAL_ATTACK.matcher(sentence).find();
        return false;
    }

    /** "panic attacks", "a heart attack", "панические атаки": a bout of illness, not violence. */
    private static final Pattern MEDICAL_ATTACK = unicode(
            "(?<![\\p{L}])(?:panic|heart|asthma|anxiety|паническ\\p{L}*|сердечн\\p{L}*)\\s+(?:attacks?|атак\\p{L}*|приступ)");

    /**
     * "подвел итоги встречи отборочного турнира Евро-2020 с Белоруссией (4:0)", "the teams' meeting at Anfield": a
     * game, not talks.
     */
    static boolean aGame(String sentence, String trigger) {
        String t = trigger.toLowerCase(java.util.Locale.ROOT);
        if (!t.startsWith("встреч") && !t.startsWith("meet")) return false;
        if (GAME.matcher(sentence).find()) return true;
        // "the Bruins beat the Devils for the eighth time in nine meetings", "These teams meet again in three days"
        return TEAMS_MEET.matcher(sentence).find()
                || HEAD_TO_HEAD.matcher(sentence).find() && (SPORT.matcher(sentence).find() || RESULT.matcher(sentence).find());
    }

    private static final Pattern TEAMS_MEET = unicode("(?<![\\p{L}])(?:these|the two|both) teams meet(?![\\p{L}])");
    /** A count of meetings: a record between two sides ("in nine meetings", "all previous 15 meetings"). */
    private static final Pattern HEAD_TO_HEAD = unicode(
            "(?<![\\p{L}])(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+meetings(?![\\p{L}])");
    private static final Pattern RESULT = unicode("(?<![\\p{L}])(?:beat|beaten|won|lost|defeated|rematch|saves|wins|victories|defeats)(?![\\p{L}])");

    /** Words of a contest, or a score in brackets ("goal" or "season" alone say too little: "the meeting's goal"). */
    private static final Pattern GAME = unicode(
            "(?<![\\p{L}])(?:турнир\\p{L}*|чемпионат\\p{L}*|сборн\\p{L}*|матч\\p{L}*|tournament|qualifier|championship)(?![\\p{L}])"
                    + "|\\(\\d{1,2}:\\d{1,2}\\)");

    /** Case-insensitive over Unicode letters, as the extractor's patterns are. */
    private static Pattern unicode(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A theft's trigger that names the loot: "the stolen charts", "картины, украденные из музея". */
    private static final Pattern LOOT = unicode("stolen|украден\\p{L}*");
    /** "will be stolen", "could have been stolen", "может быть украдена": the loot's participle in a verb of its own. */
    private static final Pattern TO_BE_BEFORE = unicode("(?<![\\p{L}])(?:be|been|being|быть|будет|будут)\\s+$");
    /** A TIMEX3 century ("17") or decade ("199") value. */
    private static final Pattern CENTURY_OR_DECADE = Pattern.compile("\\d{2,3}");
    /** A verb reporting what someone said before an event's trigger: "said", "posted", "заявил". */
    private static final Pattern REPORTED_BY = unicode(
            "(?<![\\p{L}])(?:said|says|told reporters|wrote|posted|announced|заявил\\p{L}*|сообщил\\p{L}*|написал\\p{L}*)(?![\\p{L}])");
    /** A subject pronoun in what was said: the speaker speaks of themself ("said he would meet", "заявил, что он"). */
    private static final Pattern SPEAKER_AS_SUBJECT = unicode(
            "(?<![\\p{L}])(?:he|she|they|we|I|он|она|они|мы|я)(?![\\p{L}])");
    /**
     * A person named as who another event befell, which dates this one: "на следующий день после отставки Павла
     * Ломакина", "after the resignation of Mayor X", "since the death of X".
     */
    private static final Pattern BEFELL_BEFORE = unicode("(?<![\\p{L}])(?:после|до|перед|накануне|after|before|since|following)\\s+"
            + "(?:the\\s+)?(?:отставк|смерт|гибел|арест|увольнени|ухода|задержани|resignation|death|arrest|dismissal|departure|killing|murder)"
            + "\\p{L}*\\s+(?:of\\s+)?(?:(?:mayor|minister|president|мэра|министра|президента|главы)\\s+)?$");
    /** A name (of one to four words) as the possessor of a person: "Trump's special envoy", "Putin’s spokesman". */
    private static final Pattern POSSESSOR_OF_PERSON = Pattern.compile(
            "^\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,3}['’]s\\s+(?:(?:special|chief|top|former|personal|longtime|senior)\\s+)*"
                    + "(?:envoy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|lawyer|attorney|wife|husband|son|daughter|"
                    + "brother|sister|representative|deputy|assistant|press secretary|negotiator|emissary)(?![\\p{L}])");
    /** A clause telling another event, at a different time: "..., when the Kremlin leader met Biden in Geneva". */
    private static final Pattern OTHER_CLAUSE = unicode(",\\s+(?:when|while|когда)(?![\\p{L}])|;\\s");
    /** "A meeting might instead take place in Copenhagen": another venue or day for the event read before, not another event. */
    private static final Pattern ALTERNATIVE = unicode("(?<![\\p{L}])(?:instead|alternatively|вместо этого|в качестве альтернативы)(?![\\p{L}])");
    /** "the election of the mayor of Lagos", "выборы губернатора Томской области": the office's seat is the place. */
    private static final Pattern OFFICE_OF = unicode(
            "(?:(?<![\\p{L}])(?:mayor|governor|president|parliament|council) of\\s+(?:the\\s+)?|(?<![\\p{L}])(?:мэр|губернатор|глав|парламент|гордум|заксобрани)\\p{L}*\\s+)$");
    /** Where a theft took place: what the loot was taken from or the thieves broke into ("stole charts from the museum"). */
    private static final Pattern TAKEN_FROM = unicode("(?<![\\p{L}])(?:from|into|out of|из)\\s+(?:the\\s+)?$");
    private static final int MAX_FRAMES = 12;
    /** How many sentences back a subject pronoun ("They met ...") looks for the people it stands for. */
    private static final int PRONOUN_REACH = 3;
    /** A pronoun or "the two" as the subject before the trigger, in the trigger's clause: "They met", "Во вторник они встретились". */
    private static final Pattern SUBJECT_PRONOUN = unicode(
            "(?<![\\p{L}])(?<!(?:invited|invites|invite|asked|asks|urged|urges|called on|calls on|brought|brings|bring|"
                    + "told|tells|persuaded|pressed|to|with|for|between|among|of|пригласил\\p{L}{0,2}|призвал\\p{L}{0,2}|с|для|между) )"
                    // the word before decides: "invited both sides to talks" has them as its object, not its subject
                    + "(?:they|he|she|both|the two|the pair|они|он|она|оба|обе)\\s+(?:[\\p{L}-]+\\s+){0,3}$");
    /** "there" or "там" after the trigger: the place the sentence before named. */
    private static final Pattern THERE = unicode("^[^.;]{0,40}?(?<![\\p{L}])(?:there|там)(?![\\p{L}])");
    /** A place someone travels or flies to: "will travel to Oslo", "прибудут в Осло". */
    private static final Pattern DESTINATION_BEFORE = unicode(
            "(?<![\\p{L}])(?:travel|travels|travelled|traveled|fly|flies|flew|go|goes|went|head|heads|headed|arrive|arrives|arrived)\\s+(?:to|in)\\s+(?:the\\s+)?$"
                    + "|(?<![\\p{L}])(?:прибуд\\p{L}*|прилет\\p{L}*|прилёт\\p{L}*|поед\\p{L}*|отправ\\p{L}*)\\s+в\\s+$");
    /** Hearsay: an event told as what a report or someone claimed ("A report had claimed that X met Y"). */
    private static final Pattern CLAIMED = unicode(
            "(?<![\\p{L}])(?:claimed|claims|alleged|alleges|rumou?red|утверждал\\p{L}*|утверждает|утверждают|сообщал\\p{L}*|писал\\p{L}*)(?![\\p{L}])");
    /** A later denial of that report: "denied the report", "dismissed the claims", "опроверг эти сообщения". */
    private static final Pattern DENIED = unicode(
            "(?<![\\p{L}])(?:denied|denies|deny|dismissed|rejected|refuted)\\s+(?:the|this|that|these|those|such)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:report|reports|claim|claims|allegation|allegations|story|rumou?rs?)(?![\\p{L}])"
                    + "|(?<![\\p{L}])опроверг\\p{L}*|(?<![\\p{L}])назвал\\p{L}* (?:\\p{L}+ )?(?:сообщени|информаци|публикаци)\\p{L}* (?:ложн|недостоверн|фейк)");

    /** What may stand before a date that opens its sentence: "On Tuesday, …", "Во вторник, …". */
    private static final Pattern OPENING = unicode("\\s*(?:(?:on|in|at|в|во|на)\\s+)?");
    /** How far (chars) before its trigger a date may stand and still time the event. */
    private static final int NEAR_BEFORE = 25;
    private static final Set<EventType> ORGANISATIONS_TAKE_PART =
            EnumSet.of(EventType.AGREEMENT, EventType.STATEMENT, EventType.ATTACK, EventType.ARREST);

    /** The document's events, the most reported first. */
    public List<EventFrame> extract(String text, String language, List<DocumentEntity> entities, List<Timex> timexes,
                                    java.time.LocalDate published) {
        return extract(Sentences.of(text, language), entities, timexes, published);
    }

    /** As {@link #extract(String, String, List, List, java.time.LocalDate)} over sentences the caller has already split. */
    public List<EventFrame> extract(List<TextSpan> sentences, List<DocumentEntity> entities, List<Timex> timexes,
                                    java.time.LocalDate published) {
        List<EventFrame> frames = new ArrayList<>();
        // frames read from a definite mention ("the deal"), which join the event of their kind read before them
        Set<EventFrame> anaphoric = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // frames that only add names to an event of their kind read elsewhere, dropped when there is none
        Set<EventFrame> dependent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        TextSpan previous = null;
        // the sentences before the current one, nearest first: where a subject pronoun's people are looked for
        java.util.ArrayDeque<TextSpan> before = new java.util.ArrayDeque<>();
        // a text that tells of a workers' strike once means that strike by "the strike" everywhere
        boolean labourStrike = false;
        for (TextSpan sentence : sentences) {
            if (STRIKE.matcher(sentence.text()).find() && LABOUR.matcher(sentence.text()).find()) labourStrike = true;
        }
        for (TextSpan sentence : sentences) {
            frames.addAll(frames(sentence, previous, List.copyOf(before), entities, timexes, published, anaphoric, dependent,
                    labourStrike));
            previous = sentence;
            before.addFirst(sentence);
            if (before.size() > PRONOUN_REACH) before.removeLast();
        }
        atTheMeeting(frames);
        int denial = denial(sentences);
        List<EventFrame> out = new ArrayList<>();
        for (EventFrame f : merge(frames, anaphoric, dependent)) {
            if (denial >= 0 && deniedClaim(f, sentences, denial)) continue;
            // a trigger word with nobody, nowhere, no time and no status is not an event the text reports
            boolean empty = f.participants().isEmpty() && f.places().isEmpty() && f.time() == null && f.venue() == null;
            if (!empty || f.status() != EventStatus.UNKNOWN) out.add(settled(f));
        }
        return out;
    }

    /** "At the meeting they signed an agreement", "в ходе переговоров подписали": an event told as part of a meeting. */
    private static final Pattern AT_THE_MEETING = unicode(
            "(?<![\\p{L}])(?:at|during) (?:the|that|this) (?:meeting|talks|summit|visit)(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?:на (?:этой |той )?встрече|в ходе (?:этой |той )?(?:встречи|переговоров|визита)|на (?:этих |тех )?переговорах)(?![\\p{L}])");

    /**
     * An event of another kind told as part of the meeting read before it ("At the meeting they signed an agreement")
     * happened when and where the meeting did, unless its own sentence says otherwise.
     */
    private static void atTheMeeting(List<EventFrame> frames) {
        EventFrame meeting = null;
        for (int i = 0; i < frames.size(); i++) {
            EventFrame f = frames.get(i);
            if (f.type() == EventType.MEETING) {
                // "at the meeting" itself reads as a mention of the meeting: the one it refers to came before
                if (f.sentences().isEmpty() || !AT_THE_MEETING.matcher(f.sentences().get(0)).find()) meeting = f;
                continue;
            }
            if (meeting == null || f.sentences().isEmpty() || !AT_THE_MEETING.matcher(f.sentences().get(0)).find()) continue;
            if (f.time() != null && !f.places().isEmpty()) continue;
            frames.set(i, new EventFrame(f.type(), f.status(), f.participants(), f.places().isEmpty() ? meeting.places() : f.places(),
                    f.venue(), f.time() != null ? f.time() : meeting.time(), f.time() != null ? f.timeText() : meeting.timeText(),
                    f.triggers(), f.sentences()));
        }
    }

    /** The frame with only the participants named in at least half as many of its sentences as the most named one. */
    public static EventFrame settled(EventFrame f) {
        int most = 0;
        for (EventFrame.Participant p : f.participants()) most = Math.max(most, p.support());
        List<EventFrame.Participant> kept = new ArrayList<>();
        for (EventFrame.Participant p : f.participants()) if (p.support() * 2 >= most) kept.add(p);
        return new EventFrame(f.type(), f.status(), kept, f.places(), f.venue(), f.time(), f.timeText(), f.triggers(), f.sentences());
    }

    private List<EventFrame> frames(TextSpan sentence, TextSpan previous, List<TextSpan> before, List<DocumentEntity> entities,
                                    List<Timex> timexes, java.time.LocalDate published, Set<EventFrame> anaphoric,
                                    Set<EventFrame> dependent, boolean labourStrike) {
        // "you'll be attacked by three enemy factions", "VISIT the Horse Show": the reader is told what to do or what
        // happens to anyone, which is no event the text reports
        if (toTheReader(sentence.text())) return List.of();
        Map<EventType, MatchResult> found = new LinkedHashMap<>();
        WordStartMatcher.Starts starts = new WordStartMatcher.Starts(sentence.text());
        for (Map.Entry<EventType, WordStartMatcher> e : Triggers.EVENTS.entrySet()) {
            // the first mention of the kind that reports an event (not negated, not a reference to another one)
            e.getValue().matches(starts, m -> {
                if (!negated(sentence.text(), m.start(), m.end()) && !background(sentence.text(), m.start(), m.end())
                        && !inATitle(sentence.text(), m.start())
                        && !otherThanItsKind(e.getKey(), sentence.text(), m, published, labourStrike)) {
                    found.put(e.getKey(), m);
                    return false;
                }
                return true;
            });
        }
        // "an agreement was reached to hold a meeting" is the meeting's status, not an event of its own; an agreement
        // signed at a meeting is one
        if (found.size() > 1 && !SIGNING.matcher(sentence.text()).find()) found.remove(EventType.AGREEMENT);
        // a statement issued as an act is an event beside what it speaks of; else the statement noun only reports
        Matcher issued = ISSUED_STATEMENT.matcher(sentence.text());
        int statementAt = found.containsKey(EventType.STATEMENT) && issued.find() ? sentence.start() + issued.start() : -1;
        if (found.size() > 1 && statementAt < 0) found.remove(EventType.STATEMENT);
        String venue = venue(sentence.text());
        if (venue != null && (found.isEmpty() || found.keySet().equals(Set.of(EventType.STATEMENT)))) {
            // "The venue has been agreed upon and will be announced later" speaks of the meeting the text is about
            return List.of(new EventFrame(EventType.MEETING, EventStatus.AGREED, List.of(), List.of(), venue, null, null,
                    List.of(), List.of(sentence.text())));
        }
        if (found.isEmpty()) {
            // "Earlier, Whitfield suggested the United Arab Emirates as a possible location": a venue offered for the
            // meeting read before, which it joins (or nothing, when the text reports none)
            List<EventFrame.Place> offered = offeredVenues(sentence, entities);
            if (!offered.isEmpty()) {
                EventFrame frame = new EventFrame(EventType.MEETING, EventStatus.UNKNOWN, List.of(), offered, null, null, null,
                        List.of(), List.of(sentence.text()));
                anaphoric.add(frame);
                dependent.add(frame);
                return List.of(frame);
            }
        }
        if (!found.containsKey(EventType.ELECTION)) {
            Matcher candidacy = Triggers.CANDIDACY.matcher(sentence.text());
            if (candidacy.find() && !negated(sentence.text(), candidacy.start(), candidacy.end())) {
                // the candidates of the election reported elsewhere: their names only, no status, place or time
                List<EventFrame.Participant> candidates = participants(sentence, entities, EventType.ELECTION, -1);
                if (!candidates.isEmpty()) {
                    EventFrame frame = new EventFrame(EventType.ELECTION, EventStatus.UNKNOWN, candidates, List.of(), null,
                            null, null, List.of(), List.of(sentence.text()));
                    anaphoric.add(frame);
                    dependent.add(frame);
                    if (found.isEmpty()) return List.of(frame);
                    List<EventFrame> out = new ArrayList<>(frames(sentence, previous, before, entities, timexes, published, anaphoric, found, venue, statementAt));
                    out.add(frame);
                    return out;
                }
            }
        }
        if (found.isEmpty()) return List.of();
        return frames(sentence, previous, before, entities, timexes, published, anaphoric, found, venue, statementAt);
    }

    private List<EventFrame> frames(TextSpan sentence, TextSpan previous, List<TextSpan> before, List<DocumentEntity> entities,
                                    List<Timex> timexes, java.time.LocalDate published, Set<EventFrame> anaphoric,
                                    Map<EventType, MatchResult> found, String venue, int statementAt) {
        EventStatus status = Triggers.status(sentence.text());
        List<EventFrame> out = new ArrayList<>();
        for (Map.Entry<EventType, MatchResult> e : found.entrySet()) {
            EventType type = e.getKey();
            int trigger = sentence.start() + e.getValue().start();
            String head = sentence.text().substring(0, e.getValue().start());
            // "a court ordered the arrest of X": X is to be arrested; the court and the day of the order are not the arrest's
            boolean ordered = type == EventType.ARREST && ORDERED_BEFORE.matcher(head).find();
            // who issues a statement speaks of the other events of the sentence, and takes no part in them
            int from = ordered ? trigger : type != EventType.STATEMENT && statementAt >= 0 && statementAt < trigger ? statementAt + 1 : -1;
            // "Ерохин заявил на заседании думы": the verb tells who spoke at this meeting, not who reports it
            if (from < 0 && type != EventType.STATEMENT && !(type == EventType.MEETING && spokenAt(sentence, trigger))) {
                // "Trump posted that Witkoff had a productive meeting with Putin": who reports an event takes no part
                // in it; what they said of themself ("Trump said he would meet Putin") is left to the rules below
                Matcher told = REPORTED_BY.matcher(head);
                int end = -1;
                while (told.find()) end = told.end();
                if (end >= 0 && !SPEAKER_AS_SUBJECT.matcher(head.substring(end)).find()) from = sentence.start() + end;
            }
            // "the first meeting since 2021, when Putin met Biden in Geneva": a clause of its own is another event's
            int clauseFrom = sentence.start(), clauseTo = sentence.end();
            Matcher boundary = OTHER_CLAUSE.matcher(sentence.text());
            while (boundary.find()) {
                int at = sentence.start() + boundary.start();
                if (at < trigger) clauseFrom = sentence.start() + boundary.end();
                else {
                    clauseTo = at;
                    break;
                }
            }
            // its people too: "the first talks since 2021, when Putin met Biden" names no one who takes part in these
            List<EventFrame.Participant> participants = participants(sentence, entities, type, Math.max(from, clauseFrom), clauseTo);
            List<EventFrame.Place> places = places(sentence, entities, participants, Math.max(ordered ? trigger : -1, clauseFrom),
                    clauseTo, type);
            if (participants.isEmpty() && previous != null && SUBJECT_PRONOUN.matcher(head).find()) {
                // "They met on Wednesday": the people are those the nearest sentence before named (within
                // PRONOUN_REACH sentences), and so, unless this one says otherwise, is the place ("arrived in Lisbon on
                // Tuesday. Rain fell all day. They met ...")
                for (TextSpan earlier : before) {
                    participants = participants(earlier, entities, type, -1);
                    if (participants.isEmpty()) continue;
                    if (places.isEmpty()) places = places(earlier, entities, participants, -1, earlier.end(), type);
                    break;
                }
            }
            if (places.isEmpty() && (type == EventType.MEETING || type == EventType.AGREEMENT)) {
                // "could travel to Warsaw next week for talks with ...": the talks are where the travellers go
                places = destinations(sentence, entities, trigger);
            }
            if (places.isEmpty() && previous != null && THERE.matcher(sentence.text().substring(e.getValue().end())).find()) {
                // "will travel to Oslo next week. They are to sign the agreement there": the place just named
                places = places(previous, entities, participants, -1, previous.end(), type);
                if (places.isEmpty()) places = destinations(previous, entities, previous.end());
            }
            Timex time = ordered ? null : time(sentence, timexes, trigger);
            String reporting = type == EventType.STATEMENT ? reportingClause(sentence.text(), e.getValue()) : null;
            // who made it: named before what it says (the clause's start is no bound: "His lawyer, Marc Dufour, issued")
            if (reporting != null) participants = namedIn(beforeContent(sentence.text(), e.getValue()), sentence, participants, entities);
            EventStatus own = reporting != null ? statementStatus(reporting) : pastTrigger(sentence.text(), e.getValue(), status);
            // "the meeting in Helsinki in 2018" happened, whatever the sentence's modality
            // (a cancellation on a past day stays a cancellation)
            EventStatus frameStatus = time != null && before(time.value(), published) && own != EventStatus.CANCELLED
                    ? EventStatus.HAPPENED : own;
            if (ordered && frameStatus != EventStatus.CANCELLED) frameStatus = EventStatus.PLANNED;
            // "Voters go to the polls on Sunday": dated after the report and not hedged, it has not happened yet
            if (frameStatus == EventStatus.UNKNOWN && time != null && after(time.value(), published)
                    && !Triggers.HEDGED.matcher(sentence.text()).find()) {
                frameStatus = EventStatus.PLANNED;
            }
            // "the charts stolen from the museum would be hard to sell": what is said of the loot is no plan to steal it
            if (type == EventType.THEFT && frameStatus != EventStatus.CANCELLED && LOOT.matcher(e.getValue().group()).matches()
                    && !TO_BE_BEFORE.matcher(head).find()) {
                frameStatus = EventStatus.HAPPENED;
            }
            EventFrame frame = new EventFrame(type, frameStatus, participants, places, venue,
                    time == null ? null : time.value(), time == null ? null : time.text(),
                    List.of(e.getValue().group().toLowerCase(java.util.Locale.ROOT)), List.of(sentence.text()));
            if (ANAPHORIC.matcher(head).find() || ALTERNATIVE.matcher(sentence.text()).find()) anaphoric.add(frame);
            out.add(frame);
        }
        return out;
    }

    /** Words that address the reader outside quotation marks: "you'll be attacked", "if you visit", "Вы можете". */
    private static final Pattern READER = unicode(
            "(?<![\\p{L}'’])(?:you|your|yours|yourself|yourselves|вы|вас|вам|вами|ваш\\p{L}*)(?![\\p{L}])");
    /** A call to act that opens the sentence: "VISIT the Horse Show", "Meet the candidates", "GET OUT and VOTE on ...". */
    private static final Pattern IMPERATIVE = unicode(
            "^\\W*(?:[\\p{L}]+\\s+(?:[\\p{L}]+\\s+)?and\\s+)?(?:visit|meet|vote|sign)\\s+"
                    + "(?:the|a|an|our|your|for|us|me|now|today|early|him|her|them|on)(?![\\p{L}])");

    /** Whether the sentence speaks to the reader: a "you" outside quotation marks, or an imperative opening it. */
    static boolean toTheReader(String sentence) {
        return IMPERATIVE.matcher(sentence).find() || READER.matcher(outsideQuotes(sentence, -1)).find();
    }

    /**
     * The sentence with what stands between quotation marks blanked (offsets kept), except the quotation holding
     * {@code keep} (an offset; -1: none): what a quotation says is the speaker's, not the report's. A quotation
     * left open runs to the sentence's end.
     */
    static String outsideQuotes(String sentence, int keep) {
        char[] out = sentence.toCharArray();
        for (QuoteMarks.Region q : QuoteMarks.outermost(sentence)) {
            int close = Math.min(q.close(), out.length - 1);
            // a short capitalised quotation is a name or a title ("компании «Уралтранс»"), read as the text's own words
            if (q.contains(keep) || q.close() < out.length && aName(sentence.substring(q.open() + 1, close))) continue;
            java.util.Arrays.fill(out, q.open(), close + 1, ' ');
        }
        return new String(out);
    }

    private static boolean aName(String quoted) {
        return !quoted.isEmpty() && Character.isUpperCase(quoted.codePointAt(0)) && quoted.strip().split("\\s+").length <= 3;
    }

    /** Where what a statement says begins after its noun: "said in a statement that ...", "issued a statement saying ...". */
    private static final Pattern CONTENT_OPENS = unicode(
            "(?<![\\p{L}])(?:that|saying|warning|calling|urging|demanding|accusing|denying|что|в котором|в которой|где)(?![\\p{L}])|:");
    /** A clause break before a statement's noun: its clause begins after it. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–]\\s");

    /**
     * The clause that tells of a statement itself, quotations blanked: from the clause break before its noun to what
     * it says ("It will house the offices, the ministry said in a statement" → "the ministry said in a statement"),
     * whose tense is the statement's; an offset-preserving copy of the sentence.
     */
    static String reportingClause(String sentence, MatchResult trigger) {
        String outside = beforeContent(sentence, trigger);
        int end = outside.stripTrailing().length();
        int start = 0;
        Matcher brk = CLAUSE_BREAK.matcher(outside);
        while (brk.find() && brk.end() <= trigger.start()) start = brk.end();
        return " ".repeat(start) + outside.substring(start, end) + " ".repeat(outside.length() - end);
    }

    /** The sentence outside quotation marks up to what the statement at {@code trigger} says (offsets kept). */
    private static String beforeContent(String sentence, MatchResult trigger) {
        String outside = outsideQuotes(sentence, trigger.start());
        Matcher content = CONTENT_OPENS.matcher(outside);
        int end = content.find(trigger.end()) ? content.start() : outside.length();
        return outside.substring(0, end) + " ".repeat(outside.length() - end);
    }

    /** A verb that tells a statement was made: "said", "issued", "confirmed", "выступил с заявлением". */
    private static final Pattern MADE_STATEMENT = unicode(
            "(?<![\\p{L}])(?:said|told|issued|released|confirmed|announced|added|wrote|stated|published|posted|read|put out|"
                    + "заявил\\p{L}*|сообщил\\p{L}*|выступил\\p{L}*|сделал\\p{L}*|опубликовал\\p{L}*|распространил\\p{L}*|говорится)(?![\\p{L}])");

    /** A statement's status from its own clause: planned, hedged or cancelled as that clause says, else made if a verb says so. */
    static EventStatus statementStatus(String clause) {
        EventStatus status = Triggers.status(clause);
        return status == EventStatus.UNKNOWN && MADE_STATEMENT.matcher(clause).find() ? EventStatus.HAPPENED : status;
    }

    /** The participants of a statement named in its own clause (who made it), not in what it says. */
    private static List<EventFrame.Participant> namedIn(String clause, TextSpan sentence, List<EventFrame.Participant> participants,
                                                        List<DocumentEntity> entities) {
        List<EventFrame.Participant> out = new ArrayList<>();
        for (EventFrame.Participant p : participants) {
            for (DocumentEntity e : entities) {
                if (!e.id().equals(p.entityId())) continue;
                boolean named = false;
                for (Mention m : e.mentions()) {
                    if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
                    if (!clause.substring(m.start() - sentence.start(), m.end() - sentence.start()).isBlank()) named = true;
                }
                List<String> words = NameKeys.words(e.name());
                if (!named && e.type() == EntityType.PERSON && !words.isEmpty() && wordAt(clause, words.get(words.size() - 1)) >= 0) {
                    named = true;
                }
                if (named) out.add(p);
                break;
            }
        }
        return out;
    }

    /**
     * A modal or "to" right before a verb ("will be arrested", "may have met", "to sign", "будет задержан"), or a
     * condition anywhere in its clause ("if they signed").
     */
    private static final Pattern MODAL_BEFORE = unicode(
            "(?<![\\p{L}])(?:will|would|could|may|might|should|must|can|cannot|shall|to|won't|wouldn't|if|unless|whether|"
                    + "будет|будут|может|могут|мог|могла|могли|должен|должна|должны|чтобы|если)\\s+(?:(?:not|have|has|be|been|never|ever|не)\\s+)*$"
                    + "|(?<![\\p{L}])(?:if|unless|whether|если)(?![\\p{L}])");

    /**
     * The status of a frame whose trigger is a verb in the past tense ("visited", "signed", "задержан"): it happened,
     * whatever a plan or a hedge elsewhere in the sentence says ("When Ford visited his editor, he would scribble
     * poems"), unless its own clause puts a modal or a condition before it ("may have met", "if they signed").
     */
    static EventStatus pastTrigger(String sentence, MatchResult trigger, EventStatus status) {
        if (status != EventStatus.PLANNED && status != EventStatus.UNKNOWN) return status;
        if (!Triggers.HAPPENED.matcher(trigger.group()).matches()) return status;
        String head = sentence.substring(0, trigger.start());
        Matcher brk = CLAUSE_BREAK.matcher(head);
        int clause = 0;
        while (brk.find()) clause = brk.end();
        String own = head.substring(clause);
        if (MODAL_BEFORE.matcher(own).find() || Triggers.HEDGED.matcher(own).find() || Triggers.PLANNED.matcher(own).find()) {
            return status;
        }
        return EventStatus.HAPPENED;
    }

    /**
     * The places a sentence sends someone to ("will travel to Oslo"), named before {@code until}, as places where the
     * event happens.
     */
    private static List<EventFrame.Place> destinations(TextSpan sentence, List<DocumentEntity> entities, int until) {
        List<EventFrame.Place> out = new ArrayList<>();
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() || m.end() > sentence.end() || m.end() > until) continue;
                String before = sentence.text().substring(0, m.start() - sentence.start());
                if (DESTINATION_BEFORE.matcher(before).find()) {
                    out.add(new EventFrame.Place(e.id(), e.name(), EventFrame.Place.Role.AT, null));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The places a sentence without an event offers as a venue ("X suggested Y as a possible location", "X предложил
     * Y в качестве места"): those named after the offering verb, suggested by the person named before it.
     */
    private static List<EventFrame.Place> offeredVenues(TextSpan sentence, List<DocumentEntity> entities) {
        Matcher suggestion = Triggers.SUGGESTED.matcher(sentence.text());
        if (!suggestion.find() || !Triggers.VENUE.matcher(sentence.text()).find()) return List.of();
        int verb = sentence.start() + suggestion.start();
        String by = personBefore(sentence, entities, verb);
        List<EventFrame.Place> out = new ArrayList<>();
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < verb || m.end() > sentence.end()) continue;
                out.add(new EventFrame.Place(e.id(), e.name(), EventFrame.Place.Role.SUGGESTED, by));
                break;
            }
        }
        return out;
    }

    /** The first person (in entity order) the sentence names before offset {@code verb}: who suggested; or null. */
    private static String personBefore(TextSpan sentence, List<DocumentEntity> entities, int verb) {
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            int at = firstPosition(sentence, e);
            if (at >= 0 && at < verb) return e.name();
        }
        return null;
    }

    /** The index of the first sentence that denies a report or claim, or -1. */
    private static int denial(List<TextSpan> sentences) {
        for (int i = 0; i < sentences.size(); i++) if (DENIED.matcher(sentences.get(i).text()).find()) return i;
        return -1;
    }

    /** True when every sentence of the frame tells it as a claim, before the sentence that denies it. */
    private static boolean deniedClaim(EventFrame f, List<TextSpan> sentences, int denial) {
        for (String text : f.sentences()) {
            int at = -1;
            for (int i = 0; i < denial && at < 0; i++) if (sentences.get(i).text().equals(text)) at = i;
            if (at < 0 || !CLAIMED.matcher(text).find()) return false;
        }
        return !f.sentences().isEmpty();
    }

    /** True when a TIMEX3 value names a day, month or year wholly before the publication day. */
    static boolean before(String value, java.time.LocalDate published) {
        Integer c = compareToDay(value, published);
        return c != null && c < 0;
    }

    /** The counterpart of {@link #before}: a calendar value wholly after the publication day. */
    static boolean after(String value, java.time.LocalDate published) {
        Integer c = compareToDay(value, published);
        return c != null && c > 0;
    }

    /**
     * How a calendar value (a day, a month or a year, in ISO form) compares with the publication day at the value's own
     * precision (a month or a year holding the day compares as 0); null for anything else (a week, a vague reference).
     */
    private static Integer compareToDay(String value, java.time.LocalDate published) {
        if (published == null || value == null || value.length() < 4 || !Character.isDigit(value.charAt(0))) return null;
        String day = published.toString();
        if (value.length() >= 10 && Character.isDigit(value.charAt(9))) return Integer.signum(value.substring(0, 10).compareTo(day));
        if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) return Integer.signum(value.compareTo(day.substring(0, 7)));
        if (value.length() == 4) return Integer.signum(value.compareTo(day.substring(0, 4)));
        return null;
    }

    /** True when the trigger at [start, end) of the sentence is negated in its clause. */
    static boolean negated(String sentence, int start, int end) {
        String head = sentence.substring(Math.max(0, start - 45), start);
        String tail = sentence.substring(end);
        if (NOT_RULED_OUT.matcher(head).find()) return false;
        return NEGATED_BEFORE.matcher(head).find() || NEGATED_AFTER.matcher(tail).find();
    }

    /** True when the trigger at [start, end) refers back to an earlier or another event rather than reporting one. */
    static boolean background(String sentence, int start, int end) {
        String head = sentence.substring(Math.max(0, start - 60), start);
        if (BACKGROUND_BEFORE.matcher(head).find()) return true;
        return FIRST_BEFORE.matcher(head).find() && SINCE_AFTER.matcher(sentence.substring(end)).find();
    }

    /**
     * "investigated Russian meddling in the 2016 election", "in the run-up to the 2020 election", "his re-election
     * chances", "winning over the black vote": an election named as the time, the setting or the stake of something
     * else, not one the sentence reports. The election a report is about is told in its own words ("voters will elect",
     * "won the election", "the vote was held"), and a sentence of such a report that only names it this way adds no
     * participant, place or time the others do not.
     *
     * @param published the report's day, or null: then an election's year cannot tell background from news
     */
    static boolean electionInPassing(String sentence, int start, int end, java.time.LocalDate published) {
        String head = sentence.substring(Math.max(0, start - 60), start);
        String tail = sentence.substring(end, Math.min(sentence.length(), end + 40));
        if (ELECTION_AS_SETTING_BEFORE.matcher(head).find() || ELECTION_AS_MODIFIER_AFTER.matcher(tail).find()) return true;
        // "the black vote" ("an independent election commission" is an election's body)
        if (sentence.substring(start, end).equalsIgnoreCase("vote") && VOTING_BLOC_BEFORE.matcher(head).find()) return true;
        if (published == null) return false;
        // an election of another year than the report's: "the 2016 election" in 2019, "выборах 2018 года" in 2021
        Matcher year = YEAR_OF_ELECTION_BEFORE.matcher(head);
        if (year.find() && Integer.parseInt(year.group(1)) != published.getYear()) return true;
        Matcher after = YEAR_OF_ELECTION_AFTER.matcher(tail);
        return after.find() && Integer.parseInt(after.group(1)) != published.getYear();
    }

    /** "in the run-up to", "meddling in", "the outcome of", "since", "в преддверии", "вмешательство в" the election. */
    private static final Pattern ELECTION_AS_SETTING_BEFORE = unicode(
            "(?<![\\p{L}])(?:run-up to|lead-up to|leading up to|in the wake of|aftermath of|outcome of|interference in|"
                    + "interfering in|meddling in|meddle in|interfere in|tampering with|hacking of|since|"
                    + "в преддверии|вмешательств\\p{L}* в|вмешиват\\p{L}* в|вмешал\\p{L}* в)\\s+"
                    + "(?:(?:the|a|an|this|that|his|her|their|its|our|last|next|upcoming|coming)\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,3}$");
    /** "election chances", "election interference": the election qualifies the noun that follows it. */
    private static final Pattern ELECTION_AS_MODIFIER_AFTER = unicode(
            "^(?:\\s+(?:campaign\\s+)?)(?:chances|prospects|hopes|odds|interference|meddling|hacking|security|cycle|season|"
                    + "strategy|strategist|strategists|fraud claims|denier|deniers)(?![\\p{L}])");
    /** "the black vote", "the youth vote": voters as a group, not a ballot. */
    private static final Pattern VOTING_BLOC_BEFORE = unicode(
            "(?<![\\p{L}])(?:black|white|latino|hispanic|youth|young|female|women's|women’s|evangelical|suburban|rural|urban|"
                    + "catholic|jewish|muslim|working-class|independent|conservative|liberal|progressive)\\s+$");
    /** "the 2016 election", "2016's presidential election", "the 2020 presidential vote". */
    private static final Pattern YEAR_OF_ELECTION_BEFORE = unicode(
            "(?<![\\p{L}\\d])((?:19|20)\\d\\d)(?:'s|’s)?\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** "выборах 2018 года", "the election of 2016". */
    private static final Pattern YEAR_OF_ELECTION_AFTER = unicode(
            "^\\s+(?:(?:of|in)\\s+|(?:\\p{L}+\\s+){0,2})((?:19|20)\\d\\d)(?:\\s+(?:года|году|г\\.)|(?![\\p{L}\\d]))");

    private static List<EventFrame.Participant> participants(TextSpan sentence, List<DocumentEntity> entities, EventType type,
                                                             int from) {
        return participants(sentence, entities, type, from, Integer.MAX_VALUE);
    }

    /** The people (and, for some kinds, organisations) of the sentence first named within {@code [from, to)}. */
    private static List<EventFrame.Participant> participants(TextSpan sentence, List<DocumentEntity> entities, EventType type,
                                                             int from, int to) {
        // a disaster has no participants; a theft's are rarely named when first reported, and the people a sentence
        // names are its owners, victims or investigators ("charts by the cartographer Elias Brenner")
        if (type == EventType.DISASTER || type == EventType.THEFT) return List.of();
        Map<Integer, DocumentEntity> byPosition = new java.util.TreeMap<>();
        List<DocumentEntity> sources = new ArrayList<>();
        for (DocumentEntity e : entities) {
            boolean person = e.type() == EntityType.PERSON;
            boolean body = e.type() == EntityType.ORGANIZATION
                    && (ORGANISATIONS_TAKE_PART.contains(type) || type == EventType.MEETING && talksWith(sentence, e));
            if (!person && !body) continue;
            // a common noun the recognizer spanned alone ("завода", of the plant) names nobody
            if (e.name().chars().noneMatch(Character::isUpperCase)) continue;
            int at = firstPosition(sentence, e);
            if (at < 0 || at < from || at >= to) continue;
            // "Trump's special envoy Steve Witkoff met Putin": the envoy takes part, the one who sent him does not
            if (person && POSSESSOR_OF_PERSON.matcher(sentence.text().substring(at - sentence.start())).find()) continue;
            if (person && BEFELL_BEFORE.matcher(sentence.text().substring(Math.max(0, at - sentence.start() - 60), at - sentence.start())).find()) {
                continue;
            }
            if (!person && (AT_PLACE_BEFORE.matcher(sentence.text().substring(0, at - sentence.start())).find()
                    || affiliationOfPerson(sentence, at, entities))) {
                continue;
            }
            byPosition.put(at, e);
            // who speaks in a statement is the statement's participant, not merely its source; so is who spoke at
            // the meeting the sentence tells of
            if (type != EventType.STATEMENT && isSource(sentence, e) && !(type == EventType.MEETING && spokeAtTheGathering(sentence, e))) {
                sources.add(e);
            }
        }
        List<DocumentEntity> taking = new ArrayList<>(byPosition.values());
        // who reports the event is not taken to be in it ("Ushakov said that Putin and Trump will meet")
        taking.removeAll(sources);
        List<EventFrame.Participant> out = new ArrayList<>();
        for (DocumentEntity e : taking) out.add(new EventFrame.Participant(e.id(), e.name(), 1));
        return out;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LIST_ITEM_BEFORE = Pattern.compile("[,:;]\\s*$");

    /**
     * A trigger written with a capital inside a sentence written in lower case ("the Summit Hotel"), or opening an item
     * of a list ("They include: Assassin's Creed Odyssey, Attack on Titan: Final Battle 2"), is part of a title or a
     * name, no event; a headline in title case ("Gunmen Attack Police Checkpoint") still reports one.
     */
    static boolean inATitle(String sentence, int at) {
        // the sentence's first word (after any quotation mark or dash) is capitalised as every first word is
        if (!Character.isUpperCase(sentence.charAt(at)) || sentence.substring(0, at).codePoints().noneMatch(Character::isLetter)) return false;
        // an item of a list of titles ("They include: Assassin's Creed Odyssey, Attack on Titan: …")
        if (LIST_ITEM_BEFORE.matcher(sentence.substring(0, at)).find()) return true;
        int lower = 0, words = 0;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            words++;
            if (Character.isLowerCase(w.group().charAt(0))) lower++;
        }
        return lower * 2 >= words;
    }

    /** "talks with the investment fund Nordvale Capital", "переговоры с компанией «Северлес»": a body the talks are with. */
    private static final Pattern TALKS_WITH_BEFORE = unicode("(?<![\\p{L}])(?:talks|negotiations|переговор\\p{L}*)\\s+"
            + "(?:with|с|со)\\s+(?:the\\s+)?(?-i:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}[«\"“]?$");

    /** Whether a mention of the body in the sentence is who talks are held with (a body takes part in no other meeting). */
    private static boolean talksWith(TextSpan sentence, DocumentEntity e) {
        for (Mention m : e.mentions()) {
            if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
            String before = sentence.text().substring(Math.max(0, m.start() - sentence.start() - 80), m.start() - sentence.start());
            if (TALKS_WITH_BEFORE.matcher(before).find()) return true;
        }
        return false;
    }

    /** "Officers in Leeds arrested …": a body's name after "in" names where, not who (a club's town as a club). */
    private static final Pattern AT_PLACE_BEFORE = unicode("(?<![\\p{L}])(?:in|в|во)\\s+[«\"“]?$");

    /** Heads of a company title beside the description roles ("chief executive", "chief financial officer"). */
    private static final Set<String> TITLE_HEADS = Set.of("executive", "officer", "administrator", "boss", "manager", "chairperson");

    /**
     * What may stand between an organisation and the person it describes: nothing ("компании «Уралтранс» Виктор
     * Гусев") or a title of up to four words ending in a role noun ("Acme's chief executive John Smith", "NASA
     * Administrator Jim Bridenstine").
     */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("^[»\"”]?(?:['’]s)?((?:\\s+[\\p{L}.-]+){0,4})\\s+$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The organisation whose mention starts at {@code at} describes a person named right after it (the person's
     * employer or party in their title: "Президент компании «Уралтранс» Виктор Гусев выступил с заявлением"): the
     * person takes part, the organisation is only who they are.
     */
    private static boolean affiliationOfPerson(TextSpan sentence, int at, List<DocumentEntity> entities) {
        int end = -1;
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (Mention m : e.mentions()) if (m.start() == at) end = m.end();
        }
        if (end < 0) return false;
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (Mention m : e.mentions()) {
                if (m.start() <= end || m.end() > sentence.end() || m.start() - end > 60) continue;
                Matcher title = TITLE_THEN_NAME.matcher(sentence.text().substring(end - sentence.start(), m.start() - sentence.start()));
                if (!title.matches()) continue;
                String words = title.group(1).strip();
                String last = words.substring(words.lastIndexOf(' ') + 1);
                if (words.isEmpty() || Descriptions.isRole(last)
                        || TITLE_HEADS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the entity first appears in the sentence: a recognised mention, or (people) their surname as a
     * word, which also catches names inside compounds such as "Putin-Trump meeting"; -1 when absent.
     */
    private static int firstPosition(TextSpan sentence, DocumentEntity e) {
        for (Mention m : e.mentions()) {
            if (m.start() >= sentence.start() && m.end() <= sentence.end()) return m.start();
        }
        if (e.type() != EntityType.PERSON) return -1;
        List<String> words = NameKeys.words(e.name());
        if (words.isEmpty()) return -1;
        int at = wordAt(sentence.text(), words.get(words.size() - 1));
        return at < 0 ? -1 : sentence.start() + at;
    }

    /** Where {@code word} first stands in {@code text} as a whole word (no letter either side), or -1. */
    static int wordAt(String text, String word) {
        if (word.isEmpty()) return -1;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean letterBefore = i > 0 && Character.isLetter(text.codePointBefore(i));
            boolean letterAfter = end < text.length() && Character.isLetter(text.codePointAt(end));
            if (!letterBefore && !letterAfter) return i;
        }
        return -1;
    }

    /** The gathering whose trigger stands at {@code trigger} is one someone spoke at ("told employees at a meeting"). */
    private static boolean spokenAt(TextSpan sentence, int trigger) {
        Matcher spoke = Triggers.SPOKE_AT_GATHERING.matcher(sentence.text());
        int at = trigger - sentence.start();
        while (spoke.find()) {
            if (spoke.start() < at && at < spoke.end()) return true;
        }
        return false;
    }

    /**
     * The entity is who spoke at the gathering the sentence names: its mention right before the verb ("Vinter told
     * employees at a meeting in Saltmere") or right after it ("заявил Ломакин на заседании").
     */
    private static boolean spokeAtTheGathering(TextSpan sentence, DocumentEntity e) {
        String text = sentence.text();
        Matcher spoke = Triggers.SPOKE_AT_GATHERING.matcher(text);
        while (spoke.find()) {
            int verbEnd = spoke.end(1) >= 0 ? spoke.end(1) : spoke.end(2);
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
                int start = m.start() - sentence.start(), end = m.end() - sentence.start();
                if (end <= spoke.start() && text.substring(end, spoke.start()).isBlank()) return true;
                if (start >= verbEnd && start < spoke.end() && text.substring(verbEnd, start).isBlank()) return true;
            }
        }
        return false;
    }

    private static boolean isSource(TextSpan sentence, DocumentEntity e) {
        for (Mention m : e.mentions()) {
            if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
            String after = sentence.text().substring(m.end() - sentence.start());
            if (CUE_AFTER.matcher(after).find()) return true;
            String before = sentence.text().substring(0, m.start() - sentence.start());
            if (CUE_BEFORE.matcher(before).find()) return true;
        }
        return false;
    }

    /**
     * The places of {@code sentence} within {@code [from, to)} where an event of {@code type} happens: after "in", "at",
     * "near" … ({@link Triggers#AT}), and for an election after "mayor of", for a theft after "from" or "into".
     */
    private static List<EventFrame.Place> places(TextSpan sentence, List<DocumentEntity> entities,
                                                 List<EventFrame.Participant> participants, int from, int to, EventType type) {
        Matcher suggestion = Triggers.SUGGESTED.matcher(sentence.text());
        boolean suggested = suggestion.find();
        String suggestedBy = suggested ? personBefore(sentence, entities, sentence.start() + suggestion.start()) : null;
        List<EventFrame.Place> out = new ArrayList<>();
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() || m.end() > Math.min(sentence.end(), to) || m.start() < from) continue;
                String before = sentence.text().substring(0, m.start() - sentence.start());
                if (!Triggers.AT.matcher(before).find() && !(type == EventType.ELECTION && OFFICE_OF.matcher(before).find())
                        && !(type == EventType.THEFT && TAKEN_FROM.matcher(before).find())) {
                    continue;
                }
                if (WHERE_PEOPLE_ARE.matcher(before).find()) continue;
                out.add(new EventFrame.Place(e.id(), e.name(), suggested ? EventFrame.Place.Role.SUGGESTED : EventFrame.Place.Role.AT,
                        suggested ? suggestedBy : null));
                break;
            }
        }
        return out;
    }

    /**
     * The date nearest after the trigger within the sentence, else one just before it ("on Monday's meeting"); a
     * date further back usually times the reporting ("Trump said on Wednesday that he would meet").
     */
    private static Timex time(TextSpan sentence, List<Timex> timexes, int trigger) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : timexes) {
            if (t.start() < sentence.start() || t.end() > sentence.end()) continue;
            if (t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET) continue;
            // a century or decade ("18th-century charts", "the 1990s") dates things, not a reported event
            if (CENTURY_OR_DECADE.matcher(t.value()).matches()) continue;
            // "..., her office said on Wednesday", "Об этом в среду сообщила пресс-служба": the day of the report
            String lead = sentence.text().substring(Math.max(0, t.start() - sentence.start() - 40), t.start() - sentence.start());
            if (t.start() >= trigger && (REPORT_DATE_BEFORE.matcher(lead).find()
                    || REPORT_DATE_AFTER.matcher(sentence.text().substring(t.end() - sentence.start())).find())) {
                continue;
            }
            // "stopped all flights from midnight after a rescue deal fell through": a date before a subordinate clause
            // times the main one
            String between = t.start() < trigger ? sentence.text().substring(t.end() - sentence.start(), trigger - sentence.start()) : "";
            // "Во вторник, на следующий день после отставки …, Гусева провела совещание": a date that opens the sentence
            // before a comma times its main clause, however far on the trigger stands
            boolean opening = OPENING.matcher(sentence.text().substring(0, t.start() - sentence.start())).matches()
                    && between.startsWith(",");
            if (t.start() < trigger && (trigger - t.end() > NEAR_BEFORE && !opening || REPORTING.matcher(between).find()
                    || SUBORDINATE.matcher(between).find())) {
                continue;
            }
            int d = t.start() >= trigger ? t.start() - trigger : 3 * (trigger - t.start());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * Event facts a sentence states in words of its own, as keys two paraphrases share: "the venue has been agreed
     * and will be announced later" and "the location had been agreed upon and would be revealed soon" both give
     * {@code venue:agreed, not announced yet}.
     */
    public static Set<String> facts(String sentence) {
        String venue = venue(sentence);
        return venue == null ? Set.of() : Set.of("venue:" + venue);
    }

    private static String venue(String sentence) {
        if (Triggers.VENUE.matcher(sentence).find() && Triggers.AGREED.matcher(sentence).find()
                && Triggers.NOT_YET_PUBLIC.matcher(sentence).find()) {
            return "agreed, not announced yet";
        }
        return null;
    }

    /** Frames of one kind with mostly the same participants (or none named) are one event. */
    static List<EventFrame> merge(List<EventFrame> frames) {
        return merge(frames, Set.of(), Set.of());
    }

    /**
     * As {@link #merge(List)}, and a frame read from a definite mention ("the deal was signed by ...") joins the
     * latest earlier event of its kind whatever its names: it speaks of that event; a dependent frame (candidates
     * named apart from their election) joins one or is dropped.
     */
    static List<EventFrame> merge(List<EventFrame> frames, Set<EventFrame> anaphoric, Set<EventFrame> dependent) {
        List<EventFrame> merged = new ArrayList<>();
        List<Integer> weight = new ArrayList<>();
        for (EventFrame f : frames) {
            int home = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (sameEvent(merged.get(i), f)) {
                    home = i;
                    break;
                }
            }
            if (home < 0 && anaphoric.contains(f)) {
                for (int i = merged.size() - 1; i >= 0 && home < 0; i--) if (merged.get(i).type() == f.type()) home = i;
            }
            if (home < 0 && dependent.contains(f)) continue;
            if (home < 0) {
                merged.add(f);
                weight.add(1);
            } else {
                merged.set(home, combine(merged.get(home), f));
                weight.set(home, weight.get(home) + 1);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) order.add(i);
        order.sort((a, b) -> weight.get(b) - weight.get(a) != 0 ? weight.get(b) - weight.get(a) : a - b);
        List<EventFrame> out = new ArrayList<>();
        for (int i : order) {
            if (out.size() == MAX_FRAMES) break;
            out.add(merged.get(i));
        }
        return out;
    }

    /**
     * Two frames of reports in one story report one event: as {@link #sameEvent}, except that places may differ.
     * The story already gathers reports of one event, and its outlets name the place at different scales (the town,
     * the region, the country) and in different languages ("Serran Highlands", "Серранском нагорье").
     */
    public static boolean sameEventInStory(EventFrame a, EventFrame b) {
        if (a.type() != b.type()) return false;
        if (happened(a) != happened(b) && a.status() != EventStatus.UNKNOWN && b.status() != EventStatus.UNKNOWN
                && !announcedThenHeld(a, b)) {
            return false;
        }
        if (happened(a) && happened(b) && a.time() != null && b.time() != null && !sameDay(a.time(), b.time())) return false;
        // a year alone dates history ("the meeting in Helsinki in 2018"); a report's own event is dated by its day or
        // not at all, so one dated by a year alone is another event than one without a date
        if (happened(a) && happened(b) && yearOnly(a.time()) != yearOnly(b.time())) return false;
        return participantsAgree(a, b);
    }

    /**
     * One report announces the event for a day and a later one tells it took place that day ("will sign on Monday",
     * "signed on Monday"): across a story's reports that is one event, not a planned one beside a past one.
     */
    static boolean announcedThenHeld(EventFrame a, EventFrame b) {
        EventFrame held = happened(a) ? a : b, announced = held == a ? b : a;
        if (!happened(held) || (announced.status() != EventStatus.PLANNED && announced.status() != EventStatus.AGREED)) return false;
        return held.time() != null && announced.time() != null && held.time().length() >= 10 && announced.time().length() >= 10
                && sameDay(held.time(), announced.time());
    }

    /**
     * {@link #combine} for frames of different reports in one story: an event announced for a day that a report says
     * took place that day took place (the later report knows more), on the day and at the time that report gives.
     */
    public static EventFrame combineInStory(EventFrame a, EventFrame b) {
        EventFrame both = combine(a, b);
        if (!(happened(a) ^ happened(b)) || !announcedThenHeld(a, b)) return both;
        EventFrame held = happened(a) ? a : b;
        return new EventFrame(both.type(), EventStatus.HAPPENED, both.participants(), both.places(), both.venue(),
                held.time(), held.timeText(), both.triggers(), both.sentences());
    }

    /**
     * Whether two times name one moment, or one day at two precisions: "Wednesday evening" (2026-03-25TEV) and
     * "Wednesday" (2026-03-25) date one earthquake.
     */
    static boolean sameDay(String a, String b) {
        if (a.equals(b)) return true;
        return a.length() >= 10 && b.length() >= 10 && a.regionMatches(0, b, 0, 10)
                && (a.length() == 10 || b.length() == 10);
    }

    private static boolean yearOnly(String time) {
        return time != null && time.length() == 4 && time.chars().allMatch(Character::isDigit);
    }

    /** Two frames report one event: same kind, and most participants shared (or none named on one side). */
    public static boolean sameEvent(EventFrame a, EventFrame b) {
        if (a.type() != b.type()) return false;
        // an event that took place and one still to come are two events (Helsinki 2018 and the planned summit)
        if (happened(a) != happened(b) && a.status() != EventStatus.UNKNOWN && b.status() != EventStatus.UNKNOWN) return false;
        if (happened(a) && happened(b) && a.time() != null && b.time() != null && !sameDay(a.time(), b.time())) return false;
        // two events of one kind in different places are two events (twin earthquakes, Helsinki and Moscow talks)
        Set<String> placesA = placesAt(a);
        Set<String> placesB = placesAt(b);
        if (!placesA.isEmpty() && !placesB.isEmpty() && java.util.Collections.disjoint(placesA, placesB)) return false;
        return participantsAgree(a, b);
    }

    private static boolean participantsAgree(EventFrame a, EventFrame b) {
        Set<String> x = ids(a);
        Set<String> y = ids(b);
        if (x.isEmpty() || y.isEmpty()) return true;
        Set<String> shared = new java.util.HashSet<>(x);
        shared.retainAll(y);
        Set<String> all = new java.util.HashSet<>(x);
        all.addAll(y);
        return shared.size() * 2 >= all.size();
    }

    private static Set<String> placesAt(EventFrame f) {
        Set<String> out = new java.util.HashSet<>();
        for (EventFrame.Place p : f.places()) if (p.role() == EventFrame.Place.Role.AT) out.add(p.entityId());
        return out;
    }

    private static boolean happened(EventFrame f) {
        return f.status() == EventStatus.HAPPENED;
    }

    private static Set<String> ids(EventFrame f) {
        Set<String> out = new java.util.HashSet<>();
        for (EventFrame.Participant p : f.participants()) out.add(p.entityId());
        return out;
    }

    /** One frame holding what both say: participants and places united, the strongest status. */
    public static EventFrame combine(EventFrame a, EventFrame b) {
        List<EventFrame.Participant> participants = new ArrayList<>(a.participants());
        for (EventFrame.Participant p : b.participants()) {
            int i = 0;
            while (i < participants.size() && !participants.get(i).entityId().equals(p.entityId())) i++;
            if (i == participants.size()) participants.add(p);
            else participants.set(i, new EventFrame.Participant(p.entityId(), participants.get(i).name(),
                    participants.get(i).support() + p.support()));
        }
        List<EventFrame.Place> places = new ArrayList<>(a.places());
        for (EventFrame.Place p : b.places()) {
            if (places.stream().noneMatch(q -> q.entityId().equals(p.entityId()) && q.role() == p.role())) places.add(p);
        }
        EventStatus status = a.status().compareTo(b.status()) >= 0 ? a.status() : b.status();
        // the time of the sentence with the strongest status is the event's time ("will meet next week")
        boolean bLeads = b.status().compareTo(a.status()) > 0 && b.time() != null || a.time() == null;
        List<String> triggers = new ArrayList<>(a.triggers());
        for (String t : b.triggers()) if (!triggers.contains(t)) triggers.add(t);
        List<String> sentences = new ArrayList<>(a.sentences());
        for (String s : b.sentences()) if (!sentences.contains(s)) sentences.add(s);
        return new EventFrame(a.type(), status, participants, places, a.venue() != null ? a.venue() : b.venue(),
                bLeads ? b.time() : a.time(), bLeads ? b.timeText() : a.timeText(), triggers, sentences);
    }
}
