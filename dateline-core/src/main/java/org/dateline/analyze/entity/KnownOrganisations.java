package org.dateline.analyze.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.text.WordStartMatcher;

/**
 * Names of organisations a recognizer trained on older news mistypes or misses ("Amazon" and "Alphabet" read as
 * places, "OpenAI" not read at all), from the bundled {@code known-organisations.txt}. Knowledge of the world
 * rather than of the text, so it only corrects what the text leaves open: a mention the recognizer made a place or
 * a person becomes the organisation, a name it left out is added, a misc mention stays as it is ("Airbus" the
 * aircraft), and "the Amazon" is the river (not so "the IMF" or "the Red Cross"). A name that is also an ordinary word, a place or a surname ("Apple",
 * "Santander", "Roche") only turns a place into the organisation. {@link EntityRecognizers} puts it after every
 * language's recognizer, as a filter in the chain, so evaluations and the linker see its corrections alike.
 */
final class KnownOrganisations {

    /**
     * @param distinctive no ordinary word, place or surname: may retype a person and add a missed mention
     * @param form        the name's pattern: its words as written, a Russian word with any case ending
     *                    ({@link #inflected})
     */
    private record Name(String text, boolean distinctive, String form) {
        Name(String text, boolean distinctive) {
            this(text, distinctive, inflected(text));
        }

        boolean russian() {
            return !form.equals(Pattern.quote(text));
        }
    }

    /** A whole Cyrillic word: what takes a case ending (declared before {@link #NAMES}, whose loading reads it). */
    private static final Pattern CYRILLIC_WORD = Pattern.compile("\\p{IsCyrillic}+");
    /** A Russian noun's or adjective's ending, what {@link #inflected} strips to find the stem. */
    private static final Pattern RUSSIAN_ENDING = Pattern.compile("(?:ая|ий|ый|ой|ое|а|я|о|е|ь|й|ы|и)$");

    private static final List<Name> NAMES = load();
    private static final java.util.Map<String, Name> BY_TEXT = NAMES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Name::text, n -> n));
    /** The Russian names with their own patterns, to tell which one an inflected match is ("Газпрома", "СИБУРом"). */
    private static final List<java.util.Map.Entry<Name, Pattern>> RUSSIAN = NAMES.stream().filter(Name::russian)
            .map(n -> java.util.Map.entry(n, Pattern.compile(n.form()))).toList();
    /**
     * Every listed name as a whole word, longest first, so one pass over a text finds them all ("JPMorgan Chase"
     * whole, not "JPMorgan" inside it); a pass per name had scanned each text 180 times.
     */
    private static final WordStartMatcher NAME_MATCHER = new WordStartMatcher(Pattern.compile(
            WordStartMatcher.NO_LETTER_OR_DIGIT_BEFORE + "(?:" + String.join("|", NAMES.stream().map(Name::form).toList())
                    + ")(?![\\p{L}\\p{N}])"));
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])the\\s+$");
    /**
     * The platform formerly Twitter, whose one-letter name only its context tells: "said on X", "posted to X", "X,
     * formerly Twitter".
     */
    private static final Pattern X_PLATFORM = Pattern.compile("(?<=\\b(?:said|says|posted|posts|wrote|writes|announced"
            + "|shared|tweeted|commented|added|replied|responded|messaged|claimed|stated) (?:on|to) )X(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{L}\\p{N}.-])X(?=,? \\(?formerly (?:known as )?Twitter)");

    private KnownOrganisations() {
    }

    /**
     * {@code recognizer} with its mentions corrected by the list, as a filter after it in the chain;
     * {@code untypedMisc} for a recognizer whose MISC means only "a name" ({@link CapitalizedNames}).
     */
    static EntityRecognizer after(EntityRecognizer recognizer, boolean untypedMisc) {
        return EntityRecognizer.filtered(recognizer, "+known-organisations", (text, mentions) -> apply(text, mentions, untypedMisc));
    }

    /**
     * {@code mentions} (in text order, not overlapping) with the known organisations of {@code text} typed as such,
     * in text order and not overlapping still.
     */
    static List<Mention> apply(String text, List<Mention> mentions) {
        return apply(text, mentions, false);
    }

    private static List<Mention> apply(String text, List<Mention> mentions, boolean untypedMisc) {
        List<Mention> out = mentions;
        for (java.util.regex.MatchResult match : NAME_MATCHER.matches(new WordStartMatcher.Starts(text))) {
            Name name = named(match.group());
            if (name == null) continue;
            int at = match.start();
            if (plainWord(name.text()) && THE_BEFORE.matcher(text.substring(Math.max(0, at - 8), at)).find()) continue;
            // Russian has no article to tell the maker from its product: "катастрофы Boeing" is the aircraft (a name
            // written in Russian is the body itself)
            boolean mayAdd = name.distinctive() && (name.russian() || !afterCyrillicWord(text, at));
            List<Mention> next = typed(out, new Mention(EntityType.ORGANIZATION, at, match.end(), match.group()), mayAdd,
                    name.distinctive(), untypedMisc);
            if (next != null) out = next;
        }
        java.util.regex.Matcher x = X_PLATFORM.matcher(text);
        while (x.find()) {
            List<Mention> next = typed(out, new Mention(EntityType.ORGANIZATION, x.start(), x.end(), "X"), true, true, untypedMisc);
            if (next != null) out = next;
        }
        return out;
    }

    /**
     * {@code mentions} with {@code known} in place of the mentions it covers, or null to leave them: when a mention
     * reaches beyond the name ("Amazon Web Services", "Nikola Tesla"), when one is misc and the name one word or a
     * league's, or a person the name may not retype, or when none is there and the name may not be added.
     */
    private static List<Mention> typed(List<Mention> mentions, Mention known, boolean mayAdd, boolean mayRetypePerson,
                                       boolean untypedMisc) {
        List<Mention> covered = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.end() <= known.start() || m.start() >= known.end()) continue;
            if (m.start() < known.start() || m.end() > known.end()) return null;
            // a maker's one-word name typed misc is its product ("Airbus" the aircraft), and a league typed misc is its
            // competition, as CoNLL types "Major League Baseball"; "Amnesty International" is neither
            boolean product = m.type() == EntityType.MISC && !untypedMisc
                    && (known.text().indexOf(' ') < 0 || known.text().contains("League"));
            if (product || m.type() == EntityType.PERSON && !mayRetypePerson) return null;
            covered.add(m);
        }
        if (covered.isEmpty() && !mayAdd) return null;
        if (covered.size() == 1 && covered.get(0).equals(known)) return null;
        List<Mention> out = new ArrayList<>(mentions.size() + 1);
        for (Mention m : mentions) if (!covered.contains(m)) out.add(m);
        out.add(known);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Whether the name is one title-case word, which "the" before makes something else ("the Amazon", the river);
     * an acronym or a longer name takes "the" as an organisation does ("the IMF", "the Red Cross").
     */
    private static boolean plainWord(String name) {
        if (name.indexOf(' ') >= 0) return false;
        for (int i = 1; i < name.length(); i++) if (Character.isUpperCase(name.charAt(i))) return false;
        return true;
    }

    /** The listed name a match is: as written, or a Russian name in one of its cases; null for none. */
    private static Name named(String matched) {
        Name name = BY_TEXT.get(matched);
        if (name != null) return name;
        for (java.util.Map.Entry<Name, Pattern> e : RUSSIAN) if (e.getValue().matcher(matched).matches()) return e.getKey();
        return null;
    }

    /**
     * The pattern of a listed name in any case: each Russian word its stem and an ending of up to three letters
     * ("Госдума" → "Госдумы", "Госдумой"; "Единая Россия" → "Единой России"), a Russian abbreviation with a lower-case
     * ending or none ("СИБУРа", "ООН"); any other word as written.
     */
    static String inflected(String name) {
        if (!name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return Pattern.quote(name);
        }
        List<String> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            if (!CYRILLIC_WORD.matcher(word).matches()) {
                words.add(Pattern.quote(word));
            } else if (word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                words.add(Pattern.quote(word) + "(?:\\p{Ll}{1,2})?");
            } else {
                String stem = word.length() > 4 ? RUSSIAN_ENDING.matcher(word).replaceFirst("") : word;
                words.add(Pattern.quote(stem) + "\\p{Ll}{0,3}");
            }
        }
        return String.join(" ", words) + "(?![\\p{L}\\p{N}])";
    }

    private static boolean afterCyrillicWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i >= 0 && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC;
    }

    private static List<Name> load() {
        List<Name> names = new ArrayList<>();
        try (InputStream in = KnownOrganisations.class.getResourceAsStream("known-organisations.txt")) {
            if (in == null) throw new IllegalStateException("bundled known-organisations.txt is missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                boolean ambiguous = name.startsWith("~");
                names.add(new Name(ambiguous ? name.substring(1) : name, !ambiguous));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read known-organisations.txt", e);
        }
        // longer names first: the alternation then takes "JPMorgan Chase" whole where "JPMorgan" also matches
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        return List.copyOf(names);
    }
}
