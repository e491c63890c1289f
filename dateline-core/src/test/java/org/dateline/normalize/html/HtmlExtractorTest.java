package org.dateline.normalize.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HtmlExtractorTest {

    private static final String EN_BODY = """
            <p>The city council voted on Tuesday to approve the new transit plan, which adds three bus lines, \
            extends the tram to the airport, and lowers fares for students and pensioners.</p>
            <p>Supporters said the plan, debated for more than two years, would cut commuting times across the \
            northern districts, while opponents warned about its cost to taxpayers.</p>
            <h2>What happens next</h2>
            <p>Construction of the airport extension is expected to begin in the spring, according to the \
            mayor's office, and the new bus lines should open before the end of the year.</p>
            """;

    private static final String RU_BODY = """
            <p>Городской совет во вторник утвердил новый транспортный план, который добавляет три автобусных \
            маршрута, продлевает трамвай до аэропорта и снижает тарифы для студентов и пенсионеров.</p>
            <p>Сторонники плана, который обсуждался более двух лет, заявили, что он сократит время в пути для \
            жителей северных районов, а противники предупредили о его стоимости для бюджета.</p>
            <p>Строительство продления до аэропорта начнется весной, сообщили в мэрии, а новые автобусные \
            маршруты должны открыться до конца года.</p>
            """;

    @Test
    void readsNewsArticleMetadataFromJsonLdGraph() {
        String html = """
                <html lang="en-GB"><head><title>Transit plan approved | Example News</title>
                <link rel="canonical" href="/news/transit-plan">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News"},
                  {"@type":"NewsArticle","headline":"Council approves transit plan",
                   "datePublished":"2024-03-05T09:30:00+01:00","dateModified":"2024-03-05T11:00:00+01:00",
                   "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
                   "publisher":{"@type":"Organization","name":"Example News"},
                   "description":"Three new bus lines and a tram to the airport."}]}
                </script></head><body><article><h1>Council approves transit plan</h1>
                """ + EN_BODY + "</article></body></html>";

        ExtractedPage page = HtmlExtractor.extract(html, "https://news.example.org/news/transit-plan?utm=x");

        assertThat(page.title()).isEqualTo("Council approves transit plan");
        assertThat(page.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(page.published()).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(page.modified()).isEqualTo("2024-03-05T11:00:00+01:00");
        assertThat(page.siteName()).isEqualTo("Example News");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.canonicalUrl()).isEqualTo("https://news.example.org/news/transit-plan");
        assertThat(page.description()).isEqualTo("Three new bus lines and a tram to the airport.");
        assertThat(page.paragraphs()).hasSize(4).doesNotContain("Council approves transit plan");
        assertThat(page.paragraphs().get(0)).startsWith("The city council voted");
        assertThat(page.paragraphs()).contains("What happens next");
    }

    @Test
    void fallsBackToOpenGraphAndMetaTags() {
        String html = """
                <html lang="ru"><head><title>Транспорт — Пример</title>
                <meta property="og:title" content="Совет утвердил транспортный план">
                <meta property="og:site_name" content="Пример.ру">
                <meta property="og:url" content="https://primer.example/news/1">
                <meta property="og:description" content="Три новых маршрута">
                <meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
                <meta name="author" content="Иван Петров">
                </head><body><div class="content">""" + RU_BODY + "</div></body></html>";

        ExtractedPage page = HtmlExtractor.extract(html, "https://primer.example/news/1?from=tg");

        assertThat(page.title()).isEqualTo("Совет утвердил транспортный план");
        assertThat(page.siteName()).isEqualTo("Пример.ру");
        assertThat(page.canonicalUrl()).isEqualTo("https://primer.example/news/1");
        assertThat(page.published()).isEqualTo("2024-03-05T09:30:00+03:00");
        assertThat(page.authors()).containsExactly("Иван Петров");
        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.description()).isEqualTo("Три новых маршрута");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(0)).startsWith("Городской совет во вторник");
    }

    @Test
    void titleLosesTheSiteNameAndTwiceEncodedEntities() {
        // the declared site name, spelt without its space
        assertThat(titleOf("New York man pleads guilty to threatening to kill the mayor | TheHill", "The Hill", null,
                "https://thehill.com/regional/1")).isEqualTo("New York man pleads guilty to threatening to kill the mayor");
        // the host, with its suffix
        assertThat(titleOf("Nadal keeps Spain alive in Davis Cup Finals - Sportsnet.ca", null, null,
                "https://www.sportsnet.ca/tennis/nadal/")).isEqualTo("Nadal keeps Spain alive in Davis Cup Finals");
        // the site's name first
        assertThat(titleOf("Пример.ру — Совет утвердил транспортный план", "Пример.ру", null, "https://primer.example/1"))
                .isEqualTo("Совет утвердил транспортный план");
        // a name the page declares nowhere, after the page's own heading
        assertThat(titleOf("Clymer workshop manual review | MoreBikes", null, "Clymer workshop manual review",
                "https://example.org/review")).isEqualTo("Clymer workshop manual review");
        // "&amp;#8211;" in the page is "&#8211;" once parsed
        assertThat(titleOf("Fallen Order review &amp;#8211; shoots for the moon &amp;amp; lands among the stars", null, null, null))
                .isEqualTo("Fallen Order review – shoots for the moon & lands among the stars");
        // a section label is the reader's to see, a hyphen inside words and a dash of the headline's own are no separators
        assertThat(titleOf("Opinion | Republicans Are Following Trump to Nowhere", "The New York Times",
                "Republicans Are Following Trump to Nowhere", "https://www.nytimes.com/2019/11/19/opinion/x.html"))
                .isEqualTo("Opinion | Republicans Are Following Trump to Nowhere");
        assertThat(titleOf("U.S.-backed forces block return — and the UN objects", "Example News", null, "https://news.example/a"))
                .isEqualTo("U.S.-backed forces block return — and the UN objects");
        // nothing left but the site's name: the title stays whole
        assertThat(titleOf("Home | TheHill", "The Hill", null, "https://thehill.com/")).isEqualTo("Home | TheHill");
    }

    private static String titleOf(String ogTitle, String siteName, String heading, String url) {
        String html = "<html><head><meta property=\"og:title\" content=\"" + ogTitle + "\">"
                + (siteName == null ? "" : "<meta property=\"og:site_name\" content=\"" + siteName + "\">")
                + "</head><body>" + (heading == null ? "" : "<h1>" + heading + "</h1>") + EN_BODY + "</body></html>";
        return HtmlExtractor.extract(html, url).title();
    }

    @Test
    void leavesOutTheSitesCopyrightLine() {
        String html = "<html><body><article>" + EN_BODY + "<p>Copyright holders sued the site over the council's archive.</p>"
                + "<p>. © 2000-2019 Example News, Inc.</p><p>Copyright @ 2019 The Example Herald.</p>"
                + "<p>Все права защищены.</p></article></body></html>";

        List<String> paragraphs = HtmlExtractor.extract(html, null).paragraphs();

        assertThat(paragraphs).contains("Copyright holders sued the site over the council's archive.");
        assertThat(paragraphs).noneMatch(p -> p.contains("©") || p.contains("2019") || p.contains("права"));
    }

    @Test
    void aZeroDateIsNoDateAndTheNextSourceIsAsked() {
        // a CMS's empty date in the JSON-LD ("0001-01-01T00:00:00Z") before the page's own meta tag
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Council votes\","
                + " \"datePublished\": \"0001-01-01T00:00:00Z\", \"dateModified\": \"0001-01-01T00:00:00Z\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00Z\"></head><body>" + EN_BODY + "</body></html>";
        ExtractedPage page = HtmlExtractor.extract(html, null);
        assertThat(page.published()).isEqualTo("2019-11-19T10:00:00Z");
        assertThat(page.modified()).isNull();
    }

    @Test
    void publishedFallsBackToTimeElement() {
        String html = "<html><body><article><time datetime=\"2024-01-02\">2 Jan</time>" + EN_BODY
                + "</article></body></html>";

        assertThat(HtmlExtractor.extract(html, null).published()).isEqualTo("2024-01-02");
    }

    @Test
    void leavesOutNavigationCookiesCommentsRelatedShareAndNewsletter() {
        String html = """
                <html><body>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <div id="main"><article class="story">
                  <h1>Council approves transit plan</h1>
                  <div class="byline">By Jane Roe, City Hall reporter</div>
                  <div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> Share this story</div>
                  <div class="story-body">""" + EN_BODY + """
                  </div>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing: the day's news, \
                every morning, in your inbox, for free, with no spam ever.</p></div>
                  <div class="related-articles"><h3>Related</h3><ul>
                    <li><a href="/a">Mayor announces budget, taxes to rise next year</a></li>
                    <li><a href="/b">Tram strike ends after three days of talks</a></li></ul></div>
                </article></div>
                <section id="comments"><h3>42 comments</h3>
                  <div class="comment"><p>This is a terrible plan, the fares will go up again next year, mark \
                my words, and nobody will ride the tram to the airport anyway.</p></div>
                  <div class="comment"><p>Finally! I have waited for this tram line for ten years, and my \
                children will be able to take it to school, which is wonderful news.</p></div>
                </section>
                <footer><p>© 2024 Example News. All rights reserved. Contact us, advertise, careers, privacy.</p></footer>
                </body></html>""";

        ExtractedPage page = HtmlExtractor.extract(html, "https://news.example.org/a");

        String text = page.text();
        assertThat(page.paragraphs()).hasSize(4);
        assertThat(text).contains("The city council voted", "Construction of the airport extension");
        assertThat(text).doesNotContain("Home", "cookies", "By Jane Roe", "Share this story", "Sign up",
                "Mayor announces budget", "terrible plan", "Finally!", "All rights reserved",
                "Council approves transit plan");
    }

    @Test
    void leavesOutRussianBoilerplate() {
        String html = """
                <html lang="ru"><body>
                <div class="menu"><a href="/">Главная</a> <a href="/politics">Политика</a></div>
                <div class="article__text">""" + RU_BODY + """
                <p>Читайте также</p>
                <div class="share"><a href="#">ВКонтакте</a> <a href="#">Telegram</a> Поделиться</div>
                </div>
                <div class="comments"><p>Наконец-то! Я ждал эту линию десять лет, и теперь мои дети смогут \
                ездить на трамвае в школу, это прекрасная новость для всего района.</p></div>
                </body></html>""";

        ExtractedPage page = HtmlExtractor.extract(html, "https://primer.example/news/2");

        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.text()).doesNotContain("Главная", "Читайте также", "Поделиться", "Наконец-то");
    }

    @Test
    void separatesImageCaptionsFromTheBody() {
        String html = """
                <html><body><article><h1>Council approves transit plan</h1>
                <figure><img src="tram.jpg"><figcaption>A tram at the central station. Photo: Jane Roe</figcaption></figure>
                """ + EN_BODY + """
                <div class="wp-caption"><img src="bus.jpg"><p class="wp-caption-text">The new bus depot in the north.</p></div>
                </article></body></html>""";

        ExtractedPage page = HtmlExtractor.extract(html, "https://news.example.org/a");

        assertThat(page.captions()).containsExactly("A tram at the central station. Photo: Jane Roe",
                "The new bus depot in the north.");
        assertThat(page.text()).doesNotContain("central station", "bus depot");
        assertThat(page.paragraphs()).hasSize(4);
    }

    @Test
    void usesJsonLdArticleBodyOnlyWhenThePageShowsIt() {
        String truncated = "The city council voted on Tuesday to approve the new transit plan, which adds three bus lines";
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Plan","articleBody":"%s"}
                </script></head><body><article>%s</article></body></html>""".formatted(truncated, EN_BODY);

        ExtractedPage page = HtmlExtractor.extract(html, null);

        assertThat(page.paragraphs()).hasSize(4);
    }

    @Test
    void survivesFiveThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(5_000) + EN_BODY + "</div>".repeat(5_000) + "</body></html>";

        ExtractedPage page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> HtmlExtractor.extract(html, null));

        assertThat(page.text()).contains("The city council voted");
    }

    @Test
    void survivesOneHundredThousandLinks() {
        StringBuilder sb = new StringBuilder("<html><body><div class=\"links\"><ul>");
        for (int i = 0; i < 100_000; i++) sb.append("<li><a href=\"/p/").append(i).append("\">Story ").append(i).append("</a></li>");
        sb.append("</ul></div><article>").append(EN_BODY).append("</article></body></html>");
        String html = sb.toString();

        ExtractedPage page = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HtmlExtractor.extract(html, null));

        assertThat(page.paragraphs()).hasSize(4);
        assertThat(page.text()).doesNotContain("Story 1");
    }

    @Test
    void survivesTruncatedAndEmptyHtml() {
        String html = "<html><head><title>Cut</title></head><body><article>" + EN_BODY;
        String cut = html.substring(0, html.indexOf("What happens next") + 8);

        ExtractedPage page = HtmlExtractor.extract(cut, "https://news.example.org/a");

        assertThat(page.text()).contains("The city council voted", "Supporters said");
        assertThat(HtmlExtractor.extract("", null).paragraphs()).isEmpty();
        assertThat(HtmlExtractor.extract(null, null).paragraphs()).isEmpty();
        assertThat(HtmlExtractor.extract("<p>", null).title()).isNull();
    }

    @Test
    void splitsParagraphsAtDoubleLineBreaks() {
        String html = "<html><body><div class=\"post-body\">"
                + "The council voted on Tuesday to approve the new transit plan, adding bus lines and a tram.<br><br>"
                + "Supporters said the plan would cut commuting times, while opponents warned about its cost.<br>"
                + "It passed by twelve votes to nine after a long debate that lasted late into the evening, finally."
                + "</div></body></html>";

        ExtractedPage page = HtmlExtractor.extract(html, null);

        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(1)).startsWith("Supporters said").contains("It passed by twelve votes");
    }
}
