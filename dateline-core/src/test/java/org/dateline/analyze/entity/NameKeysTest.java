package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One key, so one entity id, for the spellings of one name across scripts and transliteration schemes. */
class NameKeysTest {

    @Test
    void spellingsOfOneNameInEitherScriptShareAKey() {
        assertThat(NameKeys.key("Yury Ushakov")).isEqualTo(NameKeys.key("Yuri Ushakov")).isEqualTo(NameKeys.key("Юрий Ушаков"));
        // Latin c is ц here and к there; ts and x are how other schemes write them
        assertThat(NameKeys.key("Anton Mirec")).isEqualTo(NameKeys.key("Антон Мирец")).isEqualTo(NameKeys.key("Anton Mirets"));
        assertThat(NameKeys.key("Dario Kessel")).isEqualTo(NameKeys.key("Дарио Кессель"));
        assertThat(NameKeys.key("Alexander Novak")).isEqualTo(NameKeys.key("Александр Новак"));
        // Russian writes a foreign h as х and a voiced s as з; English writes х as kh
        assertThat(NameKeys.key("Tomas Reinholt")).isEqualTo(NameKeys.key("Томас Рейнхольт"));
        assertThat(NameKeys.key("Ilse Varga")).isEqualTo(NameKeys.key("Ильзе Варга"));
        assertThat(NameKeys.key("Mikhail Khodorkovsky")).isEqualTo(NameKeys.key("Михаил Ходорковский"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(NameKeys.key("Anton Mirec")).isNotEqualTo(NameKeys.key("Anton Mirov"));
        assertThat(NameKeys.key("Putin")).isNotEqualTo(NameKeys.key("Pushkin"));
        // acronyms keep every letter
        assertThat(NameKeys.key("US")).isNotEqualTo(NameKeys.key("UAE"));
    }

    @Test
    void aCourtesyTitleIsNoPartOfTheName() {
        assertThat(NameKeys.key("Mr. LaRue")).isEqualTo(NameKeys.key("LaRue"));
        assertThat(NameKeys.key("Dr Anthony Fauci")).isEqualTo(NameKeys.key("Anthony Fauci"));
        // a title that is a name's own word stays
        assertThat(NameKeys.key("Mount Sinai")).isNotEqualTo(NameKeys.key("Sinai"));
    }
}
