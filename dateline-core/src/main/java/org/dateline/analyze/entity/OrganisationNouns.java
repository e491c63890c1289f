package org.dateline.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation a common noun stands for: "палата" for "контрольно-счётная палата Приозёрной области" named
 * before it, "the ministry" for "Interior Ministry", "в компании заявили" for the company named shortly before.
 * Quote speakers ("сообщили в компании") and the linker's bare descriptors (FactRuEval marks "компании" as the
 * organisation it refers to) both read them so.
 */
public final class OrganisationNouns {

    /** Nouns for a company that name none. */
    private static final Set<String> COMPANY_STEMS = stems(Set.of("company", "firm", "corporation", "carrier",
            "airline", "operator", "contractor", "developer", "компания", "фирма", "корпорация", "предприятие",
            "подрядчик", "перевозчик", "авиакомпания", "концерн", "холдинг", "застройщик"));
    /** Public bodies, which a company noun does not stand for: "Acme was fined by the ministry. The company said". */
    private static final Set<String> PUBLIC_BODY_STEMS = stems(Set.of("ministry", "department", "commission", "agency",
            "court", "police", "parliament", "council", "committee", "office", "government", "министерство",
            "ведомство", "комиссия", "суд", "прокуратура", "палата", "дума", "служба", "полиция", "правительство",
            "администрация", "мэрия", "совет", "комитет", "управление"));
    /** How far back (characters) a company noun looks for the company it stands for. */
    private static final int RECENT_COMPANY = 1500;

    private OrganisationNouns() {
    }

    /**
     * The organisation mention {@code noun} (one word, any case) at {@code offset} stands for: the nearest earlier
     * capitalised organisation with that noun among its words, else, for a company noun, the nearest company named
     * within {@value #RECENT_COMPANY} characters before; null for none. English plurals ("companies") stand for
     * several and get none. {@code mentions} are in text order.
     */
    public static Mention antecedent(String noun, List<Mention> mentions, int offset) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.length() < 3 || !Character.isLetter(lower.charAt(0))) return null;
        if (lower.charAt(0) < 0x80 && lower.endsWith("s") && !lower.endsWith("ss")) return null;
        String stem = stem(lower);
        Set<String> own = Set.of(stem);
        Mention named = null;
        for (Mention m : mentions) {
            if (m.start() >= offset) break;
            if (isNamedOrganisation(m) && hasWordOf(m, own)) named = m;
        }
        if (named != null || !COMPANY_STEMS.contains(stem)) return named;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= offset || !isNamedOrganisation(m)) continue;
            if (offset - m.end() > RECENT_COMPANY) return null;
            if (!hasWordOf(m, PUBLIC_BODY_STEMS)) return m;
        }
        return null;
    }

    /** An organisation's name, with a capital letter: not a bare descriptor such as "компании". */
    private static boolean isNamedOrganisation(Mention m) {
        return m.type() == EntityType.ORGANIZATION && !m.text().equals(m.text().toLowerCase(Locale.ROOT));
    }

    /** Whether a word of the mention is one of the stems with an ending of up to three letters. */
    private static boolean hasWordOf(Mention m, Set<String> stems) {
        for (String word : m.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (int cut = Math.max(1, word.length() - 3); cut <= word.length(); cut++) {
                if (stems.contains(word.substring(0, cut))) return true;
            }
        }
        return false;
    }

    /** A word less an ending of two letters when longer than four: "компании" and "компания" share "компани". */
    private static String stem(String word) {
        return word.length() > 4 ? word.substring(0, word.length() - 2) : word;
    }

    private static Set<String> stems(Set<String> words) {
        return words.stream().map(OrganisationNouns::stem).collect(Collectors.toUnmodifiableSet());
    }
}
