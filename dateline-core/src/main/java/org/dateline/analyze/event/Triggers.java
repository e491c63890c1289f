package org.dateline.analyze.event;

import org.dateline.text.WordStartMatcher;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The words that name each kind of event and that tell its status, English and Russian. */
final class Triggers {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Each kind's trigger words, matched where a word begins (several per sentence, so they are worth narrowing). */
    static final Map<EventType, WordStartMatcher> EVENTS = new EnumMap<>(EventType.class);

    static {
        // a body's sitting is a meeting of its members: "Дума соберётся на внеочередное заседание"; so is a working
        // meeting an official holds: "провела первое совещание с руководителями"
        EVENTS.put(EventType.MEETING, trigger("meet|meets|meeting|meetings|met|talks|summit|sit-down|sit down|face-to-face|"
                + "visit(?!:|\\s+(?:www\\.|https?://|our website|the website|our site))|visits|visited|negotiations|встреч\\w*|встрет\\w*|встреча\\w*|переговор\\w*|саммит\\w*|визит(?!н)\\w*|посет\\w*|"
                + "заседани\\w*|совещани\\w*"));
        // only a statement as a thing issued names the event; a reporting verb ("announced", "declared", "объявил")
        // attributes some other piece of news to its source and is no event of its own
        // "подал заявление", "положил на стол заявление", "рассмотрит его заявление": a letter filed (a resignation)
        // is no statement made; "по заявлению X" is "according to X"
        // a bank's or a card's statement is a paper, a fashion statement a look
        EVENTS.put(EventType.STATEMENT, trigger("(?<!(?:credit-card|card|bank|banking|financial|account|billing|income|"
                + "earnings|fashion|mission|vision|problem|style)\\s)(?:statement|statements)|declaration|joint declaration|"
                + "(?<!(?:подал|подала|подали|положил|положила|стол|написал|написала|написали|отозвал|отозвала|рассмотр\\p{L}{0,6}|по)\\s"
                + "(?:(?:его|её|ее|их|своё|свое)\\s)?)заявлени\\w*|обращени(?:ем|е) к"));
        EVENTS.put(EventType.ARREST, trigger("arrest|arrests|arrested|detain|detained|detention|custody|"
                + "задержа\\w*|арест\\w*|задерж(?:ат|ит)"));
        EVENTS.put(EventType.ATTACK, trigger("attack|attacks|attacked|airstrike|airstrikes|strike|strikes|shelling|shelled|"
                + "bombing|bombed|explosion|blast|shooting|opened fire|open fire|атак\\w*|удар|удары|ударов|обстрел\\w*|взрыв(?!чат)\\w*|теракт\\w*|"
                + "напал[иа]?|нападени\\w*|нападут|нападает|нападают"));
        // a board's or a chamber's decision is no election: "by a 5-2 vote of the bank's board", "voted to keep rates",
        // "should the House vote to impeach";
        // nor is a show's: "was voted off the competition"
        EVENTS.put(EventType.ELECTION, trigger("election|elections|elect|(?<!\\d[-–]\\d{1,3}\\s)vote(?!\\s+to\\s)|voted(?!\\s+(?:to|off)\\s)|voting|ballot|referendum|"
                + "выбор[аыо]\\w*|голосовани\\w*|референдум\\w*|изберут|выберут"));
        EVENTS.put(EventType.AGREEMENT, trigger("agreement|agreements|deal|treaty|accord|"
                // "runners signed up", "was signed off work": registering or sick leave is no agreement; nor is a sign
                // ("the one sign you can point to", "every street sign")
                + "signed(?!\\s+(?:up|off)(?![\\p{L}]))|(?<!(?:the|a|one|every|any|no|this|that|street|stop|road|warning|"
                + "good|bad|first|clear|positive|only|sure|telltale|neon)\\s)sign(?!\\s+(?:up|off)(?![\\p{L}]))|"
                + "ceasefire|truce|merger|takeover|"
                + "соглашени\\w*|договор|договора|договоре|подписал\\w*|подпиш(?:ут|ет)|перемири\\w*|слияни\\w*"));
        // a theft, burglary or robbery without violence told ("an armed robbery" is an attack); not "похищение", which
        // is as often a kidnapping
        EVENTS.put(EventType.THEFT, trigger("theft|thefts|stole|stolen|steal|steals|robbery|robberies|robbed|burglary|"
                + "burglaries|burgled|heist|break-in|краж\\w*|украл\\w*|украден\\w*|ограбил\\w*|ограблени\\w*|хищени\\w*"));
        EVENTS.put(EventType.DISASTER, trigger("earthquake|quake|flood|floods|flooded|flooding|wildfire|wildfires|hurricane|typhoon|"
                // "пожарные", "пожарная часть": the firefighters, not the fire
                + "tsunami|landslide|eruption|blaze|blazes|землетрясени\\w*|наводнени\\w*|пожар(?!н)\\w*|возгорани\\w*|"
                + "ураган\\w*|цунами|извержени\\w*|паводо?к\\w*|затопил\\w*|подтоплени\\w*|"
                // a transport accident, in words no market or website uses ("shares sank", "the site crashed")
                + "ran aground|run aground|runs aground|capsized|capsizes|derailed|derailment|shipwreck|plane crash|air crash|"
                + "train crash|крушени\\w*|сош[её]л с рельсов|сошли с рельсов|сел[аи]? на мель|затонул\\w*"));
    }

    /** "vote", "voted", "voting": an election only where the sentence speaks of one (not a favourite light artwork, a TV show). */
    static final Pattern WEAK_ELECTION = Pattern.compile("(?iu)^(?:vote|voted|voting)$");
    /** What tells a vote is an election's: its words, its people and the offices and bodies elected. */
    static final Pattern ELECTION_CONTEXT = words("election|elections|electoral|polls|polling|ballot|ballots|candidate|candidates|"
            + "primary|primaries|runoff|referendum|electorate|voters|caucus|caucuses|governor|mayor|president|"
            + "presidential|parliament|parliamentary|senate|congress|congressional|seat|seats");

    /**
     * Words of candidacy ("his main rival", "Candidates X and Y", "второе место заняла"): they name who stands in an
     * election the text reports elsewhere, and make no election of their own.
     */
    static final Pattern CANDIDACY = words("candidate|candidates|candidacy|rival|rivals|challenger|challengers|runner-up|"
            + "re-election|reelection|second term|third term|кандидат\\w*|соперни\\w*|второе место|переизбра\\w*|баллотир\\w*");

    static final Pattern CANCELLED = words("cancel|cancelled|canceled|called off|call off|postponed|postpone|"
            + "отмен\\w*|отложен\\w*|перенесен\\w*");
    static final Pattern AGREED = words("agree|agreed|agreement was reached|preliminary agreement|agreed upon|"
            + "договорил\\w*|согласова\\w*|достигнут\\w*|договоренност\\w*");
    /** Only speculated: "could travel", "a meeting might take place", "не исключил, что встреча может состояться". */
    static final Pattern HEDGED = words("(?<!(?:in|on|of|by|to|from|since|until|early|late|mid-) )(?<!mid-)may(?! \\d)|might|could|possible|possibly|perhaps|not ruled out|did not rule out|"
            + "does not rule out|не исключ\\w*|может|могут|мог бы|могла бы|могли бы|возможн\\w*|вероятно");
    /**
     * Announced for the future. Russian perfective verbs have no future auxiliary: their present-tense form is the
     * future ("подпишут", "встретятся", "проведут"), so the event verbs' perfective forms are listed here.
     */
    static final Pattern PLANNED = words("will|would|to hold|plan|plans|planned|planning|scheduled|upcoming|expected to|"
            + "is to|are to|is due to|are due to|is set to|are set to|"
            + "next week|coming days|to meet|" + Triggers.FACES_VOTE + "|(?:invited|invites|invitation)(?: [^\\s,.]+){0,3} to|будет|будут|состоится|состоятся|пройдет|пройдёт|пройдут|планиру\\w*|"
            + "предстоящ\\w*|намечен\\w*|запланирован\\w*|назначен\\w*|(?:пригласил|приглаша|приглашени)\\w*(?: [^\\s,.]+){0,3} на|"
            + "подпиш(?:ут|ет)|встрет(?:ит|ят)ся|провед(?:ут|[её]т)|посет(?:ит|ят)|обсуд(?:ит|ят)|заключ(?:ит|ат)|"
            + "соберутся|соберётся|соберется|изберут|выберут|проголосуют|выступ(?:ит|ят)|объяв(?:ит|ят)");
    /**
     * A vote or trial someone faces lies ahead: "faces local elections in the autumn", "face a runoff" (the date
     * anchor reads the same words as looking forward).
     */
    private static final String FACES_VOTE = "(?:faces|face)(?: [\\p{L}-]+){0,2} (?:elections?|votes?|runoffs?|referendums?|ballots?|polls|trial)";
    static final Pattern HAPPENED = words("met|held|took place|happened|occurred|visited|was arrested|were arrested|"
            + "killed|struck|hit|signed|attacked|opened fire|swept|swept through|arrested|detained|issued|released|"
            + "said in a statement|elected|voted|erupted|flooded|"
            // a contest won (not the Korean currency)
            + "won(?= (?:the|a|an|re-election|reelection|his|her|their|its) )|победил[аи]?|"
            + "встретил\\w*|состоял\\w*|прошл[аио]|произош\\w*|погиб\\w*|подписал\\w*|выступил\\w*|"
            + "напал[иа]?|затопил\\w*|обстрелял\\w*|задержал\\w*|задержан\\w*|атаковал\\w*|избран\\w*|"
            + "обрушил\\w*|сделал\\w* заявлени\\w*|"
            // held: "провела первое совещание", "провели переговоры"
            + "провел[аио]?|провёл|"
            // a theft told in the past tense
            + "stole|was stolen|were stolen|robbed|burgled|украл\\w*|украден[аоы]?|ограбил\\w*|"
            // a transport accident told in the past tense
            + "ran aground|capsized|derailed|сош[её]л с рельсов|сошли с рельсов|сел[аи]? на мель|затонул[аио]?|"
            // a fire put out or brought under control has burned
            + "put out|extinguished|brought under control|ликвидирова\\w*|потушил\\w*|потушен\\w*|локализова\\w*|"
            + Triggers.SPOKE_AT_GATHERING_WORDS);
    /**
     * Someone spoke at a gathering in the past tense, the verb as group 1 (English) or 2 (Russian): the gathering
     * took place, and the speaker was at it ("Vinter told employees at a meeting in Saltmere"); not where the
     * gathering is in what was said ("заявил, что на заседании 2 апреля депутаты примут").
     */
    private static final String SPOKE_AT_GATHERING_WORDS =
            "(told|said|spoke|announced|addressed|briefed)(?![\\p{L}])(?:(?!that )[^.!?]){0,60}?(?:at|during) (?:a|an|the) "
            + "(?:[\\p{L}-]+ )?(?:meeting|news conference|press conference|briefing|summit|session|rally)|"
            + "((?:заявил|сказал|сообщил|рассказал|выступил|объявил)\\w*)(?:(?!что )[^.!?]){0,60}?на (?:\\p{L}+ )?"
            + "(?:встрече|совещании|заседании|брифинге|пресс-конференции|саммите|сессии|митинге)";
    static final Pattern SPOKE_AT_GATHERING = words(SPOKE_AT_GATHERING_WORDS);
    static final Pattern SUGGESTED = words("suggest|suggested|suggests|proposed|propose|offered|possible venue|"
            + "предлож\\w*");
    static final Pattern VENUE = words("venue|location|place of the meeting|место|места|месте");
    static final Pattern NOT_YET_PUBLIC = words("later|soon|will be revealed|will announce|would be revealed|"
            + "позже|позднее|объяв\\w*|сообщ\\w*");
    /**
     * What stands right before a place where the event happens: "in", "at", "near", "outside" (optionally "the town
     * of", "the port of"), "в"/"на"/"под" (optionally "городе", "районе"), or a disaster or attack verb whose direct
     * object is the place hit ("struck southern Peru", "swept through Valencia", "attacked Kharkiv"), or "to" after
     * a visit ("the visit of Xi Jinping to Moscow").
     */
    static final Pattern AT = Pattern.compile("(?:\\b(?:in|at|near|outside|off)\\s+(?:the\\s+)?"
            + "(?:(?:\\p{L}+\\s+)?(?:town|city|village|port|region|province|district|state|island|capital|area)\\s+of\\s+(?:the\\s+)?)?"
            + "|\\b(?:struck|hit|hits|strikes|swept|swept through|sweeps through|battered|rocked|devastated|ravaged|pounded|"
            + "shook|flooded|attacked|shelled|bombed|raided|stormed)\\s+(?:the\\s+)?"
            + "(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
            + "northeastern|northwestern|southeastern|southwestern|coastal|rural)\\s+)?"
            // "the visit of Chinese leader Xi Jinping to Moscow": where a visit goes (not a journey after the event: "held
            // talks before flying to Eastport")
            + "|\\b(?:visit|visits|trip|trips)"
            + "\\s+(?:[^\\s,.;:]+\\s+){0,6}?to\\s+(?:the\\s+)?"
            // "на востоке Турции": a part of the place named after it
            + "|(?<![\\p{L}])(?:в|во|на|под)\\s+(?:(?:городе|селе|поселке|посёлке|районе|области|регионе|порту|аэропорту|столице|"
            + "востоке|западе|севере|юге|северо-востоке|северо-западе|юго-востоке|юго-западе|центре|окраине|побережье)\\s+)?"
            // "беспилотники атаковали Брянск": the place a Russian attack verb hits
            + "|(?<![\\p{L}])(?:атаковал[иа]?|обстрелял[иа]?|(?:ударил[иа]?|удар|удары|нанесли удар)\\s+по)\\s+)$", FLAGS);

    private Triggers() {
    }

    private static WordStartMatcher trigger(String alternatives) {
        return new WordStartMatcher(words(alternatives));
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", FLAGS);
    }

    /**
     * Talks or a deal that came to nothing: "talks on a rescue investment had collapsed", "the deal fell through",
     * "переговоры сорвались", "the failure of last-minute talks". Only with such a noun: a building that collapsed is
     * no cancelled event.
     */
    static final Pattern FAILED = Pattern.compile("(?<![\\p{L}])(?:talks|negotiations|deal|agreement|bid|merger|переговоры|сделка|соглашение)"
            + "\\s+(?:[\\p{L}\\d-]+\\s+){0,8}?(?:had\\s+|has\\s+|have\\s+)?(?:collapsed|fell through|broke down|сорвал\\p{L}*|провалил\\p{L}*)(?![\\p{L}])"
            // the noun of it before them: "the failure of last-minute talks", "the collapse of the deal", "срыв переговоров"
            + "|(?<![\\p{L}])(?:failure|collapse|breakdown)\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:talks|negotiations|deal|agreement|merger|bid)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:срыв|провал)\\p{L}*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:переговоров|сделки|соглашения)(?![\\p{L}])", FLAGS);

    /** The status a sentence gives its events, strongest claim first. */
    static EventStatus status(String sentence) {
        if (CANCELLED.matcher(sentence).find() || FAILED.matcher(sentence).find()) return EventStatus.CANCELLED;
        if (AGREED.matcher(sentence).find()) return EventStatus.AGREED;
        if (HEDGED.matcher(sentence).find()) return EventStatus.UNKNOWN;
        if (PLANNED.matcher(sentence).find()) return EventStatus.PLANNED;
        if (HAPPENED.matcher(sentence).find()) return EventStatus.HAPPENED;
        return EventStatus.UNKNOWN;
    }
}
