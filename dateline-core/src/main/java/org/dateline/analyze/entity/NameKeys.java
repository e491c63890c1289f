package org.dateline.analyze.entity;

import org.dateline.normalize.Transliteration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling-independent keys of entity names, so that one referent gets one id across outlets, scripts and
 * grammatical cases: "Yury Ushakov" = "Yuri Ushakov" = "Юрия Ушакова", "Зеленский" = "Zelensky".
 * A name's key is the consonant skeleton of each word ({@link Transliteration#skeleton}), a leading vowel
 * kept, Russian case endings removed first; the key decides the entity id.
 */
public final class NameKeys {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}]+)*");
    /** Case endings of Russian names and adjectives, longest first; only stripped when a stem of 3+ letters stays. */
    private static final String[] RU_ENDINGS = {"ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ым", "им", "ом",
            "ем", "ую", "юю", "ая", "яя", "ий", "ый", "ие", "ые", "ах", "ях", "ам", "ям", "а", "я", "у", "ю", "е", "ы", "и", "о"};
    /** Words that do not tell referents apart: articles and possessives around a name, and a courtesy title before it. */
    private static final List<String> DROPPED = List.of("the", "a", "an", "mr", "mrs", "ms", "dr", "sir", "dame", "mme", "mlle");

    private NameKeys() {
    }

    /** Dotted capitals of an acronym: "U.S." reads as "US". */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}])(\\p{Lu})\\.(?=\\p{Lu}\\.?)");
    /** Key of an alias → key of the name its referent is keyed by (bundled {@code aliases.txt}). */
    private static final java.util.Map<String, String> ALIASES = loadAliases();

    /**
     * The words of a name as written, articles and courtesy titles dropped ("Mr. LaRue" is LaRue), possessive endings
     * removed ("the Kremlin's" → [Kremlin]).
     */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(DOTTED.matcher(name).replaceAll("$1"));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (out.isEmpty() && DROPPED.contains(w.toLowerCase(Locale.ROOT))) continue;
            out.add(w);
        }
        return out;
    }

    /** The key of one word: its case ending removed (Cyrillic), then its consonant skeleton with a leading vowel. */
    public static String wordKey(String word) {
        // acronyms are keyed by all their letters: consonant skeletons of "US", "EU" and "UAE" would collide
        if (word.length() <= 5 && word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
            return Transliteration.toLatin(word).toUpperCase(Locale.ROOT);
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (Transliteration.hasCyrillic(w)) w = stripCase(w);
        // spellings folded as the story matcher's name keys are, so "Мирец" and "Mirec" are one person
        String latin = Transliteration.foldSpelling(Transliteration.toLatin(w));
        String skeleton = Transliteration.skeleton(latin);
        if (!latin.isEmpty() && "aeiou".indexOf(latin.charAt(0)) >= 0) skeleton = "V" + skeleton;
        return skeleton.isEmpty() ? latin : skeleton;
    }

    /** The key of a whole name: word keys joined by spaces (an alias's key is its referent's); empty when no words. */
    public static String key(String name) {
        String key = spellingKey(name);
        return ALIASES.getOrDefault(key, key);
    }

    private static String spellingKey(String name) {
        List<String> keys = new ArrayList<>();
        for (String w : words(name)) keys.add(wordKey(w));
        return String.join(" ", keys);
    }

    private static java.util.Map<String, String> loadAliases() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (var in = NameKeys.class.getResourceAsStream("aliases.txt")) {
            if (in == null) throw new IllegalStateException("bundled aliases.txt is missing");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] names = line.split("\\s*\\|\\s*");
                String canonical = spellingKey(names[0].trim());
                for (String n : names) out.put(spellingKey(n.trim()), canonical);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read aliases.txt", e);
        }
        return out;
    }

    /** A stable id for a key: the same key always gives the same id, in any store. */
    public static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** The word less a Russian case ending, when a stem of three letters or more stays. */
    static String stripCase(String w) {
        for (String ending : RU_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) return w.substring(0, w.length() - ending.length());
        }
        return w;
    }
}
