package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.testing.LoopFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Moving in through the browser: a new person uploads a Loop Habit Tracker backup on the Settings
 * page, sees what it would create in the preview dialog, imports it, finds the habits, and gets
 * "nothing new" for the same file again; a damaged file is one clear error. On the embedded
 * database; {@link ImportInBrowserPostgresIT} runs it on PostgreSQL.
 * Screenshots of the dialog, desktop and phone, light and dark, go to {@code target/screenshots}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportInBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** The small Loop history, moved so that its last day before today is yesterday. */
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;

    /** The app's database settings: none, the embedded database. */
    Map<String, String> environment() {
        return Map.of();
    }

    /** Names the screenshots. */
    String database() {
        return "h2";
    }

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home, environment());
        ChromeOptions options = Chromium.options(browserProfile, "1280,900");
        browser = Chromium.start(options);
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
    void aLoopBackupIsPreviewedImportedAndNotImportedTwice(@TempDir Path files) throws IOException {
        Path backup = Files.write(files.resolve("Loop Habits Backup.db"), LoopFiles.backup(LoopFiles.small(TODAY)));
        Path damaged =
                Files.write(files.resolve("damaged.db"), java.util.Arrays.copyOf(Files.readAllBytes(backup), 3000));
        browser.get(app.uri() + "signup");
        type(By.cssSelector("#username input"), "mover");
        type(By.cssSelector("#password input"), "a long password");
        type(By.cssSelector("#repeated input"), "a long password");
        click(By.id("create-account"));
        waitVisible(By.cssSelector(".empty-state"));

        browser.get(app.uri() + "settings");
        upload(backup);
        WebElement confirm = waitVisible(By.id("confirm-import"));
        String dialog = text(By.cssSelector("vaadin-dialog-overlay"));
        assertThat(dialog)
                .contains("Import Loop Habit Tracker backup (.db)")
                .contains("6 habits to create, 18 check-ins to add from " + TODAY.minusDays(28) + " to " + TODAY)
                .contains("Walk")
                .contains("3 times a week")
                .contains("measured in glasses, 8 a day")
                .contains("Loop's 2 times in 30 days is kept as 1 time a week")
                .contains("reminds at 18:45");
        assertThat(confirm.getText()).isEqualTo("Import");
        shots("import-preview");
        click(By.id("confirm-import"));
        assertThat(text(By.cssSelector("vaadin-notification-card"))).startsWith("Imported 6 habits and 18 check-ins");

        browser.get(app.uri() + "habits");
        waitVisible(By.cssSelector(".habit-list .habit-card"));
        assertThat(browser.findElements(By.cssSelector(".habit-list .habit-card h3")))
                .extracting(WebElement::getText)
                .contains("Stretch", "Walk", "Water", "Run", "Meditate");

        browser.get(app.uri() + "settings");
        upload(backup);
        new WebDriverWait(browser, WAIT)
                .until(driver -> "Nothing new to import"
                        .equals(driver.findElement(By.id("confirm-import")).getText()));
        assertThat(browser.findElement(By.id("confirm-import")).getDomAttribute("disabled"))
                .isNotNull();
        click(By.id("cancel-import"));

        upload(damaged);
        assertThat(text(By.cssSelector("vaadin-notification-card.error-notification")))
                .startsWith("not a readable Loop Habit Tracker backup");
    }

    private void upload(Path file) {
        WebElement upload = waitVisible(By.cssSelector("vaadin-upload.import-upload"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].files = []", upload);
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }

    /** The open dialog in light and dark, on a desktop and a phone. */
    private void shots(String name) {
        Dimension wide = browser.manage().window().getSize();
        try {
            for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (String theme : List.of("light", "dark")) {
                    ((JavascriptExecutor) browser).executeScript("window.unknotAppearance(arguments[0])", theme);
                    sleep(400);
                    screenshot(name + (theme.equals("dark") ? "-dark" : "") + (size.equals(wide) ? "" : "-phone") + "-"
                            + database());
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

    private String text(By selector) {
        return Chromium.text(browser, selector);
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, screenshots, name);
    }

    private static void sleep(long millis) {
        Chromium.sleep(millis);
    }
}
