package org.dateline.analyze.entity;

import org.dateline.normalize.Transliteration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an English and a Russian name of several words are one organisation's or place's name: "National
 * Seismological Institute" and "Национальный сейсмологический институт", "Ministry of Foreign Affairs" and
 * "Министерство иностранных дел". Name keys ({@link NameKeys}) bring transliterated names together ("Putin",
 * "Путин") but not translated ones. Here the words are aligned in order, linking words ("of", "the") aside, and each
 * pair must be either a translation from a small bundled list of the common words of such names
 * ({@code name-words-en-ru.txt}) or one word borrowed into both languages, which transliterates to the same first
 * consonants ("seismological", "сейсмологический"; "Elric", "Эльрика"). Every word must pair, so a word that merely
 * sounds alike does not join two names.
 */
public final class CrossScriptNames {

    private static final Set<String> LINKING_WORDS = Set.of("of", "the", "and", "for", "и");
    /** English word → its Russian translations in the nominative. */
    private static final Map<String, Set<String>> GLOSSARY = load();
    /** How many first consonants of two borrowed words must agree. */
    private static final int SOUND_PREFIX = 4;

    private CrossScriptNames() {
    }

    /** Whether {@code latin} and {@code cyrillic} (names as written, any case form) name one referent. */
    public static boolean sameName(String latin, String cyrillic) {
        return sameWords(contentWords(latin), contentWords(cyrillic));
    }

    /**
     * As {@link #sameName}, on the names' {@link #contentWords}: a caller comparing many names splits each once, and
     * only names of as many words (two or more) can pair.
     */
    public static boolean sameWords(List<String> latin, List<String> cyrillic) {
        if (latin.size() < 2 || latin.size() != cyrillic.size()) return false;
        for (int i = 0; i < latin.size(); i++) {
            if (!sameWord(latin.get(i), cyrillic.get(i))) return false;
        }
        return true;
    }

    /** Natural features whose English name ends in the feature's noun, where Russian puts the noun in lower case before the name. */
    private static final Set<String> FEATURES = Set.of("gorge", "canyon", "river", "lake", "valley", "bay", "island", "peninsula",
            "plateau", "strait", "gulf", "mountains", "highlands", "lowlands");

    /**
     * As {@link #sameWords}, where one side names the referent with a common noun the other leaves out of the name: a
     * Russian name opening with a lower-case noun of the list ("церковь Святого Эльрика" for "St Elric", the English
     * "church" having stood after a possessive), or an English name ending in a natural feature whose Russian name
     * recognizers give without it ("Lennart Gorge", "ущелье Леннарт" → "Леннарт"; a one-word name then has to sound
     * the same throughout, not only in its first consonants).
     */
    public static boolean sameWordsButNoun(List<String> latin, List<String> cyrillic) {
        if (cyrillic.size() == latin.size() + 1 && latin.size() >= 2 && commonNoun(cyrillic.getFirst())) {
            return sameWords(latin, cyrillic.subList(1, cyrillic.size()));
        }
        if (latin.size() == cyrillic.size() + 1 && FEATURES.contains(latin.getLast().toLowerCase(Locale.ROOT))
                && Character.isUpperCase(latin.getLast().charAt(0))) {
            List<String> name = latin.subList(0, latin.size() - 1);
            if (name.size() >= 2) return sameWords(name, cyrillic);
            String a = sound(name.getFirst().toLowerCase(Locale.ROOT));
            String b = sound(NameKeys.stripCase(cyrillic.getFirst().toLowerCase(Locale.ROOT).replace('ё', 'е')));
            return a.length() >= 3 && a.equals(b);
        }
        return false;
    }

    /** A lower-case Russian word that translates a word of the list ("церкви", "ущелье"). */
    private static boolean commonNoun(String cyrillic) {
        if (cyrillic.isEmpty() || !Character.isLowerCase(cyrillic.charAt(0))) return false;
        String ru = cyrillic.replace('ё', 'е');
        for (Set<String> translations : GLOSSARY.values()) {
            for (String t : translations) if (sameStem(ru, t)) return true;
        }
        return false;
    }

    static boolean sameWord(String latin, String cyrillic) {
        String en = latin.toLowerCase(Locale.ROOT);
        String ru = cyrillic.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String translation : GLOSSARY.getOrDefault(en, Set.of())) {
            if (sameStem(ru, translation)) return true;
        }
        String a = sound(en);
        String b = sound(NameKeys.stripCase(ru));
        int n = Math.min(SOUND_PREFIX, Math.min(a.length(), b.length()));
        // short skeletons ("st", "ny") say too little: they must be whole and equal
        if (n < 3) return a.equals(b) && !a.isEmpty();
        return a.regionMatches(0, b, 0, n);
    }

    /**
     * Whether a Russian word is a case form of a nominative: they differ only in an ending of up to three letters
     * ("церкви", "церковь"; "иностранных", "иностранный"; "дел", "дело").
     */
    private static boolean sameStem(String word, String nominative) {
        int common = 0;
        int max = Math.min(word.length(), nominative.length());
        while (common < max && word.charAt(common) == nominative.charAt(common)) common++;
        return common >= Math.max(3, nominative.length() - 3) && word.length() - common <= 3;
    }

    /**
     * The consonants a word's sound starts with, in either script: "-tion" reads as the Russian "-ция" does
     * ("national", "национальный" → "ncnl…"), then the spelling folds of the name keys.
     */
    private static String sound(String word) {
        String latin = Transliteration.toLatin(word).replaceAll("ti(?=[aeiou])", "ci").replace("ph", "f");
        return Transliteration.skeleton(Transliteration.foldSpelling(latin));
    }

    /** The words of a name that must pair, linking words ("of", "the", "и") left out. */
    public static List<String> contentWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : NameKeys.words(name)) {
            if (!LINKING_WORDS.contains(w.toLowerCase(Locale.ROOT))) out.add(w);
        }
        return out;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = CrossScriptNames.class.getResourceAsStream("name-words-en-ru.txt")) {
            if (in == null) throw new IllegalStateException("name-words-en-ru.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+");
                if (parts.length != 2) throw new IllegalStateException("name-words-en-ru.txt: expected two words in \"" + line + "\"");
                out.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new HashSet<>())
                        .add(parts[1].toLowerCase(Locale.ROOT).replace('ё', 'е'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
