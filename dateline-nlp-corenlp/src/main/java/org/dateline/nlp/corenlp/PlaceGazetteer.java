package org.dateline.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of places of two or more words from the KBP gazetteer in CoreNLP's models jar (cities, states and provinces,
 * countries; some 83,000 with their hyphenated spellings), read case-insensitively. Kept as sorted 64-bit hashes
 * (0.7 MB) rather than strings, as the recognizer holds them for its whole run.
 */
final class PlaceGazetteer {

    static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private final long[] hashes;

    private PlaceGazetteer(long[] hashes) {
        this.hashes = hashes;
    }

    /** Loads the place names of two or more words of the models jar's gazetteer. */
    static PlaceGazetteer load() {
        ClassLoader loader = PlaceGazetteer.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no place gazetteer at " + RESOURCE + " on the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            long[] out = new long[1 << 16];
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                int tab2 = line.indexOf('\t', tab + 1);
                String kind = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
                if (!kind.equals("CITY") && !kind.equals("STATE_OR_PROVINCE") && !kind.equals("COUNTRY")) continue;
                String name = line.substring(0, tab);
                if (name.indexOf(' ') < 0) continue;
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = hash(name);
            }
            long[] sorted = Arrays.copyOf(out, n);
            Arrays.sort(sorted);
            return new PlaceGazetteer(sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the place gazetteer " + RESOURCE, e);
        }
    }

    /** Whether the name, in any case and with its words one space apart, is a place of the gazetteer. */
    boolean contains(String name) {
        return Arrays.binarySearch(hashes, hash(WHITESPACE.matcher(name.strip()).replaceAll(" "))) >= 0;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    int size() {
        return hashes.length;
    }

    private static long hash(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
