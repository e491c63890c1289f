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
        return new EventExtractor().extract(text, "en", entities, new TemporalTagger().tag(text, published), published);
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
    void aCancelledVisitAndADisaster() {
        String text = "The visit of Ada Stone to Eastport was cancelled after the earthquake in Eastport killed 12 people.";
        List<EventFrame> frames = frames(text, LocalDate.of(2025, 3, 8),
                EntityType.PERSON, "Ada Stone", EntityType.LOCATION, "Eastport");
        assertThat(frames).extracting(EventFrame::type).contains(EventType.MEETING, EventType.DISASTER);
        assertThat(frames).allMatch(f -> f.status() == EventStatus.CANCELLED);
    }
}
