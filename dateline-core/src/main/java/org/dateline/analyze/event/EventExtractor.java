package org.dateline.analyze.event;

import org.dateline.analyze.Sentences;
import org.dateline.analyze.TextSpan;
import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.entity.Mention;
import org.dateline.analyze.entity.NameKeys;
import org.dateline.analyze.time.Timex;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads event frames from a document, sentence by sentence: a trigger word names the event, the people (and
 * for some kinds organisations) named in the sentence take part, places after "in"/"at"/"в" are where it
 * happens (or were suggested for it), the nearest date is its time, and the sentence's modality gives its
 * status. Frames of one kind that share most participants are one event of the document. Runs after entity
 * linking and date tagging, whose results it takes as input. Thread-safe.
 */
public final class EventExtractor {

    /** A reporting verb right after a name marks the name as the source of the sentence, not a participant. */
    private static final Pattern CUE_AFTER = Pattern.compile(
            "^[^.;]{0,25}?\\b(?:said|says|told|announced|noted|emphasized|stressed|added|stated|concluded|"
                    + "заявил\\w*|сообщил\\w*|сказал\\w*|отметил\\w*|подчеркнул\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "According to the political scientist, ..." names the source, not a participant. */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?:according to|as (?:\\w+ )?(?:said|told|noted)|по словам|по мнению|как (?:заявил|сообщил|отметил)\\w*)\\s*(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Between a date and the event: "said on Wednesday that he would meet" dates the saying, not the meeting. */
    private static final Pattern REPORTING = Pattern.compile("(?<![\\p{L}])(?:that|что|said|told|заявил\\w*|сказал\\w*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_FRAMES = 12;
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
        for (TextSpan sentence : sentences) {
            frames.addAll(frames(sentence, entities, timexes, published));
        }
        List<EventFrame> out = new ArrayList<>();
        for (EventFrame f : merge(frames)) {
            // a trigger word with nobody, nowhere, no time and no status is not an event the text reports
            boolean empty = f.participants().isEmpty() && f.places().isEmpty() && f.time() == null && f.venue() == null;
            if (!empty || f.status() != EventStatus.UNKNOWN) out.add(settled(f));
        }
        return out;
    }

    /** The frame with only the participants named in at least half as many of its sentences as the most named one. */
    public static EventFrame settled(EventFrame f) {
        int most = 0;
        for (EventFrame.Participant p : f.participants()) most = Math.max(most, p.support());
        List<EventFrame.Participant> kept = new ArrayList<>();
        for (EventFrame.Participant p : f.participants()) if (p.support() * 2 >= most) kept.add(p);
        return new EventFrame(f.type(), f.status(), kept, f.places(), f.venue(), f.time(), f.timeText(), f.triggers(), f.sentences());
    }

    private List<EventFrame> frames(TextSpan sentence, List<DocumentEntity> entities, List<Timex> timexes,
                                    java.time.LocalDate published) {
        Map<EventType, Matcher> found = new LinkedHashMap<>();
        for (Map.Entry<EventType, Pattern> e : Triggers.EVENTS.entrySet()) {
            Matcher m = e.getValue().matcher(sentence.text());
            if (m.find()) found.put(e.getKey(), m);
        }
        // "an agreement was reached to hold a meeting" is the meeting's status, not an event of its own
        if (found.size() > 1) found.remove(EventType.AGREEMENT);
        if (found.size() > 1) found.remove(EventType.STATEMENT);
        String venue = venue(sentence.text());
        if (venue != null && (found.isEmpty() || found.keySet().equals(Set.of(EventType.STATEMENT)))) {
            // "The venue has been agreed upon and will be announced later" speaks of the meeting the text is about
            return List.of(new EventFrame(EventType.MEETING, EventStatus.AGREED, List.of(), List.of(), venue, null, null,
                    List.of(), List.of(sentence.text())));
        }
        if (found.isEmpty()) return List.of();
        EventStatus status = Triggers.status(sentence.text());
        List<EventFrame> out = new ArrayList<>();
        for (Map.Entry<EventType, Matcher> e : found.entrySet()) {
            EventType type = e.getKey();
            int trigger = sentence.start() + e.getValue().start();
            List<EventFrame.Participant> participants = participants(sentence, entities, type);
            List<EventFrame.Place> places = places(sentence, entities, participants);
            Timex time = time(sentence, timexes, trigger);
            // "the meeting in Helsinki in 2018" happened, whatever the sentence's modality
            EventStatus frameStatus = time != null && before(time.value(), published) ? EventStatus.HAPPENED : status;
            out.add(new EventFrame(type, frameStatus, participants, places, venue,
                    time == null ? null : time.value(), time == null ? null : time.text(),
                    List.of(e.getValue().group().toLowerCase(java.util.Locale.ROOT)), List.of(sentence.text())));
        }
        return out;
    }

    /** True when a TIMEX3 value names a day, month or year wholly before the publication day. */
    static boolean before(String value, java.time.LocalDate published) {
        if (published == null || value == null || value.length() < 4 || !Character.isDigit(value.charAt(0))) return false;
        String day = published.toString();
        if (value.length() >= 10 && Character.isDigit(value.charAt(9))) return value.substring(0, 10).compareTo(day) < 0;
        if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) return value.compareTo(day.substring(0, 7)) < 0;
        if (value.length() == 4) return value.compareTo(day.substring(0, 4)) < 0;
        return false;
    }

    private static List<EventFrame.Participant> participants(TextSpan sentence, List<DocumentEntity> entities, EventType type) {
        if (type == EventType.DISASTER) return List.of();
        Map<Integer, DocumentEntity> byPosition = new java.util.TreeMap<>();
        List<DocumentEntity> sources = new ArrayList<>();
        for (DocumentEntity e : entities) {
            boolean person = e.type() == EntityType.PERSON;
            if (!person && !(e.type() == EntityType.ORGANIZATION && ORGANISATIONS_TAKE_PART.contains(type))) continue;
            int at = firstPosition(sentence, e);
            if (at < 0) continue;
            byPosition.put(at, e);
            if (isSource(sentence, e)) sources.add(e);
        }
        List<DocumentEntity> taking = new ArrayList<>(byPosition.values());
        // who reports the event is not taken to be in it ("Ushakov said that Putin and Trump will meet")
        taking.removeAll(sources);
        List<EventFrame.Participant> out = new ArrayList<>();
        for (DocumentEntity e : taking) out.add(new EventFrame.Participant(e.id(), e.name(), 1));
        return out;
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
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words.get(words.size() - 1)) + "(?![\\p{L}])")
                .matcher(sentence.text());
        return m.find() ? sentence.start() + m.start() : -1;
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

    private static List<EventFrame.Place> places(TextSpan sentence, List<DocumentEntity> entities,
                                                 List<EventFrame.Participant> participants) {
        Matcher suggestion = Triggers.SUGGESTED.matcher(sentence.text());
        boolean suggested = suggestion.find();
        String suggestedBy = null;
        if (suggested) {
            int verb = sentence.start() + suggestion.start();
            for (DocumentEntity e : entities) {
                if (e.type() != EntityType.PERSON) continue;
                int at = firstPosition(sentence, e);
                if (at >= 0 && at < verb) {
                    suggestedBy = e.name();
                    break;
                }
            }
        }
        List<EventFrame.Place> out = new ArrayList<>();
        for (DocumentEntity e : entities) {
            if (e.type() != EntityType.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() || m.end() > sentence.end()) continue;
                String before = sentence.text().substring(0, m.start() - sentence.start());
                if (!Triggers.AT.matcher(before).find()) continue;
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
            if (t.start() < trigger && (trigger - t.end() > NEAR_BEFORE
                    || REPORTING.matcher(sentence.text().substring(t.end() - sentence.start(), trigger - sentence.start())).find())) {
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

    /** Two frames report one event: same kind, and most participants shared (or none named on one side). */
    public static boolean sameEvent(EventFrame a, EventFrame b) {
        if (a.type() != b.type()) return false;
        // an event that took place and one still to come are two events (Helsinki 2018 and the planned summit)
        if (happened(a) != happened(b) && a.status() != EventStatus.UNKNOWN && b.status() != EventStatus.UNKNOWN) return false;
        if (happened(a) && happened(b) && a.time() != null && b.time() != null && !a.time().equals(b.time())) return false;
        // two events of one kind in different places are two events (twin earthquakes, Helsinki and Moscow talks)
        Set<String> placesA = placesAt(a);
        Set<String> placesB = placesAt(b);
        if (!placesA.isEmpty() && !placesB.isEmpty() && java.util.Collections.disjoint(placesA, placesB)) return false;
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
