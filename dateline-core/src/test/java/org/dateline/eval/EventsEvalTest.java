package org.dateline.eval;

import org.dateline.analyze.event.EventFrame;
import org.dateline.analyze.event.EventFrame.Place.Role;
import org.dateline.analyze.event.EventStatus;
import org.dateline.analyze.event.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EventsEvalTest {

    private static EventFrame frame(EventType type, EventStatus status, List<String> participants, List<String> places, String time) {
        return new EventFrame(type, status,
                participants.stream().map(n -> new EventFrame.Participant(null, n, 1)).toList(),
                places.stream().map(n -> new EventFrame.Place(null, n, Role.AT, null)).toList(),
                null, time, null, List.of(), List.of());
    }

    private static EventsEval.GoldFrame gold(EventType type, EventStatus status, List<String> participants, List<String> places, String time) {
        return new EventsEval.GoldFrame(type, status, participants, places, time);
    }

    @Test
    void matchesSameTypeFramesByParticipantOverlapAndCountsByHand() {
        List<EventsEval.GoldFrame> gold = List.of(
                gold(EventType.MEETING, EventStatus.PLANNED, List.of("Elena Varga", "Tomas Heller"), List.of("Vienna"), "2025-04"),
                gold(EventType.MEETING, EventStatus.HAPPENED, List.of("Anna Lindqvist", "Jonas Berg"), List.of("Stockholm"), "2025-09-25"),
                gold(EventType.ARREST, EventStatus.HAPPENED, List.of("Henri Dubois"), List.of("Lyon"), null),
                gold(EventType.DISASTER, EventStatus.HAPPENED, List.of(), List.of("Peru"), "2025-07-21"));
        List<EventFrame> predicted = List.of(
                // listed first, but shares participants with the second gold meeting: must be matched to it
                frame(EventType.MEETING, EventStatus.HAPPENED, List.of("Lindqvist", "Marco Benedetti"), List.of("Stockholm"), "2025-09-25"),
                frame(EventType.MEETING, EventStatus.AGREED, List.of("Varga"), List.of("Vienna", "Budapest"), "2025-04"),
                frame(EventType.ARREST, EventStatus.HAPPENED, List.of("Dubois"), List.of(), null),
                frame(EventType.ATTACK, EventStatus.HAPPENED, List.of(), List.of("Lyon"), null));

        EventsEval.Result r = EventsEval.score(gold, predicted, List.of());
        EventsEval.Counts c = r.counts();

        assertThat(c.gold()).isEqualTo(4);
        assertThat(c.predicted()).isEqualTo(4);
        assertThat(c.matched()).isEqualTo(3);                 // two meetings and the arrest; the disaster missed, the attack spurious
        assertThat(c.frames().f1()).isCloseTo(0.75, within(1e-9));
        assertThat(c.statusAccuracy()).isCloseTo(2.0 / 3, within(1e-9)); // AGREED ≠ PLANNED
        // participants: Varga, Lindqvist, Dubois right; predicted 2+1+1 = 4, gold 2+2+1 = 5
        assertThat(c.participantsCorrect()).isEqualTo(3);
        assertThat(c.participantsPredicted()).isEqualTo(4);
        assertThat(c.participantsGold()).isEqualTo(5);
        assertThat(c.participants().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(c.participants().recall()).isCloseTo(0.6, within(1e-9));
        // places: Vienna, Stockholm right; predicted 2+1+0 = 3, gold 1+1+1 = 3
        assertThat(c.placesCorrect()).isEqualTo(2);
        assertThat(c.places().f1()).isCloseTo(2.0 / 3, within(1e-9));
        // times: both meetings have gold times and are right; the arrest has none
        assertThat(c.timed()).isEqualTo(2);
        assertThat(c.timeAccuracy()).isEqualTo(1.0);
        assertThat(r.missed()).singleElement().asString().startsWith("DISASTER");
        assertThat(r.spurious()).singleElement().asString().startsWith("ATTACK");
        assertThat(r.differing()).hasSize(3);
    }

    @Test
    void eachFrameAndNameIsMatchedOnce() {
        List<EventsEval.GoldFrame> gold = List.of(
                gold(EventType.STATEMENT, EventStatus.HAPPENED, List.of("Clara Ruiz"), List.of(), "2025-04-01"));
        List<EventFrame> predicted = List.of(
                frame(EventType.STATEMENT, EventStatus.HAPPENED, List.of("Ruiz", "Clara Ruiz"), List.of(), "2025-04-02"),
                frame(EventType.STATEMENT, EventStatus.HAPPENED, List.of("Clara Ruiz"), List.of(), null));

        EventsEval.Counts c = EventsEval.score(gold, predicted, List.of()).counts();

        assertThat(c.matched()).isEqualTo(1);
        assertThat(c.frames().precision()).isEqualTo(0.5);
        assertThat(c.frames().recall()).isEqualTo(1.0);
        assertThat(c.participantsCorrect()).isEqualTo(1);        // one gold name, two predicted that both fit it
        assertThat(c.participantsPredicted()).isEqualTo(2);
        assertThat(c.timeAccuracy()).isZero();
    }

    @Test
    void aPartOfTheGoldDayIsThatDay() {
        assertThat(EventsEval.calendarDay("2025-09-10TMO", "2025-09-10")).isEqualTo("2025-09-10");
        assertThat(EventsEval.calendarDay("2025-09-10T14:00", "2025-09-10")).isEqualTo("2025-09-10");
        assertThat(EventsEval.calendarDay("2025-09-11TMO", "2025-09-10")).isEqualTo("2025-09-11TMO");
        // a gold part of the day still asks for it
        assertThat(EventsEval.calendarDay("2025-09-10", "2025-09-10TNI")).isEqualTo("2025-09-10");
    }

    @Test
    void countsAddUp() {
        EventsEval.Counts a = new EventsEval.Counts(1, 2, 1, 1, 1, 2, 1, 0, 1, 1, 1, 0);
        EventsEval.Counts b = new EventsEval.Counts(2, 1, 1, 0, 2, 2, 3, 1, 1, 1, 1, 1);
        EventsEval.Counts s = a.plus(b);
        assertThat(s).isEqualTo(new EventsEval.Counts(3, 3, 2, 1, 3, 4, 4, 1, 2, 2, 2, 1));
        assertThat(s.statusAccuracy()).isEqualTo(0.5);
        assertThat(s.timeAccuracy()).isEqualTo(0.5);
    }

    @Test
    void namesMatchByLastTokenOrCanonicalKey() {
        assertThat(EventsEval.sameName("Vladimir Putin", "Putin")).isTrue();
        assertThat(EventsEval.sameName("Putin", "Vladimir Putin")).isTrue();
        assertThat(EventsEval.sameName("ROSTOV-ON-DON", "Rostov-on-Don")).isTrue();
        assertThat(EventsEval.sameName("Дональд Трамп", "Трампом")).isTrue();   // Russian case form, by name key
        assertThat(EventsEval.sameName("Vladimir Putin", "Vladimir Zelensky")).isFalse();
        assertThat(EventsEval.sameName("Vienna", "Budapest")).isFalse();
    }
}
