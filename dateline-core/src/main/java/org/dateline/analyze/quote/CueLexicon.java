package org.dateline.analyze.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language that attribute speech: cue verbs in every form with their dictionary form and what
 * must follow them, "according to"-style phrases whose source comes after, pronouns, determiners and the titles
 * that precede names.
 */
final class CueLexicon {

    /** What a cue verb needs after it before the content starts. */
    enum Needs {
        /** A clause may follow at once: "he said he would". */
        CLAUSE,
        /** A complementizer, a colon or a quotation: "told reporters that", "announced: “...”". */
        THAT,
        /** A quotation close by: "called it “a disaster”". */
        QUOTE,
        /** An object or infinitive at once, in source-first order only: "wants to ...", "endorsed Clinton". */
        OBJECT
    }

    record Cue(String lemma, Needs needs, boolean participle) {
        /** A verb with its particle: "call for". */
        boolean phrasal() {
            return lemma.indexOf(' ') > 0;
        }
    }

    private final Map<String, Cue> verbs = new HashMap<>();
    /** Verb form + particle ("called for", "referring to") to the cue the pair makes; its content follows the particle. */
    private final Map<String, Cue> phrasalVerbs = new HashMap<>();
    /** The verb forms that start a phrasal cue, to look pairs up only after them. */
    private final Set<String> phrasalHeads = new HashSet<>();
    /** Two-word phrases whose source follows: "according to X", "по словам X". */
    final Set<String> sourceAfterPhrases;
    /** Words opening a clause with its own source: "as X said", "как отметил X". */
    final Set<String> asWords;
    final Set<String> complementizers;
    final Set<String> pronouns;
    /** Possessives standing for a source inside a phrase: "по его словам". */
    final Set<String> possessives;
    final Set<String> determiners;
    final Set<String> titles;
    /** Auxiliaries and adverbs between a source and its cue verb: "has also said". */
    final Set<String> auxiliaries;
    /** Forms of "be" that make a cue passive ("was told"), whose subject is not the speaker. */
    final Set<String> passiveMarkers;
    /** Prepositions that end a source written after its cue ("said Rubio on Thursday"). */
    final Set<String> sourceStops;
    /** "Об этом": the content is the previous sentence. */
    final Set<String> anaphoricContent;

    private CueLexicon(Set<String> sourceAfterPhrases, Set<String> asWords, Set<String> complementizers,
                       Set<String> pronouns, Set<String> possessives, Set<String> determiners, Set<String> titles, Set<String> auxiliaries,
                       Set<String> passiveMarkers, Set<String> sourceStops, Set<String> anaphoricContent) {
        this.sourceAfterPhrases = sourceAfterPhrases;
        this.asWords = asWords;
        this.complementizers = complementizers;
        this.pronouns = pronouns;
        this.possessives = possessives;
        this.determiners = determiners;
        this.titles = titles;
        this.auxiliaries = auxiliaries;
        this.passiveMarkers = passiveMarkers;
        this.sourceStops = sourceStops;
        this.anaphoricContent = anaphoricContent;
    }

    Cue verb(String lowerForm) {
        return verbs.get(lowerForm);
    }

    /** The cue "verb particle" makes ("calls for", "talked about"), or null. */
    Cue phrasal(String lowerForm, String lowerParticle) {
        return phrasalHeads.contains(lowerForm) ? phrasalVerbs.get(lowerForm + " " + lowerParticle) : null;
    }

    static CueLexicon forLanguage(String language) {
        return "ru".equals(language) || "uk".equals(language) || "be".equals(language) ? RUSSIAN : ENGLISH;
    }

    static final CueLexicon ENGLISH = english();
    static final CueLexicon RUSSIAN = russian();

    private static CueLexicon english() {
        CueLexicon l = new CueLexicon(Set.of("according to"), Set.of(),
                Set.of("that", "whether"),
                Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "me"), Set.of(),
                Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"),
                Set.of("president", "vice", "secretary", "state", "minister", "prime", "foreign", "deputy", "chief",
                        "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "mr", "mrs", "ms", "dr",
                        "gen", "general", "chancellor", "ambassador", "envoy", "special", "spokesman", "spokeswoman",
                        "spokesperson", "press", "speaker", "leader", "attorney", "judge", "justice", "adviser",
                        "advisor", "aide", "director", "chairman", "chairwoman", "ceo", "former", "u.s", "us", "house",
                        "senate", "republican", "democratic", "democrat", "gop", "kremlin", "white",
                        // ranks, abbreviated as police and military spokespeople are named: "according to Lt. Brian Ross"
                        "lt", "col", "capt", "sgt", "maj", "cpl", "det", "insp", "supt", "cmdr", "adm", "prof", "rev"),
                Set.of("has", "have", "had", "also", "later", "then", "previously", "once", "would", "will", "could",
                        "did", "does", "do", "repeatedly", "recently", "publicly", "often", "again", "further", "first",
                        "not", "never", "reportedly", "already", "still"),
                Set.of("is", "was", "were", "are", "been", "being", "be"),
                Set.of("on", "in", "at", "during", "after", "before", "to", "late", "earlier", "this", "last",
                        "when", "while", "as", "who", "which"),
                Set.of());
        // verbs of saying whose content may follow without "that"
        l.english("say said", Needs.CLAUSE);
        for (String v : new String[]{"add", "claim", "insist", "argue", "believe", "suggest", "acknowledge", "predict",
                "contend", "maintain", "assert", "warn", "note", "~tweet", "estimate", "think thought",
                "write wrote written", "admit admitted admitting", "recall", "complain", "concede"}) {
            l.english(v, Needs.CLAUSE);
        }
        for (String v : new String[]{"want", "support", "endorse", "oppose", "plan", "seek sought", "intend",
                "decline", "refuse", "accuse", "cite", "blame", "reject", "defend", "favor",
                "favour", "prefer preferred preferring", "aim", "vow", "pledge", "promise", "threaten", "hope", "agree", "applaud",
                "condemn", "denounce", "dispute", "embrace", "oppose", "advocate", "champion", "~attack",
                "discuss", "express", "~thank", "~back", "mock", "encourage", "ridicule", "lambaste", "~fault",
                "~welcome", "tout", "rebuke", "chide", "scold", "downplay", "congratulate", "consider", "~view", "identify",
                "echo", "highlight", "repeat", "~reference", "~challenge", "~offer", "~voice", "~request",
                "~issue", "~order", "portray", "unveil", "deem", "convince", "nominate", "celebrate", "~push",
                "remember", "~quote", "~release", "publish", "~file", "cast", "~sign", "ignore", "~list", "hire",
                "~share", "~pass", "accept", "dismiss", "invoke", "laud", "see saw seen"}) {
            l.english(v, Needs.OBJECT);
        }
        for (String v : new String[]{"tell told", "stress", "emphasize", "emphasise", "explain", "announce", "declare",
                "~state", "report", "confirm", "deny", "reply", "respond", "answer", "conclude", "observe", "remark",
                "reiterate", "testify", "vow", "promise", "caution", "allege", "charge", "counter", "continue", "ask",
                "agree", "indicate", "reveal", "disclose", "signal", "~post", "joke", "quip", "retort", "urge",
                "acknowledge", "boast", "concur", "muse", "recount", "shout", "scream", "whisper", "yell", "mention",
                "lament", "~question", "wonder", "fear", "hope", "demand", "predict", "speculate", "suspect", "worry", "feel felt",
                "know knew", "understand understood", "show showed shown", "find found",
                "~point", "learn learned learnt", "expect", "assume", "doubt", "hint", "pledge", "reckon", "recommend",
                "propose", "declare", "guarantee", "insinuate", "imply", "assure", "remind", "inform", "notify",
                "advise", "forecast", "~project", "calculate", "conclude", "discover", "realize", "realise", "recognize",
                "recognise", "determine", "decide", "assert", "affirm", "proclaim", "pronounce", "opine", "theorize",
                "posit", "surmise", "guess", "imagine", "suppose", "bet", "swear swore sworn", "threaten", "brag",
                "grumble", "protest", "object", "plead", "pray", "acknowledge"}) {
            l.english(v, Needs.THAT);
        }
        for (String v : new String[]{"call", "describe", "dub", "label", "~term", "brand", "praise", "criticize",
                "criticise", "slam", "blast", "decry", "hail", "deride"}) {
            l.english(v, Needs.QUOTE);
        }
        // verbs whose topic or demand is the object of a preposition: "called for a ban", "talked about jobs"
        for (String v : new String[]{"call for", "call on", "refer referred referring to", "talk about", "speak spoke spoken about",
                "speak spoke spoken of", "complain about", "warn of", "warn about", "warn against", "push for",
                "press for", "argue for", "argue against", "advocate for", "rail against", "point to", "hint at",
                "brag bragged bragging about", "boast about", "joke about", "worry about", "ask about", "ask for", "comment on",
                "insist on", "apologize for", "apologise for", "testify about", "focus on", "vote for", "vote against"}) {
            l.phrasalEnglish(v);
        }
        return l;
    }

    /**
     * "lemma [irregular forms...]": adds the lemma, its regular forms and the irregular ones given; "~lemma" leaves
     * out the plain and -s forms, which news mostly uses as nouns ("the state", "two points", "his tweets").
     */
    private void english(String spec, Needs needs) {
        boolean nounForms = spec.startsWith("~");
        String[] words = (nounForms ? spec.substring(1) : spec).split(" ");
        String lemma = words[0];
        if (verbs.containsKey(lemma) && verbs.get(lemma).lemma().equals(lemma)) return;
        // "plan" → "planned", "quip" → "quipping": one syllable ending in a single vowel and consonant doubles it
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1)
                : lemma.matches("([^aeiou]*|[^aeiou]*qu)[aeiou][bdgklmnprt]") ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
        boolean sibilant = lemma.matches(".*(s|sh|ch|x|z)");
        boolean consonantY = lemma.matches(".*[^aeiou]y");
        if (!nounForms) {
            put(lemma, lemma, needs, false);
            put(consonantY ? stem.substring(0, stem.length() - 1) + "ies" : sibilant ? lemma + "es" : lemma + "s", lemma, needs, false);
        }
        put(consonantY ? lemma.substring(0, lemma.length() - 1) + "ied" : stem + "ed", lemma, needs, false);
        put(stem + "ing", lemma, needs, true);
        for (int i = 1; i < words.length; i++) put(words[i], lemma, needs, words[i].endsWith("ing"));
    }

    /**
     * "lemma [irregular forms...] particle": every form of the verb followed by the particle, an object cue named
     * "lemma particle".
     */
    private void phrasalEnglish(String spec) {
        String[] words = spec.split(" ");
        String particle = words[words.length - 1];
        String lemma = words[0] + " " + particle;
        CueLexicon forms = new CueLexicon(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of());
        forms.english(String.join(" ", Arrays.copyOfRange(words, 0, words.length - 1)), Needs.OBJECT);
        forms.verbs.forEach((form, cue) -> {
            phrasalHeads.add(form);
            phrasalVerbs.putIfAbsent(form + " " + particle, new Cue(lemma, Needs.OBJECT, cue.participle()));
        });
    }

    private static CueLexicon russian() {
        CueLexicon l = new CueLexicon(Set.of("по словам", "по мнению", "по данным", "по информации", "по оценке",
                "со слов"), Set.of("как"), Set.of("что", "чтобы", "будто"),
                Set.of("он", "она", "они", "оно", "его", "её", "ее", "их", "него", "неё", "нее", "них"),
                Set.of("его", "её", "ее", "их"),
                Set.of("этот", "эта", "это", "эти", "тот", "та", "те"),
                Set.of("президент", "премьер", "министр", "глава", "председатель", "пресс-секретарь", "помощник",
                        "советник", "замглавы", "заместитель", "директор", "губернатор", "мэр", "посол", "спикер",
                        "депутат", "сенатор", "представитель", "генсек", "генеральный", "секретарь", "лидер",
                        "госсекретарь", "канцлер", "политолог", "эксперт", "аналитик"),
                Set.of("также", "уже", "ранее", "позднее", "позже", "тогда", "неоднократно", "не", "еще", "ещё", "вновь",
                        "снова", "открыто", "публично", "прямо"),
                Set.of("был", "была", "было", "были"),
                Set.of("в", "во", "на", "после", "перед", "журналистам", "по", "агентству", "изданию", "корреспонденту",
                        // "говорится в сообщении пресс-службы": the document is the speaker's; the speaker comes after it
                        "сообщении", "заявлении", "обращении", "документе", "письме", "релизе", "пресс-релизе", "докладе",
                        "отчете", "отчёте", "публикации", "постановлении", "приговоре", "ответе", "материалах", "материале",
                        // "заявил в интервью ТАСС министр": the interview is where, the outlet whom, the speaker after
                        "интервью", "эфире", "беседе", "разговоре"),
                Set.of("об этом", "это", "о том"));
        // past forms ending in -л also get -ла, -ло, -ли
        l.russian("заявить", "заявил заявлял заявляет заявляют заявив заявляя");
        // "говорится в сообщении МЧС" (and "отмечается", "сообщается", ... below): what a document says, its author speaking
        l.russian("сказать", "сказал говорил говорит говорят сказав говоря говорится");
        l.russian("отметить", "отметил отмечал отмечает отмечают отметив отмечая отмечается");
        l.russian("подчеркнуть", "подчеркнул подчеркивал подчёркивал подчеркивает подчёркивает подчеркивают "
                + "подчёркивают подчеркнув подчеркивая подчёркивая подчеркивается подчёркивается");
        l.russian("сообщить", "сообщил сообщал сообщает сообщают сообщив сообщается");
        l.russian("добавить", "добавил добавлял добавляет добавляют добавив добавляя");
        l.russian("пояснить", "пояснил пояснял поясняет поясняют пояснив");
        l.russian("рассказать", "рассказал рассказывал рассказывает рассказывают рассказав");
        l.russian("уточнить", "уточнил уточнял уточняет уточняют уточнив уточняется");
        l.russian("признать", "признал признавал признает признаёт признают признав признался");
        l.russian("заметить", "заметил замечает заметив");
        l.russian("указать", "указал указывал указывает указывают указав указывается");
        l.russian("напомнить", "напомнил напоминал напоминает напоминают напомнив");
        l.russian("предупредить", "предупредил предупреждал предупреждает предупреждают предупредив");
        l.russian("заверить", "заверил заверял заверяет заверяют заверив");
        l.russian("констатировать", "констатировал констатирует");
        l.russian("написать", "написал писал пишет пишут написав");
        l.russian("ответить", "ответил отвечал отвечает ответив");
        l.russian("объяснить", "объяснил объяснял объясняет объясняют объяснив");
        l.russian("считать", "считал считает считают полагал полагает полагают");
        l.russian("утверждать", "утверждал утверждает утверждают утверждая");
        l.russian("уверять", "уверен уверена уверены уверял уверяет");
        l.russian("резюмировать", "резюмировал подытожил заключил");
        l.russian("передать", "передал передает передаёт");
        l.russian("поделиться", "поделился поделилась поделились");
        l.russian("жаловаться", "жаловался жаловалась жаловались жалуется жалуются");
        l.russian("вспомнить", "вспомнил вспоминал вспоминает");
        l.russian("призвать", "призвал призывает призывают");
        l.russian("пообещать", "пообещал обещал обещает");
        l.russian("опасаться", "опасается опасаются");
        // "выразил уверенность, что ...", "выразила надежду, что ...": the noun between is the cue's, the clause the content
        l.russian("выразить", "выразил выражал выражает выражают выразив");
        l.russian("настаивать", "настаивал настаивает настаивают");
        l.russian("подтвердить", "подтвердил подтверждал подтверждает подтверждают подтвердив подтверждается");
        l.russian("отрицать", "отрицал отрицает отрицают отрицая");
        l.russian("объявить", "объявил объявлял объявляет объявляют объявив");
        l.russian("допустить", "допустил допускал допускает допускают допустив");
        l.russian("предположить", "предположил предполагал предполагает предполагают предположив");
        l.russian("возразить", "возразил возражал возражает возражают возразив");
        l.russian("описать", "описал описывал описывает описывают описав");
        l.russian("прокомментировать", "прокомментировал комментировал комментирует комментируют прокомментировав");
        l.russian("воскликнуть", "воскликнул восклицал восклицает");
        l.russian("пожаловаться", "пожаловался");
        l.russian("посетовать", "посетовал сетовал сетует сетуют");
        l.russian("согласиться", "согласился соглашался соглашается соглашаются");
        l.russian("потребовать", "потребовал требовал требует требуют");
        l.russian("спрогнозировать", "спрогнозировал прогнозировал прогнозирует прогнозируют");
        l.russian("парировать", "парировал парирует");
        // what figures and studies show: "Данные Росстата показали, что ..."
        l.russian("показать", "показал показывал показывает показывают");
        // "назвал эти сообщения «уткой»": a quotation close by is what the speaker called it
        for (String f : "назвал назвала назвало назвали называл называла называли называет называют назвав".split(" ")) {
            l.put(f, "назвать", Needs.QUOTE, f.endsWith("в"));
        }
        // past forms without the -л ending, each spelled out
        for (String f : "опроверг опровергла опровергло опровергли опровергает опровергают".split(" ")) {
            l.put(f, "опровергнуть", Needs.THAT, false);
        }
        return l;
    }

    private void russian(String lemma, String forms) {
        for (String f : forms.split(" ")) {
            boolean participle = f.endsWith("в") || f.endsWith("я") && !f.endsWith("ся");
            put(f, lemma, Needs.THAT, participle);
            if (f.endsWith("л")) {
                for (String ending : new String[]{"а", "о", "и"}) put(f + ending, lemma, Needs.THAT, false);
            }
        }
    }

    private void put(String form, String lemma, Needs needs, boolean participle) {
        verbs.putIfAbsent(form, new Cue(lemma, needs, participle));
    }
}
