package org.dateline.analyze.event;

import java.util.List;

/**
 * One event a text reports: its type, who takes part, where and when, and its status, with the sentences it
 * was read from.
 *
 * @param participants entity ids and names of the people and organisations taking part, in order of mention
 * @param places       where it happens, or places put forward for it (with who suggested them)
 * @param venue        what the text says of the venue when it says it is settled but not public yet, else null
 * @param time         TIMEX3 value of the event's time ({@code 2025-08-07}, {@code FUTURE_REF}), or null
 * @param timeText     the time as written ("in the coming days"), or null
 * @param triggers     the words that name the event ("meeting", "summit", "встреча")
 * @param sentences    the sentences the frame was read from, in text order
 */
public record EventFrame(EventType type, EventStatus status, List<Participant> participants, List<Place> places,
                         String venue, String time, String timeText, List<String> triggers, List<String> sentences) {

    public EventFrame {
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        triggers = List.copyOf(triggers);
        sentences = List.copyOf(sentences);
    }

    /**
     * A participant: the entity's id and name, and in how many of the frame's sentences it takes part (one who is
     * named in a single sentence of many is more likely a bystander of that sentence than a participant).
     */
    public record Participant(String entityId, String name, int support) {
    }

    /**
     * A place: {@code role} AT (where it happens or happened) or SUGGESTED (put forward as a possible venue,
     * {@code suggestedBy} naming who put it forward when the text says so).
     */
    public record Place(String entityId, String name, Role role, String suggestedBy) {
        public enum Role { AT, SUGGESTED }
    }
}
