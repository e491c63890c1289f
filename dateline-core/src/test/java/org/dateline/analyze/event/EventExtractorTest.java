package org.dateline.analyze.event;

import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityLinker;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.time.TemporalTagger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventExtractorTest {

    private static List<EventFrame> frames(String text, LocalDate published, Object... typeAndName) {
        return frames("en", text, published, typeAndName);
    }

    private static List<EventFrame> ru(String text, LocalDate published, Object... typeAndName) {
        return frames("ru", text, published, typeAndName);
    }

    private static List<EventFrame> frames(String language, String text, LocalDate published, Object... typeAndName) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < typeAndName.length; i += 2) {
            String name = (String) typeAndName[i + 1];
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                if (mentions.stream().noneMatch(m -> m.start() <= start && m.end() >= start + name.length())) {
                    mentions.add(new Mention((EntityType) typeAndName[i], at, at + name.length(), name));
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        List<DocumentEntity> entities = new EntityLinker().link(text, mentions);
        return new EventExtractor().extract(text, language, entities, new TemporalTagger().tag(text, published), published);
    }

    @Test
    void aRussianAttackHitsThePlaceItNamesAndAPartOfACountryIsThatCountry() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        assertThat(ru("В ночь на вторник беспилотники атаковали Брянск.", wednesday, EntityType.LOCATION, "Брянск"))
                .singleElement().satisfies(f -> {
                    assertThat(f.type()).isEqualTo(EventType.ATTACK);
                    assertThat(f.places()).extracting(EventFrame.Place::name).containsExactly("Брянск");
                    assertThat(f.time()).isEqualTo("2025-11-11");
                });
        assertThat(ru("Землетрясение произошло на востоке Турции в понедельник.", wednesday, EntityType.LOCATION, "Турции"))
                .singleElement().satisfies(f -> assertThat(f.places()).hasSize(1));
    }

    @Test
    void aVisitIsWhereItGoes() {
        assertThat(frames("The visit of Chinese leader Xi Jinping to Moscow was cancelled.", LocalDate.of(2025, 11, 12),
                EntityType.PERSON, "Xi Jinping", EntityType.LOCATION, "Moscow")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(f.places()).extracting(EventFrame.Place::name).containsExactly("Moscow");
        });
    }

    @Test
    void anEventDatedAfterTheReportIsPlannedUnlessHedged() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        assertThat(frames("Voters in Chile go to the polls on Sunday to elect a new president.", wednesday,
                EntityType.LOCATION, "Chile")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventType.ELECTION);
            assertThat(f.time()).isEqualTo("2025-11-16");
            assertThat(f.status()).isEqualTo(EventStatus.PLANNED);
        });
        assertThat(frames("Voters in Chile could go to the polls on Sunday to elect a new president.", wednesday,
                EntityType.LOCATION, "Chile")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(EventStatus.UNKNOWN));
    }

    @Test
    void anAgreedMeetingKeepsParticipantsVenueAndSuggestion() {
        String text = "Northland and Southland have agreed to hold a meeting between presidents Ada Stone and Ben Rook "
                + "in the coming days, an aide said on Monday.\n\n"
                + "Aide Carl Wynn said that Stone and Rook will meet next week. The venue has been agreed upon and will be announced later.\n\n"
                + "Stone suggested that the summit may take place in Eastport.";
        List<EventFrame> frames = frames(text, LocalDate.of(2025, 3, 3),
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.PERSON, "Carl Wynn",
                EntityType.PERSON, "Stone", EntityType.PERSON, "Rook", EntityType.LOCATION, "Eastport",
                EntityType.LOCATION, "Northland", EntityType.LOCATION, "Southland");
        EventFrame meeting = frames.get(0);
        assertThat(meeting.type()).isEqualTo(EventType.MEETING);
        assertThat(meeting.status()).isEqualTo(EventStatus.AGREED);
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactly("Ada Stone", "Ben Rook");
        assertThat(meeting.venue()).isEqualTo("agreed, not announced yet");
        assertThat(meeting.places()).extracting(EventFrame.Place::name, EventFrame.Place::role, EventFrame.Place::suggestedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Eastport", EventFrame.Place.Role.SUGGESTED, "Ada Stone"));
        assertThat(meeting.time()).isEqualTo("FUTURE_REF");
    }

    @Test
    void aMeetingSomeoneSpokeAtTookPlaceAndIsNotTheTalksThatFailed() {
        String text = "Chief executive Lars Vinter said talks on a rescue investment from Nordvale Capital had collapsed last week. "
                + "\"We have run out of runway,\" Vinter told employees at a meeting in Saltmere.";
        List<EventFrame> frames = frames(text, LocalDate.of(2026, 3, 31), EntityType.PERSON, "Lars Vinter",
                EntityType.ORGANIZATION, "Nordvale Capital", EntityType.LOCATION, "Saltmere");
        EventFrame talks = frames.stream().filter(f -> f.status() == EventStatus.CANCELLED).findFirst().orElseThrow();
        // the failed talks were not held in Saltmere: that is where the staff meeting was
        assertThat(talks.places()).isEmpty();
        assertThat(frames).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(EventType.MEETING);
            assertThat(f.status()).isEqualTo(EventStatus.HAPPENED);
            assertThat(f.places()).extracting(EventFrame.Place::name).containsExactly("Saltmere");
            // who spoke at the meeting was at it
            assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Lars Vinter");
        });
        // but not who reported the talks
        assertThat(talks.participants()).extracting(EventFrame.Participant::name).doesNotContain("Lars Vinter");
        List<EventFrame> ru = ru("Глава компании Ларс Винтер заявил на встрече с сотрудниками в Солтмире, что денег больше нет.",
                LocalDate.of(2026, 3, 31), EntityType.PERSON, "Ларс Винтер", EntityType.LOCATION, "Солтмире");
        assertThat(only(ru, EventType.MEETING).status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(only(ru, EventType.MEETING).participants()).extracting(EventFrame.Participant::name).containsExactly("Ларс Винтер");
        // the name after the verb
        EventFrame after = only(ru("Об этом заявил Ларс Винтер на встрече с сотрудниками в Солтмире.", LocalDate.of(2026, 3, 31),
                EntityType.PERSON, "Ларс Винтер", EntityType.LOCATION, "Солтмире"), EventType.MEETING);
        assertThat(after.participants()).extracting(EventFrame.Participant::name).containsExactly("Ларс Винтер");
    }

    @Test
    void aDateBeforeASubordinateClauseDoesNotTimeItsEvent() {
        String text = "The airline stopped all flights on Tuesday after a rescue deal with investor Nordvale Capital fell through.";
        EventFrame deal = frames(text, LocalDate.of(2026, 3, 31), EntityType.ORGANIZATION, "Nordvale Capital").stream()
                .filter(f -> f.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertThat(deal.time()).isNull();
        String meeting = "The ministers met on Tuesday to discuss the rail link.";
        assertThat(frames(meeting, LocalDate.of(2026, 3, 31)).get(0).time()).isEqualTo("2026-03-31");
    }

    @Test
    void oneDayAtTwoPrecisionsIsOneEventInAStory() {
        LocalDate thursday = LocalDate.of(2026, 3, 26);
        EventFrame evening = frames("A magnitude 4.9 earthquake struck Port Ardent on Wednesday evening.", thursday,
                EntityType.LOCATION, "Port Ardent").get(0);
        EventFrame day = frames("The earthquake struck on Wednesday, seismologists said.", thursday).get(0);
        EventFrame friday = frames("Another earthquake struck on Friday.", LocalDate.of(2026, 3, 28)).get(0);
        assertThat(evening.time()).isEqualTo("2026-03-25TEV");
        assertThat(day.time()).isEqualTo("2026-03-25");
        assertThat(EventExtractor.sameEventInStory(evening, day)).isTrue();
        assertThat(EventExtractor.sameEventInStory(day, friday)).isFalse();
    }

    @Test
    void aBodysSittingIsAMeetingAndALetterFiledIsNoStatement() {
        LocalDate monday = LocalDate.of(2026, 3, 30);
        List<EventFrame> sitting = ru("Дума соберётся на внеочередное заседание 2 апреля.", monday,
                EntityType.ORGANIZATION, "Дума");
        assertThat(sitting).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventType.MEETING);
            assertThat(f.status()).isEqualTo(EventStatus.PLANNED);
            assertThat(f.time()).isEqualTo("2026-04-02");
        });
        assertThat(ru("Дума рассмотрит его заявление 2 апреля. Мэр подал заявление об отставке.", monday,
                EntityType.ORGANIZATION, "Дума")).noneMatch(f -> f.type() == EventType.STATEMENT);
        assertThat(ru("Глава города Павел Ломакин в понедельник положил на стол заявление об отставке.", monday,
                EntityType.PERSON, "Павел Ломакин")).noneMatch(f -> f.type() == EventType.STATEMENT);
        assertThat(ru("Министр выступил в среду с заявлением об уходе.", monday))
                .anyMatch(f -> f.type() == EventType.STATEMENT);
    }

    @Test
    void signingUpIsNoAgreement() {
        String text = "Registration for the Orvik half-marathon opened on Sunday and more than 2,000 runners signed up in six hours.";
        assertThat(frames(text, LocalDate.of(2026, 3, 29), EntityType.LOCATION, "Orvik")).noneMatch(f -> f.type() == EventType.AGREEMENT);
        String signed = "The two ministers signed the memorandum in Saltmere on Monday.";
        assertThat(frames(signed, LocalDate.of(2026, 3, 16), EntityType.LOCATION, "Saltmere"))
                .anyMatch(f -> f.type() == EventType.AGREEMENT);
    }

    @Test
    void twoArrestsOfDifferentPeopleStayApart() {
        String text = "Police arrested Dan Kerr in Lakeside on Friday. In a separate case, officers detained Eva Moll in Hillview.";
        List<EventFrame> frames = frames(text, LocalDate.of(2025, 3, 8),
                EntityType.PERSON, "Dan Kerr", EntityType.PERSON, "Eva Moll",
                EntityType.LOCATION, "Lakeside", EntityType.LOCATION, "Hillview");
        assertThat(frames).filteredOn(f -> f.type() == EventType.ARREST).hasSize(2);
        EventFrame first = frames.get(0);
        assertThat(first.participants()).extracting(EventFrame.Participant::name).containsExactly("Dan Kerr");
        assertThat(first.places()).extracting(EventFrame.Place::name).containsExactly("Lakeside");
        assertThat(first.time()).isEqualTo("2025-03-07");
        assertThat(first.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void aPronounSubjectTakesThePeopleAndPlaceOfTheSentenceBefore() {
        String text = "Trade ministers Mira Kell and Otto Brand arrived in Eastport on Tuesday. They met on Wednesday to discuss steel.";
        List<EventFrame> frames = frames(text, WED,
                EntityType.PERSON, "Mira Kell", EntityType.PERSON, "Otto Brand", EntityType.LOCATION, "Eastport");

        EventFrame meeting = frames.stream().filter(f -> f.type() == EventType.MEETING).findFirst().orElseThrow();
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactly("Mira Kell", "Otto Brand");
        assertThat(meeting.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
        assertThat(meeting.time()).isEqualTo("2025-03-05");
    }

    @Test
    void aWorkingMeetingHeldIsAMeetingThatHappenedOnTheDayTheSentenceOpensWith() {
        // the date opens the sentence, far before the trigger; whose resignation dates the day is not at the meeting
        String text = "Во вторник, на следующий день после отставки Павла Ломакина, временно исполняющая обязанности "
                + "мэра Нарвска Наталья Гусева провела первое совещание с руководителями департаментов.";
        List<EventFrame> frames = ru(text, LocalDate.of(2026, 3, 31), EntityType.PERSON, "Павла Ломакина",
                EntityType.PERSON, "Наталья Гусева", EntityType.LOCATION, "Нарвска");
        assertThat(frames).hasSize(1);
        EventFrame meeting = frames.get(0);
        assertThat(meeting.type()).isEqualTo(EventType.MEETING);
        assertThat(meeting.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(meeting.time()).isEqualTo("2026-03-31");
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactly("Наталья Гусева");
    }

    @Test
    void aBoardsVoteOnADecisionIsNoElection() {
        String text = "The decision was taken by a 5-2 vote of the bank's board, Governor Sofia Brandt told a news conference "
                + "in Orvik. Two of the seven board members voted to keep rates unchanged.";
        assertThat(frames(text, LocalDate.of(2026, 3, 18), EntityType.PERSON, "Sofia Brandt", EntityType.LOCATION, "Orvik"))
                .extracting(EventFrame::type).doesNotContain(EventType.ELECTION);
        String election = "Voters in Orvik voted on Sunday in a local election.";
        assertThat(frames(election, LocalDate.of(2026, 3, 18), EntityType.LOCATION, "Orvik"))
                .extracting(EventFrame::type).containsExactly(EventType.ELECTION);
        // a vote where nothing speaks of an election is none: an audience's favourite, a show's elimination
        String favourite = "This year, for the very first time, visitors to the Orvik festival can vote for their favourite "
                + "light artwork. The singer Lena Holm was voted off the dance competition on Monday.";
        assertThat(frames(favourite, LocalDate.of(2026, 3, 18), EntityType.LOCATION, "Orvik", EntityType.PERSON, "Lena Holm"))
                .extracting(EventFrame::type).doesNotContain(EventType.ELECTION);
        String polls = "Voters in Orvik went to the polls on Sunday to vote for a new mayor.";
        assertThat(frames(polls, LocalDate.of(2026, 3, 18), EntityType.LOCATION, "Orvik"))
                .extracting(EventFrame::type).containsExactly(EventType.ELECTION);
    }

    @Test
    void theMeetingAfterWhichSomeoneSpokeIsNotWhatTheReportIsAbout() {
        String text = "«Я ухожу», — заявил Ломакин журналистам после совещания в мэрии. "
                + "Внеочередное заседание городской думы назначено на 2 апреля.";
        List<EventFrame> frames = ru(text, LocalDate.of(2026, 3, 30), EntityType.PERSON, "Ломакин");
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).triggers()).containsExactly("заседание");
        assertThat(frames.get(0).participants()).isEmpty();
        assertThat(frames.get(0).status()).isEqualTo(EventStatus.PLANNED);
        // what the headline is about stays an event
        String theft = "Police Release CCTV Images After Theft of Charts From Orvik Museum";
        assertThat(frames(theft, LocalDate.of(2026, 3, 30), EntityType.LOCATION, "Orvik"))
                .extracting(EventFrame::type).containsExactly(EventType.THEFT);
    }

    @Test
    void aGatheringInWhatWasSaidIsNotOneTheSpeakerSpokeAt() {
        // "заявил, что на заседании …": the session is what the chairman spoke of, two days ahead, not where he spoke
        EventFrame session = only(ru("Председатель городской думы Виктор Ерохин заявил, что на заседании 2 апреля депутаты "
                + "примут отставку мэра.", LocalDate.of(2026, 3, 31), EntityType.PERSON, "Виктор Ерохин"), EventType.MEETING);
        assertThat(session.status()).isNotEqualTo(EventStatus.HAPPENED);
        assertThat(session.time()).isEqualTo("2026-04-02");
        assertThat(session.participants()).isEmpty();
        // speaking at one still tells it took place
        EventFrame briefing = only(ru("Виктор Ерохин заявил на заседании думы, что отставка принята.", LocalDate.of(2026, 3, 31),
                EntityType.PERSON, "Виктор Ерохин"), EventType.MEETING);
        assertThat(briefing.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void theObjectOfAnInvitationIsNoPronounSubjectAndItsTalksArePlanned() {
        // told on a Wednesday: the talks "both sides" are invited to lie ahead, and the chief executive named in the
        // sentence before is not who "both" stands for
        String text = "Lusoterminal's chief executive Henrique Baptista said the offer remains on the table. "
                + "On Tuesday evening the Labour Ministry said it had invited both sides to mediated talks on Friday afternoon.";
        EventFrame talks = only(frames(text, WED, EntityType.PERSON, "Henrique Baptista", EntityType.ORGANIZATION, "Lusoterminal",
                EntityType.ORGANIZATION, "Labour Ministry"), EventType.MEETING);
        assertThat(talks.participants()).extracting(EventFrame.Participant::name).doesNotContain("Henrique Baptista");
        assertThat(talks.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(talks.time()).isEqualTo("2025-03-07TAF");
    }

    @Test
    void aRussianPronounSubjectTakesThePeopleOfTheSentenceBefore() {
        String text = "Бывший директор Аркадий Белов и его заместитель Семён Крылов подозреваются в растрате. "
                + "Во вторник они были задержаны в аэропорту Самары.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Аркадий Белов", EntityType.PERSON, "Семён Крылов",
                EntityType.LOCATION, "Самары");

        EventFrame arrest = frames.stream().filter(f -> f.type() == EventType.ARREST).findFirst().orElseThrow();
        assertThat(arrest.participants()).extracting(EventFrame.Participant::name).containsExactly("Аркадий Белов", "Семён Крылов");
        assertThat(arrest.places()).extracting(EventFrame.Place::name).containsExactly("Самары");
    }

    @Test
    void aClaimTheTextLaterDeniesIsNoEvent() {
        String text = "A report had claimed that minister Omar Hadd met commander Felix Ort in Eastport last month. "
                + "Hadd's office denied the report on Tuesday.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Omar Hadd", EntityType.PERSON, "Felix Ort",
                EntityType.LOCATION, "Eastport");
        assertThat(frames).noneMatch(f -> f.type() == EventType.MEETING);

        // the same claim left standing is reported, as what it is
        List<EventFrame> undenied = frames("A report had claimed that minister Omar Hadd met commander Felix Ort in Eastport last month.",
                WED, EntityType.PERSON, "Omar Hadd", EntityType.PERSON, "Felix Ort", EntityType.LOCATION, "Eastport");
        assertThat(undenied).anyMatch(f -> f.type() == EventType.MEETING);
    }

    @Test
    void thereIsThePlaceTheSentenceBeforeSentSomeoneTo() {
        String text = "Prime ministers Lea Minh and Jon Feld will travel to Eastport next week. "
                + "They are to sign a fishing agreement there on Tuesday.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Lea Minh", EntityType.PERSON, "Jon Feld",
                EntityType.LOCATION, "Eastport");
        EventFrame deal = frames.stream().filter(f -> f.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertThat(deal.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
    }

    @Test
    void aPlaceInAnotherClauseOrWherePeopleAreIsNotTheEventsPlace() {
        EventFrame summit = only(frames("The summit of Ada Stone and Ben Rook would be their first meeting since 2021, "
                        + "when Stone met Carl Wynn in Northhaven.", WED, EntityType.PERSON, "Ada Stone", EntityType.PERSON,
                "Ben Rook", EntityType.PERSON, "Carl Wynn", EntityType.LOCATION, "Northhaven"), EventType.MEETING);
        assertThat(summit.places()).isEmpty();
        EventFrame talks = only(frames("Officials in Eastport were less upbeat about a meeting of Ada Stone and Ben Rook soon.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(talks.places()).isEmpty();
        EventFrame quake = only(frames("A strong earthquake struck Eastport on Friday. Six of the\ninjured were still in serious "
                + "condition at Northhaven General Hospital.", WED, EntityType.LOCATION, "Eastport", EntityType.LOCATION,
                "Northhaven General Hospital"), EventType.DISASTER);
        assertThat(quake.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
        // in the clause of the trigger a place still counts
        EventFrame met = only(frames("Ada Stone met Ben Rook in Eastport, when the talks resumed.", WED, EntityType.PERSON,
                "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(met.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
    }

    @Test
    void talksOrADealThatCollapsedAreCancelledButACollapsedTowerIsNot() {
        EventFrame deal = only(frames("Ada Stone said a rescue deal with Nordvale Capital had collapsed last week.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.ORGANIZATION, "Nordvale Capital"), EventType.AGREEMENT);
        assertThat(deal.status()).isEqualTo(EventStatus.CANCELLED);
        EventFrame quake = only(frames("A strong earthquake struck Eastport on Tuesday and the bell tower collapsed.", WED,
                EntityType.LOCATION, "Eastport"), EventType.DISASTER);
        assertThat(quake.status()).isEqualTo(EventStatus.HAPPENED);
        // the failure of talks, and who blames it is no party to them
        EventFrame talks = only(frames("Chief executive Ada Stone blamed the collapse on fuel costs and the failure of last-minute "
                + "talks with Ben Rook.", WED, EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook"), EventType.MEETING);
        assertThat(talks.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(talks.participants()).extracting(EventFrame.Participant::name).containsExactly("Ben Rook");
        // a body takes part in talks held with it, and in no other meeting
        List<EventFrame> meetings = frames("Ada Stone blamed the failure of talks with the investment fund Nordvale Capital. "
                + "Officials of Eastport Holdings met Ben Rook on Monday.", WED, EntityType.PERSON, "Ada Stone",
                EntityType.ORGANIZATION, "Nordvale Capital", EntityType.ORGANIZATION, "Eastport Holdings", EntityType.PERSON, "Ben Rook");
        assertThat(meetings).filteredOn(f -> f.status() == EventStatus.CANCELLED).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Nordvale Capital"));
        assertThat(meetings).filteredOn(f -> f.status() == EventStatus.HAPPENED).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Ben Rook"));
        assertThat(only(ru("Срыв переговоров с Ильёй Соколовым в Екатеринбурге подтвердили в мэрии.", WED,
                EntityType.PERSON, "Ильёй Соколовым", EntityType.LOCATION, "Екатеринбурге"), EventType.MEETING).status())
                .isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void aWorkersStrikeOrAShotOnGoalIsNoAttack() {
        String strike = "About 1,200 dockworkers walked off the job on Tuesday, starting a 48-hour strike, the union said. "
                + "The strike is due to end at 6 a.m. on Thursday.";
        assertThat(frames(strike, WED)).noneMatch(f -> f.type() == EventType.ATTACK);
        assertThat(frames("Rovers had taken the lead through a long-range strike by Nuno Salgado just before half-time.", WED,
                EntityType.PERSON, "Nuno Salgado")).noneMatch(f -> f.type() == EventType.ATTACK);
        // a strike of weapons stays one
        assertThat(frames("A missile strike hit a depot outside Eastport on Tuesday, officials said.", WED,
                EntityType.LOCATION, "Eastport")).anyMatch(f -> f.type() == EventType.ATTACK);
    }

    @Test
    void whoSentTheEnvoyOrReportsTheMeetingIsNotInIt() {
        EventFrame envoy = only(frames("Stone's special envoy Carl Wynn met Ben Rook in Eastport.", WED, EntityType.PERSON, "Ada Stone",
                EntityType.PERSON, "Carl Wynn", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(envoy.participants()).extracting(EventFrame.Participant::name).containsExactlyInAnyOrder("Carl Wynn", "Ben Rook");
        EventFrame reported = only(frames("Ada Stone posted that Carl Wynn had a productive meeting with Ben Rook.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Carl Wynn", EntityType.PERSON, "Ben Rook"), EventType.MEETING);
        assertThat(reported.participants()).extracting(EventFrame.Participant::name).containsExactlyInAnyOrder("Carl Wynn", "Ben Rook");
    }

    @Test
    void aMeetingDatedByAYearAloneIsHistoryNotTheStorysEvent() {
        EventFrame helsinki = new EventFrame(EventType.MEETING, EventStatus.HAPPENED, List.of(), List.of(), null, "2018", "2018",
                List.of("meeting"), List.of("the meeting in Helsinki in 2018"));
        EventFrame moscow = new EventFrame(EventType.MEETING, EventStatus.HAPPENED, List.of(), List.of(), null, null, null,
                List.of("meeting"), List.of("had a productive meeting in Moscow"));
        EventFrame wednesday = new EventFrame(EventType.MEETING, EventStatus.HAPPENED, List.of(), List.of(), null, "2025-08-06",
                "Wednesday", List.of("meeting"), List.of("met on Wednesday"));
        assertThat(EventExtractor.sameEventInStory(helsinki, moscow)).isFalse();
        assertThat(EventExtractor.sameEventInStory(wednesday, moscow)).isTrue();
    }

    @Test
    void anAgreementSignedAtTheMeetingHappenedWhenAndWhereTheMeetingDid() {
        String text = "Prime ministers Lea Minh and Jon Feld met in Eastport on Tuesday. "
                + "At the meeting they signed an agreement on joint coastal patrols.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Lea Minh", EntityType.PERSON, "Jon Feld",
                EntityType.LOCATION, "Eastport");
        EventFrame meeting = only(frames, EventType.MEETING);
        EventFrame deal = only(frames, EventType.AGREEMENT);
        assertThat(meeting.time()).isNotNull();
        assertThat(deal.time()).isEqualTo(meeting.time());
        assertThat(deal.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
    }

    @Test
    void aVenueOfferedInASentenceOfItsOwnJoinsTheMeetingReadBefore() {
        String text = "Presidents Ada Stone and Ben Rook have agreed to meet in the coming days, aides said. "
                + "Earlier, Rook suggested Northhaven as a possible location.";
        EventFrame meeting = only(frames(text, WED, EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook",
                EntityType.LOCATION, "Northhaven"), EventType.MEETING);
        assertThat(meeting.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Northhaven");
            assertThat(p.role()).isEqualTo(EventFrame.Place.Role.SUGGESTED);
            assertThat(p.suggestedBy()).isEqualTo("Ben Rook");
        });
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactlyInAnyOrder("Ada Stone", "Ben Rook");

        // with no meeting in the text, an offered venue is no event
        assertThat(frames("Rook suggested Northhaven as a possible location.", WED, EntityType.PERSON, "Ben Rook",
                EntityType.LOCATION, "Northhaven")).isEmpty();
    }

    @Test
    void aSubjectPronounTakesThePeopleOfTheNearestSentenceNamingAny() {
        String text = "Prime ministers Lea Minh and Jon Feld arrived in Eastport on Monday. "
                + "Heavy rain fell over the harbour all afternoon. They met on Tuesday.";
        EventFrame meeting = only(frames(text, WED, EntityType.PERSON, "Lea Minh", EntityType.PERSON, "Jon Feld",
                EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactlyInAnyOrder("Lea Minh", "Jon Feld");
        assertThat(meeting.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");

        // further back than three sentences, nobody is meant
        String far = "Prime ministers Lea Minh and Jon Feld arrived in Eastport on Monday. Heavy rain fell. The port closed. "
                + "Ferries stayed in the harbour. They met on Tuesday.";
        assertThat(frames(far, WED, EntityType.PERSON, "Lea Minh", EntityType.PERSON, "Jon Feld", EntityType.LOCATION, "Eastport"))
                .filteredOn(f -> f.type() == EventType.MEETING).allMatch(f -> f.participants().isEmpty());
    }

    @Test
    void talksSomeoneTravelsToAreWhereTheyGoAndAnAlternativeVenueIsTheSameMeeting() {
        String text = "Ada Stone could travel to Eastport next month for talks with Ben Rook, diplomats said. "
                + "A meeting might instead take place on the sidelines of the summit in Northhaven.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook",
                EntityType.LOCATION, "Eastport", EntityType.LOCATION, "Northhaven");
        EventFrame talks = only(frames, EventType.MEETING);
        assertThat(talks.places()).extracting(EventFrame.Place::name).containsExactlyInAnyOrder("Eastport", "Northhaven");

        // where the talks are held after the travel says nothing of where they go first
        EventFrame later = only(frames("Ada Stone held talks with Ben Rook before flying to Eastport.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(later.places()).isEmpty();
    }

    @Test
    void aSigningPeopleAreToMakeIsPlanned() {
        String text = "Prime ministers Lea Minh and Jon Feld are to sign a fishing agreement in Eastport on Friday.";
        List<EventFrame> frames = frames(text, WED, EntityType.PERSON, "Lea Minh", EntityType.PERSON, "Jon Feld",
                EntityType.LOCATION, "Eastport");
        assertThat(frames).filteredOn(f -> f.type() == EventType.AGREEMENT).singleElement()
                .extracting(EventFrame::status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void reportsOfOneStoryNamingThePlaceDifferentlyReportOneEventButAnEarlierOneStaysApart() {
        EventFrame town = disaster("e-karvela", "Karvela", "2026-03-13");
        EventFrame region = disaster("e-serran", "Serran Highlands", "2026-03-13");
        EventFrame undated = disaster("e-valmara", "Valmara", null);
        EventFrame earlier = disaster("e-serran", "Serran Highlands", "1957");

        assertThat(EventExtractor.sameEvent(town, region)).isFalse();
        assertThat(EventExtractor.sameEventInStory(town, region)).isTrue();
        assertThat(EventExtractor.sameEventInStory(town, undated)).isTrue();
        assertThat(EventExtractor.sameEventInStory(region, earlier)).isFalse();
    }

    @Test
    void whereAnEarlierEventLastStruckIsBackground() {
        String text = "Karvela, a town of about 14,000 people, was last hit by a damaging quake in 1957.";
        assertThat(frames(text, WED, EntityType.LOCATION, "Karvela")).noneMatch(f -> f.type() == EventType.DISASTER);
    }

    @Test
    void peopleOfAnotherClauseTakeNoPartInTheEvent() {
        String text = "Ada Stone met Ben Rook in Eastport on Monday, when Carl Wynn was visiting Southland.";
        List<EventFrame> frames = frames(text, LocalDate.of(2025, 3, 4), EntityType.PERSON, "Ada Stone",
                EntityType.PERSON, "Ben Rook", EntityType.PERSON, "Carl Wynn", EntityType.LOCATION, "Eastport",
                EntityType.LOCATION, "Southland");
        EventFrame meeting = frames.stream().filter(f -> f.type() == EventType.MEETING).findFirst().orElseThrow();
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactly("Ada Stone", "Ben Rook");
        assertThat(meeting.places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
    }

    @Test
    void electionsACoalitionFacesArePlanned() {
        EventFrame vote = only(frames("Finance Minister Petra Lunde, whose coalition faces local elections in the autumn, "
                + "was cautious.", LocalDate.of(2026, 3, 18), EntityType.PERSON, "Petra Lunde"), EventType.ELECTION);
        assertThat(vote.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(vote.time()).isEqualTo("2026-FA");
    }

    @Test
    void aShipAgroundOrATrainDerailedIsADisasterButFallingSharesAreNot() {
        EventFrame aground = only(frames("The ferry Aurelia Bay ran aground off Gozo on Friday night with 342 people aboard.",
                LocalDate.of(2026, 3, 21), EntityType.LOCATION, "Gozo"), EventType.DISASTER);
        assertThat(aground.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(aground.places()).extracting(EventFrame.Place::name).containsExactly("Gozo");
        assertThat(aground.time()).isEqualTo("2026-03-20");
        EventFrame derailed = only(ru("В пятницу у Северогорска сошёл с рельсов грузовой поезд.", LocalDate.of(2026, 3, 21),
                EntityType.LOCATION, "Северогорска"), EventType.DISASTER);
        assertThat(derailed.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(types(frames("Shares of Aeroskye sank 40% on Friday after the carrier's website crashed.",
                LocalDate.of(2026, 3, 21), EntityType.ORGANIZATION, "Aeroskye"))).doesNotContain(EventType.DISASTER);
    }

    @Test
    void aTheftHappenedWithNoOneNamedInItAndIsNotDatedByItsLootsCentury() {
        EventFrame raid = only(frames("Thieves broke into the Orvik Maritime Museum overnight and stole three 18th-century "
                + "charts by the cartographer Elias Brenner.", LocalDate.of(2026, 3, 27), EntityType.PERSON, "Elias Brenner",
                EntityType.LOCATION, "Orvik Maritime Museum"), EventType.THEFT);
        assertThat(raid.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(raid.participants()).isEmpty();
        assertThat(raid.places()).extracting(EventFrame.Place::name).containsExactly("Orvik Maritime Museum");
        assertThat(raid.time()).isNull();
        // what is said of the loot is no plan to steal it
        assertThat(only(frames("Experts said the charts stolen from the museum would be almost impossible to sell.",
                LocalDate.of(2026, 3, 28)), EventType.THEFT).status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(frames("Curators fear the charts could be stolen from the archive.", LocalDate.of(2026, 3, 28)))
                .noneMatch(f -> f.type() == EventType.THEFT && f.status() == EventStatus.HAPPENED);
        assertThat(only(ru("Из музея в Орвике украли три старинные карты.", LocalDate.of(2026, 3, 27),
                EntityType.LOCATION, "Орвике"), EventType.THEFT).status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void aFirePutOutHasBurnedAndItsFirefightersAreNoFire() {
        EventFrame fire = only(ru("Пожар на складе в Северогорске ликвидирован, сообщили в МЧС.\n\n"
                + "Сообщение о возгорании поступило около 02:30 в понедельник. К тушению привлекались 60 пожарных.",
                LocalDate.of(2026, 3, 23), EntityType.LOCATION, "Северогорске"), EventType.DISASTER);
        assertThat(fire.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(fire.time()).isEqualTo("2026-03-23");
        assertThat(fire.triggers()).contains("пожар", "возгорании").doesNotContain("пожарных");
        EventFrame blaze = only(frames("A blaze at a warehouse in Dunmore was put out on Monday.", LocalDate.of(2026, 3, 24),
                EntityType.LOCATION, "Dunmore"), EventType.DISASTER);
        assertThat(blaze.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(blaze.places()).extracting(EventFrame.Place::name).containsExactly("Dunmore");
    }

    private static EventFrame disaster(String placeId, String place, String time) {
        return new EventFrame(EventType.DISASTER, EventStatus.HAPPENED, List.of(),
                List.of(new EventFrame.Place(placeId, place, EventFrame.Place.Role.AT, null)), null, time, null,
                List.of("quake"), List.of("A quake struck."));
    }

    @Test
    void aCancelledVisitAndADisaster() {
        String text = "The visit of Ada Stone to Eastport was cancelled after the earthquake in Eastport killed 12 people.";
        List<EventFrame> frames = frames(text, LocalDate.of(2025, 3, 8),
                EntityType.PERSON, "Ada Stone", EntityType.LOCATION, "Eastport");
        assertThat(frames).extracting(EventFrame::type).contains(EventType.MEETING, EventType.DISASTER);
        assertThat(frames).allMatch(f -> f.status() == EventStatus.CANCELLED);
    }

    private static final LocalDate WED = LocalDate.of(2025, 3, 5);

    private static List<EventType> types(List<EventFrame> frames) {
        return frames.stream().map(EventFrame::type).toList();
    }

    private static EventFrame only(List<EventFrame> frames, EventType type) {
        List<EventFrame> of = frames.stream().filter(f -> f.type() == type).toList();
        assertThat(of).as("frames of %s in %s", type, frames).hasSize(1);
        return of.get(0);
    }

    @Test
    void negatedMentionsGiveNoFrame() {
        assertThat(types(frames("Governor Rosa Quill has no plans to meet the mayor Ivo Trent in Eastport, her aide said.", WED,
                EntityType.PERSON, "Rosa Quill", EntityType.PERSON, "Ivo Trent", EntityType.LOCATION, "Eastport")))
                .doesNotContain(EventType.MEETING);
        assertThat(types(frames("The talks in Eastport ended without a joint declaration.", WED,
                EntityType.LOCATION, "Eastport"))).doesNotContain(EventType.STATEMENT);
        assertThat(types(ru("Визит министра Олега Рябова в Хабаровск в этом месяце не планируется.", WED,
                EntityType.PERSON, "Олега Рябова", EntityType.LOCATION, "Хабаровск"))).isEmpty();
        assertThat(types(ru("Глава района Пётр Зимин не будет встречаться с фермерами в Казани.", WED,
                EntityType.PERSON, "Пётр Зимин", EntityType.LOCATION, "Казани"))).isEmpty();
    }

    @Test
    void notRulingOutIsNoNegationButAHedge() {
        EventFrame meeting = only(frames("Ada Stone did not rule out a meeting with Ben Rook in Eastport next month.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(meeting.status()).isEqualTo(EventStatus.UNKNOWN);
    }

    @Test
    void backgroundReferencesToEarlierEventsGiveNoFrame() {
        List<EventFrame> frames = frames("Ada Stone will meet Ben Rook in Eastport next week. "
                        + "Their last meeting, in Westford, ended in a row. It will be the first summit of the two since 2019.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport",
                EntityType.LOCATION, "Westford");
        assertThat(types(frames)).containsExactly(EventType.MEETING);
        assertThat(frames.get(0).status()).isEqualTo(EventStatus.PLANNED);
        assertThat(frames.get(0).places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
        assertThat(types(ru("Последний раз министры встречались в Казани три года назад.", WED,
                EntityType.LOCATION, "Казани"))).isEmpty();
        assertThat(types(frames("Police arrested two men in Riverton in connection with the bombing.", WED,
                EntityType.LOCATION, "Riverton"))).containsExactly(EventType.ARREST);
    }

    @Test
    void aReportingVerbIsNoStatementButAnIssuedStatementIs() {
        assertThat(types(frames("The ministry announced on Monday that the border crossing at Eastport would reopen.", WED,
                EntityType.LOCATION, "Eastport"))).doesNotContain(EventType.STATEMENT);
        EventFrame statement = only(frames("Mayor Ivo Trent said in a statement on Tuesday that the curfew would be lifted.", WED,
                EntityType.PERSON, "Ivo Trent"), EventType.STATEMENT);
        assertThat(statement.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(statement.participants()).extracting(EventFrame.Participant::name).containsExactly("Ivo Trent");
        assertThat(statement.time()).isEqualTo("2025-03-04");
        EventFrame ru = only(ru("Министр Олег Рябов выступил во вторник с заявлением о ценах на топливо.", WED,
                EntityType.PERSON, "Олег Рябов"), EventType.STATEMENT);
        assertThat(ru.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void whoIssuesAStatementTakesNoPartInWhatItSpeaksOf() {
        List<EventFrame> frames = frames("Lawyer Mara Vell issued a statement calling the arrest of her client Tom Hale unlawful.", WED,
                EntityType.PERSON, "Mara Vell", EntityType.PERSON, "Tom Hale");
        assertThat(only(frames, EventType.STATEMENT).participants()).extracting(EventFrame.Participant::name).contains("Mara Vell");
        assertThat(only(frames, EventType.ARREST).participants()).extracting(EventFrame.Participant::name).containsExactly("Tom Hale");
    }

    @Test
    void hedgedEventsHaveUnknownStatus() {
        EventFrame en = only(frames("Ada Stone could travel to Eastport next month for talks with Ben Rook, diplomats said.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(en.status()).isEqualTo(EventStatus.UNKNOWN);
        EventFrame ru = only(ru("Пресс-секретарь не исключил, что встреча Олега Рябова и Петра Зимина может состояться в Казани.", WED,
                EntityType.PERSON, "Олега Рябова", EntityType.PERSON, "Петра Зимина", EntityType.LOCATION, "Казани"), EventType.MEETING);
        assertThat(ru.status()).isEqualTo(EventStatus.UNKNOWN);
        // the month is no modal verb
        EventFrame may = only(frames("Ada Stone met Ben Rook in Eastport in May.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING);
        assertThat(may.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void anOrderedArrestIsToComeAndTheOrdererIsNotArrested() {
        EventFrame arrest = only(frames("The Eastport City Court on Tuesday ordered the arrest of the banker Carl Wynn.", WED,
                EntityType.ORGANIZATION, "Eastport City Court", EntityType.PERSON, "Carl Wynn"), EventType.ARREST);
        assertThat(arrest.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(arrest.participants()).extracting(EventFrame.Participant::name).containsExactly("Carl Wynn");
        assertThat(arrest.time()).isNull();
    }

    @Test
    void russianPerfectiveFuturesArePlanned() {
        EventFrame agreement = only(ru("Компании «Нордлес» и «Вектор» подпишут соглашение в Казани в пятницу.", WED,
                EntityType.ORGANIZATION, "Нордлес", EntityType.ORGANIZATION, "Вектор", EntityType.LOCATION, "Казани"), EventType.AGREEMENT);
        assertThat(agreement.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(types(ru("Олег Рябов и Пётр Зимин подпишут договоренность.", WED,
                EntityType.PERSON, "Олег Рябов", EntityType.PERSON, "Пётр Зимин"))).contains(EventType.AGREEMENT);
        EventFrame meeting = only(ru("Министры Олег Рябов и Пётр Зимин встретятся в Казани.", WED,
                EntityType.PERSON, "Олег Рябов", EntityType.PERSON, "Пётр Зимин", EntityType.LOCATION, "Казани"), EventType.MEETING);
        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void placesHitByADisasterOrAttackAndOutsideATown() {
        assertThat(only(frames("A powerful earthquake struck northern Westland on Sunday.", WED, EntityType.LOCATION, "Westland"),
                EventType.DISASTER).places()).extracting(EventFrame.Place::name).containsExactly("Westland");
        assertThat(only(frames("Floods swept through Riverton on Monday.", WED, EntityType.LOCATION, "Riverton"),
                EventType.DISASTER).places()).extracting(EventFrame.Place::name).containsExactly("Riverton");
        assertThat(only(frames("Gunmen attacked a convoy outside the town of Hillview on Friday.", WED, EntityType.LOCATION, "Hillview"),
                EventType.ATTACK).places()).extracting(EventFrame.Place::name).containsExactly("Hillview");
        assertThat(only(frames("A wildfire destroyed dozens of homes in the province of Eastport.", WED, EntityType.LOCATION, "Eastport"),
                EventType.DISASTER).places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
    }

    @Test
    void triggersOnceMissed() {
        EventFrame attack = only(ru("Неизвестные напали на кассира в Самаре в понедельник.", WED, EntityType.LOCATION, "Самаре"),
                EventType.ATTACK);
        assertThat(attack.status()).isEqualTo(EventStatus.HAPPENED);
        EventFrame flood = only(ru("Паводок затопил десятки домов в Уссурийске.", WED, EntityType.LOCATION, "Уссурийске"),
                EventType.DISASTER);
        assertThat(flood.status()).isEqualTo(EventStatus.HAPPENED);
        EventFrame drones = only(frames("Drones attacked a fuel depot overnight.", WED), EventType.ATTACK);
        assertThat(drones.status()).isEqualTo(EventStatus.HAPPENED);
        EventFrame merger = only(frames("The merger of Nordlake and Vantor was called off on Monday.", WED,
                EntityType.ORGANIZATION, "Nordlake", EntityType.ORGANIZATION, "Vantor"), EventType.AGREEMENT);
        // a cancellation on a past day stays a cancellation
        assertThat(merger.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(types(frames("At the talks Ada Stone and Ben Rook signed an agreement on fishing quotas.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook")))
                .contains(EventType.MEETING, EventType.AGREEMENT);
        assertThat(types(frames("Voters in Eastport will elect a new mayor on Sunday.", WED, EntityType.LOCATION, "Eastport")))
                .contains(EventType.ELECTION);
    }

    @Test
    void anInvertedRussianAttributionNamesTheSourceNotAParticipant() {
        EventFrame meeting = only(ru("Олег Рябов и Иван Кедров встретятся в Казани, сообщил в четверг помощник министра Пётр Зимин.", WED,
                EntityType.PERSON, "Олег Рябов", EntityType.PERSON, "Иван Кедров", EntityType.PERSON, "Пётр Зимин",
                EntityType.LOCATION, "Казани"), EventType.MEETING);
        assertThat(meeting.participants()).extracting(EventFrame.Participant::name).containsExactly("Олег Рябов", "Иван Кедров");
    }

    @Test
    void theDayOfTheReportIsNotTheDayOfTheEvent() {
        List<EventFrame> frames = frames("The summit of Ada Stone and Ben Rook in Eastport has been cancelled, an aide said on Wednesday. "
                        + "The meeting had been scheduled for Friday.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport");
        assertThat(types(frames)).containsExactly(EventType.MEETING);
        assertThat(frames.get(0).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(frames.get(0).time()).isEqualTo("2025-03-07");
    }

    @Test
    void aDefiniteMentionJoinsTheEventReadBefore() {
        List<EventFrame> frames = frames("Nordlake and Vantor signed a supply agreement in Eastport on Monday. "
                        + "The deal was signed by their chief executives, Ada Stone and Ben Rook.", WED,
                EntityType.ORGANIZATION, "Nordlake", EntityType.ORGANIZATION, "Vantor",
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport");
        assertThat(only(frames, EventType.AGREEMENT).participants()).extracting(EventFrame.Participant::name)
                .containsExactly("Nordlake", "Vantor", "Ada Stone", "Ben Rook");
    }

    @Test
    void candidatesNamedApartJoinTheElection() {
        List<EventFrame> frames = frames("Mayor Ada Stone won the election in Eastport on Sunday. "
                        + "Her main rival, Ben Rook, conceded defeat on Monday.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport");
        EventFrame election = only(frames, EventType.ELECTION);
        assertThat(election.participants()).extracting(EventFrame.Participant::name).containsExactly("Ada Stone", "Ben Rook");
        assertThat(election.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(election.time()).isEqualTo("2025-03-02");
        // a candidate word with no election reported makes no frame
        assertThat(frames("Ada Stone is a candidate for the board of Nordlake.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.ORGANIZATION, "Nordlake")).isEmpty();
    }

    @Test
    void theSeatOfAnElectedOfficeIsTheElectionsPlace() {
        EventFrame election = only(ru("Выборы мэра Казани пройдут в сентябре.", WED, EntityType.LOCATION, "Казани"),
                EventType.ELECTION);
        assertThat(election.places()).extracting(EventFrame.Place::name).containsExactly("Казани");
    }
    @Test
    void anElectionNamedAsTheSettingOfSomethingElseIsNoElection() {
        // the report is about an inquiry, a hearing, a tariff: the election is its time, setting or stake
        assertThat(frames("Ada Stone investigated foreign meddling in the 2016 election.", WED,
                EntityType.PERSON, "Ada Stone")).isEmpty();
        assertThat(frames("Ben Rook abused his office for political gain in the run-up to the election.", WED,
                EntityType.PERSON, "Ben Rook")).isEmpty();
        assertThat(frames("Whether Ben Rook lifts the tariffs depends on his re-election chances, Ada Stone said.", WED,
                EntityType.PERSON, "Ben Rook", EntityType.PERSON, "Ada Stone")).isEmpty();
        assertThat(frames("Ada Stone has work to do to win over the youth vote.", WED, EntityType.PERSON, "Ada Stone")).isEmpty();
        // a chamber's vote on a motion is no election either
        assertThat(frames("The senators would be jurors should the House vote to impeach President Ben Rook.", WED,
                EntityType.PERSON, "Ben Rook")).isEmpty();
        assertThat(ru("Ада Стоун расследовала вмешательство в выборы 2016 года.", WED, EntityType.PERSON, "Ада Стоун")).isEmpty();
        // an election's body is no voting bloc
        assertThat(only(frames("The independent election commission said the count in Eastport would end on Sunday.", WED,
                EntityType.LOCATION, "Eastport"), EventType.ELECTION).places()).extracting(EventFrame.Place::name).containsExactly("Eastport");
        // the election of the report's own year, told in its own words, stays one
        EventFrame election = only(frames("Ada Stone won the 2025 election in Eastport on Sunday.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.LOCATION, "Eastport"), EventType.ELECTION);
        assertThat(election.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(election.participants()).extracting(EventFrame.Participant::name).containsExactly("Ada Stone");
    }
    @Test
    void aSignIsNoSigning() {
        assertThat(frames("The one sign you can point to is that Nordlake and Vantor compete well.", WED,
                EntityType.ORGANIZATION, "Nordlake", EntityType.ORGANIZATION, "Vantor")).isEmpty();
        assertThat(frames("Ada Stone was signed off work for a month.", WED, EntityType.PERSON, "Ada Stone")).isEmpty();
        // the verb still is
        assertThat(only(frames("Nordlake and Vantor will sign a supply agreement in Eastport on Friday.", WED,
                EntityType.ORGANIZATION, "Nordlake", EntityType.ORGANIZATION, "Vantor", EntityType.LOCATION, "Eastport"),
                EventType.AGREEMENT).status()).isEqualTo(EventStatus.PLANNED);
    }
    @Test
    void wordsThatOnlyLookLikeTriggersMakeNoEvent() {
        // a business card, explosives held, panic attacks, a game, "according to the statement of"
        assertThat(ru("Турбаза — одна из визитных карточек Приозёрья.", WED, EntityType.LOCATION, "Приозёрья")).isEmpty();
        assertThat(ru("Ивана Серова обвинили в незаконном хранении взрывчатых веществ.", WED, EntityType.PERSON, "Ивана Серова")).isEmpty();
        assertThat(frames("Ada Stone said the course helped her cope with panic attacks.", WED, EntityType.PERSON, "Ada Stone")).isEmpty();
        assertThat(ru("Полузащитник Иван Серов подвел итоги встречи отборочного турнира с Кестрией (4:0).", WED,
                EntityType.PERSON, "Иван Серов", EntityType.LOCATION, "Кестрией")).isEmpty();
        assertThat(ru("Автомобиль, по заявлению Ивана Серова, будет стоить 25 тысяч евро.", WED, EntityType.PERSON, "Ивана Серова")).isEmpty();
        assertThat(frames("Ada Stone made 25 saves as the Eastport Bruins beat the Devils for the eighth time in nine meetings.", WED,
                EntityType.PERSON, "Ada Stone", EntityType.ORGANIZATION, "Eastport Bruins")).isEmpty();
        assertThat(frames("For more information on Nordlake's products, please visit: www.nordlake.com", WED,
                EntityType.ORGANIZATION, "Nordlake")).isEmpty();
        assertThat(frames("You can guess this from credit-card statements, Ada Stone says.", WED, EntityType.PERSON, "Ada Stone")).isEmpty();
        // two meetings of two leaders are talks, counted or not
        assertThat(only(frames("Ada Stone and Ben Rook held two meetings in Eastport on Monday.", WED, EntityType.PERSON, "Ada Stone",
                EntityType.PERSON, "Ben Rook", EntityType.LOCATION, "Eastport"), EventType.MEETING).participants())
                .extracting(EventFrame.Participant::name).containsExactly("Ada Stone", "Ben Rook");
        // the words themselves still are events
        assertThat(only(ru("Иван Серов прибыл с визитом в Приозёрск.", WED, EntityType.PERSON, "Иван Серов",
                EntityType.LOCATION, "Приозёрск"), EventType.MEETING).places()).extracting(EventFrame.Place::name).containsExactly("Приозёрск");
        assertThat(only(ru("Взрыв прогремел в Приозёрске в понедельник.", WED, EntityType.LOCATION, "Приозёрске"),
                EventType.ATTACK).status()).isEqualTo(EventStatus.HAPPENED);
    }
    @Test
    void aStatementTakesItsStatusAndPeopleFromItsOwnClause() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        // what the statement says (a plan, a hedge) is not the statement's status; who it names does not make it
        assertThat(frames("The new station will open in March, the Kestrian Interior Ministry said in a statement.", wednesday,
                EntityType.ORGANIZATION, "Kestrian Interior Ministry")).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventType.STATEMENT);
            assertThat(f.status()).isEqualTo(EventStatus.HAPPENED);
        });
        assertThat(frames("\"Voters may disagree with Lena Ortiz,\" Marek Valin said in a statement.", wednesday,
                EntityType.PERSON, "Lena Ortiz", EntityType.PERSON, "Marek Valin")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(EventStatus.HAPPENED);
            assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Marek Valin");
        });
        assertThat(frames("His lawyer, Marc Dorval, told the court in a statement that Tomas Heller had no plans to leave.", wednesday,
                EntityType.PERSON, "Marc Dorval", EntityType.PERSON, "Tomas Heller")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(EventStatus.HAPPENED);
            assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Marc Dorval");
        });
        // a statement yet to come stays planned
        assertThat(frames("Marek Valin will issue a statement on Friday.", wednesday, EntityType.PERSON, "Marek Valin"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aVerbInThePastTenseTellsItsEventHappenedWhateverElseTheSentencePlans() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        assertThat(frames("When Tomas Heller visited Anna Lindqvist in Saltmere, he would bring her old maps.", wednesday,
                EntityType.PERSON, "Tomas Heller", EntityType.PERSON, "Anna Lindqvist", EntityType.LOCATION, "Saltmere"))
                .singleElement().satisfies(f -> {
                    assertThat(f.type()).isEqualTo(EventType.MEETING);
                    assertThat(f.status()).isEqualTo(EventStatus.HAPPENED);
                });
        // a modal or a condition in its own clause still holds it back
        assertThat(frames("Tomas Heller may have visited Anna Lindqvist in Saltmere.", wednesday,
                EntityType.PERSON, "Tomas Heller", EntityType.PERSON, "Anna Lindqvist", EntityType.LOCATION, "Saltmere"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(EventStatus.UNKNOWN));
        assertThat(ru("Когда Игорь Лапин будет задержан, суд назначит заседание.", wednesday, EntityType.PERSON, "Игорь Лапин"))
                .filteredOn(f -> f.type() == EventType.ARREST)
                .allSatisfy(f -> assertThat(f.status()).isNotEqualTo(EventStatus.HAPPENED));
    }

    @Test
    void wordsOfAnEventKindUsedForSomethingElseMakeNoFrame() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        // a paper signed is no agreement; an order for aircraft is one
        assertThat(frames("Tomas Heller and Anna Lindqvist signed a letter to the council on Monday.", wednesday,
                EntityType.PERSON, "Tomas Heller", EntityType.PERSON, "Anna Lindqvist")).isEmpty();
        assertThat(frames("The petition signed by Anna Lindqvist on Monday asks for a new bridge.", wednesday,
                EntityType.PERSON, "Anna Lindqvist")).isEmpty();
        assertThat(frames("Velmora Air signed an order for 40 jets on Monday.", wednesday, EntityType.ORGANIZATION, "Velmora Air"))
                .singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(EventType.AGREEMENT));
        // someone held, a detention centre, a custody battle: no arrest told; taken into custody is one
        assertThat(frames("Doctors offered flu shots to migrants in custody at the Saltmere detention center on Monday.", wednesday,
                EntityType.LOCATION, "Saltmere")).isEmpty();
        assertThat(frames("Anna Lindqvist won a custody battle over her two sons on Monday.", wednesday,
                EntityType.PERSON, "Anna Lindqvist")).isEmpty();
        assertThat(frames("Doctors in Saltmere spoke of the detained families on Monday.", wednesday, EntityType.LOCATION, "Saltmere"))
                .isEmpty();
        assertThat(frames("Police detained Tomas Heller on Monday.", wednesday, EntityType.PERSON, "Tomas Heller"))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(EventStatus.HAPPENED));
        assertThat(frames("Police took Tomas Heller into custody on Monday.", wednesday, EntityType.PERSON, "Tomas Heller"))
                .singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(EventType.ARREST));
        // a flood of complaints, start-ups flooding into a market: no disaster
        assertThat(frames("Lenders are flooding into the Kestrian market since Monday.", wednesday, EntityType.LOCATION, "Kestrian"))
                .isEmpty();
        assertThat(frames("The mayor's office in Saltmere was flooded with calls on Monday.", wednesday, EntityType.LOCATION, "Saltmere"))
                .isEmpty();
        assertThat(frames("Streets in Saltmere flooded on Monday after the river burst its banks.", wednesday,
                EntityType.LOCATION, "Saltmere")).singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(EventType.DISASTER));
    }

    @Test
    void aSentenceSpeakingToTheReaderReportsNoEvent() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        assertThat(frames("In the game you will be attacked by three factions on Monday.", wednesday)).isEmpty();
        assertThat(frames("Visit the Saltmere Horse Show on Monday.", wednesday, EntityType.LOCATION, "Saltmere")).isEmpty();
        assertThat(frames("Get out and vote on November 5 for Marek Valin!", wednesday, EntityType.PERSON, "Marek Valin")).isEmpty();
        // a "you" inside a quotation is the speaker's: the meeting outside it is reported
        assertThat(frames("\"You will like him,\" Marek Valin said after he met Tomas Heller in Saltmere on Monday.", wednesday,
                EntityType.PERSON, "Marek Valin", EntityType.PERSON, "Tomas Heller", EntityType.LOCATION, "Saltmere"))
                .filteredOn(f -> f.type() == EventType.MEETING).hasSize(1);
    }

    @Test
    void anOrganisationNamingWhoAPersonIsOrWhereTheEventIsTakesNoPart() {
        LocalDate wednesday = LocalDate.of(2025, 11, 12);
        // the employer in a person's title is who the speaker is, not a second party to the statement
        assertThat(ru("Генеральный директор компании «Северсталь» Иван Петров выступил во вторник с заявлением об уходе.", wednesday,
                EntityType.ORGANIZATION, "«Северсталь»", EntityType.PERSON, "Иван Петров"))
                .filteredOn(f -> f.type() == EventType.STATEMENT).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(EventFrame.Participant::name).containsExactly("Иван Петров"));
        assertThat(frames("Deltacorp chief executive Joe Kaeser signed an agreement with Orvik Shipping on Monday.", wednesday,
                EntityType.ORGANIZATION, "Deltacorp", EntityType.PERSON, "Joe Kaeser", EntityType.ORGANIZATION, "Orvik Shipping"))
                .singleElement().satisfies(f -> assertThat(f.participants()).extracting(EventFrame.Participant::name)
                        .containsExactly("Joe Kaeser", "Orvik Shipping"));
        // a word that is no title keeps both ("in partnership with Deltacorp regarding Joe Kaeser")
        assertThat(frames("Orvik Shipping signed an agreement with Deltacorp regarding Joe Kaeser on Monday.", wednesday,
                EntityType.ORGANIZATION, "Deltacorp", EntityType.PERSON, "Joe Kaeser", EntityType.ORGANIZATION, "Orvik Shipping"))
                .singleElement().satisfies(f -> assertThat(f.participants()).extracting(EventFrame.Participant::name)
                        .contains("Orvik Shipping", "Deltacorp"));
        // a club's town read as the club is where the arrest was made
        assertThat(frames("Officers in Leeds arrested two men on Monday.", wednesday, EntityType.ORGANIZATION, "Leeds"))
                .singleElement().satisfies(f -> assertThat(f.participants()).isEmpty());
    }

    @Test
    void aTriggerCapitalisedInsideALowerCaseSentenceIsATitleButAHeadlineReportsAnEvent() {
        assertThat(frames("They include: Assassin's Creed Odyssey, Attack on Titan: Final Battle 2, Destiny 2, Metro Exodus.", WED,
                EntityType.ORGANIZATION, "Creed Odyssey", EntityType.PERSON, "Final Battle", EntityType.PERSON, "Metro Exodus"))
                .isEmpty();
        assertThat(frames("On Monday the new releases went on sale at the Attack Games store in Mardan.", WED,
                EntityType.LOCATION, "Mardan")).isEmpty();
        assertThat(frames("Gunmen Attack Police Checkpoint Outside Mardan", WED, EntityType.LOCATION, "Mardan"))
                .extracting(EventFrame::type).containsExactly(EventType.ATTACK);
        assertThat(frames("\"Attack\" was the word, and gunmen attacked a checkpoint outside Mardan on Monday.", WED,
                EntityType.LOCATION, "Mardan")).extracting(EventFrame::type).containsExactly(EventType.ATTACK);
    }
}
