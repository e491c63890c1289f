package org.dateline.embed.minilm;

import org.dateline.embed.SentenceEmbedder;
import org.dateline.embed.SentenceEmbedders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder(64, 2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectorsAreUnitLengthAndOrdered() {
        float[][] v = embedder.embed(List.of("Earthquake strikes northern Chile", "A short one", ""));
        assertThat(v).hasNumberOfRows(3);
        for (float[] x : v) {
            assertThat(x).hasSize(384);
            assertThat(SentenceEmbedder.cosine(x, x)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void paraphrasesAreCloserThanOtherEvents() {
        float[][] v = embedder.embed(List.of(
                "Magnitude 6.1 earthquake hits Indonesia's Aceh province, killing at least 20",
                "Strong quake in Aceh, Indonesia leaves at least 20 dead",
                "Central bank raises interest rates by half a point to fight inflation"));
        double same = SentenceEmbedder.cosine(v[0], v[1]), other = SentenceEmbedder.cosine(v[0], v[2]);
        assertThat(same).isGreaterThan(0.6);
        assertThat(other).isLessThan(0.3);
    }

    @Test
    void batchPaddingBarelyChangesAVector() {
        // the int8 model quantises activations per batch, so a padded batch moves a vector a little, never far
        String text = "Police arrest suspect after shooting at a shopping mall";
        float[] alone = embedder.embed(List.of(text))[0];
        float[] padded = embedder.embed(List.of(text, text + " on Saturday evening, officials said in a statement to reporters"))[0];
        assertThat(SentenceEmbedder.cosine(alone, padded)).isCloseTo(1.0, within(0.02));
    }

    @Test
    void theCoreFindsItThroughServiceLoader() {
        assertThat(SentenceEmbedders.installed()).isPresent();
        assertThat(SentenceEmbedders.installed().get().languages()).contains("en");
    }
    @Test
    void theRuntimesNativeLibraryFolderIsRemovedOnceTheLibrariesAreLoaded() throws Exception {
        // the runtime had left one empty onnxruntime-java* folder in the temporary directory per process
        java.lang.reflect.Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
        field.setAccessible(true);
        java.nio.file.Path folder = (java.nio.file.Path) field.get(null);
        assertThat(folder).isNotNull();
        assertThat(java.nio.file.Files.exists(folder)).isFalse();
        // and the runtime still embeds
        assertThat(embedder.embed(List.of("Flooding closes roads in Saltmere"))[0]).hasSize(384);
    }
}
