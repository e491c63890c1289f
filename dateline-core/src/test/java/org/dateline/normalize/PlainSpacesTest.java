package org.dateline.normalize;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlainSpacesTest {

    @Test
    void noBreakSpacesBecomeSpacesAndGluedCyrillicSentencesAreSeparated() {
        assertThat(Normalizer.plainSpaces("компания\u00a0Skoda")).isEqualTo("компания Skoda");
        assertThat(Normalizer.plainSpaces("Так нельзя.Президент сказал")).isEqualTo("Так нельзя. Президент сказал");
        // Latin names keep their dots, and an unchanged text is the same string
        String site = "Booking.Com said";
        assertThat(Normalizer.plainSpaces(site)).isSameAs(site);
        assertThat(Normalizer.plainSpaces("т.Е")).isEqualTo("т.Е");
    }

    /** The expressions the hand-written pass replaces, applied as before: the same text out for any text in. */
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00a0\\u2007\\u202f]");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=[а-яё]{2}[.!?])(?=[А-ЯЁ][а-яё])");

    @Test
    void sameTextAsTheRegularExpressions() {
        String alphabet = "аяёбАЯЁБzZ.!?, \u00a0\u2007\u202f\n";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            String expected = GLUED_SENTENCE.matcher(NO_BREAK_SPACES.matcher(text).replaceAll(" ")).replaceAll(" ");
            assertThat(Normalizer.plainSpaces(text)).as("%s", text).isEqualTo(expected);
        }
    }
}
