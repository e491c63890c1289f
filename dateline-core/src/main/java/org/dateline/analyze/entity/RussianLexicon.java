package org.dateline.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists of {@code ru-ner-lexicon.txt}: stems hinting at an organisation, a place, a country, a city,
 * a person's title or first name. Lookups are by stem so that "России", "Россией" and "Россию" all hit "росси".
 */
final class RussianLexicon {

    static final String RESOURCE = "ru-ner-lexicon.txt";
    /** Case endings a stem may carry: Russian inflections add at most three letters to the stems listed. */
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 3;

    private static final RussianLexicon BUNDLED = load();

    /** Stem → the lists naming it (one stem can be in two lists: "марк" is a first name and a word). */
    private final Map<String, List<String>> lists;

    private RussianLexicon(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static RussianLexicon bundled() {
        return BUNDLED;
    }

    /** The names of the lists {@code word} belongs to through one of its stems (empty when none). */
    List<String> listsOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> exact = lists.get(w);
        if (exact != null) return exact;
        for (int len = w.length() - 1; len >= Math.max(MIN_STEM, w.length() - MAX_ENDING); len--) {
            List<String> hit = lists.get(w.substring(0, len));
            if (hit != null) return hit;
        }
        return List.of();
    }

    private static RussianLexicon load() {
        Map<String, List<String>> lists = new HashMap<>();
        try (InputStream in = RussianLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                for (String stem : line.split("\\s+")) {
                    List<String> names = lists.computeIfAbsent(stem, s -> new ArrayList<>(2));
                    if (!names.contains(section)) names.add(section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RussianLexicon(Map.copyOf(lists));
    }
}
