package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.server.ServerFixture.json;

/**
 * The web UI in a real browser (Debian's headless chromium through chromedriver), on the sample corpus.
 * Skipped when chromium or chromedriver is not installed (CI installs both in .ci/run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ServerFixture s;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        s = ServerFixture.start(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (s != null) s.close();
    }

    private void open(String path) {
        browser.get(s.base + path);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within 10 s");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String topStoryId() {
        return json(s.get("api/stories?limit=1")).path("stories").get(0).path("id").asText();
    }

    @Test
    void storyListLoadsWithFiltersAndPaging() throws IOException {
        open("");
        screenshot("home.png");
        assertThat(browser.getTitle()).contains("Top stories");
        List<WebElement> cards = browser.findElements(By.cssSelector(".storycard"));
        assertThat(cards).hasSizeBetween(5, 20);
        assertThat(browser.findElement(By.cssSelector("select[name=lang]"))).isNotNull();
        assertThat(browser.findElement(By.cssSelector("select[name=group]"))).isNotNull();

        open("?limit=5");
        browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        assertThat(browser.getCurrentUrl()).contains("offset=5");
        assertThat(browser.findElements(By.cssSelector(".storycard"))).hasSize(5);

        // Choosing a language submits the filter form (app.js) and narrows the list.
        open("");
        int all = browser.findElements(By.cssSelector(".storycard")).size();
        browser.findElement(By.cssSelector("select[name=lang] option[value=ru]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("lang=ru"));
        List<WebElement> ru = browser.findElements(By.cssSelector(".storycard"));
        assertThat(ru).isNotEmpty().hasSizeLessThan(all);
        for (WebElement card : ru) assertThat(card.getText().toLowerCase()).contains("ru");
    }

    @Test
    void storyPageShowsTimelineComparisonAndProvenance() throws IOException {
        String id = topStoryId();
        JsonNode view = json(s.get("api/stories/" + id)).path("view");
        open("stories/" + id);
        assertThat(browser.findElement(By.id("headline")).getText()).isEqualTo(view.path("headline").asText());
        List<WebElement> marks = browser.findElements(By.cssSelector("#timeline svg circle.mark"));
        assertThat(marks).hasSize(view.path("reports").size());
        List<WebElement> rows = browser.findElements(By.cssSelector("#comparison-table tbody tr"));
        assertThat(rows).hasSize(view.path("reports").size());
        assertThat(browser.findElement(By.id("comparison-table")).getText()).contains("original");
        assertThat(browser.findElement(By.id("provenance")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("a.briefing")).getAttribute("href")).endsWith("/stories/" + id + ".md");
        HttpResponse<String> md = s.get("stories/" + id + ".md");
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# ");

        browser.manage().window().setSize(new Dimension(1280, 2200));
        assertThat(Files.size(screenshot("story.png"))).isPositive();
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void aReportsScoreForItsStoryIsOneClickAway() throws IOException {
        String id = topStoryId();
        int reports = json(s.get("api/stories/" + id)).path("view").path("reports").size();
        open("stories/" + id);
        List<WebElement> links = browser.findElements(By.cssSelector("#comparison-table a.scorecard-link"));
        assertThat(links).hasSize(reports);
        links.get(links.size() - 1).click();
        waitFor(() -> browser.getCurrentUrl().contains("/explain/"));
        WebElement verdict = browser.findElement(By.id("verdict"));
        assertThat(verdict.getText()).contains("threshold");
        // every other report of the story is compared, and only those
        assertThat(browser.findElements(By.cssSelector("#scorecard-members tbody tr"))).hasSize(reports - 1);
        assertThat(Files.size(screenshot("scorecard.png"))).isPositive();
        browser.findElement(By.cssSelector("nav.crumbs a[href='/stories/" + id + "']")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/stories/" + id));
    }

    @Test
    void storyPageLinksEntitiesToTheirPages() throws IOException {
        String id = topStoryId();
        JsonNode view = json(s.get("api/stories/" + id)).path("view");
        open("stories/" + id);
        List<WebElement> entityLinks = browser.findElements(By.cssSelector("#entities tbody a"));
        assertThat(entityLinks).hasSize(Math.min(40, view.path("entities").size())).isNotEmpty();
        if (view.path("events").size() > 0) assertThat(browser.findElement(By.id("events")).getText()).isNotBlank();
        if (view.path("quotes").size() > 0) assertThat(browser.findElements(By.cssSelector("#quotes q"))).isNotEmpty();
        String name = entityLinks.get(0).getText();
        entityLinks.get(0).click();
        waitFor(() -> !browser.findElements(By.id("entity-name")).isEmpty());
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("#entity-stories a")))
                .anySatisfy(a -> assertThat(a.getAttribute("href")).endsWith("/stories/" + id));
        assertThat(browser.findElements(By.cssSelector("#variants li"))).isNotEmpty();
        screenshot("entity.png");
    }

    /** Saves what the browser shows to dateline-app/target/screenshots/NAME. */
    private Path screenshot(String name) throws IOException {
        Path shot = ServerFixture.root().resolve("dateline-app/target/screenshots").resolve(name);
        Files.createDirectories(shot.getParent());
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        return shot;
    }

    @Test
    void searchShowsResultsAndAFacetClickFilters() {
        open("search?q=earthquake");
        long total = Long.parseLong(browser.findElement(By.id("search-total")).getText().replaceAll("\\D.*", ""));
        assertThat(total).isGreaterThan(2);
        assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
        WebElement facet = browser.findElement(By.cssSelector("[data-facet=outlet] li a"));
        String outlet = facet.getText();
        facet.click();
        assertThat(browser.getCurrentUrl()).contains("outlet=");
        long filtered = Long.parseLong(browser.findElement(By.id("search-total")).getText().replaceAll("\\D.*", ""));
        assertThat(filtered).isPositive().isLessThan(total);
        for (WebElement hit : browser.findElements(By.cssSelector(".hit .meta"))) assertThat(hit.getText()).contains(outlet);
        assertThat(browser.findElement(By.cssSelector(".chips .chip")).getText()).contains(outlet);
    }

    @Test
    void hostileArticleRendersInert() throws IOException {
        String hostile = "{\"title\":\"Harbour <script>window.__pwned=1;alert(1)</script> <img src=x onerror=\\\"window.__pwned=2;alert(2)\\\">\","
                + "\"text\":\"Port Ardent news. <script>window.__pwned=3</script> <a href=\\\"javascript:alert(4)\\\">click</a> "
                + "<svg onload=alert(5)></svg> \\\"><img src=x onerror=alert(6)>\","
                + "\"url\":\"javascript:window.__pwned=7;alert(7)//\",\"source\":\"<b onmouseover=alert(8)>Evil</b>\",\"lang\":\"en\"}";
        HttpResponse<String> put = s.put("api/documents/hostile-1", hostile);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        String story = json(put).path("storyId").asText();

        for (String page : List.of("stories/" + story, "search?q=Harbour", "")) {
            open(page);
            assertThatThrownBy(() -> browser.switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
            List<WebElement> scripts = browser.findElements(By.tagName("script"));
            assertThat(scripts).as(page).hasSize(1);
            assertThat(scripts.get(0).getAttribute("src")).endsWith("/static/app.js");
            assertThat(browser.findElements(By.cssSelector("[onerror], [onload], [onmouseover]"))).as(page).isEmpty();
            assertThat(browser.findElements(By.cssSelector("a[href^='javascript' i]"))).as(page).isEmpty();
            assertThat(browser.findElements(By.cssSelector("main img, main svg:not(.timeline-svg)"))).as(page).isEmpty();
        }
        // once analysed, the hostile article's entities get pages of their own: inert too
        for (int i = 0; i < 100 && json(s.get("api/health")).path("analysis").path("pending").asLong() > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (JsonNode entity : json(s.get("api/stories/" + story)).path("view").path("entities")) {
            String page = "entities/" + entity.path("id").asText();
            open(page);
            assertThat(browser.executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
            assertThat(browser.findElements(By.cssSelector("[onerror], [onload], [onmouseover]"))).as(page).isEmpty();
            assertThat(browser.findElements(By.tagName("script"))).as(page).hasSize(1);
        }
        open("stories/" + story);
        assertThat(browser.findElement(By.id("headline")).getText()).contains("<script>");
        // The engine does not take a javascript: address as the article's URL at all; if any page shows one,
        // it is text, never a link (checked for every page above).
        assertThat(browser.findElements(By.cssSelector("#comparison-table a[href]")))
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("http"));
        screenshot("hostile.png");
    }
}
