package org.dateline.nlp.morphru;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.dateline.analyze.entity.RussianMorphology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@link RussianMorphology} from LanguageTool's Russian dictionary (AOT's, LGPL): about five million word forms
 * with their tags, among them 28,000 first names ("Name"), 130,000 surnames ("Fam") and patronymics ("Patr"),
 * read as a finite-state automaton with morfologik, and its synthesis dictionary (lemma and tag → word form), which
 * gives the nominative of a name that the lemma is not ("ломакиной" has the lemma "ломакин", "петровича" "пётр").
 * The automata are shared; their lookup objects are not thread-safe, so each thread gets its own.
 */
public final class LanguageToolRussianMorphology implements RussianMorphology {

    static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    static final String SYNTHESIS = "/org/languagetool/resource/ru/russian_synth.dict";

    private static final java.util.Map<NameKind, String> KIND_TAGS =
            java.util.Map.of(NameKind.FIRST_NAME, "Name", NameKind.SURNAME, "Fam", NameKind.PATRONYMIC, "Patr");

    private final ThreadLocal<DictionaryLookup> lookup;
    private final ThreadLocal<DictionaryLookup> synthesis;

    /** Reads the dictionary from LanguageTool's jar on the class path (ServiceLoader needs this constructor). */
    public LanguageToolRussianMorphology() {
        Dictionary dictionary = read(DICTIONARY);
        Dictionary forms = read(SYNTHESIS);
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        this.synthesis = ThreadLocal.withInitial(() -> new DictionaryLookup(forms));
    }

    private static Dictionary read(String resource) {
        URL url = LanguageToolRussianMorphology.class.getResource(resource);
        if (url == null) throw new IllegalStateException("missing resource " + resource);
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public String classes(String lowercaseWord) {
        List<WordData> readings = lookup.get().lookup(lowercaseWord);
        if (readings.isEmpty()) return UNKNOWN;
        TreeSet<String> classes = new TreeSet<>();
        for (WordData w : readings) classes.add(classOf(w.getTag()));
        return String.join("|", classes);
    }

    /** "NN:Fam:Masc:Sin:Nom" → "fam"; "ADJ:Posit:..." → "adj": a personal-name kind wins over the part of speech. */
    static String classOf(CharSequence tag) {
        List<String> parts = tag == null ? List.of() : List.of(tag.toString().split(":"));
        if (parts.contains("Name")) return "name";
        if (parts.contains("Fam")) return "fam";
        if (parts.contains("Patr")) return "patr";
        return parts.isEmpty() || parts.getFirst().isEmpty() ? "x" : parts.getFirst().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<NameForm> nameForms(String lowercaseWord) {
        List<WordData> readings = lookup.get().lookup(lowercaseWord);
        if (readings.isEmpty()) return List.of();
        // the lookup object reuses its WordData: copy what is needed before synthesising with the other lookup
        List<String[]> lemmaAndTag = new ArrayList<>(readings.size());
        for (WordData w : readings) {
            if (w.getStem() != null && w.getTag() != null) lemmaAndTag.add(new String[]{w.getStem().toString(), w.getTag().toString()});
        }
        List<NameForm> names = new ArrayList<>();
        List<NameForm> adjectives = new ArrayList<>();
        for (String[] r : lemmaAndTag) {
            NameForm f = nameForm(lowercaseWord, r[0], r[1]);
            if (f == null) continue;
            (f.kind() == NameKind.ADJECTIVE ? adjectives : names).add(f);
        }
        return names.isEmpty() ? adjectives : names;
    }

    /**
     * The reading of {@code word} with {@code lemma} and {@code tag} ("NN:Fam:Fem:Sin:R", "ADJ:Posit:Masc:V") as a
     * part of a person's name, or null: plurals, neuters, short adjectives and common nouns are none.
     */
    private NameForm nameForm(String word, String lemma, String tag) {
        List<String> parts = List.of(tag.split(":"));
        NameKind kind = parts.contains("Name") ? NameKind.FIRST_NAME : parts.contains("Fam") ? NameKind.SURNAME
                : parts.contains("Patr") ? NameKind.PATRONYMIC
                : parts.size() > 1 && parts.get(0).equals("ADJ") && parts.get(1).equals("Posit") ? NameKind.ADJECTIVE : null;
        if (kind == null || parts.contains("PL") || parts.contains("Neut")) return null;
        Gender gender = parts.contains("Masc") ? Gender.MASCULINE : parts.contains("Fem") ? Gender.FEMININE : null;
        // an adjective without gender is a plural form
        if (kind == NameKind.ADJECTIVE && gender == null) return null;
        GrammaticalCase grammaticalCase = null;
        for (String p : parts) if (grammaticalCase == null) grammaticalCase = caseOf(p);
        if (grammaticalCase == null || grammaticalCase == GrammaticalCase.NOMINATIVE) {
            // a name that does not decline ("шойгу" NN:Fam) or a nominative is its own nominative; a feminine
            // surname's lemma is the masculine one ("лаврова" → "лавров"), so the lemma would not do
            return new NameForm(kind, gender, grammaticalCase, word);
        }
        String genderTag = gender == Gender.MASCULINE ? "Masc" : "Fem";
        String nominative = gender == null ? null : kind == NameKind.ADJECTIVE
                ? synthesise(lemma, "ADJ:Posit:" + genderTag + ":Nom")
                : synthesise(lemma, "NN:" + KIND_TAGS.get(kind) + ":" + genderTag + ":Sin:Nom");
        if (nominative == null && kind == NameKind.FIRST_NAME) nominative = lemma;
        return nominative == null ? null : new NameForm(kind, gender, grammaticalCase, nominative);
    }

    @Override
    public List<PlaceForm> placeForms(String lowercaseWord) {
        List<PlaceForm> nouns = new ArrayList<>();
        List<PlaceForm> personal = new ArrayList<>();
        List<PlaceForm> adjectives = new ArrayList<>();
        // the lookup object reuses its WordData: copy what is needed before synthesising with the other lookup
        List<String[]> readings = new ArrayList<>();
        for (WordData r : lookup.get().lookup(lowercaseWord)) {
            if (r.getTag() != null && r.getStem() != null) readings.add(new String[]{r.getStem().toString(), r.getTag().toString()});
        }
        List<PlaceForm> pluralNouns = new ArrayList<>();
        List<PlaceForm> pluralAdjectives = new ArrayList<>();
        for (String[] r : readings) {
            List<String> parts = List.of(r[1].split(":", -1));
            String lemma = r[0];
            GrammaticalCase grammaticalCase = caseOf(parts.getLast());
            if (grammaticalCase == null) continue;
            if (parts.contains("PL")) {
                // plural names ("Объединённых Арабских Эмиратах", "Нидерландах"): the words agree in number, not
                // gender, and each takes the nominative plural of its lemma
                plural(parts, lemma, grammaticalCase, pluralNouns, pluralAdjectives);
                continue;
            }
            String gender = parts.contains("Masc") ? "Masc" : parts.contains("Fem") ? "Fem" : parts.contains("Neut") ? "Neut" : null;
            if (gender == null) continue;
            if (parts.getFirst().equals("NN") && parts.contains("Sin")) {
                boolean person = parts.contains("Fam") || parts.contains("Name") || parts.contains("Patr");
                (person ? personal : nouns).add(new PlaceForm(false, gender, grammaticalCase, lemma));
            } else if (parts.size() == 4 && parts.get(0).equals("ADJ") && parts.get(1).equals("Posit")) {
                String nominative = gender.equals("Masc") ? lemma : synthesise(lemma, "ADJ:Posit:" + gender + ":Nom");
                if (nominative != null) adjectives.add(new PlaceForm(true, gender, grammaticalCase, nominative));
            } else if (parts.size() == 3 && parts.get(0).equals("Ord")) {
                // an ordinal declines as an adjective: "Первом канале" is Первый канал, "Второй мировой войны" the war
                String nominative = gender.equals("Masc") ? lemma : synthesise(lemma, "Ord:" + gender + ":Nom");
                if (nominative != null) adjectives.add(new PlaceForm(true, gender, grammaticalCase, nominative));
            }
        }
        // a word with a singular reading is read in the singular: "германии" is Германия's, not the element's plural
        // (a surname's reading does not count: "штатов" is the plural of штат before it is anyone's name)
        if (nouns.isEmpty() && adjectives.isEmpty()) {
            nouns.addAll(pluralNouns);
            adjectives.addAll(pluralAdjectives);
        }
        // a personal name's lemma is its masculine form: the nominative of a masculine place only ("лондоне")
        if (nouns.isEmpty()) for (PlaceForm p : personal) if (p.gender().equals("Masc")) nouns.add(p);
        nouns.addAll(adjectives);
        return nouns;
    }

    /** Gender of a plural reading in {@link PlaceForm}: plural words agree with one another whatever their gender. */
    static final String PLURAL = "PL";

    /** A plural common noun, adjective or participle among the readings of a place's word, with its nominative plural. */
    private void plural(List<String> parts, String lemma, GrammaticalCase grammaticalCase, List<PlaceForm> nouns,
                        List<PlaceForm> adjectives) {
        String first = parts.getFirst();
        boolean noun = first.equals("NN") && !parts.contains("Name") && !parts.contains("Fam") && !parts.contains("Patr");
        boolean adjective = first.equals("ADJ") && parts.size() > 1 && parts.get(1).equals("Posit") || first.equals("PT");
        if (!noun && !adjective) return;
        String nominativeTag = String.join(":", parts.subList(0, parts.size() - 1)) + ":Nom";
        String nominative = synthesise(lemma, nominativeTag);
        if (nominative == null) return;
        (noun ? nouns : adjectives).add(new PlaceForm(adjective, PLURAL, grammaticalCase, nominative));
    }

    private String synthesise(String lemma, String tag) {
        List<WordData> forms = synthesis.get().lookup(lemma + "|" + tag);
        return forms.isEmpty() || forms.getFirst().getStem() == null ? null : forms.getFirst().getStem().toString();
    }

    /** The AOT case letters: Nom, R(odительный), D(ательный), V(инительный), T(ворительный), P(редложный). */
    static GrammaticalCase caseOf(String tagPart) {
        return switch (tagPart) {
            case "Nom" -> GrammaticalCase.NOMINATIVE;
            case "R" -> GrammaticalCase.GENITIVE;
            case "D" -> GrammaticalCase.DATIVE;
            case "V" -> GrammaticalCase.ACCUSATIVE;
            case "T" -> GrammaticalCase.INSTRUMENTAL;
            case "P" -> GrammaticalCase.PREPOSITIONAL;
            default -> null;
        };
    }
}
