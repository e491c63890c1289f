package org.dateline.bench;

import org.dateline.model.RawDocument;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated news for benchmarks: events of many kinds in many places, each reported by several outlets
 * in differently worded articles of news length, in English and Russian, spread over time. Deterministic
 * for a seed, so runs compare. Not for quality measurement: the wording is templated.
 */
public final class SyntheticCorpus {

    private static final String[] KINDS_EN = {"earthquake", "port strike", "election", "arrest", "summit", "warehouse fire",
            "rail deal", "rate decision", "flood", "merger", "court ruling", "protest"};
    private static final String[] KINDS_RU = {"землетрясение", "забастовка в порту", "выборы", "арест", "саммит",
            "пожар на складе", "соглашение о железной дороге", "решение по ставке", "наводнение", "слияние", "решение суда", "протест"};
    private static final String[] PLACES = {"Karvela", "Orvik", "Saltmere", "Port Ardent", "Severogorsk", "Lisbon", "Valletta",
            "Gozo", "Kestria", "Valmara", "Brenholm", "Dunmore", "Ashgrove", "Tirel", "Marrow Bay", "Olsk", "Vereny", "Halden"};
    private static final String[] FIRST = {"Anna", "Tomas", "Irina", "Marek", "Sofia", "Pavel", "Elena", "Jonas", "Nadia",
            "Viktor", "Clara", "Oleg", "Greta", "Ivan", "Lena", "Dmitri"};
    private static final String[] LAST = {"Reinholt", "Lomakin", "Varga", "Ostrova", "Keller", "Morrow", "Sandoval", "Brask",
            "Petrenko", "Lindqvist", "Halloran", "Zorin", "Abbott", "Kuznetsova", "Ferreira", "Novak"};
    private static final String[] OUTLETS = {"harbourgazette", "northernledger", "balticpost", "newstide", "coastline",
            "meridianpress", "cityradio", "gorvestnik", "severnykurier", "dailyvalmara"};
    private static final String[] FILLER_EN = {
            "Officials said more details would be released later in the day.",
            "Local residents described the scene as unprecedented.",
            "The government has called an emergency meeting to discuss the situation.",
            "Analysts expect the consequences to be felt for weeks.",
            "Opposition politicians criticised the response as slow.",
            "Markets reacted cautiously to the news on Tuesday morning.",
            "A spokesperson declined to comment on the reports.",
            "Emergency services remained on the scene throughout the night."};
    private static final String[] FILLER_RU = {
            "Официальные лица заявили, что подробности будут опубликованы позже.",
            "Местные жители назвали происходящее беспрецедентным.",
            "Правительство созвало экстренное совещание.",
            "Аналитики ожидают, что последствия будут ощущаться неделями.",
            "Представитель ведомства отказался от комментариев."};

    /** One generated event. */
    record Event(int id, int kind, String place, String person, String org, int number, Instant at, boolean russian) {
    }

    /** The field naming a generated document's event: its gold story. */
    public static final String EVENT_FIELD = "synthetic_event";

    private final SplittableRandom random;
    private final int articlesPerEvent;
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    public SyntheticCorpus(long seed, int articlesPerEvent) {
        this.random = new SplittableRandom(seed);
        this.articlesPerEvent = articlesPerEvent;
    }

    /** {@code n} documents, events spread so that about {@code articlesPerEvent} report each. */
    public List<RawDocument> documents(int n) {
        List<RawDocument> out = new ArrayList<>(n);
        stream(n).forEachRemaining(out::add);
        return out;
    }

    /**
     * The same documents as {@link #documents}, generated as they are read: a run of a million documents need not
     * hold them all.
     */
    public java.util.Iterator<RawDocument> stream(int n) {
        int events = Math.max(1, n / articlesPerEvent);
        return new java.util.Iterator<>() {
            private int produced, nextEvent, reportsLeft;
            private Event event;

            @Override
            public boolean hasNext() {
                return produced < n;
            }

            @Override
            public RawDocument next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                // Events unfold over time at a steady rate (about 200 a day), as a real feed does.
                while (reportsLeft == 0 && nextEvent < events) {
                    event = event(nextEvent++);
                    reportsLeft = 1 + random.nextInt(articlesPerEvent * 2 - 1);
                }
                RawDocument d;
                if (reportsLeft > 0) {
                    reportsLeft--;
                    d = article(event, produced);
                } else {
                    d = article(event(events + produced), produced);
                }
                produced++;
                return d;
            }
        };
    }

    private Event event(int id) {
        String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String org = LAST[random.nextInt(LAST.length)] + " " + (random.nextBoolean() ? "Holdings" : "Group");
        Instant at = start.plus(id * 7L, ChronoUnit.MINUTES);
        return new Event(id, random.nextInt(KINDS_EN.length), PLACES[random.nextInt(PLACES.length)] + " " + (id % 97),
                person, org, 3 + random.nextInt(900), at, random.nextInt(4) == 0);
    }

    private RawDocument article(Event e, int index) {
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        Instant published = e.at().plus(random.nextInt(36 * 60), ChronoUnit.MINUTES);
        String title;
        StringBuilder body = new StringBuilder();
        if (e.russian()) {
            String kind = KINDS_RU[e.kind()];
            title = switch (random.nextInt(3)) {
                case 0 -> kind.substring(0, 1).toUpperCase() + kind.substring(1) + " в " + e.place() + ": " + e.number() + " пострадавших";
                case 1 -> e.person() + " прокомментировал " + kind + " в " + e.place();
                default -> "В " + e.place() + " произошло " + kind;
            };
            body.append("В ").append(e.place()).append(" произошло ").append(kind).append(", сообщил ").append(e.person())
                    .append(". По данным ").append(e.org()).append(", затронуты ").append(e.number()).append(" человек.\n\n");
            for (int i = 0; i < 3 + random.nextInt(4); i++) body.append(FILLER_RU[random.nextInt(FILLER_RU.length)]).append(' ');
            body.append("\n\n").append(e.person()).append(" заявил, что ситуация в ").append(e.place()).append(" остаётся сложной.");
        } else {
            String kind = KINDS_EN[e.kind()];
            title = switch (random.nextInt(3)) {
                case 0 -> capital(kind) + " in " + e.place() + " leaves " + e.number() + " affected";
                case 1 -> e.person() + " speaks out after " + kind + " in " + e.place();
                default -> e.place() + " " + kind + ": " + e.org() + " says " + e.number() + " involved";
            };
            body.append("A ").append(kind).append(" in ").append(e.place()).append(" has affected ").append(e.number())
                    .append(" people, ").append(e.person()).append(" said on ").append(published.atZone(java.time.ZoneOffset.UTC).getDayOfWeek()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)).append(".\n\n");
            body.append(e.org()).append(" confirmed the figure of ").append(e.number()).append(" and said it was monitoring the ")
                    .append(kind).append(" closely. ");
            for (int i = 0; i < 4 + random.nextInt(6); i++) body.append(FILLER_EN[random.nextInt(FILLER_EN.length)]).append(' ');
            body.append("\n\n\"We are doing everything we can,\" ").append(e.person()).append(" told reporters in ").append(e.place()).append('.');
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("url", "https://" + outlet + ".example/" + published.toString().substring(0, 10).replace('-', '/') + "/story-" + index);
        fields.put("published", published.toString());
        fields.put("lang", e.russian() ? "ru" : "en");
        fields.put("source", outlet);
        // the gold story, for scoring the benchmark's clustering (not read by the engine)
        fields.put(EVENT_FIELD, "e" + e.id());
        return new RawDocument("synthetic", index + 1L, RawDocument.Format.JSON_LINES, body.toString(), fields, "");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
