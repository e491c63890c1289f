package org.dateline.analyze.event;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The words that name each kind of event and that tell its status, English and Russian. */
final class Triggers {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static final Map<EventType, Pattern> EVENTS = new EnumMap<>(EventType.class);

    static {
        EVENTS.put(EventType.MEETING, words("meet|meets|meeting|meetings|met|talks|summit|sit-down|sit down|face-to-face|"
                + "visit|visits|visited|negotiations|встреч\\w*|встрет\\w*|встреча\\w*|переговор\\w*|саммит\\w*|визит\\w*|посет\\w*"));
        EVENTS.put(EventType.STATEMENT, words("announced|announcement|statement|declared|declaration|"
                + "заявлени\\w*|объявил\\w*|объявлени\\w*"));
        EVENTS.put(EventType.ARREST, words("arrest|arrests|arrested|detain|detained|detention|custody|"
                + "задержа\\w*|арест\\w*"));
        EVENTS.put(EventType.ATTACK, words("attack|attacks|attacked|airstrike|airstrikes|strike|strikes|shelling|shelled|"
                + "bombing|bombed|explosion|blast|shooting|атак\\w*|удар|удары|ударов|обстрел\\w*|взрыв\\w*|теракт\\w*"));
        EVENTS.put(EventType.ELECTION, words("election|elections|vote|voted|voting|ballot|referendum|"
                + "выбор[аыо]\\w*|голосовани\\w*|референдум\\w*"));
        EVENTS.put(EventType.AGREEMENT, words("agreement|agreements|deal|treaty|accord|signed|ceasefire|truce|"
                + "соглашени\\w*|договор|договора|договоре|подписал\\w*|перемири\\w*"));
        EVENTS.put(EventType.DISASTER, words("earthquake|quake|flood|floods|flooding|wildfire|wildfires|hurricane|typhoon|"
                + "tsunami|landslide|eruption|землетрясени\\w*|наводнени\\w*|пожар\\w*|ураган\\w*|цунами|извержени\\w*"));
    }

    static final Pattern CANCELLED = words("cancel|cancelled|canceled|called off|call off|postponed|postpone|"
            + "отмен\\w*|отложен\\w*|перенесен\\w*");
    static final Pattern AGREED = words("agree|agreed|agreement was reached|preliminary agreement|agreed upon|"
            + "договорил\\w*|согласова\\w*|достигнут\\w*|договоренност\\w*");
    static final Pattern PLANNED = words("will|would|to hold|plan|plans|planned|planning|scheduled|upcoming|expected to|"
            + "may|might|could|possible|next week|coming days|to meet|будет|будут|состоится|пройдет|пройдёт|планиру\\w*|"
            + "предстоящ\\w*|намечен\\w*|возможн\\w*");
    static final Pattern HAPPENED = words("met|held|took place|happened|occurred|visited|was arrested|were arrested|"
            + "killed|struck|hit|signed|встретил\\w*|состоял\\w*|прошл[аио]|произош\\w*|погиб\\w*|подписал\\w*");
    static final Pattern SUGGESTED = words("suggest|suggested|suggests|proposed|propose|offered|possible venue|"
            + "предлож\\w*");
    static final Pattern VENUE = words("venue|location|place of the meeting|место|места|месте");
    static final Pattern NOT_YET_PUBLIC = words("later|soon|will be revealed|will announce|would be revealed|"
            + "позже|позднее|объяв\\w*|сообщ\\w*");
    static final Pattern AT = Pattern.compile("(?:\\b(?:in|at|near)\\s+(?:the\\s+)?|(?<![\\p{L}])(?:в|во|на)\\s+)$", FLAGS);

    private Triggers() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])", FLAGS);
    }

    /** The status a sentence gives its events, strongest claim first. */
    static EventStatus status(String sentence) {
        if (CANCELLED.matcher(sentence).find()) return EventStatus.CANCELLED;
        if (AGREED.matcher(sentence).find()) return EventStatus.AGREED;
        if (PLANNED.matcher(sentence).find()) return EventStatus.PLANNED;
        if (HAPPENED.matcher(sentence).find()) return EventStatus.HAPPENED;
        return EventStatus.UNKNOWN;
    }
}
