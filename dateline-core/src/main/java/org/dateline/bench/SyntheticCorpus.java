package org.dateline.bench;

import org.dateline.model.RawDocument;
import org.dateline.normalize.Transliteration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Generated news for benchmarks, written to look like a real feed to the engine: events of 18 kinds happen at a
 * steady rate (about 200 a day), each with its own generated people, places, organisations and figures, and is
 * reported by outlets of uneven reach in news-length articles (about 250–350 words) assembled from the kind's own
 * sentences and general news sentences in varying choice and order, in English and Russian; a few heads of state
 * recur across many events, as they do in the news; reports arrive interleaved in publication order over a day and a
 * half; some reports are syndicated copies of another outlet's. The number of reports per event is skewed: many events
 * get one or two, a few get dozens. Deterministic for a seed, so runs compare.
 *
 * <p>The sentences come from {@code synthetic-news.txt}: per kind, titles, leads, details and quotes with slots
 * ({@code {place}}, {@code {person}}, {@code {org}}, {@code {n}} ...) in both languages, and a shared background
 * section. Not a quality set for the analysis (the wording is templated), but its events differ in what real events
 * differ in (who, where, what numbers), and reports of one event share those.
 */
public final class SyntheticCorpus {

    /** The field naming a generated document's event: its gold story. */
    public static final String EVENT_FIELD = "synthetic_event";

    private static final String TEMPLATES = "synthetic-news.txt";
    /** Minutes between two events: about 200 a day. */
    private static final int EVENT_INTERVAL_MINUTES = 7;
    /** A report comes at most this long after its event. */
    private static final int REPORT_WINDOW_MINUTES = 36 * 60;
    private static final double COPY_SHARE = 0.15;

    private static final String[] ONSETS = {"Kar", "Vel", "Mor", "Ost", "Bren", "Tal", "Dor", "Lin", "Sar", "Gal", "Ver",
            "Ran", "Tor", "Mal", "Zel", "Kol", "Bar", "Del", "Nor", "Fal", "Ser", "Hal", "Pel", "Rud", "Vol", "Mir", "Tan",
            "Lor", "Ked", "Sol", "Gor", "Bel", "Vas", "Dal", "Kren", "Mas", "Ter", "Sten", "Ark", "Lev"};
    private static final String[] MIDDLES = {"", "a", "e", "i", "o", "u", "an", "en", "ar", "el", "or", "is"};
    private static final String[] PLACE_ENDS = {"holm", "vik", "grad", "mor", "stad", "ton", "sk", "ava", "ino", "ora",
            "burg", "dal", "ford", "mir", "ovo", "port", "gate", "lund"};
    private static final String[] SURNAME_ENDS_EN = {"ov", "in", "sky", "enko", "er", "ard", "ell", "ing", "son", "ez", "as",
            "is", "man", "sen", "ley", "ak"};
    private static final String[] SURNAME_ENDS_RU = {"ов", "ин", "ский", "енко", "ев", "як", "ук", "ец", "ицкий", "анов"};
    private static final String[] ORG_ENDS = {"ane", "ex", "ora", "is", "on", "ia", "ix", "eta"};
    private static final String[] ORG_TYPES = {"Logistics", "Holdings", "Energy", "Bank", "Airlines", "Group", "Mining",
            "Telecom", "Motors", "Foods", "Pharma", "Shipping", "Steel", "Capital", "Systems", "Media"};
    /** The same, as Russian writes them (transliterating letter by letter would spell "Cyapital"). */
    private static final String[] ORG_TYPES_RU = {"Логистикс", "Холдингс", "Энерджи", "Банк", "Эйрлайнс", "Груп", "Майнинг",
            "Телеком", "Моторс", "Фудс", "Фарма", "Шиппинг", "Стил", "Кэпитал", "Системс", "Медиа"};
    private static final String[] COUNTRY_ENDS = {"ia", "ania", "istan", "onia", "ova", "land", "ary", "esia"};
    private static final String[] FIRST_EN = {"Anna", "Tomas", "Marta", "Daniel", "Sofia", "Peter", "Elena", "Jonas",
            "Nadia", "Victor", "Clara", "Oliver", "Greta", "Ivan", "Lena", "Samuel", "Helen", "Martin", "Rosa", "Felix",
            "Julia", "Adam", "Laura", "Hugo", "Emma", "Lucas", "Irene", "Paul", "Nora", "Simon"};
    private static final String[] FIRST_EN_RU = {"Анна", "Томас", "Марта", "Даниэль", "София", "Питер", "Елена", "Йонас",
            "Надя", "Виктор", "Клара", "Оливер", "Грета", "Иван", "Лена", "Сэмюэл", "Хелен", "Мартин", "Роза", "Феликс",
            "Джулия", "Адам", "Лора", "Хьюго", "Эмма", "Лукас", "Ирен", "Пол", "Нора", "Саймон"};
    private static final String[] FIRST_RU = {"Алексей", "Борис", "Виктор", "Геннадий", "Дмитрий", "Егор", "Игорь",
            "Кирилл", "Леонид", "Максим", "Никита", "Олег", "Павел", "Роман", "Сергей", "Тимур", "Фёдор", "Юрий",
            "Аркадий", "Вадим", "Глеб", "Денис", "Евгений", "Илья", "Константин", "Марат", "Руслан", "Станислав",
            "Степан", "Ярослав"};
    private static final String[][] FIGURE_TITLES = {{"President", "президент"}, {"Prime Minister", "премьер-министр"},
            {"Foreign Minister", "министр иностранных дел"}, {"Finance Minister", "министр финансов"}};
    private static final String[] OUTLET_ENDS = {"post", "times", "daily", "news", "herald", "ledger", "gazette",
            "tribune", "wire", "observer", "vesti", "novosti", "kurier", "gazeta"};
    private static final String[] WEEKDAYS_RU = {"в понедельник", "во вторник", "в среду", "в четверг", "в пятницу",
            "в субботу", "в воскресенье"};
    private static final String[] AGENCIES = {"Meridian Wire", "Northern Press Agency", "Baltic News Service",
            "Continental Wire"};

    private static final int COUNTRIES = 30;
    private static final int FIGURES = 40;
    private static final int OUTLETS = 120;

    /** The sentences of one kind of event in one language. */
    private record Phrases(List<String> titles, List<String> leads, List<String> details, List<String> quotes) {
    }

    private record Kind(String key, Phrases en, Phrases ru) {
    }

    private record Templates(List<Kind> kinds, List<String> backgroundEn, List<String> backgroundRu) {
    }

    /** Parsed once: the templates do not change between runs. */
    private static final Templates TEXT = load();

    /** One generated event; the reports written so far are kept while some are still to come, for copies. */
    private static final class Event {
        final int id;
        final Kind kind;
        final boolean russian;
        final Instant at;
        final Map<String, String> slots;
        final List<String[]> written = new ArrayList<>();
        int pending;

        Event(int id, Kind kind, boolean russian, Instant at, Map<String, String> slots) {
            this.id = id;
            this.kind = kind;
            this.russian = russian;
            this.at = at;
            this.slots = slots;
        }
    }

    private record Report(Instant published, long order, Event event) {
    }

    private final SplittableRandom random;
    private final double meanReports;
    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
    private final String[] countries = new String[COUNTRIES];
    private final String[][] figures = new String[FIGURES][2];
    private final String[] outlets = new String[OUTLETS];

    public SyntheticCorpus(long seed, int articlesPerEvent) {
        this.random = new SplittableRandom(seed);
        this.meanReports = Math.max(1, articlesPerEvent);
        for (int i = 0; i < COUNTRIES; i++) countries[i] = root() + pick(COUNTRY_ENDS);
        for (int i = 0; i < FIGURES; i++) {
            String[] title = FIGURE_TITLES[i % FIGURE_TITLES.length];
            int first = random.nextInt(FIRST_EN.length);
            String surname = root() + pick(SURNAME_ENDS_EN);
            figures[i][0] = title[0] + " " + FIRST_EN[first] + " " + surname;
            figures[i][1] = title[1] + " " + FIRST_EN_RU[first] + " " + cyrillic(surname);
        }
        for (int i = 0; i < OUTLETS; i++) outlets[i] = (root() + pick(OUTLET_ENDS)).toLowerCase(Locale.ROOT);
    }

    /** {@code n} documents, in publication order, about {@code articlesPerEvent} per event on average. */
    public List<RawDocument> documents(int n) {
        List<RawDocument> out = new ArrayList<>(n);
        stream(n).forEachRemaining(out::add);
        return out;
    }

    /**
     * The same documents as {@link #documents}, generated as they are read: a run of a million documents holds only
     * the reports of the last day and a half's events.
     */
    public Iterator<RawDocument> stream(int n) {
        return new Iterator<>() {
            private final PriorityQueue<Report> due = new PriorityQueue<>(
                    java.util.Comparator.comparing(Report::published).thenComparingLong(Report::order));
            private int produced, events;
            private long order;

            @Override
            public boolean hasNext() {
                return produced < n;
            }

            @Override
            public RawDocument next() {
                if (!hasNext()) throw new NoSuchElementException();
                // events happen until the earliest due report comes before the next event: reports leave in time order
                while (due.isEmpty() || !nextEventTime(events).isAfter(due.peek().published())) {
                    Event e = event(events++);
                    int reports = reportCount();
                    e.pending = reports;
                    for (int r = 0; r < reports; r++) due.add(new Report(reportTime(e, r), order++, e));
                }
                Report report = due.poll();
                report.event().pending--;
                return article(report, produced++);
            }
        };
    }

    private Instant nextEventTime(int index) {
        return start.plus((long) index * EVENT_INTERVAL_MINUTES, ChronoUnit.MINUTES);
    }

    /** Skewed like real coverage: most events get a report or two, a few get dozens. */
    private int reportCount() {
        double exponential = -Math.log(1 - random.nextDouble()) * (meanReports - 1);
        return 1 + (int) Math.min(exponential, 60);
    }

    /** The first report soon after the event, later ones spread over the window, most within hours. */
    private Instant reportTime(Event e, int report) {
        long minutes = report == 0
                ? random.nextInt(45)
                : Math.min(REPORT_WINDOW_MINUTES, (long) (-Math.log(1 - random.nextDouble()) * 360) + random.nextInt(30));
        return e.at.plus(minutes, ChronoUnit.MINUTES);
    }

    private Event event(int id) {
        Kind kind = TEXT.kinds().get(random.nextInt(TEXT.kinds().size()));
        boolean russian = random.nextInt(4) == 0;
        Instant at = nextEventTime(id).plus(random.nextInt(EVENT_INTERVAL_MINUTES), ChronoUnit.MINUTES);
        String place = root() + pick(PLACE_ENDS);
        String country = countries[random.nextInt(COUNTRIES)];
        // heads of state recur: a few of them in many events
        String[] figure = figures[(int) (FIGURES * Math.pow(random.nextDouble(), 2))];
        String orgName = root() + pick(ORG_ENDS);
        int orgType = random.nextInt(ORG_TYPES.length);
        Map<String, String> slots = new HashMap<>();
        String surname;
        if (russian) {
            surname = cyrillic(root()) + pick(SURNAME_ENDS_RU);
            slots.put("person", pick(FIRST_RU) + " " + surname);
            slots.put("person2", pick(FIRST_RU) + " " + cyrillic(root()) + pick(SURNAME_ENDS_RU));
            slots.put("place", cyrillic(place));
            slots.put("country", cyrillic(country));
            slots.put("org", "«" + cyrillic(orgName) + " " + ORG_TYPES_RU[orgType] + "»");
            slots.put("figure", figure[1]);
            slots.put("on_weekday", WEEKDAYS_RU[weekday(at).getValue() - 1]);
        } else {
            surname = root() + pick(SURNAME_ENDS_EN);
            slots.put("person", pick(FIRST_EN) + " " + surname);
            slots.put("person2", pick(FIRST_EN) + " " + root() + pick(SURNAME_ENDS_EN));
            slots.put("place", place);
            slots.put("country", country);
            slots.put("org", orgName + " " + ORG_TYPES[orgType]);
            slots.put("figure", figure[0]);
            slots.put("on_weekday", "on " + weekday(at).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
        slots.put("surname", surname);
        slots.put("n", Integer.toString(3 + random.nextInt(600)));
        slots.put("n2", Integer.toString(2 + random.nextInt(90)));
        String mag = (4 + random.nextInt(4)) + "." + random.nextInt(10);
        slots.put("mag", russian ? mag.replace('.', ',') : mag);
        return new Event(id, kind, russian, at, slots);
    }

    /** A made-up Latin name spelt in Cyrillic, capitalised. */
    private static String cyrillic(String latin) {
        String s = Transliteration.toCyrillic(latin);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static DayOfWeek weekday(Instant at) {
        return at.atZone(ZoneOffset.UTC).getDayOfWeek();
    }

    private RawDocument article(Report report, int index) {
        Event e = report.event();
        String outlet = outlets[(int) (OUTLETS * Math.pow(random.nextDouble(), 2))];
        String[] written;
        if (!e.written.isEmpty() && random.nextDouble() < COPY_SHARE) {
            // syndicated: another outlet runs a report already out, word for word
            written = e.written.get(random.nextInt(e.written.size()));
        } else {
            written = write(e);
            if (e.pending > 0) e.written.add(written);
        }
        if (e.pending == 0) e.written.clear();
        Map<String, String> fields = new HashMap<>();
        fields.put("title", written[0]);
        fields.put("url", "https://" + outlet + ".example/" + report.published().toString().substring(0, 10).replace('-', '/')
                + "/story-" + index);
        fields.put("published", report.published().toString());
        fields.put("lang", e.russian ? "ru" : "en");
        fields.put("source", outlet);
        // the gold story, for scoring the benchmark's clustering (not read by the engine)
        fields.put(EVENT_FIELD, "e" + e.id);
        return new RawDocument("synthetic", index + 1L, RawDocument.Format.JSON_LINES, written[1], fields, "");
    }

    /** A new report of the event: its title and body. */
    private String[] write(Event e) {
        Phrases p = e.russian ? e.kind.ru() : e.kind.en();
        List<String> background = e.russian ? TEXT.backgroundRu() : TEXT.backgroundEn();
        List<String> sentences = new ArrayList<>();
        String lead = fill(pick(p.leads()), e);
        if (!e.russian && random.nextInt(4) == 0) {
            lead = e.slots.get("place").toUpperCase(Locale.ROOT) + " (" + pick(AGENCIES) + ") - " + lead;
        }
        sentences.add(lead);
        List<String> details = new ArrayList<>(p.details());
        int detailCount = 4 + random.nextInt(4);
        for (int i = 0; i < detailCount && !details.isEmpty(); i++) {
            sentences.add(fill(details.remove(random.nextInt(details.size())), e));
        }
        List<String> quotes = new ArrayList<>(p.quotes());
        int quoteCount = 1 + random.nextInt(2);
        for (int i = 0; i < quoteCount && !quotes.isEmpty(); i++) {
            // the main actor speaks more often than the second one
            String speaker = e.slots.get(random.nextInt(3) > 0 ? "person" : "person2");
            String words = stripFinalStop(fill(quotes.remove(random.nextInt(quotes.size())), e));
            sentences.add(1 + random.nextInt(sentences.size()), e.russian
                    ? "«" + words + "», — заявил " + speaker + "."
                    : "\"" + words + ",\" " + speaker + " said.");
        }
        List<String> general = new ArrayList<>(background);
        int backgroundCount = 5 + random.nextInt(5);
        for (int i = 0; i < backgroundCount && !general.isEmpty(); i++) {
            String s = fill(general.remove(random.nextInt(general.size())), e);
            sentences.add(2 + random.nextInt(sentences.size() - 1), s);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) body.append(i % 3 == 0 ? "\n\n" : " ");
            body.append(sentences.get(i));
        }
        return new String[]{fill(pick(p.titles()), e), body.toString()};
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The template with the event's values in its slots. */
    private static String fill(String template, Event e) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) break;
            int close = template.indexOf('}', open);
            String value = e.slots.get(template.substring(open + 1, close));
            if (value == null) throw new IllegalStateException("unknown slot in " + TEMPLATES + ": " + template);
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        out.append(template, i, template.length());
        return out.toString();
    }

    /** A made-up name's stem: a few thousand distinct ones, so that unrelated events rarely share a name. */
    private String root() {
        return pick(ONSETS) + pick(MIDDLES);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The kinds and background sentences, as {@code synthetic-news.txt} gives them. */
    private static Templates load() {
        Map<String, Map<String, List<String>>> kinds = new LinkedHashMap<>();
        List<String> backgroundEn = new ArrayList<>(), backgroundRu = new ArrayList<>();
        String kind = null;
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream(TEMPLATES)) {
            if (in == null) throw new IllegalStateException("missing resource " + TEMPLATES);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("== kind ")) {
                    kind = line.substring("== kind ".length()).strip();
                    kinds.put(kind, new HashMap<>());
                    continue;
                }
                if (line.equals("== background")) {
                    kind = null;
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) throw new IllegalStateException(TEMPLATES + " line " + number + ": no field name");
                String field = line.substring(0, colon).strip();
                String text = line.substring(colon + 1).strip();
                if (kind == null) {
                    switch (field) {
                        case "en" -> backgroundEn.add(text);
                        case "ru" -> backgroundRu.add(text);
                        default -> throw new IllegalStateException(TEMPLATES + " line " + number + ": unknown field " + field);
                    }
                } else {
                    kinds.get(kind).computeIfAbsent(field, f -> new ArrayList<>()).add(text);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Kind> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> k : kinds.entrySet()) {
            out.add(new Kind(k.getKey(), phrases(k.getKey(), k.getValue(), "en"), phrases(k.getKey(), k.getValue(), "ru")));
        }
        if (out.isEmpty() || backgroundEn.isEmpty() || backgroundRu.isEmpty()) {
            throw new IllegalStateException(TEMPLATES + ": no kinds or no background sentences");
        }
        return new Templates(List.copyOf(out), List.copyOf(backgroundEn), List.copyOf(backgroundRu));
    }

    private static Phrases phrases(String kind, Map<String, List<String>> fields, String language) {
        List<List<String>> lists = new ArrayList<>();
        for (String field : List.of("title", "lead", "detail", "quote")) {
            List<String> values = fields.get(language + "." + field);
            if (values == null || values.isEmpty()) {
                throw new IllegalStateException(TEMPLATES + ": kind " + kind + " has no " + language + "." + field);
            }
            lists.add(List.copyOf(values));
        }
        return new Phrases(lists.get(0), lists.get(1), lists.get(2), lists.get(3));
    }
}
