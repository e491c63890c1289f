package org.dateline.analyze.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text calls a person next to the name: "Kremlin aide Yury Ushakov", "political scientist Malek
 * Dudakov", "Malek Dudakov, a political scientist", "политолог Малек Дудаков". A description ends with a role
 * noun; later "the Kremlin aide" then refers to that person.
 */
public final class Descriptions {

    /** Role nouns that end a description (English and Russian, nominative). */
    static final Set<String> ROLES = Set.of(
            "aide", "adviser", "advisor", "analyst", "ambassador", "chairman", "chairwoman", "chancellor", "chief",
            "commander", "correspondent", "councillor", "director", "diplomat", "economist", "editor", "envoy", "expert",
            "governor", "head", "journalist", "judge", "king", "leader", "lawmaker", "lawyer", "mayor", "minister",
            "official", "premier", "president", "prosecutor", "professor", "queen", "representative", "researcher",
            "scientist", "secretary", "senator", "speaker", "spokesman", "spokeswoman", "spokesperson", "deputy",
            "founder", "ceo", "general", "colonel", "prime", "emir", "sheikh", "pope", "patriarch", "counterpart",
            "помощник", "советник", "политолог", "аналитик", "эксперт", "президент", "премьер", "министр", "глава",
            "руководитель", "директор", "посол", "представитель", "пресс-секретарь", "спикер", "депутат", "сенатор",
            "губернатор", "мэр", "генерал", "лидер", "председатель", "замминистра", "заместитель", "экономист",
            "журналист", "судья", "адвокат", "прокурор", "спецпосланник", "посланник", "основатель", "главнокомандующий");

    /** Up to three words before a name, the last of them a role: "Kremlin foreign policy adviser". */
    private static final Pattern BEFORE = Pattern.compile(
            "((?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}-]+)\\s+$");
    /** ", a political scientist," right after a name. */
    private static final Pattern AFTER = Pattern.compile(
            "^,\\s+(?:a|an|the)\\s+((?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}-]+)\\s*[,.;]");

    private Descriptions() {
    }

    /** Whether {@code word} (any case) is a role noun that ends a description ("chief", "Administrator", "глава"). */
    public static boolean isRole(String word) {
        return ROLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The description written right before {@code start} or right after {@code end}, or null. */
    static String around(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        int cut = Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf(','), before.lastIndexOf('.')));
        if (cut >= 0) before = before.substring(cut + 1);
        Matcher m = BEFORE.matcher(before);
        if (m.find()) {
            String d = trimToRole(m.group(1));
            if (d != null) return d;
        }
        Matcher a = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        if (a.find()) return trimToRole(a.group(1));
        return null;
    }

    /**
     * The words up to the last role noun, starting after any article or verb-like lower-case word that cannot
     * be part of a title ("said", "told"); null when no role noun ends it.
     */
    private static String trimToRole(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!ROLES.contains(last)) return null;
        int from = 0;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.endsWith("ed") || w.equals("by") || w.equals("with")
                    || w.equals("and") || w.equals("of") || w.equals("to") || w.equals("that")) {
                from = i + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(words[i]);
        }
        return sb.toString();
    }
}
