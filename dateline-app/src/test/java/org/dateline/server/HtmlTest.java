package org.dateline.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void escapesEverythingThatCouldOpenMarkup() {
        assertThat(Html.esc("<script>a&b\"c'd`</script>")).isEqualTo("&lt;script&gt;a&amp;b&quot;c&#39;d&#96;&lt;/script&gt;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        assertThat(Html.link("https://example.org/a?b=1&c=2", "A")).contains("href=\"https://example.org/a?b=1&amp;c=2\"");
        for (String bad : new String[]{"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "//evil.example/x",
                "vbscript:x", "/relative", "http:/nohost"}) {
            assertThat(Html.link(bad, "t")).as(bad).doesNotContain("href").contains("inert");
        }
        assertThat(Html.link("javascript:alert(1)", "<b>t</b>")).contains("&lt;b&gt;").contains("javascript:alert(1)");
    }
}
