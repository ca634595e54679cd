package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged web UI in Debian's headless chromium: the library, a pillar, a technique and the
 * plugins, each saved as a screenshot in {@code target/screenshots}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiInBrowserIT {

    static final List<String> BUILT_IN_PILLARS = List.of(
            "stretching",
            "foam-rolling",
            "heat",
            "movement",
            "massage",
            "strength",
            "breathing",
            "ergonomics",
            "nutrition",
            "specialist");
    static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium warns that it has no CDP for this chromium; the test does not use CDP. Held: JUL loggers are weak. */
    static final List<Logger> QUIET =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    PackagedApp app;
    WebDriver browser;
    Path screenshots;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home);
        System.out.println("Web UI answered 200 after " + app.startUp().toMillis() + " ms at " + app.uri());
        browser = chromium(browserProfile);
    }

    private static ChromeDriver chromium(Path browserProfile) {
        return Chromium.start(Chromium.options(browserProfile, "1280,900"));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void libraryShowsTheTenPillars() {
        browser.get(app.uri() + "library");

        List<WebElement> pillars = waitFor(By.cssSelector("a.pillar-card"), BUILT_IN_PILLARS.size());
        assertThat(pillars)
                .extracting(card -> card.getAttribute("href"))
                .containsExactlyInAnyOrderElementsOf(BUILT_IN_PILLARS.stream()
                        .map(id -> app.uri().resolve("library/" + id).toString())
                        .toList());
        assertThat(browser.findElement(By.cssSelector(".brand-name")).getText()).isEqualTo("Unknot");
        assertThat(browser.findElements(By.cssSelector(".routine-card"))).isNotEmpty();
        screenshot("library");
    }

    @Test
    void choosingAPillarThenATechniqueShowsItsSteps() {
        browser.get(app.uri() + "library");
        waitFor(By.cssSelector("a.pillar-card[href='library/stretching']"), 1)
                .get(0)
                .click();

        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "library/stretching"));
        List<WebElement> techniques = waitForAtLeastOne(By.cssSelector("a.technique-card"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stretching");
        screenshot("pillar");

        String technique = techniques.get(0).findElement(By.tagName("h3")).getText();
        techniques.get(0).click();

        List<WebElement> steps = waitForAtLeastOne(By.cssSelector("ol.steps > li"));
        assertThat(browser.getCurrentUrl()).startsWith(app.uri() + "library/stretching/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(technique);
        assertThat(steps).allSatisfy(step -> assertThat(step.getText()).isNotBlank());
        assertThat(browser.findElement(By.cssSelector(".facts .dose")).getText())
                .isNotBlank();
        screenshot("technique");
    }

    @Test
    void techniqueHasItsOwnAddress() {
        browser.get(app.uri() + "library/stretching/childs-pose");

        assertThat(waitForAtLeastOne(By.cssSelector("ol.steps > li"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Child's pose");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.titleIs("Child's pose · Unknot"));
    }

    @Test
    void unknownPillarSaysNotFound() {
        browser.get(app.uri() + "library/no-such-pillar");

        WebElement message = waitFor(By.cssSelector(".not-found-message"), 1).get(0);
        assertThat(message.getText()).contains("no-such-pillar");
        screenshot("not-found");
    }

    @Test
    void pluginsViewShowsTheTenLoadedPlugins() {
        browser.get(app.uri() + "plugins");

        List<WebElement> plugins = waitFor(By.cssSelector(".plugin-card"), BUILT_IN_PILLARS.size());
        assertThat(plugins)
                .extracting(card -> card.getAttribute("data-plugin-id"))
                .containsExactlyInAnyOrderElementsOf(BUILT_IN_PILLARS);
        assertThat(browser.findElements(By.cssSelector(".failed-plugin-card"))).isEmpty();
        screenshot("plugins");
    }

    @Test
    void libraryFitsAPhone() {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(app.uri() + "library");
            waitFor(By.cssSelector("a.pillar-card"), BUILT_IN_PILLARS.size());

            Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth;");
            Number viewportWidth = (Number)
                    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewportWidth.intValue());
            screenshot("library-phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static Logger quiet(String name) {
        return Chromium.quiet(name);
    }

    private List<WebElement> waitFor(By selector, int count) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.numberOfElementsToBe(selector, count));
    }

    private List<WebElement> waitForAtLeastOne(By selector) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.numberOfElementsToBeMoreThan(selector, 0));
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, screenshots, name);
    }
}
