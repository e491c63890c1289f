package org.dateline.analyze.entity;

import org.dateline.normalize.Datelines;
import org.dateline.normalize.Transliteration;
import org.dateline.text.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a document's mentions into referents: "Vladimir Putin", "Putin" and "Putin's" are one person;
 * "U.S. State Department" and "State Department" one organisation; "the Kremlin aide" is the person the text
 * introduced as "Kremlin aide Yury Ushakov". Longer names are settled first; a shorter mention joins the
 * referent whose name contains its words in order (the nearest one before it when several do). The type is
 * the majority of the mentions' types, so one referent never carries two. A Russian person is named in the
 * nominative ("Антон Мирц" for "Антона Мирца"), and so is a Russian place the dictionary knows ("Москва" for
 * "в Москве"), whatever case the text names them in most.
 */
public final class EntityLinker {

    private final RussianPersonNames russianNames;
    private final RussianPlaceNames russianPlaces;

    /** With the installed Russian dictionary, if any (without one, Russian names are shown as written). */
    public EntityLinker() {
        this(RussianPersonNames.installed(), RussianPlaceNames.installed());
    }

    EntityLinker(RussianPersonNames russianNames) {
        this(russianNames, new RussianPlaceNames(null));
    }

    EntityLinker(RussianPersonNames russianNames, RussianPlaceNames russianPlaces) {
        this.russianNames = russianNames;
        this.russianPlaces = russianPlaces;
    }

    private static final class Referent {
        final List<String> keys;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> descriptions = new LinkedHashSet<>();
        /** Mentions by description ("the Kremlin aide"): counted, but not spellings of the name. */
        final Set<Mention> byDescription = new java.util.HashSet<>();
        /** Mentions the text puts on the map ("in Karvela", "the town of Karvela"), with the cue's strength. */
        final Map<Mention, Integer> placeCues = new java.util.HashMap<>();
        /** Whether the text also uses the name's demonym ("Kestrian" beside "Kestria"): then it names a country. */
        boolean hasDemonym;
        /** Whether the name is the demonym of a place of the text ("The Kestrian carrier" beside Kestria). */
        boolean isDemonym;
        /** Whether the text calls the name a company ("operator Lusoterminal", "Lusoterminal chief executive"). */
        boolean companyCue;
        /** A mention names it as a storm ("Hurricane Milton"): its other mentions ("Milton made landfall") are the storm's. */
        boolean stormCue;
        /** Mentions the text gives as a news outlet: the agency of a wire dateline, the one someone "told". */
        final Set<Mention> outletCues = new java.util.HashSet<>();
        /** Mentions written as an adjective of the common noun after them ("Северная линия"): a named thing, no person. */
        final Set<Mention> modifierCues = new java.util.HashSet<>();
        /** Mentions right after a person's role ("chief executive Elon Musk", "spokesman Dmitry Peskov"): a person. */
        final Set<Mention> personCues = new java.util.HashSet<>();
        /** Mentions read as a product's name ("the Stadia controller", "the compact Sentra"): a thing, not a place. */
        final Set<Mention> productCues = new java.util.HashSet<>();

        Referent(List<String> keys) {
            this.keys = keys;
        }
    }

    /**
     * How much a name's last word looks like a Russian nominative by its ending alone (2 "Карвела", 1 "Карвелы", 0
     * "Карвелу"; 2 for a name not in Cyrillic): which spelling to show of a place no dictionary can decline.
     */
    public static int nominativeLikeness(String name) {
        return RussianPlaceNames.nominativeLikeness(name);
    }

    /** The document's entities, most mentioned first. */
    public List<DocumentEntity> link(String text, List<Mention> mentions) {
        List<Mention> named = new ArrayList<>();
        List<Mention> whole = joined(text, mentions);
        Map<String, EntityType> oneWordNames = oneWordNames(whole);
        for (Mention m : whole) {
            for (Mention split : withPlaceSplitOff(text, readInDocument(text, m, whole), oneWordNames)) {
                Mention part = withAgreeingWords(text, split);
                if (NameKeys.words(part.text()).isEmpty() || !hasLetter(part.text()) || inTitleCaseLine(text, part)
                        || compoundOpener(text, part)) continue;
                named.add(part);
            }
        }
        List<Mention> places = named.stream().filter(m -> m.type() == EntityType.LOCATION).toList();
        List<Mention> order = new ArrayList<>(named);
        order.sort(Comparator.comparingInt((Mention m) -> -NameKeys.words(m.text()).size()).thenComparingInt(Mention::start));
        List<Referent> referents = new ArrayList<>();
        for (Mention m : order) {
            List<String> keys = keys(m.text());
            Referent home = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Referent r : referents) {
                // the same name is the same referent whatever type one mention got; a part of a name must agree in type
                if (r.keys.equals(keys) && adjectiveOfName(r, m)) continue;
                boolean sameName = r.keys.equals(keys);
                if (!sameName && (!contains(r.keys, keys) || !compatible(r, m, keys))) continue;
                int distance = distance(r, m);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    home = r;
                }
            }
            if (home == null) {
                home = new Referent(keys);
                referents.add(home);
            }
            home.mentions.add(m);
            int cue = Math.max(placeCue(text, m), coordinatedWithPlace(text, m, places));
            if (cue != NO_CUE) home.placeCues.put(m, cue);
            if (isOutlet(text, m)) home.outletCues.add(m);
            // "Андрей Джатдоев": a first name the dictionary knows and a surname, which the Russian recognizer may
            // still read as a place (an organisation may bear a person's name: "Фонд Андрея Первозванного")
            if (afterPersonRole(text, m) || m.type() == EntityType.LOCATION && russianNames.firstNameAndSurname(m.text())) {
                home.personCues.add(m);
            }
            if (m.type() != EntityType.PERSON && productCue(text, m)) home.productCues.add(m);
            if (m.type() == EntityType.PERSON && modifiesNextWord(text, m)) home.modifierCues.add(m);
            // one-word names only: "the company Trump founded" does not make Donald Trump a company
            if (home.keys.size() == 1 && isCompany(text, m)) home.companyCue = true;
            if (STORM_WORD.matcher(m.text()).lookingAt() || stormWordBefore(text, m) != null) home.stormCue = true;
        }
        Set<String> miscNames = new java.util.HashSet<>();
        for (Mention m : named) if (m.type() == EntityType.MISC) miscNames.add(m.text());
        // the words of people's names of two or more words: "David Campese" is no adjective of a "Campo"
        Set<String> personWords = new java.util.HashSet<>();
        for (Mention m : named) if (m.type() == EntityType.PERSON && m.text().indexOf(' ') > 0) personWords.addAll(List.of(m.text().split("\\s+")));
        // capitalised words ending in "n" before a lower-case word: the adjectives a name's demonym may be written as
        Set<String> adjectives = new java.util.HashSet<>();
        Matcher adjective = ADJECTIVE_BEFORE_NOUN.matcher(text);
        while (adjective.find()) if (!personWords.contains(adjective.group(1))) adjectives.add(adjective.group(1));
        for (Referent r : referents) {
            r.mentions.sort(Comparator.comparingInt(Mention::start));
            r.hasDemonym = hasDemonym(text, r, miscNames, adjectives);
        }
        placedByTheirNeighbours(text, referents);
        attachDescriptors(referents);
        markFoundersNames(referents);
        // a place's name may come only inside a longer one ("National Bank of Valmara" beside "the Valmaran mark")
        Set<String> placeDemonyms = new java.util.HashSet<>();
        for (Referent r : referents) {
            String name = oneWordName(r);
            if (name != null && !Transliteration.hasCyrillic(name) && majorityType(r) == EntityType.LOCATION) placeDemonyms.addAll(demonyms(name));
        }
        for (Mention m : named) {
            Matcher of = OF_PLACE.matcher(m.text());
            while (of.find()) placeDemonyms.addAll(demonyms(of.group(1)));
        }
        for (Referent r : referents) {
            r.isDemonym = placeDemonyms.contains(oneWordName(r));
            if (majorityType(r) != EntityType.PERSON) continue;
            for (Mention m : r.mentions) {
                String d = Descriptions.around(text, m.start(), m.end());
                if (d != null) r.descriptions.add(d);
            }
        }
        addDescriptionMentions(text, referents);
        // referents whose names are aliases of one another ("US", "United States") are one entity
        Map<String, DocumentEntity> byId = new LinkedHashMap<>();
        List<DocumentEntity> entities = new ArrayList<>();
        Set<String> typedIds = new java.util.HashSet<>();
        for (Referent r : referents) {
            DocumentEntity e = entity(r);
            entities.add(e);
            if (e.type() != EntityType.MISC) typedIds.add(e.id());
        }
        for (DocumentEntity e : entities) {
            // "German" beside "Germany": one key, but the adjective is not the country (see adjectiveOfName); nor where
            // the country is named in another report only, so an adjective of nationality is always apart
            if (e.type() == EntityType.MISC && (typedIds.contains(e.id()) || NATIONALITY.matcher(e.name()).matches())) {
                e = withId(e, NameKeys.id(e.key() + " misc"));
            }
            byId.merge(e.id(), e, EntityLinker::union);
        }
        List<DocumentEntity> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt((DocumentEntity e) -> -e.mentions().size()).thenComparing(DocumentEntity::name));
        return out;
    }

    private static final Pattern RUSSIAN_DESCRIPTION = Pattern.compile("(?:(?iu:в|во|на|у|от|из|со|с|по)\\s+)?"
            + "(\\p{IsCyrillic}[\\p{Ll}-]*(?:\\s+[\\p{Ll}-]+){0,2})");

    /**
     * A Russian speaker described, not named, as a reader would name it: the nominative without the preposition the
     * text put before it ("в мэрии сообщили" → "мэрия", "палаты" → "палата", "спасателей" → "спасатели"); the
     * phrase as written when it is not one to three lower-case Russian words the dictionary reads in one case (a name,
     * an unknown word, no dictionary installed).
     */
    public String describedSpeaker(String phrase) {
        return describedSpeaker(phrase, false);
    }

    /**
     * As {@link #describedSpeaker(String)}; a {@code subject} (the phrase before its cue) is already in the nominative
     * unless a preposition opens it ("Синоптики предупреждают" stays, "В мэрии сообщили" is "мэрия").
     */
    public String describedSpeaker(String phrase, boolean subject) {
        Matcher m = RUSSIAN_DESCRIPTION.matcher(phrase.strip());
        if (!m.matches() || subject && m.start(1) == 0) return phrase;
        String words = m.group(1);
        String first = words.substring(0, 1);
        boolean capitalised = !first.equals(first.toLowerCase(Locale.ROOT));
        // after a preposition a capital is a name's ("в Карвеле"); only a phrase's first word is capitalised by position
        if (capitalised && m.start(1) > 0) return phrase;
        RussianPersonNames.Nominative n = russianPlaces.nominative(words.toLowerCase(Locale.ROOT));
        if (n.certainty() == RussianPersonNames.Certainty.UNKNOWN) return phrase;
        String name = n.name();
        return capitalised ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) : name;
    }

    /**
     * The recognizer's mentions as the linker reads them: spans without the common nouns around a name, and each typed
     * as its referent (what a reader of the document's entities sees); mentions by description are left out.
     */
    public List<Mention> typedMentions(String text, List<Mention> mentions) {
        Set<Long> named = new java.util.HashSet<>();
        // as link reads them: a name split by a nickname is one mention, a short name before a person's joins it
        List<Mention> whole = joined(text, mentions);
        for (Mention m : whole) {
            for (Mention part : readInDocument(text, m, whole)) named.add((long) part.start() << 32 | part.end());
        }
        List<Mention> out = new ArrayList<>();
        for (DocumentEntity e : link(text, mentions)) {
            for (Mention m : e.mentions()) if (named.contains((long) m.start() << 32 | m.end())) out.add(m);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A name written all in capitals and too long for an acronym ("CLEVELAND", not "NATO"). */
    public static boolean shouted(String name) {
        return lettersInCapitals(name) > 4;
    }

    /** How many letters a name has if all are capitals, or -1 if one is lower case. */
    static int lettersInCapitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return -1;
            if (Character.isLetter(c)) letters++;
        }
        return letters;
    }

    /** "LOS ANGELES" → "Los Angeles", "WINSTON-SALEM" → "Winston-Salem": each word's first letter kept a capital. */
    static String capitalised(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }

    private DocumentEntity entity(Referent r) {
        EntityType type = majorityType(r);
        int longest = 0;
        for (Mention m : r.mentions) {
            if (!r.byDescription.contains(m)) longest = Math.max(longest, NameKeys.words(m.text()).size());
        }
        Map<String, Integer> variants = new LinkedHashMap<>();
        Map<String, Integer> fullNames = new LinkedHashMap<>();
        for (Mention m : r.mentions) {
            String shown = shown(m.text());
            if (shown.isEmpty() || r.byDescription.contains(m)) continue;
            variants.merge(shown, 1, Integer::sum);
            if (NameKeys.words(m.text()).size() == longest) fullNames.merge(shown, 1, Integer::sum);
        }
        // an organisation's name reads as a place's does: adjectives agreeing with a noun ("Национального
        // сейсмологического института" → "Национальный сейсмологический институт")
        String name = type == EntityType.PERSON ? nominative(fullNames, russianNames::nominative)
                : type == EntityType.LOCATION || type == EntityType.ORGANIZATION ? nominative(fullNames, russianPlaces::nominative) : null;
        if (name == null) {
            // a place or thing the dictionary cannot decline: of its spellings, one whose ending a nominative has
            // ("Карвела" beside "Карвелу", "Карвеле"); people's names have their own reader
            boolean place = type != EntityType.PERSON;
            // "CLEVELAND (AP) —": a dateline's capitals are the wire's style, "Cleveland" the name
            name = fullNames.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Integer> e) -> !shouted(e.getKey()))
                            .thenComparingInt(e -> place ? RussianPlaceNames.nominativeLikeness(e.getKey()) : 0)
                            .thenComparingInt(e -> e.getValue())
                            .thenComparing(e -> -e.getKey().length()))
                    .map(Map.Entry::getKey).orElse(shown(r.mentions.get(0).text()));
        }
        // "компания United Launch Alliance": the mention keeps the noun (FactRuEval spans it), the name is the Latin one
        if (type == EntityType.ORGANIZATION) {
            Matcher lead = LEADING_LOWER_WORDS.matcher(name);
            if (lead.find() && lead.end() < name.length() && isLatinLetter(name.charAt(lead.end()))) name = name.substring(lead.end());
            // "Компания «Моренис Эйрлайнс»" opening a sentence: the noun is capitalised by its place, the name is quoted
            // (as "компании «Трансвектор»" reads «Трансвектор»)
            Matcher noun = CAPITALISED_NOUN_BEFORE_QUOTES.matcher(name);
            if (noun.matches()) name = noun.group(1);
        }
        // a person or place only ever written in a dateline's or a transcript's capitals ("HANOI (Reuters) —", "OBAMA:"):
        // their names are not acronyms, an organisation's may be ("ASEAN") unless a headline shouts it ("SPACE VIZZION
        // CONCEPT")
        if ((type == EntityType.PERSON || type == EntityType.LOCATION || shoutedPhrase(name)) && shouted(name)) name = capitalised(name);
        String key = NameKeys.key(name);
        List<Mention> typed = new ArrayList<>();
        for (Mention m : r.mentions) typed.add(new Mention(type, m.start(), m.end(), m.text()));
        return new DocumentEntity(NameKeys.id(key), key, type, name, new ArrayList<>(variants.keySet()),
                new ArrayList<>(r.descriptions), typed);
    }

    /**
     * The nominative of a Russian person's or place's full name as the mentions give it: a mention that already is
     * one beats a nominative derived from another case, then the more mentions, then the shorter; null when no
     * spelling is a Russian name whose nominative can be told ({@link RussianPersonNames}, {@link RussianPlaceNames}),
     * so the most used spelling stays.
     */
    private static String nominative(Map<String, Integer> fullNames,
                                     java.util.function.Function<String, RussianPersonNames.Nominative> reader) {
        Map<String, Integer> asWritten = new LinkedHashMap<>();
        Map<String, Integer> derived = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : fullNames.entrySet()) {
            RussianPersonNames.Nominative n = reader.apply(e.getKey());
            switch (n.certainty()) {
                case AS_WRITTEN -> asWritten.merge(n.name(), e.getValue(), Integer::sum);
                case DERIVED -> derived.merge(n.name(), e.getValue(), Integer::sum);
                case UNKNOWN -> {
                }
            }
        }
        Map<String, Integer> best = asWritten.isEmpty() ? derived : asWritten;
        return best.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static DocumentEntity withId(DocumentEntity e, String id) {
        return new DocumentEntity(id, e.key(), e.type(), e.name(), e.variants(), e.descriptions(), e.mentions());
    }

    private static DocumentEntity union(DocumentEntity a, DocumentEntity b) {
        DocumentEntity main = a.mentions().size() >= b.mentions().size() ? a : b;
        List<Mention> mentions = new ArrayList<>(a.mentions());
        for (Mention m : b.mentions()) mentions.add(new Mention(main.type(), m.start(), m.end(), m.text()));
        mentions.sort(Comparator.comparingInt(Mention::start));
        Set<String> variants = new LinkedHashSet<>(main.variants());
        variants.addAll(a == main ? b.variants() : a.variants());
        Set<String> descriptions = new LinkedHashSet<>(a.descriptions());
        descriptions.addAll(b.descriptions());
        return new DocumentEntity(main.id(), main.key(), main.type(), main.name(), new ArrayList<>(variants),
                new ArrayList<>(descriptions), mentions);
    }

    /**
     * Later mentions by description: "the political scientist emphasized" is the person introduced as
     * "political scientist Malek Dudakov", when no other person of the text carries that description.
     */
    private static void addDescriptionMentions(String text, List<Referent> referents) {
        Map<String, Referent> byDescription = new LinkedHashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (Referent r : referents) {
            for (String d : r.descriptions) {
                String k = d.toLowerCase(Locale.ROOT);
                if (byDescription.containsKey(k) && byDescription.get(k) != r) ambiguous.add(k);
                byDescription.put(k, r);
            }
        }
        for (Map.Entry<String, Referent> e : byDescription.entrySet()) {
            if (ambiguous.contains(e.getKey())) continue;
            Referent r = e.getValue();
            Matcher m = Pattern.compile("\\b(?:the|The)\\s+(" + Pattern.quote(e.getKey()) + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            int introducedAt = r.mentions.get(0).start();
            while (m.find()) {
                if (m.start() < introducedAt || overlapsAny(referents, m.start(), m.end())) continue;
                Mention described = new Mention(EntityType.MISC, m.start(), m.end(), m.group());
                r.mentions.add(described);
                r.byDescription.add(described);
            }
            r.mentions.sort(Comparator.comparingInt(Mention::start));
        }
    }

    /**
     * Bare descriptors the recognizer typed as organisations ("в компании заявили", "палата"; FactRuEval marks them
     * as the organisation they refer to) join the organisation named before them that they stand for
     * ({@link OrganisationNouns}): counted as its mentions, not spellings of its name. The others stay as they are.
     */
    private static void attachDescriptors(List<Referent> referents) {
        List<Mention> organisations = new ArrayList<>();
        Map<Mention, Referent> homes = new java.util.HashMap<>();
        for (Referent r : referents) {
            for (Mention m : r.mentions) {
                if (m.type() != EntityType.ORGANIZATION || isLowerCase(m.text())) continue;
                organisations.add(m);
                homes.put(m, r);
            }
        }
        if (organisations.isEmpty()) return;
        organisations.sort(Comparator.comparingInt(Mention::start));
        Set<Referent> grown = new java.util.HashSet<>();
        for (java.util.Iterator<Referent> it = referents.iterator(); it.hasNext(); ) {
            Referent r = it.next();
            if (!r.mentions.stream().allMatch(m -> m.type() == EntityType.ORGANIZATION && isLowerCase(m.text()))) continue;
            for (java.util.Iterator<Mention> ms = r.mentions.iterator(); ms.hasNext(); ) {
                Mention m = ms.next();
                Mention antecedent = null;
                for (String word : m.text().split("[\\s-]+")) {
                    antecedent = OrganisationNouns.antecedent(word, organisations, m.start());
                    if (antecedent != null) break;
                }
                if (antecedent == null) continue;
                Referent home = homes.get(antecedent);
                home.mentions.add(m);
                home.byDescription.add(m);
                grown.add(home);
                ms.remove();
            }
            if (r.mentions.isEmpty()) it.remove();
        }
        for (Referent r : grown) r.mentions.sort(Comparator.comparingInt(Mention::start));
    }

    /**
     * "Art-crime experts said", "Cork and wine exporters warned": a one-word mention opening a sentence and a
     * hyphenated compound, or a person's name coordinated with a common noun, is capitalised by the sentence, not as a
     * name.
     */
    private static boolean compoundOpener(String text, Mention m) {
        if (NameKeys.words(m.text()).size() != 1 || !Names.sentenceStart(text, m.start())) return false;
        if (m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLowerCase(text.charAt(m.end() + 1))) return true;
        // "Cork and wine exporters warned": a person's name, by its shape, coordinated with a common noun, and
        // written nowhere else in the text, is a common noun the sentence capitalised
        return m.type() == EntityType.PERSON && COORDINATED_NOUN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).lookingAt()
                && text.indexOf(m.text()) == m.start() && text.indexOf(m.text(), m.end()) < 0;
    }

    /** " and " and two lower-case words after a sentence's first word: "Cork and wine exporters". */
    private static final Pattern COORDINATED_NOUN = Pattern.compile(" (?:and|or|и|или) \\p{Ll}+ \\p{Ll}+");

    private static boolean isLowerCase(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static boolean overlapsAny(List<Referent> referents, int start, int end) {
        for (Referent r : referents) {
            for (Mention m : r.mentions) {
                if (m.start() < end && start < m.end()) return true;
            }
        }
        return false;
    }

    /**
     * Words that put a name on the map: a preposition of place ("near Orvik", "outside Karvela", "возле Карвелы"),
     * a place noun ("the town of Karvela", "города Карвела"), a bearing ("9 km north-east of Karvela") or an
     * apposition after it ("Karvela, a town of 14,000"). The recognizer reads an unfamiliar town as a surname by its
     * shape; people are seldom "near" anything in news prose, while organisations are ("in Congress"), so only
     * person votes are moved. "in", "across", "в", "под" are weaker: people also stand after them ("confidence in
     * Harris", "стрелял в Фицо", "под Путиным"), so they count only for a name the text places twice or more; not
     * after what is held somewhere ("the summit in Kazan", "talks held in Doha"), which is strong, as a mayor's town is.
     */
    private static final Pattern STRONG_PLACE_BEFORE = Pattern.compile("(?:(?:^|[\\s(])(?:near|outside|около|возле|близ)"
            + "|\\b(?:town|city|village|capital|port|region|province|district|county|island)\\s+of"
            // what is held somewhere: "the BRICS summit in Kazan" (a person is "in" only what is said of them)
            + "|\\b(?:summit|talks|conference|forum|rally|referendum|held|hosted)\\s+in"
            // a mayor's town: "mayor of Saltmere" (not "мэра X": a name in apposition takes the mayor's case)
            + "|\\bmayor\\s+of"
            + "|\\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast"
            + "|southwest)\\s+of|(?:^|\\s)(?:город|города|городе|городу|посёлок|посёлка|посёлке|поселок|поселка|поселке"
            + "|село|села|селе|деревня|деревни|деревне"
            // a landform noun before its name ("мост через ущелье Леннарт", "на реке Велме")
            + "|ущелье|ущелья|ущелью|ущельем|река|реки|реке|реку|рекой|озеро|озера|озере|озером|гора|горы|горе|гору"
            + "|остров|острова|острове|островом|полуостров|полуострова|полуострове|залив|залива|заливе|пролив|пролива"
            + "|проливе|хребет|хребта|хребте|долина|долины|долине|долину|мыс|мыса|мысе|перевал|перевала|перевале))\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WEAK_PLACE_BEFORE = Pattern.compile("(?:^|[\\s(])(?:in|across|throughout|в|во|под)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_AFTER = Pattern.compile("^,\\s+(?:a|the)\\s+(?:\\w+\\s+)?(?:town|city|village"
            + "|port|capital|region|province|district)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
    /**
     * A name made of a landform noun ("Serran Highlands", "Red River", "Mount Orel", "Lake Tirel") is a place whatever
     * its other words look like; plural or unmistakable nouns only ("Hills", not "Hill": Lauryn Hill).
     */
    private static final Pattern LANDFORM_NAME = Pattern.compile("\\s(?:Highlands|Lowlands|Mountains|Hills|Valley|River|Bay"
            + "|Islands|Peninsula|Coast|Gulf|Strait|Straits|Plateau|Desert|Canyon|Heights|Ridge|Delta|Sea|Ocean|Fjord"
            + "|Gorge|Glacier|Lagoon|Archipelago|Reservoir|Volcano)$"
            + "|^(?:Mount|Lake|Cape|Gulf of)\\s");
    /**
     * A street's or a structure's name is a place, though "Harbour Street" or "the Northern Rail Link" reads as an
     * organisation's: the recognizer knows few streets (CoNLL types "Bridge" and "Line" in names as places).
     */
    private static final Pattern STREET_NAME = Pattern.compile(
            "\\s(?:Street|Avenue|Boulevard|Road|Square|Embankment|Bridge|Tunnel|Canal|Highway|Motorway|Rail Link)$");
    private static final int NO_CUE = 0, WEAK_CUE = 1, STRONG_CUE = 2;

    /** "an Orvik-born navigator", "Saltmere-raised": where someone was born or raised. */
    private static final Pattern BORN_IN_AFTER = Pattern.compile("^-(?:born|raised|bred)\\b");
    /** "between X and", "between ... and X", "X–Y line": two names coordinated as the two ends of something. */
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?:^|\\s)(?:between|from|между)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AND_BETWEEN = Pattern.compile("^\\s+(?:and|to|и)\\s+$|^\\s*[–—]\\s*$");

    /**
     * A one-word "person" joined by "and" to a one-word name that is a place once the document is read ("Valmara and
     * Kestria", Kestria a place by its demonym "Kestrian") is a place throughout: CoNLL-2003's training text types
     * 210 one-word names joined so to a one-word place places, and 5 people. So is one whose possessive stands before a
     * place ("Valmara's Serran Highlands") and one that ends a place's name after "of" ("the Serran Highlands of
     * Valmara"). Runs after the demonyms and landforms are known, so a place the recognizer read otherwise counts.
     */
    private static void placedByTheirNeighbours(String text, List<Referent> referents) {
        Map<Mention, Referent> of = new java.util.IdentityHashMap<>();
        List<Mention> all = new ArrayList<>();
        for (Referent r : referents) {
            for (Mention m : r.mentions) {
                of.put(m, r);
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        Set<Referent> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // the last words of places named "X of Y" ("the Serran Highlands of Valmara")
        Set<String> ofPlaces = new java.util.HashSet<>();
        for (Mention m : all) {
            int ofAt = m.text().lastIndexOf(" of ");
            if (ofAt > 0 && majorityType(of.get(m)) == EntityType.LOCATION) ofPlaces.add(m.text().substring(ofAt + 4));
        }
        for (int i = 0; i < all.size(); i++) {
            Mention a = all.get(i);
            Referent ra = of.get(a);
            if (ra.keys.size() != 1 || majorityType(ra) != EntityType.PERSON) continue;
            if (ofPlaces.contains(a.text())) placed.add(ra);
            if (i + 1 == all.size()) continue;
            Mention b = all.get(i + 1);
            Referent rb = of.get(b);
            if (b.start() < a.end() || ra == rb || majorityType(rb) != EntityType.LOCATION) continue;
            String between = text.substring(a.end(), b.start());
            // "Valmara's Serran Highlands": a possessor before a place is one (CoNLL-2003 train: 21 places, 6 bodies, no person)
            if (POSSESSIVE_BETWEEN.matcher(between).matches()) placed.add(ra);
            if (rb.keys.size() == 1 && PLAIN_AND.matcher(between).matches()) placed.add(ra);
        }
        for (int i = 1; i < all.size(); i++) {
            Mention a = all.get(i - 1), b = all.get(i);
            Referent ra = of.get(a), rb = of.get(b);
            if (b.start() < a.end() || ra == rb || ra.keys.size() != 1 || rb.keys.size() != 1) continue;
            if (majorityType(rb) == EntityType.PERSON && majorityType(ra) == EntityType.LOCATION
                    && PLAIN_AND.matcher(text.substring(a.end(), b.start())).matches()) placed.add(rb);
        }
        for (Referent r : placed) for (Mention m : r.mentions) r.placeCues.merge(m, STRONG_CUE, Math::max);
    }

    /** Two names joined by a plain "and" (the name repairs read the same coordination before linking). */
    static final Pattern PLAIN_AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern POSSESSIVE_BETWEEN = Pattern.compile("['’]s\\s+");

    /**
     * A strong place cue for a name coordinated with a place the recognizer typed as one: "between Orvik and Saltmere",
     * "the Orvik–Saltmere line" (people are coordinated too, "between Putin and Trump", but with people).
     */
    private static int coordinatedWithPlace(String text, Mention m, List<Mention> places) {
        for (Mention other : places) {
            if (other == m) continue;
            Mention first = other.end() <= m.start() ? other : m, second = first == other ? m : other;
            if (first.end() > second.start() || second.start() - first.end() > 6 || second.end() > text.length()) continue;
            if (!AND_BETWEEN.matcher(text.substring(first.end(), second.start())).find()) continue;
            String between = text.substring(first.end(), second.start()).strip();
            boolean dash = between.equals("–") || between.equals("—");
            if (dash || BETWEEN_BEFORE.matcher(text.substring(Math.max(0, first.start() - 12), first.start())).find()) return STRONG_CUE;
        }
        return NO_CUE;
    }

    /**
     * Whether the mention is the place of a wire dateline opening its line ("SALTMERE, March 16. /MPA/.",
     * "LONDON (Reuters) -"), as the normalizer's {@link Datelines} reads them.
     */
    private static boolean inDateline(String text, Mention m) {
        int line = lineStart(text, m.start());
        return line == m.start() && datelineAt(text, line).filter(d -> d.place().length() >= m.text().length()).isPresent();
    }

    /** Where the text of the line holding {@code offset} starts, after its leading white space. */
    private static int lineStart(String text, int offset) {
        int line = text.lastIndexOf('\n', offset - 1) + 1;
        while (line < offset && Character.isWhitespace(text.charAt(line))) line++;
        return line;
    }

    /** The wire dateline opening the text at {@code line}, as the normalizer's {@link Datelines} reads it. */
    private static java.util.Optional<Datelines.Dateline> datelineAt(String text, int line) {
        return Datelines.parse(text.substring(line, Math.min(text.length(), line + 120)));
    }

    /** One Latin word shaped as an adjective of nationality: "Ukrainian", "Chinese", "British", "Israeli", "Kestrian". */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ian|ean|an|ese|ish|i)");

    /**
     * Whether a misc mention and a referent of another type (or the other way round) share a key but not a spelling:
     * "German" and "Germany", "Israeli" and "Israel" share a consonant skeleton, but the adjective is no mention of the
     * country.
     */
    private static boolean adjectiveOfName(Referent r, Mention m) {
        if (Transliteration.hasCyrillic(m.text())) return false;
        boolean misc = m.type() == EntityType.MISC;
        for (Mention other : r.mentions) {
            if ((other.type() == EntityType.MISC) == misc || other.text().equalsIgnoreCase(m.text())) return false;
        }
        return true;
    }

    /** The one-word place a longer name is "of": "National Bank of Valmara", "University of Orvik". */
    private static final Pattern OF_PLACE = Pattern.compile("\\sof\\s+(\\p{Lu}\\p{L}{3,})$");
    /** A common noun of a business before its name: "operator Lusoterminal", "the insurer Nordvale". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:^|\\s)(?:operator|company|firm|carrier|airline|insurer"
            + "|lender|retailer|carmaker|manufacturer|contractor|subsidiary|conglomerate|startup|компания|компании|компанию"
            + "|компанией|фирма|фирмы|оператор|оператора|перевозчик|перевозчика)\\s+$");
    /** A company's officer or shares after its name: "Lusoterminal chief executive", "Lusoterminal's shareholders". */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:chief executive|chief financial officer|CEO"
            + "|CFO|shareholders|headquarters|board of directors)\\b"
            // "Tesla shares jumped", not "Russia shares a border"
            + "|^(?:['’]s)?\\s+(?:stock|shares)\\s+(?:rose|fell|jumped|dropped|slid|climbed|gained|lost|surged|plunged|tumbled"
            + "|closed|opened|soared|sank|slumped|rallied|were|have|had)\\b");

    /** Whether the text names the mention as a company: after a business noun or before its officers or shares. */
    private static boolean isCompany(String text, Mention m) {
        if (m.end() > text.length()) return false;
        return COMPANY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()
                || COMPANY_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 28))).find();
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> HEADLINE_WORDS = Set.of("Into", "With", "From", "After", "Over", "Than", "That",
            "Before", "Under", "About", "Amid", "Against", "Says", "Said", "Will", "Have", "Were", "Been", "Along", "Across",
            "Through", "Toward", "Towards", "Despite", "Without", "During");

    /**
     * Whether a mention of three words or more lies in a headline set in title case ("Lindsay Lohan Checks Out Of Betty
     * Ford Treatment Center And Into Malibu Rehab"): every word capitalised, the recognizer spans verbs and
     * prepositions into names there; the body names them again in plain prose.
     */
    private static boolean inTitleCaseLine(String text, Mention m) {
        if (m.end() > text.length() || NameKeys.words(m.text()).size() < 3) return false;
        int from = text.lastIndexOf('\n', m.start() - 1) + 1;
        int to = text.indexOf('\n', m.end());
        if (to < 0) to = text.length();
        Matcher w = LONG_WORD.matcher(text).region(from, to);
        int words = 0;
        boolean headlineWord = false;
        while (w.find()) {
            if (!Character.isUpperCase(text.charAt(w.start()))) return false;
            headlineWord |= HEADLINE_WORDS.contains(w.group());
            words++;
        }
        // a capitalised preposition or verb tells a headline from a table of names ("Jose Maria Canizares ( Spain ) 70")
        // and from an all-capitals line, which recognizers trained on wire copy read well
        if (words >= 6 && headlineWord) return true;
        // the headline block opens the text; further down a title-case line is a label or a notice's field ("Company Name
        // Transkaryotic Therapies Inc", "Summary of Consolidated Financial Data"), whose names are names
        return words >= 4 && from < HEADLINE_BLOCK && coversTitleCaseLine(text, m, from, to);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Lines starting within this many characters of the text's start make its headline block (title, deck, date). */
    private static final int HEADLINE_BLOCK = 200;
    /** The words a title-case headline leaves in lower case (AP style). */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "nor", "of", "on", "or", "over", "per", "the", "to", "vs", "via", "with");

    /**
     * Whether the mention covers more than half the words of a line in title case: a headline ("Trial Begins
     * for Kraft Shooting Suspect", "Paris: Jewellery Stolen In Casty Shop Raid"), which the recognizer spans as a name.
     * Title case here: a lower-case letter somewhere (not an all-capitals line), no lower-case word but the small words
     * a headline leaves so (prose has verbs: "The Philadelphia Court of Common Pleas sat"), and fewer than two numbers
     * (a table row, "Jose Maria Canizares ( Spain ) 70 71") unless a month names them a date.
     */
    private static boolean coversTitleCaseLine(String text, Mention m, int from, int to) {
        Matcher t = TOKEN.matcher(text).region(from, to);
        int tokens = 0, numbers = 0, covered = 0;
        boolean lower = false, month = false;
        while (t.find()) {
            String word = t.group();
            tokens++;
            month |= MONTHS.contains(word);
            if (Character.isDigit(word.charAt(0))) {
                numbers++;
            } else if (Character.isLowerCase(word.charAt(0))) {
                if (!SMALL_WORDS.contains(word)) return false;
            } else if (!lower) {
                for (int i = 1; i < word.length() && !lower; i++) lower = Character.isLowerCase(word.charAt(i));
            }
            if (t.start() >= m.start() && t.end() <= m.end()) covered++;
        }
        // numbers beside a month are the headline's date stamp ("... Attacks September 17, 2013 4:16 PM ET"), not a table's
        return lower && (numbers < 2 || month) && covered * 2 > tokens;
    }

    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");

    /**
     * A one-word name the recognizer took for a person that begins an organisation's name in the text is that company
     * ("Kraft" beside "Kraft Foods", "Kraft said ..."): companies are named after their founders' surnames, which is why
     * the recognizer reads them as people. Not when a person of that name is in the text ("Henry Ford" beside "Ford
     * Motor"), whose surname the lone word then is.
     */
    private static void markFoundersNames(List<Referent> referents) {
        Set<String> firstWordsOfBodies = new java.util.HashSet<>();
        Set<String> wordsOfPeople = new java.util.HashSet<>();
        for (Referent r : referents) {
            if (r.keys.size() < 2) continue;
            EntityType type = majorityType(r);
            if (type == EntityType.ORGANIZATION && namedAsCompany(r)) firstWordsOfBodies.add(r.keys.getFirst());
            else if (type == EntityType.PERSON) wordsOfPeople.addAll(r.keys);
        }
        for (Referent r : referents) {
            if (r.keys.size() != 1 || majorityType(r) != EntityType.PERSON) continue;
            String key = r.keys.getFirst();
            if (firstWordsOfBodies.contains(key) && !wordsOfPeople.contains(key)) r.companyCue = true;
        }
    }

    /** Last words of companies' names: a legal form or a line of business ("Kraft Foods", "Ford Motor"). */
    private static final Set<String> COMPANY_WORDS = Set.of("inc", "corp", "corporation", "co", "company", "ltd", "llc",
            "plc", "group", "holdings", "foods", "motor", "motors", "airlines", "airways", "pharmaceuticals", "industries",
            "technologies", "systems", "energy", "oil", "steel", "media", "entertainment", "brands", "stores", "bank",
            "capital", "partners", "securities", "electronics", "chemicals", "telecom", "communications", "insurance");

    /** Whether one of the referent's names ends in a company's last word ("Kraft Foods"), not a person's name typed so. */
    private static boolean namedAsCompany(Referent r) {
        for (Mention m : r.mentions) {
            String[] words = m.text().split("[\\s.,]+");
            if (words.length > 1 && COMPANY_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A title-case Latin word of two to four letters, the whole word: "Xi", "Li", "Kim", "Moon" (not Russian: FactRuEval lost by it). */
    private static final Pattern SHORT_WORD_BEFORE = Pattern.compile("(?<![\\p{L}.-])([A-Z][a-z]{1,3}) $");
    /** Short capitalised words before a name that are no part of it. */
    private static final Set<String> NOT_A_NAME = Set.of("Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "St", "The",
            "And", "But", "For", "With", "From", "Says", "Said", "Told", "Gen", "Col", "Maj", "Capt", "Lt", "Sgt", "Rev", "Prof",
            "Sen", "Rep", "Gov", "Pope", "King", "Emir", "Shah", "Tsar", "Czar", "Then", "When", "Also", "Only", "Even", "Team",
            "Club", "Coach", "Star", "Fans", "Fan", "Boss", "Aide", "Chief", "Head", "Amid", "Over", "Into", "Upon", "Near",
            "Via", "Per", "Like", "Than", "Both", "Each", "Many", "Most", "Some", "Such", "This", "That", "Your", "Our", "Their",
            "His", "Her", "Its", "Who", "Why", "How", "What", "Now", "Not", "Yes", "Dear", "Miss", "Herr", "Frau", "Mme", "Mlle");

    /**
     * A person's mention with the short given or family name the recognizer left before it ("met Xi Jinping" spanned
     * as "Jinping"): a title-case word of two to four letters right before, mid-sentence, in no other mention, and no
     * title or function word. {@link EnglishNameRepairs} applies it to English recognizers' mentions too.
     */
    static Mention withShortNameBefore(String text, Mention m, List<Mention> all) {
        if (m.type() != EntityType.PERSON || m.start() < 3 || m.end() > text.length()) return m;
        Matcher w = SHORT_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start()));
        if (!w.find() || NOT_A_NAME.contains(w.group(1))) return m;
        int start = m.start() - w.group(1).length() - 1;
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        // the sentence's first word is capitalised whatever it is
        if (i < 0 || ".!?:;\"“”«»—–(\n".indexOf(text.charAt(i)) >= 0) return m;
        for (Mention o : all) if (o != m && o.start() < m.start() && o.end() > start) return m;
        return new Mention(m.type(), start, m.end(), text.substring(start, m.end()));
    }

    /**
     * Roles only a person holds, written before the name ("chief executive Elon Musk"). English only: a Russian role
     * is followed by what it is a role of, in the genitive ("президент России", "депутат Госдумы"). Not
     * every role noun of {@link Descriptions#ROLES}: "market leader Nvidia", "the official Xinhua agency", "head office";
     * nor "commander", after which a theatre follows ("Supreme Allied Commander Europe").
     */
    private static final Set<String> PERSON_ROLES = Set.of(
            "aide", "adviser", "advisor", "ambassador", "chairman", "chairwoman", "chancellor", "correspondent",
            "diplomat", "economist", "envoy", "executive", "founder", "governor", "journalist", "judge", "lawmaker", "lawyer",
            "mayor", "minister", "premier", "president", "prosecutor", "professor", "researcher", "scientist", "senator",
            "spokesman", "spokeswoman", "spokesperson", "counterpart");
    /** Abbreviated titles only a person holds, written with their full stop: "Gov. Kristi Noem", "Sen. Cruz". */
    private static final Set<String> PERSON_TITLES = Set.of("gov", "sen", "rep", "mr", "mrs", "ms", "dr", "gen", "lt",
            "col", "capt", "sgt", "prof", "amb", "supt", "insp");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}-])([\\p{L}-]+)(\\.?)[ \\t\\u00A0]+$");

    /** Whether the word right before the mention, on its line, is a role or a title only a person holds. */
    private static boolean afterPersonRole(String text, Mention m) {
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (!w.find()) return false;
        String word = w.group(1).toLowerCase(java.util.Locale.ROOT);
        return w.group(2).isEmpty() ? PERSON_ROLES.contains(word) : PERSON_TITLES.contains(word);
    }

    /** "told MPA", "told the Ledger": whom a source tells is a person or an outlet, not a place. */
    private static final Pattern TOLD_BEFORE = Pattern.compile("\\btold\\s+(?:the\\s+)?$");

    /**
     * "wrote on Telegram", "posted on X", "messages on Telegram": where something is written or posted is a platform or
     * an outlet, not a place ("reported on Syria", "a statement on Ukraine" are about a place, "said on Capitol Hill" is
     * where it was said: left out).
     */
    private static final Pattern POSTED_ON_BEFORE = Pattern.compile(
            "\\b(?:wrote|written|posted|published|messages?|posts?)\\s+on\\s+(?:the\\s+)?(?:messaging\\s+app\\s+)?$");

    /**
     * Whether the mention is the agency of a wire dateline ("LISBON, March 10. /MPA/."), follows "told", or is where
     * something was written or posted ({@link #POSTED_ON_BEFORE}).
     */
    private static boolean isOutlet(String text, Mention m) {
        if (m.end() > text.length()) return false;
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        if (TOLD_BEFORE.matcher(before).find() || POSTED_ON_BEFORE.matcher(before).find()) return true;
        int line = lineStart(text, m.start());
        return m.start() - line <= 80
                && datelineAt(text, line).filter(d -> m.text().equals(d.agency()) && line + d.end() >= m.end()).isPresent();
    }

    private static int placeCue(String text, Mention m) {
        if (m.end() > text.length()) return NO_CUE;
        String mention = text.substring(m.start(), m.end());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (PLACE_AFTER.matcher(after).find() || LANDFORM_NAME.matcher(mention).find() || BORN_IN_AFTER.matcher(after).find()
                || inDateline(text, m)) return STRONG_CUE;
        if (mention.endsWith("'s") || mention.endsWith("’s") || POSSESSIVE_AFTER.matcher(after).find()) return NO_CUE;
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (STRONG_PLACE_BEFORE.matcher(before).find()) return STRONG_CUE;
        return WEAK_PLACE_BEFORE.matcher(before).find() ? WEAK_CUE : NO_CUE;
    }

    /**
     * How {@link #link} and {@link #typedMentions} both read one of the document's {@link #joined} mentions: widened by
     * a short name before a person's ({@link #withShortNameBefore}), then {@link #readAs}.
     */
    private static List<Mention> readInDocument(String text, Mention m, List<Mention> whole) {
        return readAs(text, withShortNameBefore(text, m, whole));
    }

    /**
     * A recognizer's mention as the linker reads it: split into two names across a spaced hyphen
     * ({@link #splitAtSpacedDash}) or a bare one between two places or peoples ({@link #splitAtBareHyphen}), the name
     * inside a modifier ({@link #withoutModifierTail}), without the common nouns around the name
     * ({@link #withoutLeadingDescriptor}) and an apostrophe after it, and split where a role stands between a body and a
     * person ({@link #splitAtRole}).
     */
    static List<Mention> readAs(String text, Mention m) {
        List<Mention> out = new ArrayList<>(2);
        for (Mention spaced : splitAtSpacedDash(text, namedStorm(text, withoutCentury(text, m)))) {
            for (Mention part : splitAtBareHyphen(text, spaced)) {
                out.addAll(splitAtRole(withoutTrailingApostrophe(withoutCompanyNouns(text, withoutLeadingDescriptor(withoutModifierTail(part))))));
            }
        }
        return out;
    }

    /** The English words that name a storm before its name, capitalised as part of it. */
    private static final String STORM_WORDS = "Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Storm|Superstorm|Tropical Depression";
    /** The word that names a storm before its name: "Hurricane Milton", "Typhoon Haikui", "ураган «Милтон»". */
    private static final Pattern STORM_BEFORE = Pattern.compile(
            "(?<![\\p{L}])((?:" + STORM_WORDS + ")[ \\u00A0])$"
                    + "|(?<![\\p{L}])(?iu:ураган|тайфун|циклон|шторм|тропическ\\p{L}+ шторм)\\p{L}{0,3}[ \\u00A0][«\"„]?$");
    /** A name opening with its storm word. */
    private static final Pattern STORM_WORD = Pattern.compile("(?:" + STORM_WORDS + ")[ \\u00A0]\\p{Lu}");

    /**
     * A storm's name is no person's, whatever the recognizer made of it ("Hurricane Milton" is not Milton): the
     * mention takes the capitalised storm word before it, as the name's first word, and the type of other named
     * things (a Russian storm word is lower-case, so no part of the name).
     */
    static Mention namedStorm(String text, Mention m) {
        Matcher before = stormWordBefore(text, m);
        if (before == null) return m;
        if (before.group(1) == null) return new Mention(EntityType.MISC, m.start(), m.end(), m.text());
        int start = m.start() - before.group(1).length();
        return new Mention(EntityType.MISC, start, m.end(), text.substring(start, m.end()));
    }

    /** The storm word right before a mention (group 1: an English one, to be part of the name), or null. */
    private static Matcher stormWordBefore(String text, Mention m) {
        if (m.start() > text.length() || m.start() < 2) return null;
        Matcher before = STORM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        return before.find() ? before : null;
    }

    /** The lower-case Cyrillic word right after a name, on its line or the next (hard-wrapped text), not a paragraph away. */
    private static final Pattern NEXT_LOWER_WORD = Pattern.compile("^(?:[ \\t\\u00A0]+|[ \\t\\u00A0]*\\r?\\n[ \\t\\u00A0]*)(\\p{IsCyrillic}[\\p{Ll}-]*)");

    /**
     * Whether a one-word Russian name is written as an adjective that agrees with the common noun or adjective after it
     * ("Северная линия", "Северной железной дороге"): then it names a thing, not a person ("Толстой сказал" stays a
     * person). Needs the Russian dictionary; without it, no.
     */
    private boolean modifiesNextWord(String text, Mention m) {
        if (m.text().indexOf(' ') >= 0 || !Transliteration.hasCyrillic(m.text()) || m.end() >= text.length()) return false;
        Matcher next = NEXT_LOWER_WORD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        return next.find() && russianPlaces.agreesAsAdjective(m.text().toLowerCase(Locale.ROOT), next.group(1));
    }

    /**
     * A one-word Russian name written as an adjective, with the lower-case words that agree with it after it:
     * Russian capitalises only the first word of a name, so "Северной" in "по Северной железной дороге" is
     * "Северной железной дороге", and "Литейной" in "на Литейной улице" is "Литейной улице" (a name the recognizer
     * took for a person's is a thing's then). The next word must agree with the last as an adjective with its noun
     * ("на Заводской и Литейной", "Литейной рекомендовали" stay as they are). Needs the dictionary.
     */
    private Mention withAgreeingWords(String text, Mention m) {
        // capitalised inside a sentence: an adjective opening a sentence, or lower-case "российский" (which names the
        // country, alone), is no longer name's first word
        if (m.text().isEmpty() || !Character.isUpperCase(m.text().charAt(0)) || Names.sentenceStart(text, m.start())
                || PLACE_ADJECTIVE.matcher(m.text()).find() || !modifiesNextWord(text, m)) return m;
        int end = m.end();
        String last = m.text().toLowerCase(Locale.ROOT);
        for (int words = 0; words < 3 && end < text.length(); words++) {
            Matcher next = NEXT_LOWER_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            if (!next.find() || !russianPlaces.agreesAsAdjective(last, next.group(1))) break;
            end += next.end(1);
            last = next.group(1);
        }
        EntityType type = m.type() == EntityType.PERSON ? EntityType.MISC : m.type();
        return new Mention(type, m.start(), end, text.substring(m.start(), end));
    }

    /**
     * An adjective made from a place's name ("Минских соглашений", "Французской академии", "Санкт-Петербургского
     * университета"): it names the place, alone, and the noun after it is not the name's.
     */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("ск(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ых|ими|их|ей)$");

    /** A Roman numeral ending a name and followed by "век": "церкви Святого Эльрика XIV века" dates the church. */
    private static final Pattern CENTURY_NUMERAL = Pattern.compile("\\s+[IVXL]+$");
    private static final Pattern CENTURY_AFTER = Pattern.compile("^\\s+(?iu:век|века|веке|веков|веку|century)(?!\\p{L})");

    private static Mention withoutCentury(String text, Mention m) {
        Matcher numeral = CENTURY_NUMERAL.matcher(m.text());
        if (!numeral.find() || numeral.start() == 0 || m.end() > text.length()
                || !CENTURY_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) return m;
        return new Mention(m.type(), m.start(), m.start() + numeral.start(), m.text().substring(0, numeral.start()));
    }

    /**
     * A name's last word joined by a hyphen to a lower-case participle or noun that makes the whole a modifier ("Moscow-based",
     * "U.S.-led", "Kremlin-backed", "Russian-speaking", "Soviet-era"). Not a lower-case part of a name ("Yuan-dong",
     * "al-Boushi" keeps its capital), and not after a single letter ("A-rated", "X-ray").
     */
    private static final Pattern MODIFIER_TAIL = Pattern.compile("(?<=[\\p{L}.]{2})-(?:\\p{Ll}+(?:ed|ing|en)|led|run|born|made|held|"
            + "style|bound|era|wide|like|type|level|grown|built|area|only|centric)(?:-\\p{Ll}+)*$");
    /** Endings of the words that name a people or a nation's things ("Russian", "Chinese", "British", "French", "Swiss", "Israeli"). */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|can|ese|ish|ch|ss)|Israeli|Pakistani|Iraqi|Saudi"
            + "|Kuwaiti|Qatari|Yemeni|Omani|Emirati|Bangladeshi|Nepali|Somali|Afghan|Thai|Arab|Serb|Croat|Turk|Kurd|Greek|Slav"
            + "|Basque|Catalan|Filipino|Tutsi|Hutu|Shia|Shiite|Sunni|Muslim|Jewish|Catholic|Orthodox");
    /** A country written as dotted initials ("U.S.", "U.K.") or its two-letter code. */
    private static final Pattern COUNTRY_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}|US|UK|UAE");

    /** Whether {@code word} is a name joined by a hyphen to a participle that makes it a modifier ("Delhi-based"). */
    static boolean modifierTail(String word) {
        Matcher tail = MODIFIER_TAIL.matcher(word);
        return tail.find() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The name inside a modifier the recognizer spans whole, as CoNLL-2003 does ("U.S.-led" is one misc name there): the
     * entity is the country, city or body before the hyphen ("a Moscow-based analyst" names Moscow). A misc span is
     * retyped by the name's shape: a people's word stays misc ("Russian-backed"), a dotted country is a place, other
     * initials a body ("NATO-led"), anything else a place ("Toronto-based"); the referent's majority type then settles
     * what the document's other mentions say.
     */
    static Mention withoutModifierTail(Mention m) {
        Matcher tail = MODIFIER_TAIL.matcher(m.text());
        if (!tail.find()) return m;
        String name = m.text().substring(0, tail.start());
        int lastWord = name.lastIndexOf(' ') + 1;
        if (!Character.isUpperCase(name.charAt(lastWord))) return m;
        return new Mention(modifierType(m.type(), name.substring(lastWord)), m.start(), m.start() + name.length(), name);
    }

    /** Two capitalised words joined by a bare hyphen: "Baghdad-Damascus", "Israeli-Palestinian", "U.S.-Canada". */
    private static final Pattern NAME_HYPHEN_NAME = Pattern.compile("(\\p{Lu}[\\p{L}.]{2,})-(\\p{Lu}[\\p{L}.]{2,})");

    /**
     * A pairing of two places or peoples written as one hyphenated word ("the Baghdad-Damascus highway", "Israeli-Palestinian
     * talks", "U.S.-Canada trade"), which a recognizer keeping hyphenated words whole reads as one name: two names of the
     * same type, when the text names one of them on its own as well. Not a person's double name ("Caldwell-Pope",
     * "Jean-Luc") nor an organisation's ("Coca-Cola"), nor a place named as one ("Winston-Salem", "Schlosspark-Klinik")
     * whose parts the text does not name apart.
     */
    private static List<Mention> splitAtBareHyphen(String text, Mention m) {
        Matcher pair = NAME_HYPHEN_NAME.matcher(m.text());
        if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || !pair.matches()
                || !namedAlone(text, pair.group(1)) && !namedAlone(text, pair.group(2))
                || firstWordOfLongerName(text, m.text())) return List.of(m);
        return List.of(new Mention(modifierType(m.type(), pair.group(1)), m.start(), m.start() + pair.end(1), pair.group(1)),
                new Mention(modifierType(m.type(), pair.group(2)), m.start() + pair.start(2), m.end(), pair.group(2)));
    }

    /** Whether the text writes {@code word} before another capitalised word: "Rose-Lynn Harlan" is a person's name. */
    private static boolean firstWordOfLongerName(String text, String word) {
        return Pattern.compile(Pattern.quote(word) + "\\s+\\p{Lu}").matcher(text).find();
    }

    /**
     * The type of a name read out of a misc span that joined it to another word ("Russian-backed", "Baghdad-Damascus"):
     * a people's word stays misc, a dotted country is a place, other initials a body, anything else a place; other
     * types stay.
     */
    private static EntityType modifierType(EntityType spanned, String word) {
        if (spanned != EntityType.MISC) return spanned;
        return DEMONYM.matcher(word).matches() ? EntityType.MISC
                : COUNTRY_INITIALS.matcher(word).matches() ? EntityType.LOCATION
                : word.chars().allMatch(Character::isUpperCase) ? EntityType.ORGANIZATION : EntityType.LOCATION;
    }

    /** Two capitalised single words either side of a spaced hyphen: "Ломаченко - Лопес", "Унион - Бавария". */
    private static final Pattern WORD_HYPHEN_WORD = Pattern.compile("(\\p{Lu}[\\p{L}.]*)\\s+-\\s+(\\p{Lu}[\\p{L}.]*)");

    /**
     * Two one-word names the recognizer ran across a spaced hyphen, a pairing of opponents ("Ломаченко - Лопес", "Унион -
     * Бавария"), as two mentions of the same type: a double name is written with a bare hyphen ("Римский-Корсаков"). Not
     * longer names (text rebuilt from tokens spaces a double first name's hyphen: "Жан - Мари Ле Пен") and not across a
     * dash, which joins the parts of one name ("телерадиокомпания «Петербург — Пятый канал»"); and only when the text
     * names one of the two on its own as well ("Ломаченко готов"), since text rebuilt from tokens spaces the hyphen of a
     * double name ("Монте - Кристо") too.
     */
    private static List<Mention> splitAtSpacedDash(String text, Mention m) {
        Matcher d = WORD_HYPHEN_WORD.matcher(m.text());
        if (!d.matches() || !namedAlone(text, d.group(1)) && !namedAlone(text, d.group(2))) return List.of(m);
        return List.of(new Mention(m.type(), m.start() + d.start(1), m.start() + d.end(1), d.group(1)),
                new Mention(m.type(), m.start() + d.start(2), m.start() + d.end(2), d.group(2)));
    }

    private static final Pattern TRAILING_APOSTROPHE = Pattern.compile("\\s*['’‘`]+$");

    /**
     * A name without an apostrophe after it: "Aria Health’" of a text tokenised with spaces ("Aria Health’ s"), or a
     * plural possessive ("the Smiths'"). No name ends in one, and the mark keeps the name from meeting its other mentions.
     */
    private static Mention withoutTrailingApostrophe(Mention m) {
        Matcher a = TRAILING_APOSTROPHE.matcher(m.text());
        if (!a.find() || a.start() == 0) return m;
        return new Mention(m.type(), m.start(), m.start() + a.start(), m.text().substring(0, a.start()));
    }

    /** Roles written before a name in English titles ("Police Chief Jim Williams"), besides {@link Descriptions#ROLES}. */
    private static final Set<String> TITLE_ROLES = Set.of("sheriff", "coach", "commissioner", "detective", "captain",
            "sergeant", "lieutenant", "superintendent", "attorney", "inspector", "justice", "rep", "sen", "gov");
    /** Words that make a name after a role a place's or a body's, not a person's ("Judge Rotenberg Center"). */
    private static final Set<String> BODY_WORDS = Set.of("center", "centre", "court", "hospital", "university", "college",
            "school", "institute", "department", "office", "street", "avenue", "road", "hotel", "group", "bank", "park",
            "building", "hall", "house", "company", "co", "corp", "inc", "ltd", "motors", "electric", "airlines", "airport",
            "station", "church", "museum", "foundation", "association", "council", "committee", "party", "ministry",
            "agency", "service", "bridge", "square", "club", "stadium", "arena", "tower", "library", "prison", "academy",
            "fund", "authority", "commission", "board", "bureau", "union", "league", "team", "times", "post", "news",
            "journal", "award", "awards", "prize", "cup", "act", "law", "county", "city", "state", "republic");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    /**
     * A span the recognizer ran across a title ("Brooklyn Supreme Court Judge Vincent Del Giudice", "Staunton Police
     * Chief Jim Williams") read as the person after the last role word and, for a body or place span, the body before
     * it. The words after the role must read as a person's name: two or three capitalised words with none of a body's
     * or place's nouns ("Judge Rotenberg Center").
     */
    static List<Mention> splitAtRole(Mention m) {
        if (Transliteration.hasCyrillic(m.text())) return List.of(m);
        List<int[]> words = new ArrayList<>();
        Matcher w = NAME_WORD.matcher(m.text());
        while (w.find()) words.add(new int[]{w.start(), w.end()});
        if (words.size() < 2) return List.of(m);
        int role = -1;
        for (int i = 0; i < words.size() - 1; i++) {
            String word = m.text().substring(words.get(i)[0], words.get(i)[1]);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            String lower = bare.toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(word.charAt(0)) && (Descriptions.ROLES.contains(lower) || TITLE_ROLES.contains(lower))) role = i;
        }
        if (role < 0) return List.of(m);
        int nameWords = words.size() - role - 1;
        boolean person = m.type() == EntityType.PERSON;
        // a person's span keeps its title ("King Hassan", "Pope John Paul"): only a body's or place's is cut
        if (person || nameWords > 3 || nameWords < 2) return List.of(m);
        for (int i = role + 1; i < words.size(); i++) {
            String word = m.text().substring(words.get(i)[0], words.get(i)[1]);
            if (!Character.isUpperCase(word.charAt(0)) || BODY_WORDS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) return List.of(m);
        }
        int nameStart = words.get(role + 1)[0];
        List<Mention> out = new ArrayList<>(2);
        if (role > 0) {
            int bodyEnd = words.get(role - 1)[1];
            out.add(new Mention(m.type(), m.start(), m.start() + bodyEnd, m.text().substring(0, bodyEnd)));
        }
        out.add(new Mention(EntityType.PERSON, m.start() + nameStart, m.end(), m.text().substring(nameStart)));
        return out;
    }

    /** The recognizer's mentions with the names it split in two made whole again: by a nickname, by a particle. */
    static List<Mention> joined(String text, List<Mention> mentions) {
        return withParticlesJoined(text, withNicknamesJoined(text, mentions));
    }

    /**
     * The lower-case particles of Portuguese, Spanish, Italian and French names ("Campo do Castelo", "Rio de Janeiro",
     * "Banco de Portugal"), which an English recognizer does not know as part of a name and so splits it at.
     */
    private static final Pattern NAME_PARTICLE = Pattern.compile(" (?:de|do|da|dos|das|del|della|di|du|des) ");

    /**
     * Two names the recognizer found on either side of a particle, and nothing else between them, are one name: of
     * the organisation when either part is one, else of the place when either is one ("Campo" taken for a person and
     * "Castelo" for a place make a stadium), else of the first part's type.
     */
    static List<Mention> withParticlesJoined(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention first = mentions.get(i);
            if (i + 1 < mentions.size() && first.end() <= text.length()) {
                Mention next = mentions.get(i + 1);
                if (next.start() > first.end() && next.end() <= text.length() && first.type() != EntityType.MISC
                        && next.type() != EntityType.MISC && !Transliteration.hasCyrillic(first.text())
                        && NAME_PARTICLE.matcher(text.substring(first.end(), next.start())).matches()) {
                    EntityType type = first.type() == EntityType.ORGANIZATION || next.type() == EntityType.ORGANIZATION
                            ? EntityType.ORGANIZATION
                            : first.type() == EntityType.LOCATION || next.type() == EntityType.LOCATION ? EntityType.LOCATION : first.type();
                    out.add(new Mention(type, first.start(), next.end(), text.substring(first.start(), next.end())));
                    i++;
                    continue;
                }
            }
            out.add(first);
        }
        return out;
    }

    /** A nickname in quotation marks between a first name and a surname: ` "The Chin" `, ` “Magic” `. */
    private static final Pattern NICKNAME = Pattern.compile("\\s+[\"“‘'](\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}?[\\p{L}.'’-]+){0,2})[\"”’']\\s+");

    /**
     * The recognizer's mentions with a name split by a nickname joined again: "Vincent "The Chin" Gigante" is one person,
     * Vincent Gigante, where the recognizer gives "Vincent", maybe "Chin", and "Gigante" apart (a lone "Gigante" then
     * joins whichever Gigante the text names in full, his brother Louis). The joined mention spans the whole and is
     * written as the name without the nickname; a mention of the nickname itself goes.
     */
    static List<Mention> withNicknamesJoined(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention first = mentions.get(i);
            if (first.type() == EntityType.PERSON && first.end() <= text.length()) {
                Matcher nick = NICKNAME.matcher(text).region(first.end(), Math.min(text.length(), first.end() + 40));
                if (nick.lookingAt()) {
                    int k = i + 1;
                    while (k < mentions.size() && mentions.get(k).end() <= nick.end()) k++;
                    if (k < mentions.size() && mentions.get(k).start() == nick.end() && mentions.get(k).type() == EntityType.PERSON
                            && !Transliteration.hasCyrillic(first.text())) {
                        Mention last = mentions.get(k);
                        out.add(new Mention(EntityType.PERSON, first.start(), last.end(), first.text() + " " + last.text()));
                        i = k;
                        continue;
                    }
                }
            }
            out.add(first);
        }
        return out;
    }

    /** Whether {@code word} stands in the text as a whole word with no hyphen on either side. */
    private static boolean namedAlone(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
            String before = text.substring(Math.max(0, at - 2), at);
            String after = text.substring(end, Math.min(text.length(), end + 2));
            if (wordStart && wordEnd && !before.contains("-") && !after.contains("-")) return true;
        }
        return false;
    }

    /** A capitalised Russian noun (and lower-case words) before a whole name in quotes: "Авиакомпания «Моренис Эйрлайнс»". */
    private static final Pattern CAPITALISED_NOUN_BEFORE_QUOTES = Pattern.compile("\\p{Lu}[а-яё-]+(?:\\s+[а-яё][а-яё-]*)*\\s+(«[^«»]+»)");

    /** Lower-case Russian words before a name ("города Карвела"); Latin ones are particles of the name ("van der Sar"). */
    private static final Pattern LEADING_LOWER_WORDS = Pattern.compile("^(?:[а-яё][\\p{L}-]*\\s+)+(?=\\p{Lu}|«)");

    /**
     * A place or person without the common nouns before it: "города Карвела" is the town Karvela, "президента Путина"
     * Putin. Russian training data (FactRuEval) often spans such words, which would otherwise make "города Карвела"
     * and "Карвела" two entities and keep the name from meeting its transliteration. Organisations keep them:
     * "комиссия Европейского союза" is not the European Union, except after a noun of a part of a place: "центре
     * Карвелы", which the recognizer reads as an organisation, is a place in Karvela.
     */
    static Mention withoutLeadingDescriptor(Mention m) {
        m = withoutTrailingCommonNouns(m);
        Matcher lead = LEADING_LOWER_WORDS.matcher(m.text());
        if (!lead.find()) return m;
        int cut = lead.end();
        EntityType type = m.type();
        if (type == EntityType.ORGANIZATION && PART_OF_PLACE.matcher(m.text().substring(0, cut)).matches()) type = EntityType.LOCATION;
        // "компании «Трансвектор»": the company's name is the quoted one
        else if (type == EntityType.ORGANIZATION && m.text().charAt(cut) == '«') return new Mention(type, m.start() + cut, m.end(), m.text().substring(cut));
        else if (type != EntityType.LOCATION && type != EntityType.PERSON) return m;
        return new Mention(type, m.start() + cut, m.end(), m.text().substring(cut));
    }

    /** An adjective of nationality and the lower-case nouns after it: "Kestrian airline", "Maltese crew". */
    private static final Pattern DEMONYM_AND_NOUNS = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:an|ese|ish|i))(?:\\s+[a-z]+)+$");

    /**
     * A demonym without the common nouns the recognizer spanned after it: "Kestrian airline" is the adjective
     * Kestrian. Only after a demonym: names do end in lower-case words ("Liberal Democratic party", "Star magazine").
     */
    private static Mention withoutTrailingCommonNouns(Mention m) {
        if (m.type() != EntityType.MISC) return m;
        Matcher d = DEMONYM_AND_NOUNS.matcher(m.text());
        if (!d.matches()) return m;
        return new Mention(m.type(), m.start(), m.start() + d.end(1), d.group(1));
    }

    /** What a company has, after its name: "the Islandlink Ferries vessel", "an Acme Corp spokesman". */
    private static final Set<String> OWNED_AFTER = Set.of("vessel", "ship", "ferry", "aircraft", "plane", "jet", "boat",
            "train", "truck", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "executive",
            "executives", "chief", "boss", "staff", "crew", "employees", "workers", "shares", "stock");
    /** What a company is, opening a sentence before its name: "Operator Islandlink Ferries said". */
    private static final Set<String> KIND_BEFORE = Set.of("operator", "carrier", "airline", "insurer", "broadcaster",
            "retailer", "regulator", "rival", "owner", "manufacturer", "maker", "firm", "company", "contractor",
            "developer", "supplier", "lender", "shipowner");

    /**
     * An organisation's name without the common nouns an English recognizer spans with it: a thing or people it has
     * after it ("Islandlink Ferries vessel") and, opening a sentence, the kind of company before it ("Operator
     * Islandlink Ferries"). Names do end in other lower-case words ("Star magazine"), which stay.
     */
    static Mention withoutCompanyNouns(String text, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || Transliteration.hasCyrillic(m.text())) return m;
        String name = m.text();
        int start = m.start();
        int last = name.lastIndexOf(' ');
        while (last > 0 && OWNED_AFTER.contains(name.substring(last + 1))) {
            name = name.substring(0, last).stripTrailing();
            last = name.lastIndexOf(' ');
        }
        int first = name.indexOf(' ');
        if (first > 0 && KIND_BEFORE.contains(name.substring(0, first).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(name.charAt(first + 1)) && Names.sentenceStart(text, start)) {
            start += first + 1;
            name = name.substring(first + 1);
        }
        return name.equals(m.text()) ? m : new Mention(m.type(), start, start + name.length(), name);
    }

    /** A noun naming a part of a place, in any case, before the place's name ("центре Карвелы", "окраине Орвика"). */
    private static final Pattern PART_OF_PLACE = Pattern.compile("(?:центр|окраин|пригород|предмест|район|окрестност|"
            + "север|юг|запад|восток|северо-запад|северо-восток|юго-запад|юго-восток)\\p{L}*\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A capitalised word ending in "n" before a lower-case word: "Kestrian opposition", "the Valmaran mark". */
    private static final Pattern ADJECTIVE_BEFORE_NOUN = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{L}*n)\\s+\\p{Ll}");

    /**
     * Whether the text uses an adjective of nationality made from the referent's one-word name: "Kestrian" (typed
     * misc by the recognizer) beside "Kestria", "Valmaran" beside "Valmara", "Italian" beside "Italy", "Japanese"
     * beside "Japan"; in Russian a lower-case adjective in "-ск-" from the stem ("кестрийский" beside "Кестрия").
     * Only a country or region forms one, so a name the recognizer took for an organisation ("Kestria's transport
     * ministry") is the country. Russian names of people form such adjectives too ("путинский"), so there only
     * organisation votes move.
     *
     * @param adjectives capitalised words the text writes before a common noun (not words of a person's full name)
     */
    private static boolean hasDemonym(String text, Referent r, Set<String> miscNames, Set<String> adjectives) {
        String name = oneWordName(r);
        if (name == null) return false;
        if (Transliteration.hasCyrillic(name)) {
            String stem = name.replaceFirst("(?:ии|ия|ию|ией|ья|ой|ей|а|я|ы|и|у|ю|о|е)$", "").toLowerCase(Locale.ROOT);
            if (stem.length() < 3) return false;
            return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(stem) + "(?:и|ий|ей|ь|й)?ск\\p{L}+",
                    Pattern.UNICODE_CASE).matcher(text).find();
        }
        for (String demonym : demonyms(name)) {
            if (miscNames.contains(demonym)) return true;
            // "Kestrian opposition MP", "the Valmaran mark": the adjective before a common noun, however the
            // recognizer typed it (a name it has not seen it may read as a person)
            if (demonym.length() > name.length() && adjectives.contains(demonym)) return true;
        }
        return false;
    }

    /** The referent's name as one word without a possessive, or null when it has none. */
    private static String oneWordName(Referent r) {
        if (r.keys.size() != 1) return null;
        for (Mention m : r.mentions) {
            String t = m.text();
            if (t.length() >= 4 && t.indexOf(' ') < 0 && t.indexOf('\'') < 0 && t.indexOf('’') < 0) return t;
        }
        return null;
    }

    /** The English adjectives of nationality a place name may form: Kestria → Kestrian, Italy → Italian, Japan → Japanese. */
    private static List<String> demonyms(String name) {
        String bare = name.replaceFirst("[aeiouy]$", "");
        return List.of(name + "n", name + "an", name + "ian", name + "i", name + "ese", bare + "ian", bare + "an", bare + "ese");
    }

    /**
     * Nouns of products after a name ("Stadia controller", "Stadia titles", "the Sentra compact"), and before one
     * ("the redesigned compact Sentra"): CoreNLP reads a product's name it has not seen as a place.
     */
    private static final Pattern PRODUCT_AFTER = Pattern.compile("^[ \\t\\u00A0]+(?:controller|controllers|games|titles|"
            + "exclusive|exclusives|library|subscription|subscribers|console|consoles|headset|smartphone|handset|app|"
            + "sedan|sedans|compact|hatchback|crossover|pickup|SUV|SUVs|lineup|firmware)(?![\\p{L}])");
    private static final Pattern PRODUCT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:sedan|compact|hatchback|crossover|"
            + "pickup|SUV|console|smartphone|handset|headset)[ \\t\\u00A0]+$");

    private static boolean productCue(String text, Mention m) {
        return PRODUCT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()
                || PRODUCT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
    }

    private static EntityType majorityType(Referent r) {
        if (r.stormCue) return EntityType.MISC;
        // named as a product more than once, and placed less often than that: a product ("play Stadia titles")
        if (r.productCues.size() >= 2 && r.productCues.size() > r.placeCues.size()) return EntityType.MISC;
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        // a weak cue counts for a name placed twice or more
        int weakest = r.placeCues.size() >= 2 ? WEAK_CUE : STRONG_CUE;
        for (Mention m : r.mentions) {
            boolean placed = r.placeCues.getOrDefault(m, NO_CUE) >= weakest;
            // a place read as a surname is a place where the text places it; one read as the adjective of "Orvik-born"
            // only by a strong cue ("in English" is a language, not a place)
            boolean misc = m.type() == EntityType.MISC && r.placeCues.getOrDefault(m, NO_CUE) >= STRONG_CUE;
            EntityType type = m.type() == EntityType.PERSON && placed || misc ? EntityType.LOCATION : m.type();
            if (type == EntityType.PERSON && r.modifierCues.contains(m)) type = EntityType.MISC;
            // an outlet the recognizer took for a place is an organisation; a demonym it took for one is an adjective
            if (r.outletCues.contains(m) && (type == EntityType.LOCATION || type == EntityType.MISC)) type = EntityType.ORGANIZATION;
            if (type != EntityType.LOCATION && STREET_NAME.matcher(m.text()).find()) type = EntityType.LOCATION;
            if (r.isDemonym && (type == EntityType.ORGANIZATION || type == EntityType.LOCATION
                    || type == EntityType.PERSON && !Transliteration.hasCyrillic(m.text()))) type = EntityType.MISC;
            if (r.companyCue && type != EntityType.ORGANIZATION) type = EntityType.ORGANIZATION;
            // a name with a demonym is a country: the organisation votes move ("Kestria's transport ministry"), and
            // in English the person ones (the Russian adjective of a surname, "путинский", is no demonym)
            if (r.hasDemonym && (type == EntityType.ORGANIZATION
                    || type == EntityType.PERSON && !Transliteration.hasCyrillic(m.text()))) type = EntityType.LOCATION;
            // "chief executive Elon Musk" read as a company is the person; a name that is a company as well stays one
            if (r.personCues.contains(m) && !r.companyCue && type != EntityType.MISC) type = EntityType.PERSON;
            if (type != EntityType.MISC) votes.merge(type, 1, Integer::sum);
        }
        if (votes.isEmpty()) return EntityType.MISC;
        // "Ambassador Gordon Sondland", "Gov. Kristi Noem": a title only a person holds settles it, however often the
        // recognizer read the lone surname as a place or an organisation at the start of a sentence
        if (!r.companyCue && !r.stormCue && votes.containsKey(EntityType.PERSON)
                && r.mentions.stream().anyMatch(r.personCues::contains)) return EntityType.PERSON;
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Name keys of company legal forms, which a short name may leave out. */
    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of(
            NameKeys.wordKey("Inc"), NameKeys.wordKey("Corp"), NameKeys.wordKey("Corporation"), NameKeys.wordKey("Ltd"), NameKeys.wordKey("LLC"),
            NameKeys.wordKey("PLC"), NameKeys.wordKey("Group"), NameKeys.wordKey("Co"), NameKeys.wordKey("Company"), NameKeys.wordKey("AG"),
            NameKeys.wordKey("SA"), NameKeys.wordKey("GmbH"), NameKeys.wordKey("ООО"), NameKeys.wordKey("ОАО"), NameKeys.wordKey("ПАО"), NameKeys.wordKey("АО"));

    /** A shorter name may join a longer one only when their types agree (an untyped mention joins anything). */
    private static boolean compatible(Referent r, Mention m, List<String> keys) {
        EntityType type = majorityType(r);
        // a lone word joins a person only as the surname or the first name, never a middle word; the recognizer's
        // type for a lone surname ("Putin" as a place) is less likely right than the full name's
        if (type == EntityType.PERSON && keys.size() == 1 && r.keys.size() > 1) {
            boolean part = keys.get(0).equals(r.keys.get(r.keys.size() - 1)) || keys.get(0).equals(r.keys.get(0));
            // a word typed otherwise must be spelled as the name's word, not merely share its consonants: "Russia" is
            // not the "Haarhuis" of Paul Haarhuis
            return part && (m.type() == EntityType.PERSON || spelledInName(r, m.text()));
        }
        // a lone word is another place or body than a longer name built on it ("Karvela" and "Karvela General
        // Hospital", "Lisbon" and "Port of Lisbon"), unless the rest is a company's legal form ("Acme" and "Acme Inc")
        if ((type == EntityType.LOCATION || type == EntityType.ORGANIZATION) && keys.size() == 1 && r.keys.size() > 1) {
            for (String k : r.keys) if (!k.equals(keys.get(0)) && !LEGAL_FORMS.contains(k)) return false;
        }
        // a misc part of a typed name is its adjective ("Bosnian Serb" in "Bosnian Serb Republic"), not a mention of it;
        // a typed part of a name the recognizer called misc gives it its type ("Geological Survey" of "Kestrian
        // Geological Survey"), when it keeps the name's last word: without it, it names what the misc name is named
        // after, another referent ("U.S." and "the U.S. Open", "Hong Kong" and "the Hong Kong Open", "Davis" and
        // "the Davis Cup")
        if (type == EntityType.MISC && m.type() != EntityType.MISC)
            return !keys.isEmpty() && keys.getLast().equals(r.keys.getLast());
        return m.type() == type || type == EntityType.MISC;
    }

    /** Whether a word of one of the referent's mentions is spelled as {@code word} (in Latin letters, folded). */
    private static boolean spelledInName(Referent r, String word) {
        String spelled = spelling(NameKeys.words(word).isEmpty() ? word : NameKeys.words(word).get(0));
        for (Mention x : r.mentions) {
            for (String w : NameKeys.words(x.text())) if (spelling(w).equals(spelled)) return true;
        }
        return false;
    }

    private static String spelling(String word) {
        return Transliteration.foldSpelling(Transliteration.toLatin(word.toLowerCase(Locale.ROOT)));
    }

    private static int distance(Referent r, Mention m) {
        int best = Integer.MAX_VALUE;
        for (Mention x : r.mentions) {
            int d = x.start() <= m.start() ? m.start() - x.start() : 2 * (x.start() - m.start());
            best = Math.min(best, d);
        }
        return best;
    }

    /** True when {@code part} occurs in {@code whole} as consecutive words. */
    private static boolean contains(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) return false;
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) return true;
        }
        // a name is written with and without its middle initials ("Frederick C. LaRue", "Frederick LaRue"); a name that
        // gives initials of its own must give the same ones ("George W. Bush" is not "George H. W. Bush")
        if (whole.size() > 2 && part.size() > 1 && part.stream().noneMatch(k -> k.length() == 1)) {
            List<String> withoutInitials = new ArrayList<>(whole.size());
            for (int i = 0; i < whole.size(); i++) {
                if (i == 0 || i == whole.size() - 1 || whole.get(i).length() != 1) withoutInitials.add(whole.get(i));
            }
            if (withoutInitials.size() < whole.size()) return contains(withoutInitials, part);
        }
        return false;
    }

    private static List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (String w : NameKeys.words(shoutedPhrase(name) ? capitalised(name) : name)) out.add(NameKeys.wordKey(w));
        return out;
    }

    /**
     * A name all in capitals of three or more words, or of two with one longer than an acronym ("KIND OF SCARY", "SPACE
     * VIZZION CONCEPT", "WEST INDIES"): a headline's or a table's shout, whose short words are words, not acronyms to
     * key letter by letter ("SPACE" is "Space"), so it is the referent the text names in ordinary case. "US EPA" stays
     * two acronyms.
     */
    static boolean shoutedPhrase(String name) {
        if (name.indexOf(' ') < 0 || lettersInCapitals(name) < 0) return false;
        String[] words = name.strip().split("\\s+");
        if (words.length >= 3) return true;
        for (String word : words) if (word.length() > 5) return true;
        return false;
    }

    /**
     * The keys of the one-word places and organisations the text names on their own ("Верхнеозёрск" however it is
     * inflected), with their type. Not persons: a surname first ("Хван Чжан Еп", later "Хван") is no town.
     */
    private static Map<String, EntityType> oneWordNames(List<Mention> mentions) {
        Map<String, EntityType> out = new java.util.HashMap<>();
        for (Mention m : mentions) {
            List<String> words = NameKeys.words(m.text());
            if (words.size() != 1 || m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION) continue;
            out.merge(NameKeys.wordKey(words.get(0)), m.type(), (a, b) -> a);
        }
        return out;
    }

    /**
     * "мэра Верхнеозёрска Павла Ломакина": a Russian recognizer runs the town (or body) of an official's title into
     * the name after it. A person's mention of three words or more whose first word the text also names on its own as
     * a place or an organisation is that place or organisation and a person.
     */
    static List<Mention> withPlaceSplitOff(String text, List<Mention> parts, Map<String, EntityType> oneWordNames) {
        if (oneWordNames.isEmpty()) return parts;
        List<Mention> out = new ArrayList<>(parts.size());
        for (Mention m : parts) {
            Matcher first = FIRST_WORD.matcher(m.text());
            EntityType alone = m.type() == EntityType.PERSON && Transliteration.hasCyrillic(m.text())
                    && NameKeys.words(m.text()).size() >= 3 && first.lookingAt()
                    ? oneWordNames.get(NameKeys.wordKey(first.group(1))) : null;
            if (alone == null) {
                out.add(m);
                continue;
            }
            int nameEnd = m.start() + first.end(1);
            int personStart = m.start() + first.end();
            out.add(new Mention(alone, m.start(), nameEnd, text.substring(m.start(), nameEnd)));
            out.add(new Mention(EntityType.PERSON, personStart, m.end(), text.substring(personStart, m.end())));
        }
        return out;
    }

    private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)\\s+");

    /** The name as a reader should see it: no leading article, no possessive ending, one line. */
    static String shown(String mention) {
        String s = mention.replaceAll("\\s+", " ").trim().replaceAll("['’]s$", "");
        if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4);
        return s;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return true;
        }
        return false;
    }
}
