package org.dateline.nlp.morphru;

import org.dateline.analyze.entity.RussianMorphology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Word classes read from LanguageTool's dictionary, and the module found by the core's ServiceLoader lookup. */
class LanguageToolRussianMorphologyTest {

    private static final RussianMorphology MORPHOLOGY = new LanguageToolRussianMorphology();

    @Test
    void personalNamesAreToldFromOrdinaryWords() {
        assertThat(MORPHOLOGY.classes("татьяной")).contains("name");
        assertThat(MORPHOLOGY.classes("сидорова")).contains("fam");
        assertThat(MORPHOLOGY.classes("ивановне")).contains("patr");
        assertThat(MORPHOLOGY.classes("приехала")).isEqualTo("vb");
        assertThat(MORPHOLOGY.classes("огромный")).isEqualTo("adj");
    }

    @Test
    void wordsTheDictionaryDoesNotKnowAreUnknown() {
        assertThat(MORPHOLOGY.classes("ксюфлыщ")).isEqualTo(RussianMorphology.UNKNOWN);
        assertThat(MORPHOLOGY.classes("«")).isEqualTo(RussianMorphology.UNKNOWN);
        assertThat(MORPHOLOGY.classes("qwzzx")).isEqualTo(RussianMorphology.UNKNOWN);
    }

    @Test
    void tagsMapToClasses() {
        assertThat(LanguageToolRussianMorphology.classOf("NN:Fam:Masc:Sin:Nom")).isEqualTo("fam");
        assertThat(LanguageToolRussianMorphology.classOf("NN:Inanim:Fem:Sin:Nom")).isEqualTo("nn");
        assertThat(LanguageToolRussianMorphology.classOf("")).isEqualTo("x");
    }

    @Test
    void oneInstanceServesManyThreads() {
        List<String> words = List.of("татьяной", "сидорова", "приехала", "ксюфлыщ");
        ConcurrentHashMap<String, String> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 4000).parallel().forEach(i -> {
            String w = words.get(i % words.size());
            String c = MORPHOLOGY.classes(w);
            assertThat(seen.computeIfAbsent(w, k -> c)).isEqualTo(c);
        });
    }

    @Test
    void theCoreFindsTheDictionary() {
        assertThat(RussianMorphology.installed()).get().isInstanceOf(LanguageToolRussianMorphology.class);
    }
}
