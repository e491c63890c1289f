package org.dateline.normalize;

import org.dateline.model.Article;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {

    private static Article page(String lang, String body) {
        String html = "<html lang=\"" + lang + "\"><head><title>Sejarah kota lama</title></head><body><article><p>" + body
                + "</p></article></body></html>";
        return new Normalizer(OutletRegistry.bundled()).normalize(new RawDocument("test.html", 1, RawDocument.Format.HTML, html,
                Map.of("url", "https://example.id/2019/11/19/sejarah"), "h1"));
    }

    @Test
    void aPageInALanguageTheDetectorCannotTellKeepsItsDeclaredLanguage() {
        // Indonesian, which the detector would take for the nearest language it knows
        assertThat(page("id-ID", "Pemerintah kota mengumumkan bahwa jembatan lama akan dibuka kembali untuk umum pada "
                + "akhir bulan ini setelah perbaikan selama dua tahun.").language()).isEqualTo("id");
        // a declared language it knows is checked against the text: templates declare "en" on pages in other languages
        assertThat(page("en", "Городские власти объявили, что старый мост снова откроют для всех в конце месяца после "
                + "ремонта, который продолжался два года.").language()).isEqualTo("ru");
    }
}
