package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "What helps you" with pain, in the browser: a week of check-ins with tightness and pain, moved in
 * as Unknot's own CSV, gives a habit a tightness and a pain sentence on Progress and its pain relief
 * on its own page. Screenshots of both, desktop and phone, light and dark, go to
 * {@code target/screenshots}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliefInBrowserIT {

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home);
        browser = Chromium.start(Chromium.options(browserProfile, "1366,900"));
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
    void whatHelpsSaysWhatAHabitDoesForPain(@TempDir Path files) throws IOException {
        // Seven mornings: tightness 6 to 3 each; pain 5 (4 on three days) to 2.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> rows = new ArrayList<>(
                List.of("client_id,habit,at,tightness_before,tightness_after," + "pain_before,pain_after"));
        for (int day = 7; day >= 1; day--) {
            rows.add("r" + day + ",Morning stretch," + today.minusDays(day) + "T09:00:00Z,6,3," + (day <= 3 ? 4 : 5)
                    + ",2");
        }
        Path csv = Files.write(files.resolve("check-ins.csv"), rows);
        browser.get(app.uri() + "signup");
        type(By.cssSelector("#username input"), "reliever");
        type(By.cssSelector("#password input"), "a long password");
        type(By.cssSelector("#repeated input"), "a long password");
        click(By.id("create-account"));
        waitVisible(By.cssSelector(".empty-state"));
        browser.get(app.uri() + "settings");
        WebElement upload = waitVisible(By.cssSelector("vaadin-upload.import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        click(By.id("confirm-import"));
        assertThat(Chromium.text(browser, By.cssSelector("vaadin-notification-card")))
                .startsWith("Imported 1 habit");

        browser.get(app.uri() + "progress");
        assertThat(waitVisible(By.cssSelector(".relief-pain-sentence")).getText())
                .isEqualTo("Pain after Morning stretch: 2.0/10 vs. 4.6/10 before, over 7 check-ins: better.");
        shots("progress-relief-pain", By.cssSelector(".relief-section"));

        browser.get(app.uri() + "habits");
        String habit = waitVisible(By.cssSelector(".habit-list .habit-card")).getAttribute("data-habit-id");
        browser.get(app.uri() + "progress/" + habit);
        assertThat(waitVisible(By.cssSelector(".habit-summary .habit-pain-relief"))
                        .getText())
                .isEqualTo("−2.6 on average, 7 check-ins: better");
        shots("progress-habit-pain-relief", By.cssSelector(".habit-summary"));
    }

    /** The page with {@code shown} in view, light and dark, on a desktop and a phone. */
    private void shots(String name, By shown) {
        Dimension wide = browser.manage().window().getSize();
        try {
            for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (String theme : List.of("light", "dark")) {
                    ((JavascriptExecutor) browser).executeScript("window.unknotAppearance(arguments[0])", theme);
                    ((JavascriptExecutor) browser)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'})", waitVisible(shown));
                    Chromium.sleep(400);
                    Number pageWidth = (Number) ((JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollWidth;");
                    Number viewport =
                            (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                    assertThat(pageWidth.intValue())
                            .as("no sideways scrolling on %s, %s", name, size)
                            .isLessThanOrEqualTo(viewport.intValue());
                    Chromium.screenshot(
                            browser,
                            screenshots,
                            name + (theme.equals("dark") ? "-dark" : "") + (size.equals(wide) ? "" : "-phone"));
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
            ((JavascriptExecutor) browser).executeScript("window.unknotAppearance('system')");
        }
    }

    private WebElement waitVisible(By selector) {
        return Chromium.waitVisible(browser, selector);
    }

    private void click(By selector) {
        Chromium.click(browser, selector);
    }

    private void type(By selector, String text) {
        Chromium.type(browser, selector, text);
    }
}
