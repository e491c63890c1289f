package org.dateline.normalize;

/**
 * A language guess from the alphabet alone: enough to pick the right stemmer for English and Russian
 * when a source does not declare its language. Cyrillic with Ukrainian-only letters is {@code uk};
 * other Cyrillic is {@code ru}; Latin is {@code en}; too little text is {@code und}.
 */
final class ScriptLanguage {

    private static final int MIN_LETTERS = 20;

    private ScriptLanguage() {
    }

    static String guess(CharSequence text) {
        int latin = 0, cyrillic = 0, ukrainian = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                if ("іїєґІЇЄҐ".indexOf(c) >= 0) ukrainian++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (latin + cyrillic < MIN_LETTERS) return "und";
        if (cyrillic > latin) return ukrainian * 200 > cyrillic ? "uk" : "ru";
        return "en";
    }
}
