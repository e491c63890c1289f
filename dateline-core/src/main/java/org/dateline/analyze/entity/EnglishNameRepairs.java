package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of an English recognizer's person mentions, each read from the words around them, as a filter after the
 * recognizer in the chain ({@link EntityRecognizers}), so evaluations and the linker see them alike:
 * <ul>
 * <li>the short given or family name left before a person ("met Xi Jinping" spanned as "Jinping") joins it
 *     ({@link EntityLinker#withShortNameBefore});</li>
 * <li>a one-word person right after "in" is a place: "the BRICS summit in Kazan", "talks in Minsk on Friday". People are
 *     seldom "in" anyone, and in CoNLL-2003's training text a one-word name after "in" is a place 496 times and a
 *     person once; a recognizer still reads a town it never saw by its shape, as a surname. Only when the name ends
 *     its phrase (a punctuation mark, a function word or a verb follows), so "in Dutroux affair" or "in Putin's view"
 *     keep their person;</li>
 * <li>a one-word person or place after "Hurricane", "Typhoon", "Cyclone" or "Storm" is the storm's name, misc as
 *     CoNLL-2003 types it ("Hurricane Edouard": only "Edouard", misc);</li>
 * <li>a one-word name in "the ... administration" or "the ... campaign" is the leader's ({@link #leadersGovernment});</li>
 * <li>a modifier made of a name ("Minneapolis-based") is a misc name of its own, opening a longer span or passed over
 *     ({@link #withLeadingModifiersApart}, {@link #withModifiersNamed});</li>
 * <li>two names run together across "and" or "or" are two ({@link #splitAtConjunctions}), and a person the document
 *     names elsewhere is apart from the body after "of" ({@link #withPersonOfBodyApart});</li>
 * <li>the family name of a person the document names in full is that person wherever it stands alone, whatever the
 *     recognizer made of it or if it passed it over ({@link #withSurnamesOfPeople});</li>
 * <li>a one-word name opening a sentence that the text also writes in lower case is no name ({@link #withoutCommonWords}).</li>
 * </ul>
 */
final class EnglishNameRepairs {

    private static final Pattern IN_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])in\\s+$");
    private static final Pattern PHRASE_END_AFTER = Pattern.compile("^(?:\\s*$|\\s*[.,;:!?)]|\\s+(?:on|at|in|and|or|to|for|with|"
            + "last|this|next|since|after|before|during|until|when|where|which|who|as|but|from|over|near|earlier|later|"
            // or the clause's verb: "the summit in Kazan ended", "talks in Minsk were"
            + "is|was|were|are|will|would|has|had|have|\\p{Ll}+ed)(?![\\p{L}]))");

    private EnglishNameRepairs() {
    }

    static EntityRecognizer after(EntityRecognizer recognizer) {
        return EntityRecognizer.filtered(recognizer, "+name-repairs", EnglishNameRepairs::apply);
    }

    /** One word with a capital inside ("WeWork", "GiveWell", "WorldCom"), not a surname's particle ("McCain", "DeSantis"). */
    private static final Pattern BRAND = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*");
    private static final Pattern SURNAME_PARTICLE = Pattern.compile("(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|San|Mo|Al|El|Ben|Bin|Abu)\\p{Lu}.*");

    /**
     * A one-word "person" or "place" written with a capital inside is a company's or a body's name ("WeWork",
     * "GiveWell", "WikiLeaks"): CoNLL-2003's training text types 47 such words organisations, 4 misc and 7 people, all
     * seven the first name "MaliVai" of a longer name.
     */
    static boolean writtenAsABrand(Mention m) {
        return (m.type() == EntityType.PERSON || m.type() == EntityType.LOCATION) && BRAND.matcher(m.text()).matches()
                && !SURNAME_PARTICLE.matcher(m.text()).matches();
    }

    /** Column heads of a standings table: won, lost, drawn, goals for and against, points, percentage, games behind. */
    private static final Set<String> TABLE_HEADS = Set.of("W", "L", "D", "T", "OTL", "GF", "GA", "GD", "PF", "PA", "PTS", "Pts",
            "PCT", "GB", "GP", "RS", "RA");

    /** Two or more column heads of a standings table ("GF GA PTS", "PF PA") name nothing. */
    static boolean tableHeads(Mention m) {
        String[] words = m.text().split(" ");
        if (words.length < 2) return false;
        for (String w : words) if (!TABLE_HEADS.contains(w)) return false;
        return true;
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention repaired = tableHeads(m) ? null : withoutStrayBrackets(m);
            if (repaired == null) {
                if (out == null) out = new ArrayList<>(mentions);
                out.set(i, null);
                continue;
            }
            if (repaired == m) repaired = EntityLinker.withShortNameBefore(text, m, mentions);
            if (repaired == m && placeAfterIn(text, m)) repaired = new Mention(EntityType.LOCATION, m.start(), m.end(), m.text());
            if (repaired == m && stormName(text, m)) repaired = new Mention(EntityType.MISC, m.start(), m.end(), m.text());
            if (repaired == m && namesABody(m)) repaired = new Mention(EntityType.ORGANIZATION, m.start(), m.end(), m.text());
            if (repaired == m && writtenAsABrand(m)) repaired = new Mention(EntityType.ORGANIZATION, m.start(), m.end(), m.text());
            if (repaired == m && namesAnEvent(m)) repaired = new Mention(EntityType.MISC, m.start(), m.end(), m.text());
            if (repaired == m && leadersGovernment(text, m, mentions)) repaired = new Mention(EntityType.PERSON, m.start(), m.end(), m.text());
            if (repaired == m) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.set(i, repaired);
        }
        if (out != null) out.removeIf(java.util.Objects::isNull);
        List<Mention> repaired = withLeadingModifiersApart(out == null ? mentions : out);
        Words words = new Words(text);
        repaired = withPersonOfBodyApart(repaired);
        repaired = withModifiersNamed(text, words, repaired);
        repaired = splitAtConjunctions(repaired);
        repaired = withRepeatedNamesApart(repaired);
        repaired = withSurnamesOfPeople(text, words, repaired);
        repaired = withCapitalsNamed(text, words, repaired);
        repaired = withoutCommonWords(text, words, repaired);
        repaired = withBodiesNamedByTheirNoun(text, repaired);
        repaired = withPlacesOfPlaces(text, repaired);
        repaired = withCompaniesShortNames(text, repaired);
        repaired = withCompetitorsOfATable(text, repaired);
        repaired = withPeopleOfAList(text, repaired);
        return withAbbreviationsOfBodies(text, words, repaired);
    }

    /**
     * A one-word name whose possessive stands right before a place ("Valmara's Serran Highlands", "Russia's
     * Chechnya"), however typed there but as an organisation, is a place wherever its text names it as a "person":
     * CoNLL-2003's training text has 21 such possessors places, 6 organisations ("Repsol's Puertollano") and no
     * person. The surname of a person named in full stays theirs.
     */
    static List<Mention> withPlacesOfPlaces(String text, List<Mention> mentions) {
        // a place wherever the text types one of its mentions so ("Serran Highlands" of a title-case headline too)
        Set<String> placeNames = new java.util.HashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.LOCATION) placeNames.add(m.text());
        Set<Integer> placeStarts = new java.util.HashSet<>();
        for (Mention m : mentions) if (placeNames.contains(m.text())) placeStarts.add(m.start());
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION || m.text().indexOf(' ') >= 0 || m.end() + 3 >= text.length()) continue;
            char apostrophe = text.charAt(m.end());
            if ((apostrophe == '\'' || apostrophe == '’') && text.charAt(m.end() + 1) == 's' && text.charAt(m.end() + 2) == ' '
                    && placeStarts.contains(m.end() + 3)) places.add(m.text());
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.text().indexOf(' ') >= 0) continue;
            if (STATES_OWN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 50))).find()) places.add(m.text());
        }
        // "Valmara and Kestria": a one-word "person" joined by "and" to a one-word place (CoNLL-2003's training text
        // types 210 such names places, 5 people, 5 organisations, 5 misc)
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i), b = mentions.get(i + 1);
            if (a.text().indexOf(' ') >= 0 || b.text().indexOf(' ') >= 0 || b.start() < a.end()) continue;
            if (!EntityLinker.PLAIN_AND.matcher(text.substring(a.end(), b.start())).matches()) continue;
            if (a.type() == EntityType.PERSON && b.type() == EntityType.LOCATION) places.add(a.text());
            if (b.type() == EntityType.PERSON && a.type() == EntityType.LOCATION) places.add(b.text());
        }
        return retyped(mentions, places, EntityType.LOCATION, m -> m.type() == EntityType.PERSON);
    }


    /**
     * What only a state has, after a possessive: "Valmara's transport minister", "Kestria's government", "the
     * country's capital". CoNLL-2003's training text types 46 one-word names before such a noun places, 5
     * organisations and 4 people, all four the leaders of a government ("Yeltsin's government"), whom the surname
     * guard keeps.
     */
    private static final Pattern STATES_OWN = Pattern.compile("^['’]s\\s+(?:\\p{Ll}+\\s+){0,2}?(?:ministers?|ministry|government|"
            + "parliament|capital|ambassador|embassy|military|army|economy|central bank|currency|foreign minister|"
            + "interior minister|defence minister|defense minister|finance minister|prime minister)(?![\\p{L}])");

    /** A company's legal form, which names no company by itself ("Co Inc"). */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "AG",
            "Plc", "plc", "PLC", "SA", "NV", "GmbH", "SpA", "Bhd", "LLC", "LP");

    /** Last words of a company's full name after which its first words are the company's short name. */
    private static final Set<String> COMPANY_ENDS = java.util.stream.Stream.concat(LEGAL_FORMS.stream(),
            java.util.stream.Stream.of("Group", "Holdings", "Corporation", "Company")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The first words of a company's full name written alone ("Santa Fe" of "Santa Fe Pacific Gold Corp", "Barrick"
     * of "Barrick Gold Corp") are the company, however the recognizer typed them: CoNLL-2003's training text types 116
     * such short names organisations and 6 places, all of them a country or province the company is named after
     * ("China" of "China Steel Corp"), so a short name the text also places ("in China") is left as it is.
     */
    static List<Mention> withCompaniesShortNames(String text, List<Mention> mentions) {
        Set<String> shortNames = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) continue;
            String[] words = m.text().split(" ");
            if (words.length < 3 || !COMPANY_ENDS.contains(words[words.length - 1])) continue;
            for (int k = 1; k <= words.length - 2; k++) shortNames.add(String.join(" ", java.util.Arrays.copyOf(words, k)));
        }
        if (shortNames.isEmpty()) return mentions;
        for (Mention m : mentions) {
            if (shortNames.contains(m.text()) && IN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()) {
                shortNames.remove(m.text());
            }
        }
        // a misc word stays the adjective it is ("British" of "British Airways Plc")
        return retyped(mentions, shortNames, EntityType.ORGANIZATION, m -> m.type() == EntityType.LOCATION || m.type() == EntityType.PERSON);
    }

    /**
     * A results table's rows name each competitor with the country in brackets ("4. Pernilla Wiberg (Sweden) 75"): where
     * three or more names stand so and at least three quarters of them are people, the others are people too (the
     * recognizer reads a rare name in such a row as an organisation). In CoNLL-2003's training text, such tables hold
     * 1,355 people and one name of another type.
     */
    static List<Mention> withCompetitorsOfATable(String text, List<Mention> mentions) {
        List<Mention> rows = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention m = mentions.get(i), country = mentions.get(i + 1);
            if (country.type() != EntityType.LOCATION || country.start() < m.end()) continue;
            if (!OPEN_BRACKET.matcher(text.substring(m.end(), country.start())).matches()) continue;
            if (CLOSE_BRACKET.matcher(text.substring(country.end(), Math.min(text.length(), country.end() + 3))).find()) rows.add(m);
        }
        long people = rows.stream().filter(m -> m.type() == EntityType.PERSON).count();
        if (rows.size() < 3 || people * 4 < rows.size() * 3L) return mentions;
        return asPeople(mentions, new java.util.HashSet<>(rows));
    }

    /** The mentions, those of {@code chosen} that are not people yet typed people. */
    private static List<Mention> asPeople(List<Mention> mentions, Set<Mention> chosen) {
        if (chosen.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(chosen.contains(m) && m.type() != EntityType.PERSON ? new Mention(EntityType.PERSON, m.start(), m.end(), m.text()) : m);
        }
        return out;
    }

    /**
     * A list of four or more names joined by commas alone ("Rustu Recber, Ogun Temizkanoglu, Alpay Ozalan, ..."), at
     * least three quarters of them people, names people only: the others are people too. CoNLL-2003's training text
     * has 201 people in such lists and no name of another type.
     */
    static List<Mention> withPeopleOfAList(String text, List<Mention> mentions) {
        Set<Mention> others = new java.util.HashSet<>();
        int from = 0;
        for (int i = 1; i <= mentions.size(); i++) {
            boolean joined = i < mentions.size() && mentions.get(i).start() >= mentions.get(i - 1).end()
                    && COMMA.matcher(text.substring(mentions.get(i - 1).end(), mentions.get(i).start())).matches();
            if (joined) continue;
            List<Mention> run = mentions.subList(from, i);
            long people = run.stream().filter(m -> m.type() == EntityType.PERSON).count();
            if (run.size() >= 4 && people * 4 >= run.size() * 3L) {
                for (Mention m : run) if (m.type() != EntityType.PERSON) others.add(m);
            }
            from = i;
        }
        return asPeople(mentions, others);
    }

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private static final Pattern OPEN_BRACKET = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSE_BRACKET = Pattern.compile("^\\s*\\)");

    /** An abbreviation in brackets right after a body's name: "National Alliance (AN)", "Brazilian Plastic Surgery Society (SBCP)". */
    private static final Pattern ABBREVIATION_AFTER = Pattern.compile("^\\s*\\(\\s*(\\p{Lu}[\\p{Lu}&]{1,6})\\s*\\)");

    /**
     * The abbreviation a text gives in brackets after an organisation's name is that organisation wherever the text
     * writes it ("the far-right National Alliance (AN) ... AN leader Gianfranco Fini"), as CoNLL-2003's training text
     * types 85 of 87 such abbreviations and 167 of 181 of their other occurrences; not in a line in capitals, where
     * "AN" is a word.
     */
    static List<Mention> withAbbreviationsOfBodies(String text, Words words, List<Mention> mentions) {
        Set<String> abbreviations = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) continue;
            Matcher a = ABBREVIATION_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 14)));
            if (a.find()) abbreviations.add(a.group(1));
        }
        if (abbreviations.isEmpty()) return mentions;
        BitSet named = covered(text, mentions);
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        for (Mention m : mentions) {
            out.add(abbreviations.contains(m.text()) && m.type() != EntityType.ORGANIZATION
                    ? new Mention(EntityType.ORGANIZATION, m.start(), m.end(), m.text()) : m);
        }
        for (int i = 0; i < words.words.size(); i++) {
            String word = POSSESSIVE.matcher(words.words.get(i)).replaceFirst("");
            int start = words.starts.get(i), end = start + word.length();
            if (!abbreviations.contains(word) || named.get(start, end).cardinality() > 0) continue;
            if (i > 0 && inCapitals(words.words.get(i - 1)) || i + 1 < words.words.size() && inCapitals(words.words.get(i + 1))) continue;
            out.add(new Mention(EntityType.ORGANIZATION, start, end, word));
        }
        if (out.size() > mentions.size()) out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The mentions, those of {@code names} that {@code retype} accepts typed {@code type}; the surname of a person the
     * text names in full stays theirs ("President Boris Yeltsin ... news agency Yeltsin").
     */
    private static List<Mention> retyped(List<Mention> mentions, Set<String> names, EntityType type,
                                         java.util.function.Predicate<Mention> retype) {
        if (names.isEmpty()) return mentions;
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0) names.remove(m.text().substring(space + 1));
        }
        if (names.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(names.contains(m.text()) && retype.test(m) ? new Mention(type, m.start(), m.end(), m.text()) : m);
        }
        return out;
    }

    /**
     * Common nouns for a company, a body or a team written right before its name: "regional airline Aeroskye",
     * "investor Nordvale Capital", "the carrier Aeroskye". CoNLL-2003's training text types 87 of the 90 names after
     * one of them an organisation (the other three are people of two words: "party Vladimir Zhirinovsky").
     */
    private static final Set<String> BODY_NOUNS = Set.of("airline", "carrier", "company", "firm", "bank", "group",
            "retailer", "manufacturer", "insurer", "operator", "startup", "start-up", "broadcaster", "newspaper", "agency",
            "maker", "conglomerate", "subsidiary", "lender", "brokerage", "automaker", "carmaker", "chipmaker",
            "developer", "publisher", "club", "charity", "utility", "supermarket", "chain", "miner", "producer", "shipper");

    /**
     * What only a company has, after its name or its possessive: CoNLL-2003's training text types no person, and 40 of
     * 40 other names, so ("News Corp's shares", "SOLIDERE shares", "Toyota Australia workers").
     */
    private static final Pattern COMPANYS_OWN = Pattern.compile("(?:['’]s\\s+(?:[\\d,.]+\\s+)?|\\s+)"
            + "(?:employees|shareholders|customers|passengers|shares|stock|subsidiary|subsidiaries|workforce|fleet|"
            + "earnings|revenue|revenues|profits?|plants?|factories)(?![\\p{L}])");

    /**
     * Every mention of a name that the text writes once right after a {@link #BODY_NOUNS body's noun} is an
     * organisation's, as is a one-word "person" that opens an organisation's longer name in the text ("Islandlink" of
     * "Islandlink Ferries") or is followed by what only a company has ({@link #COMPANYS_OWN}): "regional
     * airline Aeroskye" makes "Aeroskye said" the airline's too. A name of two or more words typed a person is left as
     * it is (the noun may be a description's: "the insurer's chairman Thierry Dehaan"), and so is the surname of a
     * person named in full.
     */
    static List<Mention> withBodiesNamedByTheirNoun(String text, List<Mention> mentions) {
        Set<String> bodies = new java.util.HashSet<>();
        // the first words of organisations' names of two or more words: "Islandlink" of "Islandlink Ferries"
        Set<String> bodyFirstWords = new java.util.HashSet<>();
        for (Mention m : mentions) {
            int space = m.text().indexOf(' ');
            if (m.type() == EntityType.ORGANIZATION && space > 0) bodyFirstWords.add(m.text().substring(0, space));
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && bodyFirstWords.contains(m.text())) bodies.add(m.text());
            if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON && m.text().indexOf(' ') >= 0) continue;
            int end = m.start();
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int start = end;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) start--;
            if (end > start && end < m.start() && BODY_NOUNS.contains(text.substring(start, end))) bodies.add(m.text());
            // "Aeroskye's 620 employees", "stranded Aeroskye passengers": what a company has, said of a one-word "person"
            if (m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0
                    && COMPANYS_OWN.matcher(text).region(m.end(), text.length()).lookingAt()) {
                bodies.add(m.text());
            }
        }
        return retyped(mentions, bodies, EntityType.ORGANIZATION, m -> m.type() != EntityType.ORGANIZATION
                && !(m.type() == EntityType.PERSON && m.text().indexOf(' ') >= 0));
    }

    private static final String OPENERS = "[(“\"‘«", CLOSERS = "])”\"’»";

    /**
     * The mention without a bracket or quotation mark at an edge that it does not close or open inside
     * ("[National Society for the Prevention of Cruelty" of an editor's bracket): the same mention when it has
     * none, null when nothing is left.
     */
    static Mention withoutStrayBrackets(Mention m) {
        String t = m.text();
        int from = 0, to = t.length();
        while (from < to && OPENERS.indexOf(t.charAt(from)) >= 0
                && t.indexOf(CLOSERS.charAt(OPENERS.indexOf(t.charAt(from))), from + 1) < 0) {
            from++;
            while (from < to && Character.isWhitespace(t.charAt(from))) from++;
        }
        while (to > from && CLOSERS.indexOf(t.charAt(to - 1)) >= 0
                && t.lastIndexOf(OPENERS.charAt(CLOSERS.indexOf(t.charAt(to - 1))), to - 2) < from) {
            to--;
            while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
        }
        if (from == 0 && to == t.length()) return m;
        if (from >= to) return null;
        return new Mention(m.type(), m.start() + from, m.start() + to, t.substring(from, to));
    }

    /**
     * Last words of a competition's, a prize's, an index's or an agreement's name: CoNLL-2003's training text types every
     * name of two or more words ending in one of them misc but 1 of 233 ("Davis Cup", "U.S. Open", "Nobel Prize",
     * "Hang Seng Index", "Geneva Convention", "Gulf War"). "League", "Games", "Treaty" and "Conference" name bodies as often.
     */
    private static final Set<String> EVENT_HEADS = Set.of("Cup", "Cups", "Open", "Championship", "Championships", "Classic",
            "Prize", "Prix", "Tour", "Series", "Stakes", "Trophy", "Award", "Awards", "Shield", "Index", "Rally", "Masters",
            "Bowl", "Act", "Agreement", "Accord", "Accords", "Protocol", "Convention", "Medal", "Olympics", "Marathon", "War", "Slam");

    /** A name of two or more words ending in a word of {@link #EVENT_HEADS}, typed other than misc. */
    static boolean namesAnEvent(Mention m) {
        return m.type() != EntityType.MISC && endsIn(m, EVENT_HEADS);
    }

    /**
     * Last words of a company's or a public body's name: CoNLL-2003's training text types every name of two or more
     * words ending in one of them an organisation but 1 of 529 ("Apic Yamada Corp", "Daniels Pharmaceuticals",
     * "Labour Party"). "Bank" (West Bank), "Union" (Soviet Union), "Federation", "Court", "Hospital" and "Church" name
     * places as often. The twenty-eighth session added the heads of media and investment firms ("Dick Clark
     * Productions", "Paramount Pictures", "Bessemer Venture Partners": 14 organisations and 1 place, "Halo Trust",
     * over these and similar words).
     */
    private static final Set<String> BODY_HEADS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "AG",
            "Plc", "plc", "PLC", "SA", "NV", "GmbH", "SpA", "Bhd", "Group", "Holdings", "Corporation", "Company", "Industries",
            "Pharmaceuticals", "Airlines", "Airways", "Motors", "Communications", "Securities", "Insurance", "Newsroom",
            "Productions", "Studios", "Records", "Pictures", "Partners", "Ventures", "Technologies",
            "Party", "Commission", "Ministry", "Council", "Department", "Authority", "Agency", "Bureau", "Service",
            "Organisation", "Organization", "Association", "Institute", "Foundation", "University", "College", "Army",
            "Police", "Parliament", "Senate", "Cabinet", "Government");

    /** A name of two or more words ending in a word of {@link #BODY_HEADS}, typed other than an organisation. */
    static boolean namesABody(Mention m) {
        return m.type() != EntityType.ORGANIZATION && endsIn(m, BODY_HEADS);
    }

    /** Whether a name of two or more words ends in one of {@code heads}. */
    private static boolean endsIn(Mention m, Set<String> heads) {
        return m.text().indexOf(' ') > 0 && endsInWord(m.text(), heads);
    }

    /** "Sui-Lee Wee of the New York Times": a name of one to three words, "of", then a body's name. */
    private static final Pattern PERSON_OF_BODY = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}) of (?:the )?(\\p{Lu}.*)");

    /**
     * A person and the body they write or speak for, run into one organisation ("Sui-Lee Wee of the New York Times"):
     * the person apart, when the document names them as a person elsewhere by the same last word ("Wee said"), and the
     * body apart, as CoNLL-2003 spans them. A body's own name with "of" ("Bank of America") has no person's name before it.
     */
    static List<Mention> withPersonOfBodyApart(List<Mention> mentions) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) people.add(m.text().substring(m.text().lastIndexOf(' ') + 1));
        }
        if (people.isEmpty()) return mentions;
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Matcher pb = m.type() == EntityType.ORGANIZATION ? PERSON_OF_BODY.matcher(m.text()) : null;
            String person = pb != null && pb.matches() ? pb.group(1) : null;
            if (person != null && people.contains(person.substring(person.lastIndexOf(' ') + 1))) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
                out.add(new Mention(EntityType.PERSON, m.start(), m.start() + pb.end(1), person));
                out.add(new Mention(EntityType.ORGANIZATION, m.start() + pb.start(2), m.end(), pb.group(2)));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /**
     * A document's words, read once, for the repairs that ask of the whole text (each would otherwise scan it once per
     * name, quadratic in a long document): every word with its place, and the letter runs written in it.
     */
    static final class Words {
        /** A word: letters and digits, joined by apostrophes and hyphens inside ("O'Neill", "Caldwell-Pope"). */
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
        private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
        /** Where each word starts. */
        final List<Integer> starts = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        /** Each run of letters as written, with how often. */
        private final Map<String, Integer> letterRuns = new HashMap<>();

        Words(String text) {
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                starts.add(w.start());
                words.add(w.group());
            }
            Matcher l = LETTERS.matcher(text);
            while (l.find()) letterRuns.merge(l.group(), 1, Integer::sum);
        }

        /** Whether the text writes {@code word} somewhere in lower case, as a run of letters of its own. */
        boolean writtenInLowerCase(String word) {
            return letterRuns.containsKey(word.toLowerCase(Locale.ROOT));
        }

        /** How often {@code letters} is written as a run of letters of its own. */
        int count(String letters) {
            return letterRuns.getOrDefault(letters, 0);
        }
    }

    /**
     * A name the document writes in capitals (a headline, a wire's slug, a table's heading: "WEST INDIES", "GREEN BAY")
     * where the text also names it in ordinary case: the name, of the type it has there. A recognizer learnt names from
     * their case and reads a line in capitals badly, passing it over or taking part of it ("SHEFFIELD" of "SHEFFIELD
     * SHIELD" as a person). Only where no mention reaches past the capitals, and only names given one type in the text.
     */
    static List<Mention> withCapitalsNamed(String text, Words words, List<Mention> mentions) {
        Map<String, EntityType> named = new HashMap<>();
        Set<String> typedTwoWays = new HashSet<>();
        int longest = 0;
        for (Mention m : mentions) {
            String upper = m.text().toUpperCase(Locale.ROOT);
            if (upper.equals(m.text()) || !m.text().equals(m.text().strip())) continue;
            // a one-word name the text also writes as a common word ("Theresa May" and "may") names nothing in capitals
            if (m.text().indexOf(' ') < 0 && words.writtenInLowerCase(m.text())) continue;
            String key = SPACES.matcher(upper).replaceAll(" ");
            EntityType before = named.putIfAbsent(key, m.type());
            if (before != null && before != m.type()) typedTwoWays.add(key);
            longest = Math.max(longest, key.split(" ").length);
        }
        named.keySet().removeAll(typedTwoWays);
        if (named.isEmpty()) return mentions;
        List<Mention> added = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        int n = words.words.size();
        int next = 0; // the first mention not ending before the word at hand: mentions are in text order, apart
        for (int i = 0; i < n; i++) {
            if (!inCapitals(words.words.get(i))) continue;
            int wordStart = words.starts.get(i);
            while (next < mentions.size() && mentions.get(next).end() <= wordStart) next++;
            // the longest run of capitalised words from here that the text names in ordinary case
            for (int len = Math.min(longest, n - i); len >= 1; len--) {
                int last = i + len - 1;
                if (!inCapitals(words.words.get(last))) continue;
                int end = words.starts.get(last) + words.words.get(last).length();
                String key = SPACES.matcher(text.substring(wordStart, end)).replaceAll(" ");
                EntityType type = named.get(key);
                if (type == null || !allInCapitals(words, i, last)) continue;
                List<Mention> inside = new ArrayList<>();
                boolean crosses = false;
                for (int j = next; j < mentions.size() && mentions.get(j).start() < end; j++) {
                    Mention m = mentions.get(j);
                    if (m.start() < wordStart || m.end() > end) crosses = true;
                    else inside.add(m);
                }
                if (crosses) break;
                if (inside.size() == 1 && inside.get(0).start() == wordStart && inside.get(0).end() == end) break;
                replaced.addAll(inside);
                added.add(new Mention(type, wordStart, end, text.substring(wordStart, end)));
                i = last;
                break;
            }
        }
        if (added.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        out.removeAll(replaced);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean allInCapitals(Words words, int from, int to) {
        for (int i = from; i <= to; i++) if (!inCapitals(words.words.get(i))) return false;
        return true;
    }

    /** A word of letters all in capitals, two or more of them. */
    private static boolean inCapitals(String word) {
        return EntityLinker.lettersInCapitals(word) >= 2;
    }

    /** Verbs that open a page's contact line before a person's name: "Email Tariq Malik at ...", "Follow Jane Doe on ...". */
    private static final Set<String> CONTACT_VERBS = Set.of("Email", "E-mail", "Contact", "Follow", "Call", "Text", "Message",
            "Tweet", "Reach", "Write");

    /**
     * A one-word name opening a sentence or a list item that the text also writes in lower case is the common word,
     * capitalised by its place ("1. Prioritize, prioritize, prioritize", "Remember: ..."): a recognizer that learnt
     * CoNLL-2003's results tables ("1. Svetlana Gladishiva ( Russia )") reads a word after a number as a person.
     * Acronyms stay. A verb opening a contact line is no part of the person's name after it ({@link #CONTACT_VERBS}).
     */
    static List<Mention> withoutCommonWords(String text, Words words, List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int space = m.text().indexOf(' ');
            // "Email Tariq Malik at tmalik@...": the verb opening a contact line is no part of the person's name
            if (m.type() == EntityType.PERSON && space > 0 && m.text().indexOf(' ', space + 1) > 0
                    && CONTACT_VERBS.contains(m.text().substring(0, space)) && opensSentence(text, m.start())) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
                out.add(new Mention(EntityType.PERSON, m.start() + space + 1, m.end(), m.text().substring(space + 1)));
                continue;
            }
            boolean common = m.text().indexOf(' ') < 0 && m.text().length() > 1 && opensSentence(text, m.start())
                    && !m.text().equals(m.text().toUpperCase(Locale.ROOT)) && words.writtenInLowerCase(m.text());
            if (common) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /** A word of a name and a participle joined by a hyphen ("London-based", "U.S.-led"), as {@link EntityLinker#modifierTail} reads it. */
    private static final Pattern MODIFIER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])\\p{Lu}[\\p{L}\\p{N}.]+-\\p{Ll}[\\p{Ll}-]*(?![\\p{L}\\p{N}-])");

    /**
     * A modifier made of a name and a participle that the recognizer passed over ("a London-based trade expert", "the
     * Iranian-backed group"): a misc name, as CoNLL-2003 marks 93 of 112 such words in its training text (the rest mostly
     * open a sentence with a common word: "Top-seeded", "Privately-owned"). A sentence's first word counts only when its
     * name is written elsewhere in the text too, or is an acronym.
     */
    static List<Mention> withModifiersNamed(String text, Words words, List<Mention> mentions) {
        List<Mention> added = null;
        BitSet named = covered(text, mentions);
        Matcher w = MODIFIER_WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (!EntityLinker.modifierTail(word) || named.get(w.start(), w.end()).cardinality() > 0) continue;
            String name = word.substring(0, word.indexOf('-', 2));
            // written elsewhere: more often than inside this modifier
            if (opensSentence(text, w.start()) && !name.equals(name.toUpperCase(Locale.ROOT)) && words.count(name) < 2) continue;
            if (added == null) added = new ArrayList<>(mentions);
            added.add(new Mention(EntityType.MISC, w.start(), w.end(), word));
        }
        if (added == null) return mentions;
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }

    /** The characters of the text inside a mention. */
    private static BitSet covered(String text, List<Mention> mentions) {
        BitSet named = new BitSet(text.length());
        for (Mention m : mentions) if (m.end() <= text.length()) named.set(m.start(), m.end());
        return named;
    }

    /**
     * A modifier made of a name and a participle ("Delhi-based", "NBA-leading") opening a longer span: a name of its own,
     * misc as CoNLL-2003 types it ("Minneapolis-based First Bank System Inc." is two names there), the rest keeping the
     * span's type. The linker reads the modifier as the place or body it names ({@link EntityLinker#withoutModifierTail}).
     */
    static List<Mention> withLeadingModifiersApart(List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // the modifier may follow the first words of its name: "New Delhi-based Council on Energy"
            int space = -1;
            for (int words = 1, at = m.text().indexOf(' '); words <= 3 && at > 0; words++, at = m.text().indexOf(' ', at + 1)) {
                int wordStart = m.text().lastIndexOf(' ', at - 1) + 1;
                if (EntityLinker.modifierTail(m.text().substring(wordStart, at)) && Character.isUpperCase(m.text().charAt(at + 1))) {
                    space = at;
                    break;
                }
            }
            if (space > 0) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
                out.add(new Mention(EntityType.MISC, m.start(), m.start() + space, m.text().substring(0, space)));
                out.add(new Mention(m.type(), m.start() + space + 1, m.end(), m.text().substring(space + 1)));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /** "A and B", "A or B": two capitalised names either side of one conjunction. */
    private static final Pattern TWO_NAMES = Pattern.compile("(\\p{Lu}[^ ]*(?: [^ ]+)*?) (?:and|or) (\\p{Lu}[^ ]*(?: [^ ]+)*)");

    /**
     * A recognizer that labels tokens inside or outside a name, not where one begins, runs two names of one type joined
     * by "and" or "or" into one ("Mercantile and Commerce", "Labour and National"): split, when the document names each
     * part on its own too, or as the first words of a longer name ("Mercantile Bancorp Inc."). Names with a conjunction
     * inside ("Securities and Exchange Commission", "Trinidad and Tobago") have parts the text does not name alone.
     */
    static List<Mention> splitAtConjunctions(List<Mention> mentions) {
        // each side of a conjunction with the other sides it is joined to: one joined to several is a name of its own
        Map<String, Set<String>> partners = new HashMap<>();
        for (Mention m : mentions) {
            Matcher two = TWO_NAMES.matcher(m.text());
            if (!two.matches()) continue;
            partners.computeIfAbsent(two.group(1), k -> new HashSet<>()).add(two.group(2));
            partners.computeIfAbsent(two.group(2), k -> new HashSet<>()).add(two.group(1));
        }
        if (partners.isEmpty()) return mentions;
        // what the document names apart: each other mention, and its first words ("Mercantile" of "Mercantile Bancorp Inc.")
        Set<String> apart = new HashSet<>();
        for (Mention m : mentions) {
            if (TWO_NAMES.matcher(m.text()).matches()) continue;
            apart.add(m.text());
            for (int space = m.text().indexOf(' '); space > 0; space = m.text().indexOf(' ', space + 1)) apart.add(m.text().substring(0, space));
        }
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Matcher two = TWO_NAMES.matcher(m.text());
            if (two.matches() && splits(two.group(1), two.group(2), apart, partners)) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
                out.add(new Mention(m.type(), m.start(), m.start() + two.end(1), two.group(1)));
                out.add(new Mention(m.type(), m.start() + two.start(2), m.start() + two.end(2), two.group(2)));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /**
     * One name written twice side by side, as a results table's columns give it ("4-1 Barcelona Barcelona", "5-2 Real
     * Madrid Real Madrid"), run into one by a recognizer that labels tokens inside or outside a name and cannot mark
     * where the second begins: two mentions. Splitting two different names so ("Real Madrid Barcelona") when the text
     * names each alone also split "Alan Shearer", "Baltimore Orioles" and "Iraqi Kurds" (CoNLL-2003 test A 0.940 -> 0.937).
     */
    static List<Mention> withRepeatedNamesApart(List<Mention> mentions) {
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int split = repeatedAt(m.text());
            if (split > 0) {
                if (out == null) out = new ArrayList<>(mentions.subList(0, i));
                out.add(new Mention(m.type(), m.start(), m.start() + split, m.text().substring(0, split)));
                out.add(new Mention(m.type(), m.start() + split + 1, m.end(), m.text().substring(split + 1)));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /** The space between a name's two equal halves ("Real Madrid Real Madrid"), or -1. */
    static int repeatedAt(String text) {
        int middle = text.length() / 2;
        return text.length() % 2 == 1 && text.charAt(middle) == ' ' && text.regionMatches(0, text, middle + 1, middle) ? middle : -1;
    }

    /**
     * Whether "{@code left} and {@code right}" is two names: the document names each apart, or names one apart and the
     * other is a name of two or more words by itself ("Nice and Paris St Germain", "NZ First and National"), not a
     * company's legal form ("Morgan Stanley and Co Inc") nor a body "of" something ("Ministry of Trade and Industry"), and not when a body's head word ends only the second part.
     */
    private static boolean splits(String left, String right, Set<String> apart, Map<String, Set<String>> partners) {
        // a body's head word after the second part covers both ("Mines and Energy Ministry")
        if (endsInWord(right, BODY_HEADS) && !endsInWord(left, BODY_HEADS)) return false;
        boolean l = namedApart(left, apart, partners);
        boolean r = namedApart(right, apart, partners);
        return l && r || l && standsAlone(right) || r && standsAlone(left);
    }

    private static boolean endsInWord(String name, Set<String> words) {
        return words.contains(name.substring(name.lastIndexOf(' ') + 1));
    }

    private static boolean standsAlone(String part) {
        String[] words = part.split(" ");
        if (words.length < 2) return false;
        boolean legalForm = true;
        for (String w : words) {
            if (w.equals("of") || w.equals("for")) return false;
            legalForm &= LEGAL_FORMS.contains(w);
        }
        return !legalForm;
    }


    private static boolean namedApart(String part, Set<String> apart, Map<String, Set<String>> partners) {
        return partners.get(part).size() > 1 || apart.contains(part);
    }

    /**
     * The family name of a person the document names in full, read as that person where the text writes it alone: a
     * person whatever type the recognizer gave it, and a mention where it gave none. A recognizer decides each
     * occurrence from the words around it, and a results table ("2. Pernilla Wiberg ( Sweden ) 1:17.97") or a headline
     * reads like an organisation's (CoNLL-2003 test A 0.935 -> 0.938, test B 0.894 -> 0.896). A capitalised word
     * opening a sentence that the text also writes in lower case is left alone ("Rice prices rose" beside Susan Rice).
     */
    private static final Pattern GENERATION_AFTER = Pattern.compile(",?\\s+(?:Jr|Sr|II|III|IV)\\.?$");

    static List<Mention> withSurnamesOfPeople(String text, Words words, List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        BitSet named = covered(text, mentions);
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) continue;
            // "John Mills Jr." is Mills
            String name = GENERATION_AFTER.matcher(m.text()).replaceFirst("");
            int space = name.lastIndexOf(' ');
            if (space < 0) continue;
            String surname = name.substring(space + 1);
            if (surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))) surnames.add(surname);
        }
        if (surnames.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size() + 4);
        for (Mention m : mentions) {
            boolean surname = m.type() != EntityType.PERSON && surnames.contains(m.text());
            out.add(surname ? new Mention(EntityType.PERSON, m.start(), m.end(), m.text()) : m);
        }
        for (int i = 0; i < words.words.size(); i++) {
            // "Wiberg's" is Wiberg's
            String word = POSSESSIVE.matcher(words.words.get(i)).replaceFirst("");
            int start = words.starts.get(i), end = start + word.length();
            if (!surnames.contains(word) || named.get(start, end).cardinality() > 0) continue;
            if (opensSentence(text, start) && words.writtenInLowerCase(word)) continue;
            out.add(new Mention(EntityType.PERSON, start, end, word));
        }
        if (out.size() > mentions.size()) out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:^|[.!?:\\n][\"'”’)]*)\\s*$");

    private static boolean opensSentence(String text, int at) {
        return SENTENCE_END_BEFORE.matcher(text.substring(Math.max(0, at - 4), at)).find();
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /** "the Trump administration", "the Obama campaign": a leader's government or campaign named after the leader. */
    private static final Pattern LEADERS_NOUN_AFTER = Pattern.compile("^\\s+(?:administration|campaign)(?![\\p{L}])");
    private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}])[Tt]he\\s+$");

    /**
     * A one-word name between "the" and "administration" or "campaign" is the leader's, a person, as CoNLL-2003 types
     * "the Clinton administration" (8 of 8 in its training text); a recognizer trained on 1996 news reads a name it
     * never saw there ("the Trump administration") as a place or a body. Not when the document types the name a place
     * elsewhere ("the Moscow administration ... in Moscow").
     */
    private static boolean leadersGovernment(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.PERSON || m.text().indexOf(' ') >= 0 || m.end() >= text.length()
                || !LEADERS_NOUN_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()
                || !THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()) return false;
        for (Mention other : mentions) {
            if (other != m && other.text().equals(m.text()) && other.type() == EntityType.LOCATION) return false;
        }
        return true;
    }

    /** "Hurricane Milton", "Typhoon Haiyan": a storm's name, misc as CoNLL types it ("Hurricane" itself outside). */
    private static final Pattern STORM_BEFORE = Pattern.compile("(?<![\\p{L}])(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm)\\s+$");

    private static boolean stormName(String text, Mention m) {
        return (m.type() == EntityType.PERSON || m.type() == EntityType.LOCATION) && m.text().chars().noneMatch(Character::isWhitespace)
                && STORM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find();
    }

    private static boolean placeAfterIn(String text, Mention m) {
        return m.type() == EntityType.PERSON && m.text().chars().noneMatch(Character::isWhitespace)
                && IN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                && PHRASE_END_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
    }
}
