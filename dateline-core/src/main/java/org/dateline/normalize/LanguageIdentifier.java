package org.dateline.normalize;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Which language a text is in, with Lingua's confidence. Too little text is {@code und} (undetermined)
 * and text that is substantially in two scripts is {@code mul} (mixed): both are said, not guessed.
 * The models load on first use (a few hundred MB of heap) and are shared by all threads.
 */
public final class LanguageIdentifier {

    /** A language code (ISO 639-1, or {@code und} / {@code mul}) and how sure the identifier is, 0..1. */
    public record Result(String code, double confidence) {
    }

    public static final String UNDETERMINED = "und";
    public static final String MIXED = "mul";
    /** Fewer letters than this say too little about a language. */
    private static final int MIN_LETTERS = 20;
    /** Below this top confidence the text is not clearly in any one language. */
    private static final double MIN_CONFIDENCE = 0.40;
    private static final int MAX_CHARS = 1200;

    /** The languages {@link #identify} tells apart. */
    private static final Language[] LANGUAGES = {Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.GERMAN,
            Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.BELARUSIAN,
            Language.PORTUGUESE};

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();
    }

    /** {@link #LANGUAGES} by ISO 639-1 code. */
    private static final java.util.Set<String> DETECTABLE = java.util.Arrays.stream(LANGUAGES)
            .map(l -> l.getIsoCode639_1().name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private LanguageIdentifier() {
    }

    /**
     * Whether {@link #identify} can tell {@code code} from the others: a page declaring a language it cannot (Indonesian,
     * "id") would otherwise be taken for the nearest one it can.
     */
    public static boolean detects(String code) {
        return DETECTABLE.contains(code);
    }

    public static Result identify(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int latin = 0, cyrillic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.LATIN) latin++;
            else if (s == Character.UnicodeScript.CYRILLIC) cyrillic++;
        }
        int letters = latin + cyrillic;
        if (letters < MIN_LETTERS) return new Result(UNDETERMINED, 0);
        double minority = Math.min(latin, cyrillic) / (double) letters;
        if (minority > 0.3) return new Result(MIXED, minority);
        SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) return new Result(UNDETERMINED, 0);
        Map.Entry<Language, Double> top = values.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getKey() == Language.UNKNOWN || top.getValue() < MIN_CONFIDENCE) {
            return new Result(UNDETERMINED, top.getValue());
        }
        return new Result(top.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), Math.round(top.getValue() * 1000) / 1000.0);
    }
}
