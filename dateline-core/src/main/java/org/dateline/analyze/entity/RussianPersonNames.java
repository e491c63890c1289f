package org.dateline.analyze.entity;

import org.dateline.analyze.entity.RussianMorphology.Gender;
import org.dateline.analyze.entity.RussianMorphology.GrammaticalCase;
import org.dateline.analyze.entity.RussianMorphology.NameForm;
import org.dateline.analyze.entity.RussianMorphology.NameKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The nominative of a Russian person's name as the text wrote it in any case: "Антона Мирца" → "Антон Мирц",
 * "Анны Ломакиной" → "Анна Ломакина", "Сергею Викторовичу Лаврову" → "Сергей Викторович Лавров". A name is read
 * as a whole: its words agree in case and gender, so the case and gender every word the dictionary knows allows
 * ({@link RussianMorphology#nameForms}) decide the nominative of the words it does not know, by the endings of
 * the common surname paradigms (-ов/-ев/-ин, -ский, consonant-final; feminine -ова/-ина/-ская). When the readings
 * leave more than one nominative possible ("Лаврова" alone: Лавров's genitive or Лаврова herself), or a word's
 * ending fits none of the paradigms surely, the name stays as written. Names that do not decline (foreign ones
 * ending in a vowel, a woman's consonant-final surname) keep their spelling. Without a dictionary nothing is known
 * and every name stays as written. Thread-safe when the morphology is.
 */
final class RussianPersonNames {

    /** How sure the nominative is: the name already was one, one was derived, or nothing could be said. */
    enum Certainty { AS_WRITTEN, DERIVED, UNKNOWN }

    /** A name's nominative and how it was reached ({@link Certainty#UNKNOWN}: the name as written). */
    record Nominative(String name, Certainty certainty) {
    }

    private static final Pattern CYRILLIC_NAME = Pattern.compile("[\\p{IsCyrillic}\\s'’-]+");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+");
    private static final String VOWELS = "аеёиоуыэюя";
    /** Consonants after which a masculine noun takes -ем, not -ом, in the instrumental ("Мирцем", "Кузнечем"). */
    private static final String SIBILANTS = "жшчщц";
    /** Consonants after which a feminine -а name takes -и, not -ы, in the genitive ("Ольги", "Маши"). */
    private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
    /** Endings of the possessive surname paradigm: "Лавров", "Гусев", "Ломакин", "Сталин", "Бородин". */
    private static final List<String> POSSESSIVE = List.of("ов", "ев", "ёв", "ин", "ын");

    private final RussianMorphology morphology;

    /** @param morphology the dictionary to read names with, or null: then every name stays as written */
    RussianPersonNames(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    /** With the installed dictionary, if any. */
    static RussianPersonNames installed() {
        return new RussianPersonNames(RussianMorphology.installed().orElse(null));
    }

    /**
     * Whether {@code name} reads as a first name and a surname ("Андрей Джатдоев", "Анны Ломакиной"): the first word
     * a first name to the dictionary, the last a surname or a word it does not know (rare and foreign surnames), and a
     * patronymic between them if three. False without a dictionary.
     */
    boolean firstNameAndSurname(String name) {
        if (morphology == null || !CYRILLIC_NAME.matcher(name).matches()) return false;
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3) return false;
        if (!Character.isUpperCase(words[0].charAt(0)) || !Character.isUpperCase(words[words.length - 1].charAt(0))) return false;
        if (!has(words[0], NameKind.FIRST_NAME)) return false;
        if (words.length == 3 && !has(words[1], NameKind.PATRONYMIC)) return false;
        List<NameForm> last = morphology.nameForms(words[words.length - 1].toLowerCase(Locale.ROOT));
        return last.isEmpty() && morphology.classes(words[words.length - 1].toLowerCase(Locale.ROOT)).equals(RussianMorphology.UNKNOWN)
                || last.stream().anyMatch(f -> f.kind() == NameKind.SURNAME);
    }

    private boolean has(String word, NameKind kind) {
        return morphology.nameForms(word.toLowerCase(Locale.ROOT)).stream().anyMatch(f -> f.kind() == kind);
    }

    /** The nominative of {@code name}, a person's name in Cyrillic; any other name comes back as written, {@link Certainty#UNKNOWN}. */
    Nominative nominative(String name) {
        Nominative unknown = new Nominative(name, Certainty.UNKNOWN);
        if (morphology == null || !CYRILLIC_NAME.matcher(name).matches()) return unknown;
        // words and the hyphens of double names ("Римского-Корсакова") alike: each part agrees with the others
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        String s = name.strip();
        var m = SEPARATOR.matcher(s);
        int at = 0;
        while (m.find()) {
            parts.add(s.substring(at, m.start()));
            separators.add(m.group().contains("-") ? "-" : " ");
            at = m.end();
        }
        parts.add(s.substring(at));
        List<List<NameForm>> forms = new ArrayList<>();
        Set<Reading> possible = allReadings();
        boolean personal = false;
        boolean unknownWord = false;
        for (String p : parts) {
            List<NameForm> f = p.isEmpty() ? List.of() : morphology.nameForms(p.toLowerCase(Locale.ROOT));
            forms.add(f);
            if (f.isEmpty()) {
                unknownWord = true;
                continue;
            }
            // an unknown word before the first name is seldom part of the name: "Верхнеозёрска Павла Ломакина"
            if (unknownWord && !personal && f.stream().anyMatch(x -> x.kind() == NameKind.FIRST_NAME)) return unknown;
            personal |= f.stream().anyMatch(x -> x.kind() != NameKind.ADJECTIVE);
            Set<Reading> allowed = new LinkedHashSet<>();
            for (NameForm x : f) allowed.addAll(readings(x));
            possible.retainAll(allowed);
        }
        // nothing to read the case from, or only adjectives ("Литейной"): more likely a misread street than a person
        if (!personal || possible.isEmpty()) return unknown;
        Set<String> nominatives = new LinkedHashSet<>();
        for (Reading r : possible) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String n = nominative(parts.get(i), forms.get(i), r);
                if (n == null) return unknown;
                if (i > 0) out.append(separators.get(i - 1));
                out.append(n);
            }
            nominatives.add(out.toString());
        }
        if (nominatives.size() != 1) return unknown;
        String nominative = nominatives.iterator().next();
        return new Nominative(nominative, nominative.equals(s) ? Certainty.AS_WRITTEN : Certainty.DERIVED);
    }

    /** A case and gender a whole name may be in. */
    private record Reading(Gender gender, GrammaticalCase grammaticalCase) {
    }

    private static Set<Reading> allReadings() {
        Set<Reading> all = new LinkedHashSet<>();
        for (Gender g : Gender.values()) for (GrammaticalCase c : GrammaticalCase.values()) all.add(new Reading(g, c));
        return all;
    }

    /** The readings one form fits: a form without gender fits both, one that does not decline every case. */
    private static Set<Reading> readings(NameForm f) {
        Set<Reading> out = new LinkedHashSet<>();
        Set<Gender> genders = f.gender() == null ? EnumSet.allOf(Gender.class) : EnumSet.of(f.gender());
        Set<GrammaticalCase> cases = f.grammaticalCase() == null ? EnumSet.allOf(GrammaticalCase.class) : EnumSet.of(f.grammaticalCase());
        for (Gender g : genders) for (GrammaticalCase c : cases) out.add(new Reading(g, c));
        return out;
    }

    /** One word's nominative in the name's reading {@code r}, spelt like {@code word}; null when unsure. */
    private static String nominative(String word, List<NameForm> forms, Reading r) {
        String lower = word.toLowerCase(Locale.ROOT);
        String found = null;
        if (forms.isEmpty()) {
            found = r.gender() == Gender.MASCULINE ? masculine(lower, r.grammaticalCase()) : feminine(lower, r.grammaticalCase());
        } else {
            for (NameForm f : forms) {
                if (!readings(f).contains(r)) continue;
                // two readings of one word in one case and gender with different nominatives: unsure
                if (found != null && !found.equals(f.nominative())) return null;
                found = f.nominative();
            }
        }
        return found == null ? null : spelledLike(found, word);
    }

    /**
     * The nominative of a masculine name the dictionary does not know, by its ending in case {@code c}. A
     * consonant-final stem takes -а, -у, -ом/-ем ("Мирца", "Мирцу", "Мирцем" → "Мирц"), a soft one -я, -ю, -ем; the
     * possessive and -ский surnames their own endings; a name ending in another vowel ("Дарио") does not decline.
     * Null when an ending fits two nominatives ("-ого": "Толстой" or "Белый"; "-е": "Мирце" or "Гёте") or none.
     */
    static String masculine(String w, GrammaticalCase c) {
        return switch (c) {
            case NOMINATIVE -> w;
            case GENITIVE, ACCUSATIVE -> {
                if (w.endsWith("ского") || w.endsWith("цкого")) yield replaceEnd(w, 3, "ий");
                if (w.endsWith("ого") || w.endsWith("его")) yield null;
                if (endsWithStemAnd(w, "а")) yield replaceEnd(w, 1, "");
                if (endsWithStemAnd(w, "я") || endsWithVowelAnd(w, "я")) yield softStem(w, 1);
                yield undeclinedMasculine(w);
            }
            case DATIVE -> {
                if (w.endsWith("скому") || w.endsWith("цкому")) yield replaceEnd(w, 3, "ий");
                if (w.endsWith("ому") || w.endsWith("ему")) yield null;
                if (endsWithStemAnd(w, "у")) yield replaceEnd(w, 1, "");
                if (endsWithStemAnd(w, "ю") || endsWithVowelAnd(w, "ю")) yield softStem(w, 1);
                yield undeclinedMasculine(w);
            }
            case INSTRUMENTAL -> {
                if (w.endsWith("ским") || w.endsWith("цким")) yield replaceEnd(w, 2, "ий");
                if (possessive(w, "ым")) yield replaceEnd(w, 2, "");
                if (w.endsWith("ым") || w.endsWith("им")) yield null;
                if (endsWithStemAnd(w, "ом")) yield replaceEnd(w, 2, "");
                if (endsWithStemAnd(w, "ем")) {
                    char before = w.charAt(w.length() - 3);
                    yield SIBILANTS.indexOf(before) >= 0 ? replaceEnd(w, 2, "") : softStem(w, 2);
                }
                if (endsWithVowelAnd(w, "ем")) yield softStem(w, 2);
                yield undeclinedMasculine(w);
            }
            case PREPOSITIONAL -> {
                if (w.endsWith("ском") || w.endsWith("цком")) yield replaceEnd(w, 2, "ий");
                if (possessive(w, "е")) yield replaceEnd(w, 1, "");
                // "о Мирце" or "о Гёте": a consonant-final stem's ending is a foreign name's last letter too
                if (w.endsWith("е")) yield null;
                yield undeclinedMasculine(w);
            }
        };
    }

    /**
     * The nominative of a feminine name the dictionary does not know: the -ова/-ина and -ская surnames and names in
     * -а decline; names ending otherwise (a consonant, -е, -о) do not ("Анны Шульц"). Null when an ending fits two
     * nominatives: "-е" is both Анне's ending and Ильзе's whole name, "-и" both Марии's and Ольги's.
     */
    static String feminine(String w, GrammaticalCase c) {
        if (c == GrammaticalCase.NOMINATIVE) return w;
        if (w.endsWith("ской") || w.endsWith("цкой")) return c == GrammaticalCase.ACCUSATIVE ? null : replaceEnd(w, 2, "ая");
        if (w.endsWith("скую") || w.endsWith("цкую")) return c == GrammaticalCase.ACCUSATIVE ? replaceEnd(w, 2, "ая") : null;
        if (possessive(w, "ой")) return c == GrammaticalCase.ACCUSATIVE ? null : replaceEnd(w, 2, "а");
        if (possessive(w, "у")) return c == GrammaticalCase.ACCUSATIVE ? replaceEnd(w, 1, "а") : null;
        return switch (c) {
            case GENITIVE -> {
                if (endsWithStemAnd(w, "ы")) yield replaceEnd(w, 1, "а");
                if (endsWithStemAnd(w, "и") && VELARS_AND_SIBILANTS.indexOf(w.charAt(w.length() - 2)) >= 0) {
                    yield replaceEnd(w, 1, "а");
                }
                yield w.endsWith("и") ? null : undeclinedFeminine(w);
            }
            case ACCUSATIVE -> {
                if (endsWithStemAnd(w, "у")) yield replaceEnd(w, 1, "а");
                yield w.endsWith("ю") ? null : undeclinedFeminine(w);
            }
            case DATIVE, PREPOSITIONAL -> w.endsWith("е") || w.endsWith("и") ? null : undeclinedFeminine(w);
            case INSTRUMENTAL -> {
                if (endsWithStemAnd(w, "ой")) yield replaceEnd(w, 2, "а");
                yield w.endsWith("ей") || w.endsWith("ю") ? null : undeclinedFeminine(w);
            }
            case NOMINATIVE -> w;
        };
    }

    /** A masculine name in an oblique case keeps its form only when it ends in a vowel ("Дарио"); a consonant: unsure. */
    private static String undeclinedMasculine(String w) {
        return VOWELS.indexOf(w.charAt(w.length() - 1)) >= 0 ? w : null;
    }

    /** A feminine name in an oblique case keeps its form unless it ends in -а or -я, which would have declined. */
    private static String undeclinedFeminine(String w) {
        return w.endsWith("а") || w.endsWith("я") ? null : w;
    }

    /** True when {@code w} is a vowel-final stem of two letters or more ("гайда") and then {@code ending}. */
    private static boolean endsWithVowelAnd(String w, String ending) {
        int stem = w.length() - ending.length();
        return stem >= 2 && w.endsWith(ending) && VOWELS.indexOf(w.charAt(stem - 1)) >= 0;
    }

    /** True when {@code w} is a stem of two letters or more, its last a consonant, and then {@code ending}. */
    private static boolean endsWithStemAnd(String w, String ending) {
        int stem = w.length() - ending.length();
        return stem >= 2 && w.endsWith(ending) && VOWELS.indexOf(w.charAt(stem - 1)) < 0 && Character.isLetter(w.charAt(stem - 1))
                && w.charAt(stem - 1) != 'ь' && w.charAt(stem - 1) != 'ъ';
    }

    /** True when {@code w} is a possessive surname stem ("лавров", "ломакин") and then {@code ending}. */
    private static boolean possessive(String w, String ending) {
        if (!w.endsWith(ending) || w.length() - ending.length() < 4) return false;
        String stem = w.substring(0, w.length() - ending.length());
        return POSSESSIVE.stream().anyMatch(stem::endsWith);
    }

    /** The stem of a soft masculine name: "гайдая" → "гайдай" after a vowel, "гоголя" → "гоголь" after a consonant. */
    private static String softStem(String w, int ending) {
        String stem = w.substring(0, w.length() - ending);
        return stem + (VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "й" : "ь");
    }

    private static String replaceEnd(String w, int ending, String by) {
        return w.substring(0, w.length() - ending) + by;
    }

    /** {@code lower} with the capitals of {@code written} ("ломакина" like "ЛОМАКИНОЙ" → "ЛОМАКИНА"), and its е for ё if it has no ё. */
    private static String spelledLike(String lower, String written) {
        String out = lower;
        if (written.indexOf('ё') < 0 && written.indexOf('Ё') < 0) out = out.replace('ё', 'е');
        boolean allCaps = written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT));
        if (allCaps) return out.toUpperCase(Locale.ROOT);
        if (!written.isEmpty() && Character.isUpperCase(written.charAt(0)) && !out.isEmpty()) {
            out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }
        return out;
    }
}
