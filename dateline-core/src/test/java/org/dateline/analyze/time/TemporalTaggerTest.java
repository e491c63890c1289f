package org.dateline.analyze.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemporalTaggerTest {

    /** A Thursday. */
    private static final LocalDate REF = LocalDate.of(2025, 8, 7);
    private final TemporalTagger tagger = new TemporalTagger();

    private Timex only(String text, String expression) {
        List<Timex> found = tagger.tag(text, REF);
        return found.stream().filter(t -> t.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + expression + "' not found in " + found));
    }

    private void assertValue(String text, String expression, Timex.Type type, String value) {
        Timex t = only(text, expression);
        assertThat(t.type()).as(expression).isEqualTo(type);
        assertThat(t.value()).as(expression).isEqualTo(value);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(expression);
    }

    @Test
    void aNewspapersNameAndASitesCopyrightNoticeAreNoDates() {
        assertThat(tagger.tag("Experts told USA TODAY that the rule had changed.", REF)).isEmpty();
        assertThat(tagger.tag("The leading resource for car buyers. © 2000-2019 Example.com, Inc. Copyright 2019 Example News.", REF))
                .isEmpty();
        // the words themselves still are
        assertValue("The minister said today that the talks had ended.", "today", Timex.Type.DATE, "2025-08-07");
        assertValue("Sales rose 4% from 2019 to 2024.", "2019", Timex.Type.DATE, "2019");
    }

    @Test
    void weekdaysInPastNewsAreTheMostRecentOnOrBeforeTheReference() {
        assertValue("The ministry said on Thursday that the talks had ended.", "Thursday", Timex.Type.DATE, "2025-08-07");
        assertValue("The envoy arrived in the capital on Wednesday.", "Wednesday", Timex.Type.DATE, "2025-08-06");
        assertValue("The envoy arrived on Friday.", "Friday", Timex.Type.DATE, "2025-08-01");
    }

    @Test
    void whatIsPutOffIsPutOffToALaterDayAtAZonedClock() {
        // the reference is a Thursday: the Saturday a match is postponed until is the coming one
        assertValue("The qualifier has been postponed until 15:00 GMT Saturday because of heavy snow.", "15:00 GMT Saturday",
                Timex.Type.TIME, "2025-08-09T15:00");
        // a clock without its zone is as often a race's time
        assertThat(tagger.tag("He won the marathon, finishing in 3:07:35.", REF)).isEmpty();
    }

    @Test
    void aRangeOfYearsGivesBothYearsAndAComparisonGivesALength() {
        List<Timex> range = tagger.tag("One exception was the pandemic of 2009-2010, when 348 children died.", REF);
        assertThat(range).extracting(Timex::value).containsExactly("2009", "2010");
        // "earlier than usual" compares: not a date a month before the reference
        assertValue("The season started about a month earlier than usual.", "about a month", Timex.Type.DURATION, "P1M");
        assertValue("Smog covers the city every morning.", "every morning", Timex.Type.SET, "XXXX-XX-XXTMO");
    }

    @Test
    void weekdaysInFutureClausesLookForward() {
        assertValue("The delegation will fly out on Monday.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("Talks resume next Tuesday.", "next Tuesday", Timex.Type.DATE, "2025-08-12");
    }

    @Test
    void aMonthAfterAPastVerbOfItsClauseIsBehindTheReferenceEvenWhenTheNextOneIsNearer() {
        // the reference is in August: next December and January are nearer than the last ones, but the verbs say past
        assertValue("The group made a profit of $50 million in the year ended December 31.", "December 31", Timex.Type.DATE, "2024-12-31");
        assertValue("The fund bought the stake in January for $2 billion.", "January", Timex.Type.DATE, "2025-01");
        // "from" between the verb and the month does not hide the verb
        assertValue("She thinks he devised the plan after he was fired from his job in December.", "December",
                Timex.Type.DATE, "2024-12");
        // a deadline a past act set, a present clause and a plan keep looking ahead
        assertValue("The reduced dividend is payable January 2 to holders of record.", "January 2", Timex.Type.DATE, "2026-01-02");
        assertValue("The bidder extended to November 20 its offer for the shares.", "November 20", Timex.Type.DATE, "2025-11-20");
        assertValue("The sale, which had been expected, is part of a plan to pay down the loan by January.", "January", Timex.Type.DATE, "2026-01");
    }

    @Test
    void aMonthOpeningItsSentenceIsBehindWhenItsSubjectsVerbIsPast() {
        assertValue("In December, the board brought in a new chief executive.", "December", Timex.Type.DATE, "2024-12");
        assertValue("In December, the board will bring in a new chief executive.", "December", Timex.Type.DATE, "2025-12");
    }

    @Test
    void thisSummerAfterAPastVerbIsTheOneGone() {
        LocalDate november = LocalDate.of(2025, 11, 1);
        assertThat(tagger.tag("The shares began trading this summer at $14.", november)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2025-SU"));
        assertThat(tagger.tag("The shares will begin trading this summer.", november)).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2026-SU"));
    }

    @Test
    void aTimetableInThePresentLooksForwardUnlessThePastWasToldBefore() {
        assertValue("Voters in Chile go to the polls on Sunday to elect a new president.", "Sunday", Timex.Type.DATE, "2025-08-10");
        assertValue("The minister arrives in Kyiv on Monday.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("The offer had been due to expire Friday.", "Friday", Timex.Type.DATE, "2025-08-01");
        assertValue("The firm said that at the close of business Monday it held 12 percent.", "Monday", Timex.Type.DATE, "2025-08-04");
    }

    @Test
    void whatIsSetToHappenOnADayLiesAhead() {
        assertValue("The peace process is set to resume Monday in Geneva.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("The father could arrive as early as Tuesday.", "Tuesday", Timex.Type.DATE, "2025-08-12");
    }

    @Test
    void aVoteSomeoneFacesIsAhead() {
        // the reference is in August: spring has passed, and the elections the coalition faces are next spring's
        assertValue("The minister, whose coalition faces local elections in the spring, was cautious.", "the spring",
                Timex.Type.DATE, "2026-SP");
        assertValue("The minister, whose coalition won local elections in the spring, was upbeat.", "the spring",
                Timex.Type.DATE, "2025-SP");
    }

    @Test
    void anInvitationIsToADayAhead() {
        // told in the past tense (reference a Thursday): the talks are yet to come
        assertValue("On Wednesday evening the ministry said it had invited both sides to mediated talks on Saturday afternoon.",
                "Saturday afternoon", Timex.Type.DATE, "2025-08-09TAF");
        assertValue("Министерство пригласило стороны на переговоры в субботу.", "субботу", Timex.Type.DATE, "2025-08-09");
        // one invited earlier and now arrived: the day is the arrival's, in the past
        assertValue("The envoy, who was invited by the king, arrived on Friday.", "Friday", Timex.Type.DATE, "2025-08-01");
    }

    @Test
    void whatSomeoneSaidWouldHappenOnADayLooksForwardUnlessTheDayNamesAThingAlreadyThere() {
        assertValue("The minister said the government would release emergency funds on Saturday.", "Saturday",
                Timex.Type.DATE, "2025-08-09");
        assertValue("Lawyers said they would look for ways around Wednesday's ruling.", "Wednesday", Timex.Type.DATE, "2025-08-06");
        assertValue("The minister said all travellers should be home by Sunday.", "Sunday", Timex.Type.DATE, "2025-08-10");
        // a modal after the day belongs to what was decided then
        assertValue("The agency ruled on Wednesday that he should be returned.", "Wednesday", Timex.Type.DATE, "2025-08-06");
    }

    @Test
    void aDaySomethingIsScheduledForLooksForwardEvenInThePastPerfect() {
        assertValue("The hearing had been scheduled for Monday.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("The hearing, planned for Monday, was called off.", "Monday", Timex.Type.DATE, "2025-08-11");
    }

    @Test
    void whatIsPromisedLiesAheadUnlessTheDayTimesThePromise() {
        assertValue("Министр пообещал, что правительство в субботу выделит средства.", "субботу", Timex.Type.DATE, "2025-08-09");
        assertValue("The mayor promised to reopen the bridge on Monday.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("The mayor promised on Monday to reopen the bridge.", "Monday", Timex.Type.DATE, "2025-08-04");
        assertValue("Salvage crews hope to refloat the ferry at high tide on Monday.", "Monday", Timex.Type.DATE, "2025-08-11");
        assertValue("Members said they were ready to come back on Thursday.", "Thursday", Timex.Type.DATE, "2025-08-07");
        assertValue("Members said they were ready to come back on Friday.", "Friday", Timex.Type.DATE, "2025-08-08");
    }

    @Test
    void aWeekdayHeadingAnIndefinitePhraseIsNoDay() {
        assertThat(tagger.tag("This dish turns leftovers into something worth a Sunday.", REF)).isEmpty();
        // as a modifier it is that day's: "a Sunday night memorial service"
        assertValue("About 500 people attended a Sunday night memorial service.", "Sunday night", Timex.Type.DATE, "2025-08-03");
    }

    @Test
    void russianPerfectiveVerbsSpeakOfTheFuture() {
        assertValue("Компании подпишут соглашение в пятницу.", "пятницу", Timex.Type.DATE, "2025-08-08");
    }

    @Test
    void weeksBecomeIsoWeeks() {
        assertValue("The two sides could sign a deal next week.", "next week", Timex.Type.DATE, "2025-W33");
        assertValue("Prices rose this week.", "this week", Timex.Type.DATE, "2025-W32");
        assertValue("Prices fell last week.", "last week", Timex.Type.DATE, "2025-W31");
    }

    @Test
    void yearsAreTaggedWithoutThePreposition() {
        assertValue("The two presidents last met in Geneva in 2021.", "2021", Timex.Type.DATE, "2021");
        assertValue("The 2018 summit in Helsinki was the last one.", "2018", Timex.Type.DATE, "2018");
        assertValue("Sales doubled in 2018, the report says.", "2018", Timex.Type.DATE, "2018");
    }

    @Test
    void vagueReferencesStayVague() {
        assertValue("The leaders will meet in the coming days, an aide said.", "the coming days", Timex.Type.DATE, "FUTURE_REF");
        assertValue("The plant is now closed.", "now", Timex.Type.DATE, "PRESENT_REF");
        assertValue("He recently moved to Berlin.", "recently", Timex.Type.DATE, "PAST_REF");
    }

    @Test
    void explicitDatesInEveryCommonForm() {
        assertValue("The deal was signed on August 7.", "August 7", Timex.Type.DATE, "2025-08-07");
        assertValue("Filed Aug. 7, 2024 in court.", "Aug. 7, 2024", Timex.Type.DATE, "2024-08-07");
        assertValue("Published 7 August 2023.", "7 August 2023", Timex.Type.DATE, "2023-08-07");
        assertValue("Updated 2025-08-05 at noon.", "2025-08-05", Timex.Type.DATE, "2025-08-05");
        assertValue("The vote was held Monday, Aug. 4.", "Monday, Aug. 4", Timex.Type.DATE, "2025-08-04");
    }

    @Test
    void relativeDaysMonthsQuartersSeasonsAndDecades() {
        assertValue("The minister resigned yesterday.", "yesterday", Timex.Type.DATE, "2025-08-06");
        assertValue("The minister resigned two days ago.", "two days ago", Timex.Type.DATE, "2025-08-05");
        assertValue("Exports slowed last month.", "last month", Timex.Type.DATE, "2025-07");
        assertValue("Profit grew in March.", "March", Timex.Type.DATE, "2025-03");
        assertValue("Profit grew in the second quarter.", "the second quarter", Timex.Type.DATE, "2025-Q2");
        assertValue("The bridge opened this summer.", "this summer", Timex.Type.DATE, "2025-SU");
        assertValue("Inflation was high in the 1990s.", "the 1990s", Timex.Type.DATE, "199");
    }

    @Test
    void durationsSetsAndTimes() {
        assertValue("The war has lasted three years.", "three years", Timex.Type.DURATION, "P3Y");
        assertValue("A 48-hour ceasefire began.", "48-hour", Timex.Type.DURATION, "PT48H");
        assertValue("The committee meets every week.", "every week", Timex.Type.SET, "P1W");
        assertValue("The newspaper appears daily.", "daily", Timex.Type.SET, "P1D");
        assertValue("The strike began at 6 a.m. local time.", "6 a.m. local time", Timex.Type.TIME, "2025-08-07T06:00");
    }

    @Test
    void anAgeIsNotADuration() {
        assertThat(tagger.tag("A 6-year-old boy was rescued.", REF)).isEmpty();
    }

    @Test
    void russianExpressions() {
        assertValue("Встреча состоялась в четверг.", "четверг", Timex.Type.DATE, "2025-08-07");
        assertValue("Переговоры пройдут на следующей неделе.", "следующей неделе", Timex.Type.DATE, "2025-W33");
        assertValue("Об этом сообщили 7 августа.", "7 августа", Timex.Type.DATE, "2025-08-07");
        assertValue("Президенты встречались в 2021 году.", "2021 году", Timex.Type.DATE, "2021");
        assertValue("Лидеры встретятся в ближайшие дни.", "в ближайшие дни", Timex.Type.DATE, "FUTURE_REF");
        assertValue("Вчера в Москве прошли переговоры.", "Вчера", Timex.Type.DATE, "2025-08-06");
        assertValue("Обмен пленными прошёл три дня назад.", "три дня назад", Timex.Type.DATE, "2025-08-04");
        assertValue("Соглашение действует три года.", "три года", Timex.Type.DURATION, "P3Y");
        assertValue("Сделку подписали в марте.", "марте", Timex.Type.DATE, "2025-03");
    }

    @Test
    void russianRelativeYearsPartsOfMonthsNightsWeekendsAndDaysAhead() {
        assertValue("В прошлом году компания потеряла деньги.", "прошлом году", Timex.Type.DATE, "2024");
        assertValue("В прошлом такие решения принимались быстрее.", "В прошлом", Timex.Type.DATE, "PAST_REF");
        assertValue("Через две недели начнется сезон.", "две недели", Timex.Type.DATE, "2025-W34");
        assertValue("В начале следующего года цены вырастут.", "начале следующего года", Timex.Type.DATE, "2026");
        assertValue("В конце октября начнутся дожди.", "конце октября", Timex.Type.DATE, "2025-10");
        assertValue("В ночь на вторник беспилотники атаковали город.", "ночь на вторник", Timex.Type.DATE, "2025-08-05");
        assertValue("В минувшие выходные прошли протесты.", "минувшие выходные", Timex.Type.DATE, "2025-W31-WE");
        // a past verb after the subject puts the month behind the reference, as in English
        assertValue("В декабре компания купила завод.", "декабре", Timex.Type.DATE, "2024-12");
        assertValue("В декабре компания откроет завод.", "декабре", Timex.Type.DATE, "2025-12");
        // a future verb right before a month already gone this year puts it into the next
        assertValue("Выборы губернатора пройдут в мае.", "мае", Timex.Type.DATE, "2026-05");
    }

    @Test
    void offsetsAreJavaCharOffsets() {
        String text = "Économie — « les prix » ont baissé. On Thursday, prices fell.";
        Timex t = only(text, "Thursday");
        assertThat(t.start()).isEqualTo(text.indexOf("Thursday"));
        assertThat(t.end()).isEqualTo(text.indexOf("Thursday") + "Thursday".length());
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertThat(tagger.tag("Prices May rise, and they may fall.", REF)).isEmpty();
        assertValue("Elections are due in May.", "May", Timex.Type.DATE, "2025-05");
    }
}
