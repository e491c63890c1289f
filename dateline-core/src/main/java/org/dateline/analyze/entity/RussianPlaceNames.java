package org.dateline.analyze.entity;

import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.PlaceForm;
import org.dateline.analyze.entity.RussianPersonNames.Certainty;
import org.dateline.analyze.entity.RussianPersonNames.Nominative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nominative of a Russian place name the text wrote in another case: "в Москве" → "Москва", "Курской области" →
 * "Курская область", "в Нижнем Новгороде" → "Нижний Новгород". Each word must be known to the dictionary
 * ({@link RussianMorphology#placeForms}); the words agree in case, and the adjectives before the last word agree with
 * it in gender. A form several readings fit ("франции": франция or the element франций) takes the nominative most
 * cases allow; a tie, an unknown word, or words that do not agree leave the name as written, as do all names when
 * no dictionary is installed (invented or rare towns the dictionary does not know stay as written too).
 */
final class RussianPlaceNames {

    private static final Pattern CYRILLIC_NAME = Pattern.compile("[\\p{IsCyrillic}\\s-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer names are mostly a noun with a genitive after it ("Республики Коми"), which this reading cannot take. */
    private static final int MAX_WORDS = 3;

    private final RussianMorphology morphology;

    /** @param morphology the dictionary to read names with, or null: then every name stays as written */
    RussianPlaceNames(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    static RussianPlaceNames installed() {
        return new RussianPlaceNames(RussianMorphology.installed().orElse(null));
    }

    Nominative nominative(String name) {
        Nominative whole = nominativeOfWhole(name);
        if (whole.certainty() != Certainty.UNKNOWN) return whole;
        Nominative town = townByEnding(name);
        if (town != null) return town;
        // a place or body followed by a complement: the name of what it lies in or belongs to, or a genitive noun
        // ("Серранском нагорье Валмары", "церкви Святого Эльрика", "Министерстве обороны России"), or a prepositional
        // phrase ("управлении МЧС по Приозёрной области"); the head declines, the complement stays as written. The
        // longest head that reads wins.
        if (morphology == null) return whole;
        String[] words = SPACES.split(name.strip());
        for (int k = words.length - 1; k >= 1; k--) {
            if (!opensComplement(words[k])) continue;
            Nominative head = nominativeOfWhole(String.join(" ", java.util.Arrays.copyOf(words, k)));
            if (head.certainty() == Certainty.UNKNOWN) continue;
            String complement = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            return new Nominative(head.name() + " " + complement,
                    head.certainty() == Certainty.AS_WRITTEN ? Certainty.AS_WRITTEN : Certainty.DERIVED);
        }
        return whole;
    }

    /**
     * Whether {@code word} reads as an adjective agreeing in case and gender (or number) with {@code next}, a common
     * noun or adjective: "северная" with "линия", "северной" with "железной". A word the dictionary knows as neither
     * (a verb: "толстой" before "сказал") does not agree. False without a dictionary.
     */
    boolean agreesAsAdjective(String word, String next) {
        if (morphology == null) return false;
        List<PlaceForm> after = morphology.placeForms(next);
        if (after.isEmpty()) return false;
        for (PlaceForm a : morphology.placeForms(word)) {
            if (!a.adjective()) continue;
            for (PlaceForm n : after) {
                if (n.grammaticalCase() == a.grammaticalCase() && n.gender().equals(a.gender())) return true;
            }
        }
        return false;
    }

    /** Endings only oblique cases of a noun or adjective have, longest first. */
    private static final List<String> OBLIQUE_ENDINGS = List.of("ами", "ями", "ого", "его", "ому", "ему", "ом", "ем",
            "ах", "ях", "ам", "ям", "ую", "юю", "у", "ю");
    /** Endings a nominative shares with oblique cases: "Карвелы" (genitive, or a plural name), "Орвике". */
    private static final List<String> AMBIGUOUS_ENDINGS = List.of("ой", "ей", "ы", "и", "е");

    /**
     * How much a Russian name's last word looks like a nominative by its ending alone, for names the dictionary does
     * not know: 2 for a consonant, "ь", "а", "я", "о" or an adjective's nominative ending ("Карвела", "Орвик"), 1 for an
     * ending oblique cases share ("Карвелы", "Орвике"), 0 for an ending only oblique cases have ("Карвелу",
     * "Орвиком"); 2 for a name not in Cyrillic.
     */
    static int nominativeLikeness(String name) {
        String[] words = SPACES.split(name.strip());
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]+$", "");
        if (!CYRILLIC_NAME.matcher(last).matches() || last.isEmpty()) return 2;
        for (String e : OBLIQUE_ENDINGS) if (last.endsWith(e) && last.length() > e.length() + 2) return 0;
        for (String e : AMBIGUOUS_ENDINGS) if (last.endsWith(e) && last.length() > e.length() + 2) return 1;
        return 2;
    }

    /** A capitalised word, a preposition of {@link #COMPLEMENT_PREPOSITIONS} or a common noun in the genitive. */
    private boolean opensComplement(String word) {
        if (word.isEmpty()) return false;
        if (Character.isUpperCase(word.charAt(0)) || COMPLEMENT_PREPOSITIONS.contains(word)) return true;
        for (PlaceForm f : morphology.placeForms(word)) {
            if (!f.adjective() && f.grammaticalCase() == GrammaticalCase.GENITIVE) return true;
        }
        return false;
    }

    /** Prepositions that open a complement of a body's name: "управление МЧС по Приозёрной области". */
    private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of("по", "при");

    private Nominative nominativeOfWhole(String name) {
        Nominative unknown = new Nominative(name, Certainty.UNKNOWN);
        if (morphology == null || !CYRILLIC_NAME.matcher(name).matches()) return unknown;
        String[] words = SPACES.split(name.strip());
        if (words.length > MAX_WORDS) return unknown;
        List<List<PlaceForm>> forms = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            List<PlaceForm> f = morphology.placeForms(lower);
            // a capitalised word the dictionary does not know before the noun reads as an adjective by its ending
            // ("Серранском нагорье": an invented highland's name); the noun must still be known
            if (f.isEmpty() && i < words.length - 1 && Character.isUpperCase(words[i].charAt(0))) f = adjectiveByEnding(lower);
            if (f.isEmpty()) return unknown;
            forms.add(f);
        }
        Map<String, Integer> support = new LinkedHashMap<>();
        for (GrammaticalCase c : GrammaticalCase.values()) {
            for (PlaceForm head : forms.getLast()) {
                if (head.adjective() || head.grammaticalCase() != c) continue;
                String reading = reading(forms, c, head);
                if (reading == null) continue;
                // a name that reads as a nominative is one: what other cases would make of it does not matter
                if (c == GrammaticalCase.NOMINATIVE && reading.equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return new Nominative(name, Certainty.AS_WRITTEN);
                }
                support.merge(reading, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : support.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        if (best == null || tie) return unknown;
        return new Nominative(capitalizedAs(words, SPACES.split(best)), Certainty.DERIVED);
    }

    /**
     * A town's name in "-ск", "-цк", "-бург", "-град" or "-поль" in an oblique case, which the dictionary does not know:
     * "Верхнеозёрска", "в Северогорске" are the towns Верхнеозёрск and Северогорск. Only with a dictionary, which
     * knows the feminine names in "-ска" that would read the same ("Аляска").
     */
    private Nominative townByEnding(String name) {
        if (morphology == null) return null;
        Matcher m = TOWN_IN_CASE.matcher(name.strip());
        if (!m.matches() || !morphology.placeForms(name.strip().toLowerCase(Locale.ROOT)).isEmpty()) return null;
        return new Nominative(m.group(1) != null ? m.group(1) : m.group(2) + "ь", Certainty.DERIVED);
    }

    private static final Pattern TOWN_IN_CASE = Pattern.compile(
            "(\\p{Lu}\\p{Ll}{2,}(?:ск|цк|бург|град))(?:а|у|ом|е)|(\\p{Lu}\\p{Ll}{2,}пол)(?:я|ю|ем|е)");

    /** Shortest stem an ending is read off: shorter words are seldom adjectives of a place's name. */
    private static final int MIN_ADJECTIVE_STEM = 4;

    /**
     * The readings an unknown word has as a singular adjective of the full declension, by its ending alone, each with
     * the nominative it would have: "серранском" is masculine or neuter prepositional ("серранский", "серранское"),
     * "серранской" feminine genitive, dative, instrumental or prepositional ("серранская").
     */
    static List<PlaceForm> adjectiveByEnding(String word) {
        List<PlaceForm> out = new ArrayList<>();
        for (String[] e : ADJECTIVE_ENDINGS) {
            String ending = e[0];
            if (!word.endsWith(ending) || word.length() - ending.length() < MIN_ADJECTIVE_STEM) continue;
            String stem = word.substring(0, word.length() - ending.length());
            char last = stem.charAt(stem.length() - 1);
            // spelling rules: after к, г, х an ending is written with и where the hard declension has ы ("серранским"
            // is hard), after ж, ш, ч, щ the masculine nominative is -ий too, and the feminine stays -ая
            boolean velar = "кгх".indexOf(last) >= 0, hushing = "жшчщ".indexOf(last) >= 0;
            boolean soft = !velar && (ending.charAt(0) == 'е' || ending.charAt(0) == 'я' || ending.charAt(0) == 'ю' || ending.equals("им"));
            String masc = stem + (soft || velar || hushing ? "ий" : "ый");
            String neut = stem + (soft ? "ее" : "ое");
            String fem = stem + (soft && !hushing ? "яя" : "ая");
            for (int i = 1; i < e.length; i++) {
                String gender = e[i].substring(0, e[i].indexOf(':'));
                GrammaticalCase c = GrammaticalCase.valueOf(e[i].substring(e[i].indexOf(':') + 1));
                String nominative = switch (gender) {
                    case "Masc" -> c == GrammaticalCase.NOMINATIVE ? word : masc;
                    case "Neut" -> c == GrammaticalCase.NOMINATIVE ? word : neut;
                    default -> c == GrammaticalCase.NOMINATIVE ? word : fem;
                };
                out.add(new PlaceForm(true, gender, c, nominative));
            }
        }
        return out;
    }

    /** Each adjective ending with the gender:case readings it has (every ending a word has is read). */
    private static final String[][] ADJECTIVE_ENDINGS = {
            {"ого", "Masc:GENITIVE", "Neut:GENITIVE"}, {"его", "Masc:GENITIVE", "Neut:GENITIVE"},
            {"ому", "Masc:DATIVE", "Neut:DATIVE"}, {"ему", "Masc:DATIVE", "Neut:DATIVE"},
            {"ом", "Masc:PREPOSITIONAL", "Neut:PREPOSITIONAL"}, {"ем", "Masc:PREPOSITIONAL", "Neut:PREPOSITIONAL"},
            {"ым", "Masc:INSTRUMENTAL", "Neut:INSTRUMENTAL"}, {"им", "Masc:INSTRUMENTAL", "Neut:INSTRUMENTAL"},
            {"ой", "Fem:GENITIVE", "Fem:DATIVE", "Fem:INSTRUMENTAL", "Fem:PREPOSITIONAL"},
            {"ей", "Fem:GENITIVE", "Fem:DATIVE", "Fem:INSTRUMENTAL", "Fem:PREPOSITIONAL"},
            {"ую", "Fem:ACCUSATIVE"}, {"юю", "Fem:ACCUSATIVE"},
            {"ый", "Masc:NOMINATIVE", "Masc:ACCUSATIVE"}, {"ий", "Masc:NOMINATIVE", "Masc:ACCUSATIVE"},
            {"ое", "Neut:NOMINATIVE", "Neut:ACCUSATIVE"}, {"ее", "Neut:NOMINATIVE", "Neut:ACCUSATIVE"},
            {"ая", "Fem:NOMINATIVE"}, {"яя", "Fem:NOMINATIVE"}};

    /** The nominative of the whole name read in case {@code c} with {@code head} as its last word, or null. */
    private static String reading(List<List<PlaceForm>> forms, GrammaticalCase c, PlaceForm head) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < forms.size() - 1; i++) {
            String nominative = null;
            for (PlaceForm f : forms.get(i)) {
                if (!f.adjective() || f.grammaticalCase() != c || !f.gender().equals(head.gender())) continue;
                if (nominative != null && !nominative.equals(f.nominative())) return null;
                nominative = f.nominative();
            }
            if (nominative == null) return null;
            out.append(nominative).append(' ');
        }
        return out.append(head.nominative()).toString();
    }

    /** Each word capitalised as the text wrote it ("Курской области" → "Курская область"). */
    private static String capitalizedAs(String[] written, String[] nominative) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nominative.length; i++) {
            if (i > 0) out.append(' ');
            String w = nominative[i];
            boolean capital = i < written.length && !written[i].isEmpty() && Character.isUpperCase(written[i].charAt(0));
            // an abbreviation stays in capitals ("МЧС России")
            boolean allCaps = capital && written[i].length() > 1 && written[i].equals(written[i].toUpperCase(Locale.ROOT));
            out.append(allCaps ? w.toUpperCase(Locale.ROOT) : capital && !w.isEmpty() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return out.toString();
    }
}
