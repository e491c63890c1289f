package org.dateline.analyze.quote;

import org.dateline.analyze.entity.EntityRecognizers;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String text, String language) {
        return extractor.extract(text, language, EntityRecognizers.forLanguage(language).recognize(text, language));
    }

    private static Quote quoteContaining(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.content().stream().anyMatch(c -> c.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }

    /** A mention of the first occurrence of {@code name} in {@code text}. */
    private static Mention mention(String text, EntityType type, String name) {
        int at = text.indexOf(name);
        return new Mention(type, at, at + name.length(), name);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().text();
    }

    @Test
    void aClauseBeforeASubordinateAttributionIsTheWritersNotTheSourcesWords() {
        String text = "Решение последовало через неделю после того, как контрольно-счётная палата сообщила о нарушениях.";
        assertThat(extractor.extract(text, "ru", List.of())).noneMatch(q -> q.content().stream()
                .anyMatch(c -> c.text().contains("Решение последовало")));
        // a parenthetical "как сообщила" still attributes what comes before it
        String parenthetical = "Стоимость работ была завышена, как сообщила контрольно-счётная палата.";
        assertThat(extractor.extract(parenthetical, "ru", List.of())).anyMatch(q -> q.content().stream()
                .anyMatch(c -> c.text().contains("Стоимость работ была завышена")));
    }

    @Test
    void aWordOpeningAnAdverbialClauseIsNoSource() {
        // "Having" and "When" had been the sources (and speakers) of the cues right after them
        String text = "Having said that, there are some economists who argue that taxes should be low. "
                + "When told the stage was in the round, Abedin still wanted changes made.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(quoteContaining(quotes, "some economists").source()).isNull();
        assertThat(quoteContaining(quotes, "in the round").source()).isNull();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().text().matches("Having|When"));
    }

    @Test
    void aCommaClosingAnAdverbialAfterThatOpensTheReportedClause() {
        // "that in 1994," had ended the content at its comma: before "while ..." and before "Clinton could not recall"
        String text = "The woman alleged that in 1994, while she was 13, she was assaulted at a party. "
                + "The agency said that in September 2015, Clinton could not recall how she described herself.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(quoteContaining(quotes, "in 1994").content()).extracting(Span::text)
                .containsExactly("that in 1994, while she was 13, she was assaulted at a party");
        Quote agency = quoteContaining(quotes, "September 2015");
        assertThat(agency.source().text()).isEqualTo("The agency");
        assertThat(agency.content()).extracting(Span::text)
                .containsExactly("that in September 2015, Clinton could not recall how she described herself");
    }

    @Test
    void aWordCapitalisedOnlyBecauseItOpensTheSentenceNamesNoSpeaker() {
        // the extractor alone (no recognizer), so that only the capitalised-word fallback can name a speaker
        String text = "The quake damaged the old town. Rescue services said 112 buildings had been damaged. "
                + "Officials said the bridge would stay closed. Some officials said it could reopen soon.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        Quote rescue = quoteContaining(quotes, "112 buildings");
        assertThat(rescue.source().text()).isEqualTo("Rescue services");
        assertThat(speaker(rescue)).isNull();
        Quote officials = quoteContaining(quotes, "bridge would stay closed");
        assertThat(speaker(officials)).isNull();
        // nor does a recognizer's mention of such a word ("Art" in "Art-crime experts said")
        String art = "Art-crime experts said on Saturday that the charts would be impossible to sell.";
        Quote experts = quoteContaining(extractor.extract(art, "en",
                List.of(new Mention(EntityType.ORGANIZATION, 0, 3, "Art"))),
                "impossible to sell");
        assertThat(experts.source().text()).isEqualTo("Art-crime experts");
        assertThat(speaker(experts)).isNull();
        // nor does a date opening the sentence
        Quote governments = quoteContaining(extractor.extract("Smokers had nowhere to go. On Monday the two governments promised "
                + "to change that, signing an agreement.", "en", List.of()), "change that");
        assertThat(speaker(governments)).isNull();
        // nor does where the speakers are
        Quote passengers = quoteContaining(extractor.extract("Passengers on the Aurelia Bay said they felt a jolt.", "en", List.of()), "jolt");
        assertThat(speaker(passengers)).isNull();
        String residents = "Residents in Karvela said the water was back.";
        assertThat(speaker(quoteContaining(extractor.extract(residents, "en", List.of(new Mention(EntityType.ORGANIZATION,
                residents.indexOf("Karvela"), residents.indexOf("Karvela") + 7, "Karvela"))), "water"))).isNull();
        // a name is still a name at the start of a sentence
        Quote named = quoteContaining(extractor.extract("Kessel said the funds would come on Saturday.", "en", List.of()), "funds");
        assertThat(speaker(named)).isEqualTo("Kessel");
    }

    @Test
    void aRussianSourceLeavesOutTheParticlesAndTheOpeningPhraseAroundIt() {
        for (String[] c : new String[][]{
                {"Хотя украинские чиновники заявляют, что запасов газа хватит до весны.", "украинские чиновники"},
                {"Правительство сейчас заявляет, что бюджет будет исполнен.", "Правительство"},
                {"После спектакля Штефан Кэги рассказал, что театр уедет на гастроли.", "Штефан Кэги"},
                {"В своё время Маргарет Тэтчер говорила, что денег государства не бывает.", "Маргарет Тэтчер"},
                {"Вот и первый вице-премьер Шувалов недавно признал, что рычагов влияния нет.", "первый вице-премьер Шувалов"},
                {"Народная артистка Быстрицкая тогда мне сказала, что книгу надо беречь.", "Народная артистка Быстрицкая"}}) {
            List<Quote> quotes = extractor.extract(c[0], "ru", List.of());
            assertThat(quotes).as(c[0]).singleElement().satisfies(q -> assertThat(q.source().text()).isEqualTo(c[1]));
        }
    }

    @Test
    void aVerbsFormAfterADeterminerIsANounThatCanSpeakBeforeAnAside() {
        Quote q = quoteContaining(extractor.extract("The report, released on Friday, found that emissions rose.", "en", List.of()),
                "emissions rose");
        assertThat(q.source().text()).isEqualTo("The report");
    }

    @Test
    void aThatInsideAClauseOpeningWithItsSubjectIsARelativePronoun() {
        for (String[] c : new String[][]{
                {"She said the report that was released Monday is wrong.", "the report that was released Monday is wrong"},
                {"Critics attacked Trump, saying his comments reflect an intolerance that extends to other groups.",
                        "his comments reflect an intolerance that extends to other groups"},
                // an adverbial before "that" is no subject
                {"He said in a statement that the plan failed.", "that the plan failed"},
                {"He said this week that the plan failed.", "that the plan failed"}}) {
            Quote q = quoteContaining(extractor.extract(c[0], "en", List.of()), c[1].substring(c[1].length() - 10));
            assertThat(q.content()).as(c[0]).extracting(Span::text).containsExactly(c[1]);
        }
    }

    @Test
    void aSecondRussianVerbOfOneSubjectAndWhatSomeoneCalledSomething() {
        List<Quote> two = extractor.extract("Собянин отметил, что метро работает, и добавил, что движение восстановят к вечеру.", "ru", List.of());
        assertThat(two).extracting(q -> q.source().text(), q -> q.content().get(0).text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Собянин", "что метро работает"),
                org.assertj.core.groups.Tuple.tuple("Собянин", "что движение восстановят к вечеру"));
        assertThat(extractor.extract("Песков назвал эти сообщения «уткой».", "ru", List.of())).singleElement()
                .satisfies(q -> assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL));
        // without a quotation, naming is no statement
        assertThat(extractor.extract("Министр назвал причины задержки.", "ru", List.of())).isEmpty();
    }

    @Test
    void aRussianIndirectQuestionAndTheCommonerVerbsOfSayingAreReportedSpeech() {
        for (String[] c : new String[][]{
                {"Министр объяснил, почему бюджет не исполнен.", "Министр", "почему бюджет не исполнен"},
                {"Она рассказывает, какие у них в городе были проспекты.", "Она", "какие у них в городе были проспекты"},
                {"Представитель компании опроверг, что завод закроют.", "Представитель компании", "что завод закроют"},
                {"Губернатор подтвердил, что дорогу откроют в мае.", "Губернатор", "что дорогу откроют в мае"},
                {"Данные Росстата показали, что инфляция замедлилась.", "Данные Росстата", "что инфляция замедлилась"},
                {"Министр это отрицал, заявив, что проверка продолжается.", "Министр", "что проверка продолжается"}}) {
            assertThat(extractor.extract(c[0], "ru", List.of())).as(c[0]).singleElement().satisfies(q -> {
                assertThat(q.source().text()).isEqualTo(c[1]);
                assertThat(q.content()).extracting(Span::text).containsExactly(c[2]);
            });
        }
        // "как" before the verb still reads "as X said"; whom and where it was said come before the speaker, and
        // "as they said" names nobody
        assertThat(extractor.extract("Как заявил министр, бюджет исполнен.", "ru", List.of())).singleElement()
                .satisfies(q -> assertThat(q.content()).extracting(Span::text).containsExactly("бюджет исполнен"));
        assertThat(extractor.extract("Как заявили «Деньгам» в Министерстве образования, мест станет меньше.", "ru", List.of()))
                .singleElement().satisfies(q -> assertThat(q.source().text()).isEqualTo("Министерстве образования"));
        assertThat(extractor.extract("Мужик этот, как говорили, лечил кликуш.", "ru", List.of()))
                .allSatisfy(q -> assertThat(q.source()).isNull());
    }

    @Test
    void aQuotedNameBeforeTheSpeakerIsNoQuotationEndingTheContent() {
        // without a comma or dash at its end, the quotation marks the company's name, not what was said
        assertThat(extractor.extract("В «Озёрстрое» нарушения отрицают.", "ru", List.of())).isEmpty();
        assertThat(extractor.extract("Глава «Озёрстроя» нарушения отрицает.", "ru", List.of())).isEmpty();
        assertThat(extractor.extract("«Все работы выполнены», — сообщили в компании.", "ru", List.of())).singleElement()
                .satisfies(q -> assertThat(q.content()).extracting(Span::text).containsExactly("Все работы выполнены"));
        assertThat(extractor.extract("“We will win,” Smith said.", "en", List.of())).singleElement()
                .satisfies(q -> assertThat(q.source().text()).isEqualTo("Smith"));
    }

    @Test
    void aQuotationInTheFirstVerbsObjectLeavesTheSubjectToTheSecondVerb() {
        // "exhorted" is no cue: without the rule the quotation stood between "Cruz" and "and said", and nobody spoke
        assertThat(extractor.extract("Cruz exhorted Republicans to \"vote your conscience\" and said he was standing on principle.",
                "en", List.of())).singleElement().satisfies(q -> {
            assertThat(q.source().text()).isEqualTo("Cruz");
            assertThat(q.content()).extracting(Span::text).containsExactly("he was standing on principle");
        });
    }

    @Test
    void aGlossOfTheNameEndingTheContentIsTheWritersNotTheSpeakers() {
        assertThat(extractor.extract("But critics say resources could be better spent in partnership with NATO, the existing "
                + "military alliance that includes Canada.", "en", List.of())).singleElement().satisfies(q -> assertThat(q.content())
                .extracting(Span::text).containsExactly("resources could be better spent in partnership with NATO"));
        // a clause after the comma stays the speaker's
        assertThat(extractor.extract("He said the deal was signed in Oslo, the talks having ended.", "en", List.of()))
                .singleElement().satisfies(q -> assertThat(q.content()).extracting(Span::text)
                        .containsExactly("the deal was signed in Oslo, the talks having ended"));
    }

    @Test
    void namesGlossingASourceAfterItsCueAreNoContent() {
        assertThat(extractor.extract("She should make the fight for the Senate a priority, said the lawmakers, Representatives "
                + "James E. Clyburn of South Carolina and G. K. Butterfield of North Carolina.", "en", List.of()))
                .singleElement().satisfies(q -> {
                    assertThat(q.source().text()).isEqualTo("the lawmakers");
                    assertThat(q.content()).extracting(Span::text).containsExactly("She should make the fight for the Senate a priority");
                });
    }

    @Test
    void aNumberOpeningTheSentenceIsNoIntroductoryPhrase() {
        // "About" before a number counts; it had read as a preposition opening an adverbial, so nothing was attributed
        assertThat(extractor.extract("About 10 mothers live here, according to the report.", "en", List.of())).singleElement()
                .satisfies(q -> assertThat(q.content()).extracting(Span::text).containsExactly("About 10 mothers live here"));
        assertThat(extractor.extract("About the plan, officials said they would decide soon.", "en", List.of())).singleElement()
                .satisfies(q -> assertThat(q.content()).extracting(Span::text).containsExactly("they would decide soon"));
    }

    @Test
    void anAccordingToAfterADashTakesTheClauseBefore() {
        assertThat(extractor.extract("More than half of his advice is unsubstantiated — or flat out wrong — according to the journal.",
                "en", List.of())).singleElement().satisfies(q -> {
                    assertThat(q.source().text()).isEqualTo("the journal");
                    assertThat(q.content()).extracting(Span::text).containsExactly("More than half of his advice is unsubstantiated — or flat out wrong");
                });
    }

    @Test
    void theSubjectOfTwoJoinedVerbsEndsAtTheFirstVerb() {
        assertThat(extractor.extract("The campaign dramatically expanded its ad buys in seven states and announced plans to launch a blitz.",
                "en", List.of())).singleElement().satisfies(q -> assertThat(q.source().text()).isEqualTo("The campaign"));
    }

    @Test
    void whenSomethingWasSaidIsNotWhatWasSaid() {
        String[][] cases = {
                {"The president told reporters on Monday he would veto the bill.", "he would veto the bill"},
                {"The president said on Monday he would veto the bill.", "he would veto the bill"},
                {"The president told CNN this week he would veto the bill.", "he would veto the bill"},
                {"The president said Monday night he would veto the bill.", "he would veto the bill"},
                {"She said yesterday the plan was dead.", "the plan was dead"},
                // a time that belongs to the content stays
                {"He said last year's budget was too small.", "last year's budget was too small"},
        };
        for (String[] c : cases) {
            assertThat(extractor.extract(c[0], "en", List.of())).as(c[0]).singleElement()
                    .satisfies(q -> assertThat(q.content()).extracting(Span::text).containsExactly(c[1]));
        }
    }

    @Test
    void russianNamesInQuotationMarksMakeNoPartialQuote() {
        assertThat(extractor.extract("Пожар на складе компании «Трансвектор» в промзоне «Восточная» ликвидирован, сообщили в МЧС.",
                "ru", List.of())).singleElement().satisfies(q -> assertThat(q.kind()).isEqualTo(Quote.Kind.REPORTED));
        assertThat(extractor.extract("Мэр назвал решение «ошибкой», заявил его заместитель.", "ru", List.of()))
                .anySatisfy(q -> assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL));
    }

    @Test
    void aRussianVerbAfterACommaSpeaksForTheSubjectItAgreesWith() {
        // the plural "сообщили" is not the singular mayor's second verb
        assertThat(extractor.extract("Мэр назвал решение «ошибкой», сообщили в мэрии.", "ru", List.of()))
                .noneSatisfy(q -> assertThat(q.content()).extracting(Span::text).containsExactly("в мэрии"));
        // a clause opening with a verb has the sentence's subject, not its own first words
        assertThat(extractor.extract("Глава города Иван Петров приехал на место, осмотрел склад и заявил, что компенсации получат все жильцы.",
                "ru", List.of())).singleElement().satisfies(q -> assertThat(q.source().text()).isEqualTo("Глава города Иван Петров"));
    }

    @Test
    void aPhraseInterruptingARelativeClauseAttributesThatClause() {
        String text = "Аудиторы нашли нарушения: в смету попали работы, которые, по данным палаты, не выполнялись. Сумма высока.";
        Quote q = quoteContaining(extractor.extract(text, "ru", List.of()), "не выполнялись");
        assertThat(q.source().text()).isEqualTo("палаты");
        assertThat(q.content()).extracting(Span::text).containsExactly("в смету попали работы, которые", "не выполнялись");
        // a name in quotation marks is part of the clause
        String named = "Итог проверки: в смету подрядчика «Озёрстрой» попали работы, которые, по данным палаты, не выполнялись.";
        assertThat(quoteContaining(extractor.extract(named, "ru", List.of()), "не выполнялись").content()).extracting(Span::text)
                .containsExactly("в смету подрядчика «Озёрстрой» попали работы, которые", "не выполнялись");
        // a bare subject before the phrase keeps its two spans
        Quote bare = quoteContaining(extractor.extract("Работы, по данным палаты, не выполнялись.", "ru", List.of()), "не выполнялись");
        assertThat(bare.content()).extracting(Span::text).containsExactly("Работы", "не выполнялись");
    }

    @Test
    void aPluralDescriptionIsNotTheFirstPersonItDescribedEarlier() {
        String text = "The memorandum was signed in Saltmere by transport ministers Ilse Varga and Tomas Reinholt. "
                + "Rebuilding the bridge is expected to cost 640 million euros, the ministers said.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(
                mention(text, EntityType.LOCATION, "Saltmere"),
                mention(text, EntityType.PERSON, "Ilse Varga"),
                mention(text, EntityType.PERSON, "Tomas Reinholt")));
        Quote cost = quoteContaining(quotes, "640 million");
        assertThat(cost.source().text()).isEqualTo("the ministers");
        assertThat(speaker(cost)).isNull();
    }

    @Test
    void aNameInAppositionToADescriptionSourceIsItsSpeaker() {
        String text = "Kestria’s transport minister, Tomas Reinholt, said on Wednesday that the first flights had left. "
                + "\"We will be back,\" the airline's spokeswoman, Anna Berg, told reporters. "
                + "The carrier, Aeroskye, said it had stopped flying. "
                + "The minister, whose deputy Lena Ortiz resigned, said nothing more.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(
                mention(text, EntityType.LOCATION, "Kestria"),
                mention(text, EntityType.PERSON, "Tomas Reinholt"),
                mention(text, EntityType.PERSON, "Anna Berg"),
                mention(text, EntityType.ORGANIZATION, "Aeroskye"),
                mention(text, EntityType.PERSON, "Lena Ortiz")));
        assertThat(speaker(quoteContaining(quotes, "first flights"))).isEqualTo("Tomas Reinholt");
        assertThat(speaker(quoteContaining(quotes, "We will be back"))).isEqualTo("Anna Berg");
        assertThat(speaker(quoteContaining(quotes, "stopped flying"))).isEqualTo("Aeroskye");
        // a name inside a clause after the description is not an apposition
        assertThat(quotes).noneMatch(q -> "Lena Ortiz".equals(speaker(q)));
    }

    @Test
    void aQuotationWithItsOwnCueIsTheSpeakersNotTheAccordingToSources() {
        String text = "\"We fought for every week, but we have run out of runway,\" Vinter told employees at a meeting in Saltmere, "
                + "according to a recording obtained by MPA.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(
                mention(text, EntityType.PERSON, "Vinter"),
                mention(text, EntityType.ORGANIZATION, "MPA")));
        Quote q = quoteContaining(quotes, "run out of runway");
        assertThat(speaker(q)).isEqualTo("Vinter");
        assertThat(quotes).noneMatch(x -> "MPA".equals(speaker(x)));
        // an "according to" after a plain quotation still names its source
        String plain = "\"The bridge will reopen in May,\" according to the ministry.";
        assertThat(quoteContaining(extractor.extract(plain, "en", List.of()), "bridge will reopen").source().text()).isEqualTo("the ministry");
    }

    @Test
    void aDateOpeningTheSentenceIsNotPartOfTheSource() {
        String text = "On Monday the two governments promised to change that. In May the president said it was over. "
                + "May said it was not.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(quoteContaining(quotes, "change that").source().text()).isEqualTo("the two governments");
        assertThat(quoteContaining(quotes, "it was over").source().text()).isEqualTo("the president");
        assertThat(quoteContaining(quotes, "it was not").source().text()).isEqualTo("May");
        String ru = "В понедельник министерство заявило, что дорога откроется в 2028 году.";
        assertThat(quoteContaining(extractor.extract(ru, "ru", List.of()), "дорога откроется").source().text())
                .isEqualTo("министерство");
    }

    @Test
    void aDecimalNumberBeforeTheFullStopEndsTheSentence() {
        String text = "Mirec said more than 40 aftershocks had been recorded, the strongest of them magnitude 4.1. "
                + "\"The sequence is behaving normally,\" he told the Ledger. \"But slowly is the important word.\"";
        List<Quote> quotes = extractor.extract(text, "en", List.of(new Mention(EntityType.PERSON, 0, 5, "Mirec")));
        assertThat(quoteContaining(quotes, "40 aftershocks").content().get(0).text()).endsWith("magnitude 4.1");
        Quote direct = quoteContaining(quotes, "behaving normally");
        assertThat(direct.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(direct.content()).extracting(Span::text)
                .containsExactly("The sequence is behaving normally", "But slowly is the important word.");
    }

    @Test
    void aNameBeforeAPossessiveInTheSourceIsNotTheSpeaker() {
        String text = "Tara Reid has entered a rehab program, the American Pie star's rep confirmed to People on Friday. "
                + "Trump's campaign manager Kellyanne Conway said the polls were wrong.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(
                mention(text, EntityType.PERSON, "Tara Reid"), mention(text, EntityType.MISC, "American Pie"),
                mention(text, EntityType.PERSON, "Trump"),
                new Mention(EntityType.PERSON, text.indexOf("Kellyanne"), text.indexOf("Kellyanne") + 16, "Kellyanne Conway")));
        Quote rep = quoteContaining(quotes, "rehab program");
        assertThat(rep.source().text()).isEqualTo("the American Pie star's rep");
        assertThat(speaker(rep)).isNull();
        assertThat(speaker(quoteContaining(quotes, "polls were wrong"))).isEqualTo("Kellyanne Conway");
    }

    @Test
    void aPagesPublicationStampIsNoSpeakerLabel() {
        String text = "First Published: June 13, 2013 4:59 PM EDT\n\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n\n"
                + "Notes: Chiefs WR Terrance Copper left with an injury in the first half.\n\n"
                + "KERRY: We will not stop until the talks succeed.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(quotes).extracting(QuoteExtractorTest::content).containsExactly("We will not stop until the talks succeed");
    }

    @Test
    void aPronounTakesTheLastPersonOfItsGender() {
        String text = "Tara Reid entered rehab. \"My body is tired,\" she told Us Weekly. "
                + "The move surprised Matthew O'Connor, who coproduced Reid last year. \"Tara was professional,\" he told E! News.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(
                mention(text, EntityType.PERSON, "Tara Reid"), mention(text, EntityType.PERSON, "Matthew O'Connor"),
                new Mention(EntityType.PERSON, text.lastIndexOf("Reid"), text.lastIndexOf("Reid") + 4, "Reid")));
        assertThat(speaker(quoteContaining(quotes, "body is tired"))).isEqualTo("Tara Reid");
        assertThat(speaker(quoteContaining(quotes, "Tara was professional"))).isEqualTo("Matthew O'Connor");
        // a title tells too
        String titled = "Ms. Waters met Mr. Sloan. \"The bank failed,\" she said.";
        assertThat(speaker(extractor.extract(titled, "en", List.of(
                new Mention(EntityType.PERSON, 4, 10, "Waters"), new Mention(EntityType.PERSON, 19, 24, "Sloan"))).get(0)))
                .isEqualTo("Waters");
    }

    @Test
    void aHeadlineOrDateLineEndsItsSentenceAndADescriptionIsNotFoundInsideAWord() {
        String text = "Cops: Queens Woman Killed In Hit-And-Run\nDriver Charged With DWI, Vehicular Manslaughter\n"
                + "September 14, 2013 10:46 AM\nA 59-year-old mother of two died when a driver struck her, police said.\n"
                + "“Oh man, she was bad,” one man told Schuck.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(content(quoteContaining(quotes, "mother of two"))).startsWith("A 59-year-old mother");
        // "one man" is no description of the name after "Manslaughter"
        assertThat(speaker(quoteContaining(quotes, "she was bad"))).isNull();
        // nor "police" of the words after "Police" in a headline
        String headline = "Woman Killed in Queens Hit-And-Run, Police Arrest Allegedly Drunk Driver\n"
                + "An allegedly drunk driver has been charged in her death, according to police.";
        assertThat(speaker(quoteContaining(extractor.extract(headline, "en", List.of()), "charged in her death"))).isNull();
    }

    @Test
    void anObjectRelativeClauseHasItsOwnSpeaker() {
        String text = "At the time of the escape, the inmate was in a wheelchair, which he claimed he needed to move around.";
        Quote q = quoteContaining(extractor.extract(text, "en", List.of()), "needed to move");
        assertThat(q.source().text()).isEqualTo("he");
        assertThat(content(q)).isEqualTo("he needed to move around");
    }

    @Test
    void anAccordingToPhraseAfterAnAdverbialOrASubjectTakesTheClauseAroundIt() {
        String text = "In fact, according to Pro Football Reference, it was the first time a team rushed for 350 yards and lost. "
                + "The bank, according to the report, lost money.";
        List<Quote> quotes = extractor.extract(text, "en", List.of());
        assertThat(content(quoteContaining(quotes, "first time"))).startsWith("it was the first time");
        assertThat(quoteContaining(quotes, "lost money").content()).extracting(Span::text).containsExactly("The bank", "lost money");
        // the subject with its auxiliary: the phrase interrupts the verb
        Quote had = extractor.extract("He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit.",
                "en", List.of()).get(0);
        assertThat(had.source().text()).isEqualTo("Alex Horton of the Washington Post");
        assertThat(had.content()).extracting(Span::text).containsExactly("He had", "killed and eaten a wild rabbit");
    }

    @Test
    void aDateOrALonePrepositionNamesNoSource() {
        String ru = "Власти не исключают послабления карантина. Об этом говорили во вторник, 5 мая, на совещании штаба. "
                + "В сообществе проекта информацию подтвердили, добавив, что «строки поэта приобретают иной смысл».\n\n"
                + "Фото: iStock Команда объявила о взломе iOS на всех устройствах.";
        List<Quote> quotes = extractor.extract(ru, "ru", List.of());
        // "В сообществе проекта" names where it was confirmed, as "В Кремле заявили" does; the date names nobody
        assertThat(quotes).allSatisfy(q -> assertThat(q.source() == null ? null : q.source().text())
                .isIn(null, "В сообществе проекта"));
        assertThat(quotes).filteredOn(q -> content(q).contains("Об этом") || content(q).contains("карантина"))
                .allSatisfy(q -> assertThat(q.source()).isNull());
        assertThat(quotes).noneMatch(q -> content(q).contains("iStock"));
    }

    @Test
    void callingSomethingOffIsNoStatement() {
        String text = "Tara was engaged to Carson Daly in 2001. But they called it off only months before their wedding.";
        assertThat(extractor.extract(text, "en", List.of())).noneMatch(q -> q.cueWord().equals("call"));
    }

    @Test
    void aPercentSignOrCurrencyOnANumberStaysInTheContent() {
        String text = "Rebuilding the bridge will cost 640 million euros, with Valmara paying 55% and Kestria 45%, the ministers said.";
        assertThat(quoteContaining(extractor.extract(text, "en", List.of()), "Kestria").content().get(0).text())
                .endsWith("Kestria 45%");
    }

    @Test
    void theColonOfAClockTimeOpensNoContent() {
        String text = "The Kestrian Geological Survey said the quake struck at 21:05 local time with its epicentre under the sea.";
        Quote q = quoteContaining(extractor.extract(text, "en", List.of()), "local time");
        assertThat(q.content().stream().map(Span::text).toList())
                .containsExactly("the quake struck at 21:05 local time with its epicentre under the sea");
        assertThat(q.source().text()).isEqualTo("The Kestrian Geological Survey");
    }

    @Test
    void directQuotesInEveryStyleWithTheCueAfter() {
        for (String[] marks : new String[][]{{"\"", "\""}, {"“", "”"}, {"«", "»"}, {"„", "“"}}) {
            String text = "The harbour reopened on Monday. " + marks[0] + "The ships can sail again," + marks[1]
                    + " harbour master Ingrid Solberg said.";
            Quote q = quoteContaining(extract(text, "en"), "ships can sail");
            assertThat(q.kind()).as(marks[0]).isEqualTo(Quote.Kind.DIRECT);
            assertThat(q.content()).extracting(Span::text).containsExactly("The ships can sail again");
            assertThat(q.cueWord()).isEqualTo("say");
            assertThat(q.source().text()).isEqualTo("harbour master Ingrid Solberg");
            assertThat(speaker(q)).isEqualTo("Ingrid Solberg");
        }
    }

    @Test
    void cueBeforeTheQuoteAndInvertedSpeaker() {
        Quote before = quoteContaining(extract("Mayor Tomas Varga said: “The bridge will open in May.”", "en"), "bridge");
        assertThat(before.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(speaker(before)).isEqualTo("Tomas Varga");

        Quote inverted = quoteContaining(extract("“We will rebuild the bridge,” said Tomas Varga.", "en"), "rebuild");
        assertThat(inverted.source().text()).isEqualTo("Tomas Varga");
        assertThat(inverted.kind()).isEqualTo(Quote.Kind.DIRECT);
    }

    @Test
    void pronounsResolveToTheLastSpeaker() {
        String text = "Finance minister Olga Brandt presented the budget on Tuesday. “Taxes will not rise,” she said. "
                + "She added that spending on schools would grow by a tenth.";
        List<Quote> quotes = extract(text, "en");
        assertThat(speaker(quoteContaining(quotes, "Taxes will not rise"))).isEqualTo("Olga Brandt");
        Quote reported = quoteContaining(quotes, "spending on schools");
        assertThat(reported.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(reported.source().text()).isEqualTo("She");
        assertThat(speaker(reported)).isEqualTo("Olga Brandt");
    }

    @Test
    void descriptionsResolveToThePersonIntroducedWithThem() {
        String text = "Economist Pavel Rudenko, a former central banker, expects a slowdown. "
                + "“Inflation will stay high for a year,” the former central banker warned. "
                + "According to the economist, wages will lag behind prices.";
        List<Quote> quotes = extract(text, "en");
        assertThat(speaker(quoteContaining(quotes, "Inflation will stay high"))).isEqualTo("Pavel Rudenko");
        Quote according = quoteContaining(quotes, "wages will lag");
        assertThat(according.cueWord()).isEqualTo("according to");
        assertThat(according.source().text()).isEqualTo("the economist");
        assertThat(speaker(according)).isEqualTo("Pavel Rudenko");
    }

    @Test
    void aDescriptionFindsItsNounInTheSingularOrPluralOnly() {
        String text = "Jordanian Foreign Minister Ayman Safadi warned of dangerous consequences. "
                + "The French foreign ministry said it regrets any decision likely to encourage settlement building. "
                + "Political scientists Anna Berg and Tomas Holm expect more talks. The scientist said talks would resume.";
        List<Quote> quotes = extract(text, "en");
        // "ministry" is not "minister": the ministry's statement is not Safadi's
        assertThat(speaker(quoteContaining(quotes, "regrets any decision"))).isNotEqualTo("Ayman Safadi");
        // while a singular finds its plural
        assertThat(speaker(quoteContaining(quotes, "talks would resume"))).isEqualTo("Anna Berg");
    }

    @Test
    void twoPeopleJoinedAsTheSourceAreNoOneSpeaker() {
        String text = "Dale and Martha said Mike was introverted by nature.";
        List<Mention> mentions = List.of(new Mention(EntityType.PERSON, 0, 4, "Dale"), new Mention(EntityType.PERSON, 9, 15, "Martha"),
                new Mention(EntityType.PERSON, 21, 25, "Mike"));
        Quote q = extractor.extract(text, "en", mentions).get(0);
        assertThat(q.source().text()).isEqualTo("Dale and Martha");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aGroupNamedBetweenCommasAfterItsDescriptionSpeaksLater() {
        String text = "The group, Tidewater Porters Union, formed in recent weeks. "
                + "However, the group raised alarm at the terms of the deal. "
                + "The group said on Monday that the contract had confused its members.";
        int at = text.indexOf("Tidewater");
        List<Quote> quotes = extractor.extract(text, "en",
                List.of(new Mention(EntityType.ORGANIZATION, at, at + "Tidewater Porters Union".length(), "Tidewater Porters Union")));
        Quote q = quotes.get(quotes.size() - 1);
        assertThat(q.cue().text()).isEqualTo("said");
        // not "However", the adverb that opens the sentence before "the group"
        assertThat(speaker(q)).isEqualTo("Tidewater Porters Union");
    }

    @Test
    void thePresidentIsNotAnotherOfficesOrAnOrganisationsPresident() {
        // "Vice President", "former president", a bank's president: each another office than the bare "the president"
        for (String[] c : new String[][]{
                {"Halden was asked to look into former Vice President Tomas Reinholt. The president said that the call was perfect.",
                        "Tomas Reinholt", "PERSON"},
                {"Ada Stone, the president of the Kestrian Reserve Bank, said growth had slowed. The president says his approach works.",
                        "Kestrian Reserve Bank", "ORGANIZATION"},
                {"In a letter, Tidewater Farm Federation President Ada Stone urged a deal. The president announced the trade deal on Monday.",
                        "Tidewater Farm Federation", "ORGANIZATION"}}) {
            List<Mention> mentions = new ArrayList<>();
            for (String name : List.of("Tomas Reinholt", "Ada Stone")) {
                int at = c[0].indexOf(name);
                if (at >= 0) mentions.add(new Mention(EntityType.PERSON, at, at + name.length(), name));
            }
            int at = c[0].indexOf(c[1]);
            if (c[2].equals("ORGANIZATION")) mentions.add(new Mention(EntityType.ORGANIZATION, at, at + c[1].length(), c[1]));
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            List<Quote> quotes = extractor.extract(c[0], "en", mentions);
            Quote last = quotes.get(quotes.size() - 1);
            assertThat(last.source().text()).as(c[0]).isEqualTo("The president");
            assertThat(last.speaker()).as(c[0]).isNull();
        }
        // a country's president is the president
        String text = "Kestrian President Tomas Reinholt met the envoy on Monday. The president said that the talks were useful.";
        Quote q = extractor.extract(text, "en", List.of(new Mention(EntityType.MISC, 0, 8, "Kestrian"),
                new Mention(EntityType.PERSON, 19, 33, "Tomas Reinholt"))).get(0);
        assertThat(speaker(q)).isEqualTo("Tomas Reinholt");
    }

    @Test
    void aNameMadeOfTitleWordsIsStillAName() {
        // "White House" and "House" are title words ("White House press secretary"), not a description of a committee
        String text = "The powerful House Committee met on Monday. The White House said on Monday that talks would resume.";
        int committee = text.indexOf("House Committee"), house = text.indexOf("White House");
        Quote q = extractor.extract(text, "en", List.of(new Mention(EntityType.ORGANIZATION, committee, committee + 15, "House Committee"),
                new Mention(EntityType.LOCATION, house, house + 11, "White House"))).get(0);
        assertThat(speaker(q)).isEqualTo("White House");
    }

    @Test
    void anAcronymInBracketsAfterABodysNameBelongsToTheSource() {
        Quote q = extractor.extract("Всемирная организация здравоохранения (ВОЗ) заявила, что риск заражения низок.", "ru", List.of()).get(0);
        assertThat(q.source().text()).isEqualTo("Всемирная организация здравоохранения (ВОЗ)");
        assertThat(q.content()).extracting(Span::text).containsExactly("что риск заражения низок");
        // the bracket is no end of a content read before the cue, with what follows the cue as its source
        assertThat(extractor.extract("Международный олимпийский комитет (МОК) объявил о переносе Игр на 2021 год.", "ru", List.of()))
                .noneMatch(x -> x.source() != null && x.source().text().startsWith("о переносе"));
    }

    @Test
    void aRussianFirstOrSecondPersonPronounNamesNoSpeaker() {
        Quote q = extractor.extract("Вы сказали, что сценарий разбился о реальность.", "ru", List.of()).get(0);
        assertThat(q.source().text()).isEqualTo("Вы");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aPlaceOrNationalityQualifyingTheSourceIsNotItsSpeaker() {
        for (String[] c : new String[][]{
                {"A Halvard transit chief says a man was stabbed on a commuter train.", "Halvard", "LOCATION"},
                {"Upper Vesna health authority reported its third case of plague on Sunday.", "Vesna", "LOCATION"},
                {"One Eastport-based trade expert said that the purchases were unlikely.", "Eastport", "LOCATION"},
                {"The Kestrian foreign ministry said it regrets the decision.", "Kestrian", "MISC"},
                {"Health authorities in Kestria’s Upper Vesna have confirmed that a third case was reported.", "Upper Vesna", "LOCATION"}}) {
            int at = c[0].indexOf(c[1]);
            Quote q = extractor.extract(c[0], "en", List.of(new Mention(EntityType.valueOf(c[2]), at, at + c[1].length(), c[1]))).get(0);
            assertThat(q.source()).as(c[0]).isNotNull();
            assertThat(q.speaker()).as(c[0]).isNull();
        }
        // a think tank is a noun, not a cue: the centre said it
        String tank = "The Eastport Policy Centre, a Halvard-based think tank, said that the tariffs cost jobs.";
        List<Quote> tankQuotes = extractor.extract(tank, "en", List.of(new Mention(EntityType.ORGANIZATION, 4, 25, "Eastport Policy Centre"),
                new Mention(EntityType.LOCATION, tank.indexOf("Halvard"), tank.indexOf("Halvard") + 7, "Halvard")));
        assertThat(tankQuotes).extracting(q -> q.cue().text()).containsExactly("said");
        assertThat(speaker(tankQuotes.get(0))).isEqualTo("Eastport Policy Centre");
        // the place itself as the source speaks for its government
        Quote kestria = extractor.extract("Kestria said it is committed to the formula.", "en",
                List.of(new Mention(EntityType.LOCATION, 0, 7, "Kestria"))).get(0);
        assertThat(speaker(kestria)).isEqualTo("Kestria");
    }

    @Test
    void typedMentionsChooseThePersonInALongSource() {
        String text = "Northern Rail chief executive Dana Holt told reporters that fares would be frozen.";
        int at = text.indexOf("Dana Holt");
        List<Mention> mentions = List.of(new Mention(EntityType.ORGANIZATION, 0, 13, "Northern Rail"),
                new Mention(EntityType.PERSON, at, at + 9, "Dana Holt"));
        Quote q = extractor.extract(text, "en", mentions).get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("that fares would be frozen");
        assertThat(q.cue().text()).isEqualTo("told");
        assertThat(speaker(q)).isEqualTo("Dana Holt");
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        Quote q = quoteContaining(extract("The coach called it “a good day for the club” after the match.", "en"), "good day");
        assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
        assertThat(q.cueWord()).isEqualTo("call");
        Quote told = quoteContaining(extract("Senator Ruth Calder told the committee that the plan was “deeply flawed.”",
                "en"), "the plan was");
        assertThat(told.kind()).isEqualTo(Quote.Kind.PARTIAL);
        assertThat(speaker(told)).isEqualTo("Ruth Calder");
    }

    @Test
    void scareQuotesAreNotStatements() {
        String text = "Analyst Mira Jensen spoke at the forum. Critics treated the \"green transition\" as a slogan, "
                + "and the plan's \"fast track\" was delayed.";
        assertThat(extract(text, "en")).isEmpty();
    }

    @Test
    void quotedParagraphContinuesTheSpeakerBeforeIt() {
        String text = "“The talks went well,” Karl Meier said. “We meet again next month.”";
        Quote next = quoteContaining(extract(text, "en"), "We meet again");
        assertThat(next.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(speaker(next)).isEqualTo("Karl Meier");
    }

    @Test
    void participleCarriesTheSpeakerOn() {
        String text = "Karl Meier said the talks went well, adding that a deal could follow.";
        List<Quote> quotes = extract(text, "en");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).content().get(0).text()).isEqualTo("the talks went well");
        assertThat(quotes.get(1).content().get(0).text()).isEqualTo("that a deal could follow");
        assertThat(speaker(quotes.get(1))).isEqualTo("Karl Meier");
    }

    @Test
    void russianGuillemetsWithDashAndPronoun() {
        String text = "Губернатор области Андрей Соколов посетил завод. «Мы сохраним все рабочие места», — заявил он. "
                + "«Ремонт закончится „до холодов“», — добавил Соколов.";
        List<Quote> quotes = extract(text, "ru");
        Quote first = quoteContaining(quotes, "рабочие места");
        assertThat(first.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(first.cueWord()).isEqualTo("заявить");
        assertThat(first.source().text()).isEqualTo("он");
        assertThat(speaker(first)).isEqualTo("Андрей Соколов");
        Quote nested = quoteContaining(quotes, "Ремонт закончится");
        assertThat(nested.content()).extracting(Span::text).containsExactly("Ремонт закончится „до холодов“");
        assertThat(speaker(nested)).isEqualTo("Андрей Соколов");
    }

    @Test
    void russianReportedSpeech() {
        String text = "Политолог Ирина Белова выступила на конференции. По словам политолога, переговоры продолжатся "
                + "осенью. Белова заявила, что стороны близки к компромиссу. Как отметила Белова, спешить не стоит.";
        List<Quote> quotes = extract(text, "ru");
        Quote according = quoteContaining(quotes, "переговоры продолжатся");
        assertThat(according.cueWord()).isEqualTo("по словам");
        assertThat(speaker(according)).isEqualTo("Ирина Белова");
        Quote that = quoteContaining(quotes, "стороны близки");
        assertThat(that.kind()).isEqualTo(Quote.Kind.REPORTED);
        assertThat(that.content().get(0).text()).isEqualTo("что стороны близки к компромиссу");
        assertThat(speaker(quoteContaining(quotes, "спешить не стоит"))).isEqualTo("Ирина Белова");
    }

    @Test
    void complementizerBelongsToTheContent() {
        Quote q = extract("Mayor Lena Ortiz said that the bridge would reopen in May.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("that the bridge would reopen in May");
    }

    @Test
    void typewriterQuotationMarks() {
        String text = "''We will not back down,'' said Tom Reyes, the union's president. ''Not this year.''";
        List<Quote> quotes = extract(text, "en");
        Quote first = quoteContaining(quotes, "We will not back down");
        assertThat(first.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(first.source().text()).isEqualTo("Tom Reyes");
        assertThat(speaker(quoteContaining(quotes, "Not this year"))).isEqualTo("Tom Reyes");
    }

    @Test
    void appositiveBetweenSourceAndCue() {
        String text = "On Monday, Greta Lind, a senior analyst at Norbank, said she expected rates to fall. "
                + "Pablo M. Ferrer, 58, a retired teacher from Ohio, said that he would vote early.";
        List<Quote> quotes = extract(text, "en");
        assertThat(quoteContaining(quotes, "she expected rates").source().text()).isEqualTo("Greta Lind");
        assertThat(quoteContaining(quotes, "he would vote early").source().text()).isEqualTo("Pablo M. Ferrer");
    }

    @Test
    void quoteBeforeASourceWithALongAppositive() {
        String text = "“The numbers do not add up,” said Ada Brenner, associate director of the Institute for Fiscal "
                + "Studies at Westfield University. “Nobody believes them,” Ms. Brenner said, before suggesting that "
                + "the budget be redone. That is not enough, said Ivo Kral, a lawyer for the city, who plans an appeal.";
        List<Quote> quotes = extract(text, "en");
        Quote first = quoteContaining(quotes, "do not add up");
        assertThat(first.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(first.source().text()).isEqualTo("Ada Brenner");
        assertThat(quoteContaining(quotes, "Nobody believes them").source().text()).isEqualTo("Ms. Brenner");
        assertThat(quoteContaining(quotes, "That is not enough").source().text()).isEqualTo("Ivo Kral");
    }

    @Test
    void participleAfterAnActionTakesTheSubject() {
        Quote q = quoteContaining(extract("Senator Hale attacked the plan on Monday, saying it would raise taxes.", "en"),
                "raise taxes");
        assertThat(q.cueWord()).isEqualTo("say");
        assertThat(q.source().text()).isEqualTo("Senator Hale");
    }

    @Test
    void toldWithAnObjectAndNoThat() {
        Quote q = extract("Mara Voss told reporters the vote would be close.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("the vote would be close");
        assertThat(q.source().text()).isEqualTo("Mara Voss");
    }

    @Test
    void clauseAfterTheCueWinsOverTheWordsBeforeIt() {
        Quote q = extract("Despite the heavy rain, local organizers said they expect a large crowd.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("they expect a large crowd");
        assertThat(q.source().text()).isEqualTo("local organizers");
        Quote tail = extract("The bridge will reopen in May, the mayor said on Friday.", "en").get(0);
        assertThat(tail.content().get(0).text()).isEqualTo("The bridge will reopen in May");
    }

    @Test
    void intentionAndSupportTakeTheirObject() {
        Quote q = extract("Governor Ada Pell wants to close the old harbor by next spring.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("to close the old harbor by next spring");
        assertThat(q.source().text()).isEqualTo("Governor Ada Pell");
        Quote s = extract("Most farmers in the valley support a new water compact.", "en").get(0);
        assertThat(s.content().get(0).text()).isEqualTo("a new water compact");
        assertThat(extract("Their support for the compact grew.", "en")).isEmpty();
    }

    @Test
    void contrastingClauseEndsTheContent() {
        Quote q = extract("Lena Ortiz said the budget was balanced, but the auditors disagreed.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("the budget was balanced");
    }

    @Test
    void subordinatorIsNoPartOfTheSource() {
        Quote q = extract("He gave an interview in which he said the tariffs would stay.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("he");
    }

    @Test
    void relativePronounSourceKeepsItsAntecedentAsSpeaker() {
        Quote q = extract("The plan was backed by Tomas Reyes, who said the city could afford it.", "en").get(0);
        assertThat(q.source().text()).contains("who");
        assertThat(speaker(q)).isEqualTo("Tomas Reyes");
    }

    @Test
    void transcriptLabelIsTheSpeaker() {
        Quote q = extract("HARLOW: We will not raise taxes on working families this year.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("HARLOW");
        assertThat(q.content().get(0).text()).isEqualTo("We will not raise taxes on working families this year");
    }

    @Test
    void aTranscriptQuotedTurnByTurnHasEachTurnsLabelAsItsSpeaker() {
        String text = "Partial transcript as follows:\n\n"
                + "\"HARLOW: Let us start with the budget. Will you raise taxes this year?\n\n"
                + "\"MEIER: No, we will not raise taxes on working families this year. The plan is paid for.\n\n"
                + "\"HARLOW: Thank you, Minister.";
        List<Quote> quotes = extract(text, "en");
        assertThat(quotes).extracting(q -> q.source().text()).containsExactly("HARLOW", "MEIER", "HARLOW");
        // a turn is one statement, every sentence of it
        assertThat(quotes.get(1).content()).extracting(Span::text).containsExactly(
                "No, we will not raise taxes on working families this year. The plan is paid for.");
        assertThat(quotes.get(1).kind()).isEqualTo(Quote.Kind.DIRECT);
    }

    @Test
    void aNameWithTwoAppositivesAfterAQuoteIsItsSpeaker() {
        for (String tail : new String[]{"said.", "said on Monday.", "said at a Washington event this month."}) {
            List<Quote> quotes = extract("“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney general "
                    + "of Oklahoma, one of the states suing the EPA, " + tail, "en");
            assertThat(quotes).singleElement().satisfies(q -> {
                assertThat(q.content()).extracting(Span::text).containsExactly("It is an invasion of the state regulatory domain");
                assertThat(q.source().text()).isEqualTo("Scott Pruitt");
            });
        }
    }

    @Test
    void aPresentVerbAfterAPastCueIsTheReportedClausesOwn() {
        Quote q = extract("Katelynn Lamoreaux, a Penn State freshman, said she has male friends and understands the “aspect of it.”",
                "en").get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("she has male friends and understands the “aspect of it.”");
        // a past verb after "and" is the speaker's next one
        List<Quote> two = extract("The mayor said the bridge was safe and added that repairs would start in May.", "en");
        assertThat(two).extracting(x -> x.content().get(0).text())
                .containsExactly("the bridge was safe", "that repairs would start in May");
    }

    @Test
    void projectsAfterANounIsNoCue() {
        List<Quote> quotes = extract("\"There is a need for more oversight,\" said Ronald Fieldstone, a Miami lawyer who has "
                + "worked on development projects. \"Without it the program is open to fraud.\"", "en");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.source().text()).isEqualTo("Ronald Fieldstone");
            assertThat(q.content()).extracting(Span::text)
                    .containsExactly("There is a need for more oversight", "Without it the program is open to fraud.");
        });
    }

    @Test
    void aQuotationAfterButGoesOnWithTheStatement() {
        Quote q = extract("\"You know, I love Larry,\" Tom Steyer said, but \"when it comes to energy, Larry has a history of "
                + "representing the industry.\"", "en").get(0);
        assertThat(q.source().text()).isEqualTo("Tom Steyer");
        assertThat(q.content()).extracting(Span::text).containsExactly("You know, I love Larry",
                "when it comes to energy, Larry has a history of representing the industry.");
    }

    @Test
    void aHeadlinesLabelIsItsSpeakerWhenItNamesSomeone() {
        String onTopic = "Obama on Climate Change: The Trends Are 'Terrifying' for the Planet\n\nThe president spoke on Sunday.";
        Quote q = extractor.extract(onTopic, "en", List.of(mention(onTopic, EntityType.PERSON, "Obama"))).get(0);
        assertThat(q.source().text()).isEqualTo("Obama");
        assertThat(q.content().get(0).text()).startsWith("The Trends Are");

        // the label goes before the rest's verbs ("Worried About")
        String worried = "Pat Caddell: Democrat Voters Worried About Clinton's Health Issues\n\nThe pollster spoke on Sunday.";
        Quote caddell = extractor.extract(worried, "en", List.of(mention(worried, EntityType.PERSON, "Pat Caddell"))).get(0);
        assertThat(caddell.source().text()).isEqualTo("Pat Caddell");
        assertThat(caddell.content().get(0).text()).isEqualTo("Democrat Voters Worried About Clinton's Health Issues");

        // a section's label names no one
        String kitchen = "Weekend Kitchen: Slow-Roasted Root Vegetables With Juniper Butter\n\nThe last weeks of winter are here.";
        assertThat(extractor.extract(kitchen, "en", List.of())).isEmpty();
    }

    @Test
    void aHeadlineLabelIsASpeakerWhomTheBodyNames() {
        // the recognizer reads nothing in the title-case headline, but the body names Mike Pence
        String text = "Pence: Gennifer Flowers Won't Be at Debate\n\nMike Pence said on Sunday that the campaign would not invite her.";
        int at = text.indexOf("Mike Pence");
        List<Quote> quotes = extractor.extract(text, "en", List.of(new Mention(EntityType.PERSON, at, at + 10, "Mike Pence")));
        Quote label = quoteContaining(quotes, "Gennifer Flowers");
        assertThat(label.source().text()).isEqualTo("Pence");
        assertThat(speaker(label)).isNotNull();
    }

    @Test
    void aQuotationAfterTheTimeIsWhatTheObjectWasCalled() {
        Quote q = extract("Minyon Moore, a senior adviser to the campaign, called Mr. Obama's remarks on Saturday \"a true wake-up call\" "
                + "to his coalition of supporters.", "en").get(0);
        assertThat(q.content()).extracting(Span::text)
                .containsExactly("Mr. Obama's remarks on Saturday \"a true wake-up call\" to his coalition of supporters");
        // without a quotation the time is the writer's
        assertThat(extract("The governor endorsed Trump on Monday at a rally in Tampa.", "en").get(0).content())
                .extracting(Span::text).containsExactly("Trump");
    }

    @Test
    void quotedSentenceGoesOnWithTheStatementInItsParagraph() {
        List<Quote> quotes = extract("“The talks went well,” Karl Meier said. “We meet again next month.”", "en");
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content()).extracting(Span::text)
                .containsExactly("The talks went well", "We meet again next month.");
        assertThat(extract("“The talks went well,” Karl Meier said.\n\n“We meet again next month.”", "en")).hasSize(2);
    }

    @Test
    void parentheticalAttributionInterruptsTheContent() {
        Quote q = extract("By dropping the line, Ms. Tchen said, the White House is able to invite twice as many guests.", "en").get(0);
        assertThat(q.content()).extracting(Span::text)
                .containsExactly("By dropping the line", "the White House is able to invite twice as many guests");
        assertThat(q.source().text()).isEqualTo("Ms. Tchen");
    }

    @Test
    void partyParenthesisBelongsToTheSource() {
        Quote q = extract("Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("Rep. Trey Gowdy (R-S.C.)");
    }

    @Test
    void secondVerbOfTheSubjectAttributes() {
        Quote q = extract("Mayor Ada Pell walked out of the meeting and said the deal was dead.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("Mayor Ada Pell");
        assertThat(q.content().get(0).text()).isEqualTo("the deal was dead");
        Quote after = quoteContaining(extract("A spokesman for the mayor defended the route and said the police had "
                + "trained for months.", "en"), "police");
        assertThat(after.source().text()).isEqualTo("A spokesman for the mayor");
    }

    @Test
    void laterVerbsEndTheContent() {
        Quote q = extract("Clinton has said she wants a safe zone in Syria and has expressed support for it.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("she wants a safe zone in Syria");
        List<Quote> two = extract("Most voters said the mayor is honest, and three-quarters said the same of his rival.", "en");
        assertThat(two).hasSize(2);
        assertThat(two.get(0).content().get(0).text()).isEqualTo("the mayor is honest");
        assertThat(two.get(1).source().text()).isEqualTo("three-quarters");
    }

    @Test
    void progressiveCueIsAFiniteVerb() {
        Quote q = extract("Sanders is suggesting he beat expectations in the state.", "en").get(0);
        assertThat(q.cue().text()).isEqualTo("is suggesting");
        assertThat(q.content().get(0).text()).isEqualTo("he beat expectations in the state");
    }

    @Test
    void nounFormsOfCuesAreNoAttributions() {
        assertThat(extract("Clinton carried 30 states that Republicans have not won since 1988.", "en")).isEmpty();
        assertThat(extract("Jeb Bush lost in his home state of Florida.", "en")).isEmpty();
    }

    @Test
    void reportingVerbsTakeTheirObject() {
        Quote q = extract("The new poll showed Trump with a 16-point lead over Cruz.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("The new poll");
        assertThat(q.content().get(0).text()).isEqualTo("Trump with a 16-point lead over Cruz");
    }

    @Test
    void quotationAfterAColonIsTheSubjects() {
        Quote q = extract("After the talks, Rubio fired back: “If they sue us, they will lose.”", "en").get(0);
        assertThat(q.source().text()).isEqualTo("Rubio");
        assertThat(q.cue().text()).isEqualTo("fired back:");
        assertThat(q.content().get(0).text()).isEqualTo("If they sue us, they will lose.");
    }

    @Test
    void quotedTitleInTheTailIsNoResumedQuote() {
        Quote q = extract("“We have to stop,” Pence said on CNN’s “State of the Union.”", "en").get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("We have to stop");
        assertThat(q.source().text()).isEqualTo("Pence");
        Quote a = extract("“It is illegal to harass a woman,” according to the commission.", "en").get(0);
        assertThat(a.content().get(0).text()).isEqualTo("It is illegal to harass a woman");
    }

    @Test
    void mixedStraightAndCurlyMarksPair() {
        Quote q = extract("\"We will win this state,” Trump said. Then he left.", "en").get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("We will win this state");
    }

    @Test
    void introductoryAdverbialIsNoContent() {
        Quote q = extract("Later in the week, the port authority said it would reopen the terminal.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("the port authority");
        assertThat(q.content().get(0).text()).isEqualTo("it would reopen the terminal");
        Quote p = extract("Speaking at the harbour on Friday, Mayor Lena Ruiz said the ferries would run again.", "en").get(0);
        assertThat(p.content().get(0).text()).isEqualTo("the ferries would run again");
    }

    @Test
    void questionClosedByItsOwnMarkKeepsItsAttribution() {
        List<Quote> quotes = extract("The vote was close. “Why would we stop now?” Councillor Omar Haddad asked. "
                + "The meeting ended.", "en");
        Quote q = quoteContaining(quotes, "Why would we stop now");
        assertThat(q.source().text()).isEqualTo("Councillor Omar Haddad");
        assertThat(q.cueWord()).isEqualTo("ask");
    }

    @Test
    void phrasalCuesTakeTheObjectOfTheirParticle() {
        Quote q = extract("The union called for an independent review of the contract.", "en").get(0);
        assertThat(q.cue().text()).isEqualTo("called for");
        assertThat(q.cueWord()).isEqualTo("call for");
        assertThat(q.source().text()).isEqualTo("The union");
        assertThat(q.content().get(0).text()).isEqualTo("an independent review of the contract");
        Quote t = extract("Governor Ada Brook talked about rising rents in the capital.", "en").get(0);
        assertThat(t.content().get(0).text()).isEqualTo("rising rents in the capital");
    }

    @Test
    void participleWithAnObjectContinuesTheSpeaker() {
        List<Quote> quotes = extract("“The budget is a mess,” the senator said, referring to the county's plan, "
                + "which passed last year.", "en");
        Quote q = quoteContaining(quotes, "the county's plan");
        assertThat(q.cueWord()).isEqualTo("refer to");
        assertThat(q.source().text()).isEqualTo("the senator");
        assertThat(q.content().get(0).text()).isEqualTo("the county's plan");
    }

    @Test
    void objectEndsBeforeATimeAdverbial() {
        Quote q = extract("The teachers' union endorsed Maria Lind last week and began canvassing.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("Maria Lind");
    }

    @Test
    void quotationResumesAfterALongerInterruption() {
        Quote q = extract("“The risk,” said Tom Varga, an economist at the city's planning office, “is that rents "
                + "keep rising.”", "en").get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("The risk", "is that rents keep rising.");
        Quote t = extract("“We tried,” Varga said at a meeting in Leeds on Monday, “and we failed.”", "en").get(0);
        assertThat(t.content()).extracting(Span::text).containsExactly("We tried", "and we failed.");
    }

    @Test
    void quotationAfterTheCueEndsWhereTheWriterGoesOn() {
        Quote q = extract("Ms. Okafor said, “We will publish the audit,” including the list of contractors.", "en").get(0);
        assertThat(q.content()).extracting(Span::text).containsExactly("We will publish the audit");
    }

    @Test
    void attributionBetweenSubjectAndVerb() {
        Quote q = extract("A new director, she said, could restore trust in the agency.", "en").get(0);
        assertThat(q.content()).extracting(Span::text)
                .containsExactly("A new director", "could restore trust in the agency");
        assertThat(q.source().text()).isEqualTo("she");
    }

    @Test
    void contrastWithoutANewSubjectStaysInTheContent() {
        Quote q = extract("The mayor said the plan was fair, but required more funding.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("the plan was fair, but required more funding");
        Quote n = extract("The mayor said the plan was fair, but the council disagreed.", "en").get(0);
        assertThat(n.content().get(0).text()).isEqualTo("the plan was fair");
    }

    @Test
    void questionsAskedWithoutANamedAsker() {
        List<Quote> quotes = extract("Asked whether she would run again, Kowalski said she had not decided.", "en");
        Quote asked = quoteContaining(quotes, "whether she would run again");
        assertThat(asked.source()).isNull();
        assertThat(quoteContaining(quotes, "she had not decided").source().text()).isEqualTo("Kowalski");
        Quote q = extract("A reporter asked Kowalski if the budget would pass.", "en").get(0);
        assertThat(q.content().get(0).text()).isEqualTo("if the budget would pass");
    }

    @Test
    void pollSharesSpeak() {
        Quote q = quoteContaining(extract("Support was broad, with 62 percent of residents saying the "
                + "tram should be extended.", "en"), "the tram should be extended");
        assertThat(q.source().text()).isEqualTo("62 percent of residents");
        List<Quote> quotes = extract("One in three said the council ignores them and one in four said it listens to residents.", "en");
        assertThat(quoteContaining(quotes, "the council ignores them").content().get(0).text())
                .isEqualTo("the council ignores them");
        assertThat(quoteContaining(quotes, "it listens").source().text()).isEqualTo("one in four");
    }

    @Test
    void noBreakSpaceBeforeAParagraphEndsTheSentence() {
        List<Quote> quotes = extract("Ms. Hale said parents want local schools.\u00a0\n\n“Nobody wants a long bus ride,” "
                + "said Hale.", "en");
        assertThat(quoteContaining(quotes, "parents want").content().get(0).text()).isEqualTo("parents want local schools");
    }

    @Test
    void quotedAsSayingNamesTheSpeaker() {
        Quote q = extract("Mayor Lena Ruiz was quoted as saying the budget was balanced.", "en").get(0);
        assertThat(q.source().text()).isEqualTo("Mayor Lena Ruiz");
        assertThat(q.cue().text()).isEqualTo("quoted as saying");
        assertThat(q.content().get(0).text()).isEqualTo("the budget was balanced");
    }

    @Test
    void aPronounAmongAdverbialsIsTheSpeaker() {
        String text = "Глава минздрава Вероника Скворцова посетила больницу. При этом накануне она заявила, что коек хватает. "
                + "Министр финансов Антон Силуанов выступил в Думе. Он 24 марта сообщил, что резервов хватит.";
        List<Mention> mentions = List.of(mention(text, EntityType.PERSON, "Вероника Скворцова"),
                mention(text, EntityType.PERSON, "Антон Силуанов"));
        List<Quote> quotes = extractor.extract(text, "ru", mentions);
        assertThat(speaker(quoteContaining(quotes, "коек хватает"))).isEqualTo("Вероника Скворцова");
        assertThat(speaker(quoteContaining(quotes, "резервов хватит"))).isEqualTo("Антон Силуанов");
        // a pronoun beside a name or another subject is not the speaker alone
        String both = "Анна Варга выступила. Она и Томас Рейнхольт заявили, что линия откроется.";
        Quote pair = quoteContaining(extractor.extract(both, "ru", List.of(mention(both, EntityType.PERSON, "Анна Варга"),
                mention(both, EntityType.PERSON, "Томас Рейнхольт"))), "линия откроется");
        assertThat(speaker(pair)).isNotEqualTo("Анна Варга");
    }

    @Test
    void theOneAccusedOfSomethingIsNoSpeaker() {
        assertThat(extract("The suspended employee accused of shooting three co-workers goes on trial on Monday.", "en")).isEmpty();
        Quote accuser = extract("Prosecutors accused her of shooting three co-workers.", "en").get(0);
        assertThat(source(accuser)).isEqualTo("Prosecutors");
    }

    @Test
    void aPluralPronounAfterAGroupsStatementIsThatGroup() {
        String text = "Police say that the shootings happened minutes after Hiller was suspended from her job at the Kraft Plant. "
                + "They say she forced her way through security at gunpoint.";
        List<Mention> mentions = List.of(
                mention(text, EntityType.PERSON, "Hiller"),
                mention(text, EntityType.ORGANIZATION, "Kraft Plant"));
        Quote they = quoteContaining(extractor.extract(text, "en", mentions), "forced her way");
        assertThat(they.speaker().text()).isEqualTo("Police");
        // a person's statement lends no speaker to "they": the body named before is still the one
        String person = "The Kestrian Rail Board met on Monday. Anna Varga said the line would reopen. They said it would not.";
        List<Mention> named = List.of(
                mention(person, EntityType.ORGANIZATION, "Kestrian Rail Board"),
                mention(person, EntityType.PERSON, "Anna Varga"));
        Quote board = quoteContaining(extractor.extract(person, "en", named), "would not");
        assertThat(board.speaker().text()).isEqualTo("Kestrian Rail Board");
    }

    @Test
    void anObjectEndsAtTheSpeakersNextVerbOrASubordinateClause() {
        Quote verb = extract("The mayor denied the charges and accused the council of lying.", "en").get(0);
        assertThat(content(verb)).isEqualTo("the charges");
        Quote clause = extract("The union opposed the plan because it cut wages at the mill.", "en").get(0);
        assertThat(content(clause)).isEqualTo("the plan");
    }

    @Test
    void aNameOrPronounAloneIsAnObject() {
        Quote name = extract("Governor Lind endorsed Ortiz on Monday.", "en").get(0);
        assertThat(content(name)).isEqualTo("Ortiz");
        assertThat(source(name)).isEqualTo("Governor Lind");
        Quote pronoun = extract("The levy is unpopular, and the mayor does not defend it.", "en").get(0);
        assertThat(content(pronoun)).isEqualTo("it");
        assertThat(source(pronoun)).isEqualTo("the mayor");
    }

    @Test
    void aPronounContractedWithBeIsTheSubject() {
        Quote q = extract("She’s predicting that the mill will reopen by spring.", "en").get(0);
        assertThat(source(q)).isEqualTo("She’s");
        assertThat(content(q)).isEqualTo("that the mill will reopen by spring");
    }

    @Test
    void aComparisonAfterTheContentIsTheWriters() {
        Quote q = extract("Most farmers said they backed the quota, compared with a third of the traders.", "en").get(0);
        assertThat(content(q)).isEqualTo("they backed the quota");
    }

    @Test
    void doubledConsonantsAndVerbsOfViewing() {
        Quote planned = extract("The harbour board planned to reopen the pier.", "en").get(0);
        assertThat(planned.cueWord()).isEqualTo("plan");
        assertThat(content(planned)).isEqualTo("to reopen the pier");
        Quote see = extract("Many fishermen see the mayor as a reformer.", "en").get(0);
        assertThat(see.cueWord()).isEqualTo("see");
        assertThat(content(see)).isEqualTo("the mayor as a reformer");
        Quote dismissed = extract("The governor dismissed the audit of the port.", "en").get(0);
        assertThat(dismissed.cueWord()).isEqualTo("dismiss");
    }

    @Test
    void aRelativeClauseBeforeTheMainVerbIsNoFinalAttribution() {
        List<Quote> quotes = extract("Mara Quist, who said the mill would close, recounted the story on the radio.", "en");
        Quote q = quoteContaining(quotes, "the mill would close");
        assertThat(source(q)).isEqualTo("Mara Quist, who");
        assertThat(content(q)).isEqualTo("the mill would close");
    }

    @Test
    void aPartyAndStateInParenthesesBelongToTheName() {
        Quote q = extract("Sen. Tom Reyes (D-Ore.) endorsed the harbour budget.", "en").get(0);
        assertThat(source(q)).isEqualTo("Sen. Tom Reyes (D-Ore.)");
        assertThat(content(q)).isEqualTo("the harbour budget");
        Quote appositive = extract("Rep. Tom Reyes (D-Ore.), a member of the budget panel, said he backs the plan.", "en").get(0);
        assertThat(source(appositive)).isEqualTo("Rep. Tom Reyes (D-Ore.)");
        assertThat(content(appositive)).isEqualTo("he backs the plan");
    }

    @Test
    void aGerundAfterAPrepositionIsTheSubjectsAct() {
        Quote q = extract("The mayor ended the debate by saying the pier would reopen.", "en").get(0);
        assertThat(source(q)).isEqualTo("The mayor");
        assertThat(content(q)).isEqualTo("the pier would reopen");
    }

    @Test
    void aPassiveCueWithItsAgent() {
        Quote q = extract("The closure was first reported by the Harbour Gazette.", "en").get(0);
        assertThat(content(q)).isEqualTo("The closure");
        assertThat(source(q)).isEqualTo("the Harbour Gazette");
        assertThat(extract("The fisherman was charged with theft.", "en")).isEmpty();
    }

    @Test
    void aParticipleAfterTheSourceIsNoInvertedAttribution() {
        Quote q = extract("“The pier is safe,” Varga said, asked about the storm damage.", "en").get(0);
        assertThat(source(q)).isEqualTo("Varga");
        assertThat(content(q)).isEqualTo("The pier is safe");
    }

    @Test
    void anIrregularPastVerbBeforeAndSaid() {
        Quote q = extract("She brought the debt down, but said she could not afford to teach.", "en").get(0);
        assertThat(source(q)).isEqualTo("She");
        assertThat(content(q)).isEqualTo("she could not afford to teach");
    }

    @Test
    void aQuotationClosedByItsOwnStopTakesTheCueWithATail() {
        Quote q = extract("“We need a new pier now!” Varga said on the radio.", "en").get(0);
        assertThat(source(q)).isEqualTo("Varga");
        assertThat(content(q)).isEqualTo("We need a new pier now!");
        // a new paragraph is a new statement
        List<Quote> split = extract("“We need a new pier now!”\n\nVarga said the council had waited too long.", "en");
        assertThat(content(split.get(split.size() - 1))).isEqualTo("the council had waited too long");
    }

    @Test
    void aParticipleAfterADashContinuesTheSubject() {
        Quote q = extract("Varga changed his mind – saying he would now back the pier.", "en").get(0);
        assertThat(source(q)).isEqualTo("Varga");
        assertThat(content(q)).isEqualTo("he would now back the pier");
    }

    @Test
    void anAdverbBetweenBeAndTheParticiple() {
        Quote q = extract("The mayor is also praising the volunteers.", "en").get(0);
        assertThat(source(q)).isEqualTo("The mayor");
        assertThat(q.cue().text()).isEqualTo("is also praising");
        assertThat(content(q)).isEqualTo("the volunteers");
    }

    @Test
    void aColonEndingTheTextIsNoContent() {
        assertThat(extract("Here are some ways the harbour board hopes to win back the fishermen:", "en")).isEmpty();
    }

    @Test
    void aClauseWithAFiniteVerbIsNoIntroductoryAdverbial() {
        Quote q = extract("There is no money left for the pier, the mayor said.", "en").get(0);
        assertThat(source(q)).isEqualTo("the mayor");
        assertThat(content(q)).isEqualTo("There is no money left for the pier");
    }

    @Test
    void aLikelihoodLendsItsSubjectToTheCue() {
        Quote q = extract("Older voters were more likely to say the pier should reopen.", "en").get(0);
        assertThat(source(q)).isEqualTo("Older voters");
        assertThat(q.cue().text()).isEqualTo("were more likely to say");
        assertThat(content(q)).isEqualTo("the pier should reopen");
    }

    @Test
    void aParticipleAfterWithAndItsSpeaker() {
        // the rule; the learned English model (AttributionModelTest) scores this one below its threshold and drops it
        Quote q = extractor.candidates("The vote ended with the harbour union calling the plan a disgrace.", "en",
                List.of(), null).get(0).quote();
        assertThat(source(q)).isEqualTo("the harbour union");
        assertThat(content(q)).isEqualTo("the plan a disgrace");
    }

    @Test
    void aRelativePronounAfterTheContentSpeaksForItself() {
        List<Quote> quotes = extract("The union praised Mayor Lind, who says the pier will reopen in May.", "en");
        assertThat(content(quotes.get(0))).isEqualTo("Mayor Lind");
        Quote who = quoteContaining(quotes, "the pier will reopen");
        assertThat(source(who)).isEqualTo("who");
    }

    @Test
    void aColonAfterACueEndingAParagraphIntroducesTheNext() {
        Quote q = extract("At the harbour, Varga continued:\n\n“The pier will reopen in May and the boats will be back.”", "en").get(0);
        assertThat(source(q)).isEqualTo("Varga");
        assertThat(content(q)).isEqualTo("The pier will reopen in May and the boats will be back.");
        // after an object cue the colon closes a list of the writer's, not a statement
        List<Quote> object = extract("Varga ignored the rules:\n\nThe pier closed in May and the boats left for good.", "en");
        assertThat(object).extracting(Quote::cueWord).doesNotContain("say");
        assertThat(content(object.get(0))).isEqualTo("the rules");
    }

    @Test
    void aQuotationLeftOpenAtTheParagraphEndGoesOnInTheNext() {
        String text = "“The pier will reopen in May,” Varga said. “The boats will be back.\n\n“And the market will follow.”";
        Quote q = extract(text, "en").get(0);
        assertThat(q.content()).extracting(Span::text)
                .containsExactly("The pier will reopen in May", "The boats will be back.", "And the market will follow.");
    }

    @Test
    void aQuotationLeftUnclosedWhereParagraphsAreSingleLinesEndsWhereTheNextOpens() {
        // one newline between paragraphs: the first quotation never closes, and used to swallow the rest of the text
        String text = "“It is a dog whistle,” Moore said. “How can you feel good about yourself.\n"
                + "“We are used to dog whistles,” added Clyburn.\n"
                + "Trump told them they should vote for him.\n"
                + "“Look at how much communities are suffering,” he said in August.";
        List<Quote> quotes = extract(text, "en");
        assertThat(quotes).extracting(QuoteExtractorTest::content).contains("Look at how much communities are suffering");
        assertThat(quotes).anyMatch(q -> q.cueWord().equals("tell") && content(q).equals("they should vote for him"));
    }

    @Test
    void anLyWordAfterADeterminerIsTheSubjectsNoun() {
        Quote q = extract("“The pier is safe,” the daily wrote.", "en").get(0);
        assertThat(source(q)).isEqualTo("the daily");
        assertThat(content(q)).isEqualTo("The pier is safe");
    }

    @Test
    void aPlainDescriptionBeforeANameAfterTheCue() {
        Quote q = extract("The pier is safe again, says marine engineer Dana Whitlock.", "en").get(0);
        assertThat(source(q)).isEqualTo("marine engineer Dana Whitlock");
        assertThat(content(q)).isEqualTo("The pier is safe again");
    }

    @Test
    void aQuotedTitleBetweenTheCueAndThat() {
        Quote q = extract("The mayor said on the radio show “Harbour Talk” on Sunday that the pier would reopen.", "en").get(0);
        assertThat(source(q)).isEqualTo("The mayor");
        assertThat(content(q)).isEqualTo("that the pier would reopen");
    }

    @Test
    void participlesJoinedByAndShareTheSpeaker() {
        List<Quote> quotes = extract("The union backed the strike, calling the offer an insult and urging the council to pay the crews.", "en");
        assertThat(content(quoteContaining(quotes, "the offer"))).isEqualTo("the offer an insult");
        Quote urging = quoteContaining(quotes, "the council to pay");
        assertThat(urging.cueWord()).isEqualTo("urge");
        assertThat(source(urging)).isEqualTo("The union");
    }

    @Test
    void aContrastingClauseWithItsOwnSpeakerEndsTheContent() {
        // the comma inside the closing quotation mark hides the contrast from the comma rule
        List<Quote> quotes = extract("Most traders said the quota was “very fair,” while a few fishermen called it a disgrace.", "en");
        assertThat(content(quotes.get(0))).isEqualTo("the quota was “very fair,”");
        assertThat(source(quoteContaining(quotes, "a disgrace"))).isEqualTo("a few fishermen");
    }

    private static String content(Quote q) {
        return String.join(" | ", q.content().stream().map(Span::text).toList());
    }

    private static String source(Quote q) {
        return q.source() == null ? null : q.source().text();
    }

    @Test
    void laterThatOfTheContentIsNoComplementizer() {
        Quote q = extract("The mayor said she was not going to comment on that report.", "en").get(0);
        assertThat(content(q)).isEqualTo("she was not going to comment on that report");
    }

    @Test
    void parenthesisedSentenceStandsAlone() {
        List<Quote> quotes = extract("The council met late. (“We found the money,” the treasurer said.) The vote followed.", "en");
        assertThat(quotes).hasSize(1);
        assertThat(content(quotes.get(0))).isEqualTo("We found the money");
        assertThat(source(quotes.get(0))).isEqualTo("the treasurer");
    }

    @Test
    void seemingAndExpectationHaveNoSource() {
        List<Quote> quotes = extract("The new bridge appears to be sinking. Lawmakers are expected to approve the budget on Friday.", "en");
        Quote seems = quoteContaining(quotes, "to be sinking");
        assertThat(seems.source()).isNull();
        assertThat(content(seems)).isEqualTo("The new bridge | to be sinking");
        Quote expected = quoteContaining(quotes, "to approve the budget");
        assertThat(expected.source()).isNull();
        assertThat(expected.cue().text()).isEqualTo("are expected");
        assertThat(content(expected)).isEqualTo("Lawmakers | to approve the budget on Friday");
        Quote show = extract("The latest figures seemed to show a slowdown in hiring.", "en").get(0);
        assertThat(source(show)).isEqualTo("The latest figures");
        assertThat(content(show)).isEqualTo("a slowdown in hiring");
    }

    @Test
    void namingCuesTakeTheirObject() {
        Quote possessive = extract("At the hearing, Senator Mara Quist called her own vote a mistake.", "en").get(0);
        assertThat(source(possessive)).isEqualTo("Senator Mara Quist");
        assertThat(content(possessive)).isEqualTo("her own vote a mistake");
        Quote pronoun = extract("The coach called him a genius.", "en").get(0);
        assertThat(content(pronoun)).isEqualTo("him a genius");
        // a cue form after "the" inside the object is a noun, not a second attribution
        Quote noun = extract("Unions called the pay freeze and the demand for longer shifts an insult.", "en").get(0);
        assertThat(content(noun)).isEqualTo("the pay freeze and the demand for longer shifts an insult");
    }

    @Test
    void objectCueAfterAnAppositiveHasTheNameBeforeIt() {
        Quote q = extract("Dana Whitlock, a veteran fisherman from Maine, criticized the new quota system.", "en").get(0);
        assertThat(source(q)).isEqualTo("Dana Whitlock");
        assertThat(content(q)).isEqualTo("the new quota system");
        Quote noSwap = extract("In 2019, the mayor and her deputy, Tom Reyes, criticized the old budget plan.", "en").get(0);
        assertThat(content(noSwap)).isEqualTo("the old budget plan");
    }

    @Test
    void secondVerbOfTheSentenceSubject() {
        Quote q = extract("The governor toured the flooded town, and praised the volunteers.", "en").get(0);
        assertThat(source(q)).isEqualTo("The governor");
        assertThat(content(q)).isEqualTo("the volunteers");
        List<Quote> list = extract("He praised the firefighters, thanked the nurses and criticized the insurers.", "en");
        assertThat(list).extracting(QuoteExtractorTest::content).containsExactly("the firefighters", "the nurses", "the insurers");
        assertThat(list).extracting(QuoteExtractorTest::source).containsOnly("He");
    }

    @Test
    void participleOrTimeWordsBeforeTheSourceAreNoContent() {
        Quote q = extract("Addressing New Hampshire farmers Tuesday, Whitlock said the plan has failed.", "en").get(0);
        assertThat(content(q)).isEqualTo("the plan has failed");
        Quote lashing = extract("Lashing out, Whitlock said the plan has failed.", "en").get(0);
        assertThat(content(lashing)).isEqualTo("the plan has failed");
        Quote saying = quoteContaining(extract("Speaking to reporters, the minister defended the cuts, saying they were overdue.",
                "en"), "they were overdue");
        assertThat(source(saying)).isEqualTo("the minister");
    }

    @Test
    void thatFarAfterTheCueAndLongSubjects() {
        Quote told = extract("Mr. Varga told the regional newspaper in the capital on Monday that he would resign.", "en").get(0);
        assertThat(content(told)).isEqualTo("that he would resign");
        Quote poll = extract("Large majorities of farmers in the three northern provinces surveyed last month said prices "
                + "were too low.", "en").get(0);
        assertThat(source(poll)).isEqualTo("Large majorities of farmers in the three northern provinces surveyed last month");
    }

    @Test
    void aNamesParenthesisAfterAccordingToIsTheSources() {
        Quote q = extract("According to the Centre for Disease Control (CDC) in the US, the plague is treatable with antibiotics.", "en").get(0);
        assertThat(source(q)).isEqualTo("the Centre for Disease Control (CDC) in the US");
        assertThat(content(q)).isEqualTo("the plague is treatable with antibiotics");
        Quote after = extract("The plague is treatable, according to the World Health Organization (WHO).", "en").get(0);
        assertThat(source(after)).isEqualTo("the World Health Organization (WHO)");
        Quote ru = extract("По данным Всемирной организации здравоохранения (ВОЗ), число случаев выросло вдвое.", "ru").get(0);
        assertThat(source(ru)).isEqualTo("Всемирной организации здравоохранения (ВОЗ)");
        assertThat(content(ru)).isEqualTo("число случаев выросло вдвое");
    }

    @Test
    void cueFormBeforeAFiniteVerbIsANoun() {
        assertThat(extract("The mayor's support is strong among older voters.", "en")).isEmpty();
        assertThat(extract("The farmers' support is fading.", "en")).isEmpty();
        // an irregular past verb says so too; the object of a real cue still starts with an -ed adjective
        assertThat(extract("The senator's criticism of the pier plan grew louder.", "en")).isEmpty();
        assertThat(extract("Their support rose after the debate.", "en")).isEmpty();
        // a quantifier before a cue form makes it a noun too
        assertThat(extract("(For more forecasts we made surrounding this grant, see here.)", "en")).isEmpty();
        assertThat(source(extract("Other reports say the plan failed.", "en").get(0))).isEqualTo("Other reports");
        assertThat(content(extract("The senators opposed proposed cuts to the pier budget.", "en").get(0)))
                .isEqualTo("proposed cuts to the pier budget");
    }

    @Test
    void sentenceFinalAttributionTakesTheWholeClause() {
        Quote q = extract("The airline lost a lot of money last year and cut hundreds of jobs, the company said in a statement.",
                "en").get(0);
        assertThat(source(q)).isEqualTo("the company");
        assertThat(content(q)).isEqualTo("The airline lost a lot of money last year and cut hundreds of jobs");
        List<Quote> appositive = extract("Voters rejected the plan because it cost too much, said Lena Ortiz, a budget "
                + "analyst at the institute.", "en");
        assertThat(appositive).hasSize(1);
        assertThat(source(appositive.get(0))).isEqualTo("Lena Ortiz");
        Quote according = extract("The dam was built in 1931 and repaired twice since then, according to the water board.", "en").get(0);
        assertThat(according.cueWord()).isEqualTo("according to");
        assertThat(content(according)).isEqualTo("The dam was built in 1931 and repaired twice since then");
    }

    @Test
    void objectsEndAtWhereAndDashes() {
        Quote where = extract("Polls show a tight race in the county, where turnout is usually low.", "en").get(0);
        assertThat(content(where)).isEqualTo("a tight race in the county");
        Quote dash = extract("The senator praised the volunteers – a gesture the union welcomed.", "en").get(0);
        assertThat(content(dash)).isEqualTo("the volunteers");
        Quote pair = extract("The senator praised the volunteers – most of them students – for their work.", "en").get(0);
        assertThat(content(pair)).isEqualTo("the volunteers – most of them students – for their work");
        Quote list = extract("The mayor mocked the auditors, referred to the report as fiction and left.", "en").get(0);
        assertThat(content(list)).isEqualTo("the auditors");
    }

    @Test
    void objectPronounBeforeAnInfinitive() {
        Quote q = extract("Officials asked them to leave the building.", "en").get(0);
        assertThat(source(q)).isEqualTo("Officials");
        assertThat(content(q)).isEqualTo("them to leave the building");
    }

    @Test
    void pluralNounsAndLongDescriptionsAsObjectSubjects() {
        Quote plural = extract("Economists want lower rates before the winter.", "en").get(0);
        assertThat(source(plural)).isEqualTo("Economists");
        Quote survey = extract("A new survey from the Farmers Union and Delta Research found most growers expect losses.", "en").get(0);
        assertThat(source(survey)).isEqualTo("A new survey from the Farmers Union and Delta Research");
        assertThat(content(survey)).isEqualTo("most growers expect losses");
    }

    @Test
    void clauseWithoutThatAfterAThatCue() {
        Quote q = extract("The port authority announced it would close two terminals.", "en").get(0);
        assertThat(content(q)).isEqualTo("it would close two terminals");
        Quote agreed = extract("The board met, but analysts agreed it was a weak plan.", "en").get(0);
        assertThat(source(agreed)).isEqualTo("analysts");
        assertThat(content(agreed)).isEqualTo("it was a weak plan");
    }

    @Test
    void asClauseAttributesTheRest() {
        Quote q = extract("As the Daily Ledger reported, the factory will close in March.", "en").get(0);
        assertThat(source(q)).isEqualTo("the Daily Ledger");
        assertThat(q.cueWord()).isEqualTo("report");
        assertThat(content(q)).isEqualTo("the factory will close in March");
    }

    @Test
    void quotationGoesOnAfterAMentionOfItsSpeaker() {
        List<Quote> quotes = extract("“We need the bridge,” said Ms. Acosta, referring to the ferry plan. “Give us the money.”", "en");
        Quote statement = quoteContaining(quotes, "We need the bridge");
        assertThat(content(statement)).isEqualTo("We need the bridge | Give us the money.");
    }

    @Test
    void sourceAfterTheCueHasNoVerb() {
        List<Quote> quotes = extract("The judge -- who has clashed with the governor for weeks -- said she regretted her remarks.", "en");
        assertThat(quotes).extracting(QuoteExtractorTest::source).doesNotContain("she regretted her remarks");
    }

    @Test
    void moreVerbsOfStance() {
        Quote issued = extract("The union ordered a strike.", "en").get(0);
        assertThat(issued.cueWord()).isEqualTo("order");
        assertThat(content(issued)).isEqualTo("a strike");
        Quote portrayed = extract("The ad portrayed the senator as a friend of polluters.", "en").get(0);
        assertThat(content(portrayed)).isEqualTo("the senator as a friend of polluters");
    }

    @Test
    void subordinateClauseContentEndsAtItsComma() {
        Quote q = extract("After the board asked employees to accept a pay cut, hundreds of workers quit.", "en").get(0);
        assertThat(source(q)).isEqualTo("the board");
        assertThat(content(q)).isEqualTo("employees to accept a pay cut");
    }

    @Test
    void thatAfterTheObjectIsRelative() {
        Quote q = extract("Voters want candidates that listen to them.", "en").get(0);
        assertThat(content(q)).isEqualTo("candidates that listen to them");
        Quote vowed = extract("The governor vowed again on Monday that he would veto the bill.", "en").get(0);
        assertThat(content(vowed)).isEqualTo("that he would veto the bill");
        Quote second = extract("The mayor said the roads were safe and that the crews would work overnight.", "en").get(0);
        assertThat(content(second)).isEqualTo("the roads were safe and that the crews would work overnight");
    }

    @Test
    void adverbBetweenSubjectAndCue() {
        Quote q = extract("The senator has long considered the tax unfair.", "en").get(0);
        assertThat(source(q)).isEqualTo("The senator");
        assertThat(q.cue().text()).isEqualTo("has long considered");
        Quote flatly = extract("The company flatly denied that it had paid the fine.", "en").get(0);
        assertThat(source(flatly)).isEqualTo("The company");
    }

    @Test
    void asOpensAClauseInsideTheSentence() {
        Quote q = extract("The plan stalled as a group of lawmakers demanded more time.", "en").get(0);
        assertThat(source(q)).isEqualTo("a group of lawmakers");
        assertThat(content(q)).isEqualTo("more time");
    }

    @Test
    void askedToIntroducesARequest() {
        List<Quote> quotes = extract("Asked to explain the delay, the minister said the contractor had failed.", "en");
        assertThat(quoteContaining(quotes, "to explain the delay").source()).isNull();
        assertThat(source(quoteContaining(quotes, "the contractor had failed"))).isEqualTo("the minister");
    }

    @Test
    void finiteClauseAfterTheCueIsItsContent() {
        Quote q = extract("Fresh from the vote, Ortiz said the budget has a hole.", "en").get(0);
        assertThat(content(q)).isEqualTo("the budget has a hole");
        Quote tail = extract("The vote was close, Ortiz said the other day.", "en").get(0);
        assertThat(content(tail)).isEqualTo("The vote was close");
    }

    @Test
    void contrastWithAnAdverbAndNoSubjectStaysInTheContent() {
        Quote q = extract("The mayor said the plan was fair, but just needed more time.", "en").get(0);
        assertThat(content(q)).isEqualTo("the plan was fair, but just needed more time");
    }

    @Test
    void labelWithTheSpeakersOutlet() {
        Quote q = extract("Mara Quist, The Harbour Gazette: The mayor has lost the council for good.", "en").get(0);
        assertThat(source(q)).isEqualTo("Mara Quist, The Harbour Gazette");
        assertThat(content(q)).isEqualTo("The mayor has lost the council for good");
    }

    @Test
    void longDescriptionAfterTheSourceIsNoContent() {
        Quote q = extract("The new law was “far too strict,” said Dana Whitlock, education professor at the state university "
                + "in the northern town of Brill.", "en").get(0);
        assertThat(source(q)).isEqualTo("Dana Whitlock");
        assertThat(content(q)).isEqualTo("The new law was “far too strict,”");
    }

    @Test
    void subjectBeforeAnAsideBetweenDashes() {
        Quote q = extract("The judge -- who has clashed with the governor for weeks -- said she regretted her remarks.", "en").get(0);
        assertThat(source(q)).isEqualTo("The judge");
        assertThat(content(q)).isEqualTo("she regretted her remarks");
    }

    @Test
    void aCommonNounForABodySpeaksForTheOrganisationNamedWithIt() {
        // the noun is a word of an organisation named earlier
        String chamber = "Контрольно-счётная палата Приозёрной области проверила ремонт набережной. "
                + "Как сообщила палата, стоимость работ была завышена на 23 млн рублей.";
        Quote audit = quoteContaining(extractor.extract(chamber, "ru",
                List.of(mention(chamber, EntityType.ORGANIZATION, "Контрольно-счётная палата Приозёрной области"))), "завышена");
        assertThat(speaker(audit)).isEqualTo("Контрольно-счётная палата Приозёрной области");
        String ministry = "The Interior Ministry opened an inquiry on Monday. The ministry said the bridge was unsafe.";
        Quote inquiry = quoteContaining(extractor.extract(ministry, "en",
                List.of(mention(ministry, EntityType.ORGANIZATION, "Interior Ministry"))), "unsafe");
        assertThat(speaker(inquiry)).isEqualTo("Interior Ministry");
        // a company noun stands for the company named shortly before, not for the public body that named it
        String builder = "Прокуратура проверяет «Озёрстрой». В «Озёрстрое» нарушения отрицают. "
                + "«Все работы выполнены и приняты комиссией», — сообщили в компании.";
        Quote denial = quoteContaining(extractor.extract(builder, "ru", List.of(
                mention(builder, EntityType.ORGANIZATION, "Прокуратура"),
                mention(builder, EntityType.ORGANIZATION, "«Озёрстрое»"))), "Все работы");
        assertThat(speaker(denial)).isEqualTo("«Озёрстрое»");
        String fined = "Acme Corp was fined by the Commerce Department. The company said it would appeal.";
        Quote appeal = quoteContaining(extractor.extract(fined, "en", List.of(
                mention(fined, EntityType.ORGANIZATION, "Acme Corp"),
                mention(fined, EntityType.ORGANIZATION, "Commerce Department"))), "appeal");
        assertThat(speaker(appeal)).isEqualTo("Acme Corp");
        // several companies are not one, and a noun no organisation is named with stands for nobody
        String plural = "Acme Corp and Brill Ltd were fined. The companies said they would appeal.";
        assertThat(speaker(quoteContaining(extractor.extract(plural, "en", List.of(
                mention(plural, EntityType.ORGANIZATION, "Acme Corp"),
                mention(plural, EntityType.ORGANIZATION, "Brill Ltd"))), "appeal"))).isNull();
        String hospital = "Acme Corp built the wing. The hospital said six patients were moved.";
        assertThat(speaker(quoteContaining(extractor.extract(hospital, "en", List.of(
                mention(hospital, EntityType.ORGANIZATION, "Acme Corp"))), "six patients"))).isNull();
    }

    @Test
    void aCommaBetweenDigitsEndsNoContent() {
        Quote voters = quoteContaining(extract("They cite the 2000 election in Florida, when the state incorrectly stated "
                + "that about 12,000 registered voters were ex-cons and then purged them from the rolls.", "en"), "registered");
        assertThat(content(voters)).isEqualTo("that about 12,000 registered voters were ex-cons");
        Quote jobs = quoteContaining(extract("Labor Department figures showed steady but slowing job creation, with 156,000 "
                + "jobs added in September.", "en"), "job creation");
        assertThat(content(jobs)).startsWith("steady but slowing job creation, with 156,000 jobs added");
        Quote quake = extract("Институт сообщил, что магнитуда составила 5,8, а глубина очага 12 км.", "ru").get(0);
        assertThat(content(quake)).isEqualTo("что магнитуда составила 5,8, а глубина очага 12 км");
    }

    @Test
    void theSubjectOfTwoJoinedVerbsSpeaks() {
        Quote ru = extract("Государь улыбнулся и сказал: «Я помню всё это очень хорошо».", "ru").get(0);
        assertThat(source(ru)).isEqualTo("Государь");
        assertThat(content(ru)).isEqualTo("Я помню всё это очень хорошо");
        Quote en = extract("The king smiled and said: \"I remember all of it very well.\"", "en").get(0);
        assertThat(source(en)).isEqualTo("The king");
    }

    @Test
    void aOneWordQuotationAnnouncedByAColonIsAStatement() {
        assertThat(content(extract("Государь улыбнулся и сказал: «Помню-помню».", "ru").get(0))).isEqualTo("Помню-помню");
        assertThat(content(extract("He said: \"Remember.\"", "en").get(0))).isEqualTo("Remember.");
        // without the colon one quoted word is a scare quote or a name
        assertThat(extract("The ministry called the plan \"reckless\" on Monday.", "en"))
                .noneMatch(q -> content(q).equals("reckless"));
    }

    @Test
    void russianSpeechTheAuthorInterruptsInsideOnePairOfMarks() {
        Quote q = extract("«Мы готовы к переговорам, — сказал министр Иван Петров, — но условия должны быть честными».", "ru").get(0);
        assertThat(q.source().text()).isEqualTo("министр Иван Петров");
        assertThat(q.content()).extracting(Span::text)
                .containsExactly("Мы готовы к переговорам", "но условия должны быть честными");
        Quote hyphens = extract("\"Траншею копали сами, - говорит Апраушев, - наплевал я на запреты\".", "ru").get(0);
        assertThat(hyphens.source().text()).isEqualTo("Апраушев");
        assertThat(hyphens.content()).extracting(Span::text).containsExactly("Траншею копали сами", "наплевал я на запреты");
        // marks closed around each part, as some outlets write it
        Quote closed = extract("«Мы готовы к переговорам», — сказал министр, — «но условия должны быть честными».", "ru").get(0);
        assertThat(closed.content()).extracting(Span::text)
                .containsExactly("Мы готовы к переговорам", "но условия должны быть честными");
        // a dash inside speech with no cue between is the speaker's own
        Quote own = extract("«Это был трудный год, — но мы справились, — и город растёт», — сказал мэр.", "ru").get(0);
        assertThat(own.content()).extracting(Span::text).containsExactly("Это был трудный год, — но мы справились, — и город растёт");
    }

    @Test
    void aQuotedNameBeforeACommaAndThatIsWhomTheSpeakerTold() {
        Quote q = extract("Сергей Кириенко заявил вчера «РИА Новости», что не знает, сильными ли будут изменения.", "ru").get(0);
        assertThat(q.source().text()).isEqualTo("Сергей Кириенко");
        assertThat(content(q)).isEqualTo("что не знает, сильными ли будут изменения");
    }

    @Test
    void aGroupCitedAtTheEndOfALongSentenceIsItsSource() {
        // a cue word inside the clause ("continue") is the speakers' words, not an attribution of its own
        for (String[] c : new String[][]{
                {"Pyongyang is likely to continue to hone its technology, experts say.", "experts",
                        "Pyongyang is likely to continue to hone its technology"},
                {"The North will continue to build its missiles and test them, senior officials said.", "senior officials",
                        "The North will continue to build its missiles and test them"}}) {
            Quote q = extract(c[0], "en").get(0);
            assertThat(source(q)).as(c[0]).isEqualTo(c[1]);
            assertThat(content(q)).as(c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void whatADocumentSaysIsItsAuthors() {
        String text = "«Пожар полностью ликвидирован, пострадавших нет», — говорится в сообщении пресс-службы МЧС.";
        Quote q = extract(text, "ru").get(0);
        assertThat(q.source().text()).isEqualTo("пресс-службы МЧС");
        assertThat(content(q)).isEqualTo("Пожар полностью ликвидирован, пострадавших нет");
        Quote before = extract("В сообщении МЧС говорится, что пожар полностью ликвидирован.", "ru").get(0);
        assertThat(content(before)).isEqualTo("что пожар полностью ликвидирован");
        assertThat(before.source().text()).endsWith("МЧС");
        Quote anaphoric = extract("Пожар начался ночью на складе. Об этом говорится в сообщении МЧС.", "ru").get(0);
        assertThat(content(anaphoric)).isEqualTo("Пожар начался ночью на складе");
        assertThat(anaphoric.source().text()).isEqualTo("МЧС");
        Quote noted = extract("В сообщении ведомства отмечается, что пожар полностью ликвидирован.", "ru").get(0);
        assertThat(content(noted)).isEqualTo("что пожар полностью ликвидирован");
        Quote confident = extract("Министр выразил уверенность, что переговоры продолжатся на следующей неделе.", "ru").get(0);
        assertThat(confident.source().text()).isEqualTo("Министр");
        assertThat(content(confident)).isEqualTo("что переговоры продолжатся на следующей неделе");
    }

    @Test
    void aRussianQuotationAfterTheCuesPrepositionIsItsObject() {
        Quote q = extract("Он прямо указывает на «отсутствие механизма ответственности в системе власти».", "ru").get(0);
        assertThat(q.source().text()).isEqualTo("Он");
        assertThat(content(q)).isEqualTo("отсутствие механизма ответственности в системе власти");
        // a quoted name is no statement
        assertThat(extract("Он рассказал о «Газпроме» и о своих планах.", "ru")).isEmpty();
    }

    @Test
    void aRussianTimeAdverbOpeningTheClauseIsNoPartOfTheSource() {
        Quote q = extract("Ранее Песков заявлял, что переговоры продолжатся на следующей неделе.", "ru").get(0);
        assertThat(q.source().text()).isEqualTo("Песков");
        assertThat(extract("Вчера министр сообщил, что переговоры продолжатся.", "ru").get(0).source().text()).isEqualTo("министр");
        // and one between the source and its cue
        assertThat(extract("Глава города Андрей Джатдоев вечером сообщил, что девушка найдена.", "ru").get(0).source().text())
                .isEqualTo("Глава города Андрей Джатдоев");
    }

    @Test
    void whereARussianSpeakerSaidItIsNoPartOfTheSource() {
        assertThat(extract("Глава региона в своём телеграм-канале написал, что переговоры продолжатся.", "ru").get(0)
                .source().text()).isEqualTo("Глава региона");
        assertThat(extract("Министр на брифинге заявил, что переговоры продолжатся.", "ru").get(0).source().text())
                .isEqualTo("Министр");
        // a capitalised word after the preposition may be the speaker's name
        assertThat(extract("Глава МЧС в Приморье Иван Петров заявил, что пожар потушен.", "ru").get(0).source().text())
                .isEqualTo("Глава МЧС в Приморье Иван Петров");
    }

    @Test
    void theOutletARussianCueToldIsNoSource() {
        Quote q = extract("«Переговоры продолжатся», — сообщил РИА Новости источник в правительстве.", "ru").get(0);
        assertThat(q.source().text()).startsWith("источник");
        assertThat(extract("«Переговоры продолжатся», — заявил в интервью ТАСС министр Иван Петров.", "ru").get(0)
                .source().text()).isEqualTo("министр Иван Петров");
        assertThat(extract("«Переговоры продолжатся», — сказал в эфире телеканала глава МИД.", "ru").get(0)
                .source().text()).isEqualTo("глава МИД");
        // before the cue: the outlet of the interview is no speaker
        assertThat(extract("Министр в интервью ТАСС заявил, что переговоры продолжатся.", "ru").get(0).source().text())
                .isEqualTo("Министр");
        Quote named = extract("«Переговоры продолжатся», — заявил глава МИД Сергей Лавров.", "ru").get(0);
        assertThat(named.source().text()).isEqualTo("глава МИД Сергей Лавров");
    }

    @Test
    void aTelegramPostsEmojiIsNoPartOfItsSpeaker() {
        // the emoji's variation selector touching the name had made "️Путин" a token that is no word
        Quote glued = extract("❗️Путин заявил, что переговоры продолжатся на следующей неделе.", "ru").get(0);
        assertThat(glued.source().text()).isEqualTo("Путин");
        assertThat(extract("🔴 В Кремле заявили, что переговоры продолжатся.", "ru").get(0).source().text()).isEqualTo("В Кремле");
        Quote flash = extract("❗️СРОЧНО: Песков: переговоры продолжатся на следующей неделе", "ru").get(0);
        assertThat(flash.source().text()).isEqualTo("Песков");
        assertThat(extract("JUST IN — Biden: \"We will not back down from this fight\"", "en").get(0).source().text())
                .isEqualTo("Biden");
        // a flash alone names no one
        assertThat(extract("BREAKING: Talks will resume next week", "en")).isEmpty();
        Quote label = extract("⚡️Песков: переговоры продолжатся на следующей неделе", "ru").get(0);
        assertThat(label.source().text()).isEqualTo("Песков");
        assertThat(content(label)).isEqualTo("переговоры продолжатся на следующей неделе");
        // a section's or a list's one-word label names no one
        assertThat(extract("Последствия: на улицу лучше выходить пореже, одевайтесь теплее.", "ru")).isEmpty();
        assertThat(extract("Защитники: Соболь, Пластун, Кривцов, Шабанов, Миколенко.", "ru")).isEmpty();
    }

    @Test
    void aboutThisWithWhereOrToWhomBetweenIsStillTheSentenceBefore() {
        Quote q = extract("Пожар начался ночью на складе. Об этом в своём телеграм-канале написал губернатор Иван Петров.", "ru").get(0);
        assertThat(content(q)).isEqualTo("Пожар начался ночью на складе");
        assertThat(q.source().text()).isEqualTo("губернатор Иван Петров");
        Quote told = extract("Пожар начался ночью на складе. Об этом журналистам сообщил глава МЧС.", "ru").get(0);
        assertThat(content(told)).isEqualTo("Пожар начался ночью на складе");
    }

    @Test
    void aRussianOutletNamedInQuotationMarksIsTheSource() {
        Quote q = extract("Как пишет «Коммерсант», инвестиции могут составить 5 млрд рублей.", "ru").get(0);
        assertThat(q.source().text()).isEqualTo("«Коммерсант»");
        assertThat(content(q)).isEqualTo("инвестиции могут составить 5 млрд рублей");
        Quote citing = extract("Как пишет «Коммерсант» со ссылкой на представителя компании, инвестиции вырастут.", "ru").get(0);
        assertThat(content(citing)).isEqualTo("инвестиции вырастут");
        assertThat(extract("«Переговоры продолжатся», — пишет «Коммерсант».", "ru").get(0).source().text()).isEqualTo("«Коммерсант»");
    }
    @Test
    void aSubjectContractedWithItsVerbBeginsTheContentSoALaterThatIsItsOwn() {
        // "he's" had not counted as a clause begun: "on that front" read as "said ... that", the content as "front"
        String text = "Cook said he's proud of the firm's work on that front.";
        Quote q = quoteContaining(extractor.extract(text, "en", List.of(mention(text, EntityType.PERSON, "Cook"))), "proud");
        assertThat(q.content().get(0).text()).isEqualTo("he's proud of the firm's work on that front");
    }

    @Test
    void aLabelBeforeAColonThatNamesNoOneIsNoSpeaker() {
        String text = "Lena Ortiz opened the exhibition on Monday.\nMoreover: the installation consists of 1,000 lights and "
                + "800 meters of rope.\nPortion Fix Containers: 1 Green, 1 Red, 1 tsp of oil.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(mention(text, EntityType.PERSON, "Lena Ortiz")));
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().text().matches("Moreover|Portion.*"));
        // a transcript's turn in capitals, and a label the text names, keep their speakers
        String transcript = "Lena Ortiz spoke to the host on Sunday.\nWALLACE: Let's start with the news of the day, please.\n"
                + "ORTIZ: We are ready for the vote next week.";
        List<Quote> turns = extractor.extract(transcript, "en", List.of(mention(transcript, EntityType.PERSON, "Lena Ortiz")));
        assertThat(speaker(quoteContaining(turns, "start with the news"))).isEqualTo("WALLACE");
        assertThat(speaker(quoteContaining(turns, "ready for the vote"))).isEqualTo("ORTIZ");
    }

    @Test
    void anAbbreviatedRankStaysWithTheNameAfterIt() {
        String text = "Officers arrested a driver after finding drugs in her car, according to Lt. Brian Ross. The next day police searched a home.";
        Quote q = quoteContaining(extractor.extract(text, "en", List.of(mention(text, EntityType.PERSON, "Brian Ross"))), "arrested a driver");
        assertThat(q.source().text()).isEqualTo("Lt. Brian Ross");
        assertThat(speaker(q)).isEqualTo("Brian Ross");
    }

    @Test
    void aLongTailTellingWhenAndWhereSomethingWasSaidLeavesTheContentBeforeIt() {
        String text = "Apple was \"pulled into the enterprise,\" CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff.";
        List<Quote> quotes = extractor.extract(text, "en", List.of(mention(text, EntityType.PERSON, "Tim Cook"),
                mention(text, EntityType.PERSON, "Marc Benioff")));
        Quote q = quoteContaining(quotes, "pulled into the enterprise");
        assertThat(speaker(q)).isEqualTo("Tim Cook");
        assertThat(quotes).noneMatch(x -> x.content().stream().anyMatch(c -> c.text().startsWith("Tuesday")));
    }
}
