package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reminders in the open app, in Debian's headless chromium against the packaged app, with the
 * notifications permission granted: two habits set to remind in the coming minute from the habit
 * editor, the open Today page showing a banner and a browser notification for each once its poll
 * learns of them, one snoozed and one done from its banner. Every {@code new Notification} is
 * recorded by a wrapper installed before the page's own scripts run.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersInBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** A minute until the reminders fall due, and a minute until the page's next poll. */
    static final Duration REMINDER_WAIT = Duration.ofSeconds(150);

    static final List<Logger> QUIET =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    /** Keeps each notification's title, body and tag, then lets the real one show. */
    static final String RECORD_NOTIFICATIONS = """
            (function () {
              var Real = window.Notification;
              if (!Real) { return; }
              window.unknotShown = [];
              function Recorded(title, options) {
                window.unknotShown.push({title: title, body: options && options.body, tag: options && options.tag});
                return new Real(title, options);
              }
              Object.defineProperty(Recorded, 'permission', {get: function () { return Real.permission; }});
              Recorded.requestPermission = function () { return Real.requestPermission.apply(Real, arguments); };
              Recorded.prototype = Real.prototype;
              window.Notification = Recorded;
            })();
            """;

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;
    Path home;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        this.home = home;
        app = PackagedApp.start(home);
        ChromeOptions options = Chromium.options(browserProfile, "1366,900");
        options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.notifications", 1));
        browser = Chromium.start(options);
        String origin = app.uri().toString().replaceAll("/+$", "");
        browser.executeCdpCommand(
                "Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("notifications")));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_NOTIFICATIONS));
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
    @Order(1)
    void aReminderDueInTheOpenPageShowsABannerAndANotificationThenSnoozeAndDone() {
        browser.get(app.uri().toString());
        waitVisible(By.id("create-account"));
        signUp("rem");
        waitVisible(By.cssSelector(".empty-state"));
        assertThat(script("return Notification.permission")).isEqualTo("granted");

        String mobility = newHabit("movement/daily-morning-mobility", "Morning mobility flow");
        String breathing = newHabit("breathing/daily-box-breathing", "Daily box breathing");
        // One reminder due at once, shown as the page opens; one in the coming minute, learnt of by
        // the page's poll. Wall-clock times: a new account counts days in the server's zone.
        LocalTime now = LocalTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.MINUTES);
        remindAt(mobility, now.toString());
        remindAt(breathing, now.plusMinutes(1).toString());

        browser.get(app.uri().toString());
        waitVisible(By.cssSelector(".agenda .habit-card"));
        try {
            waitVisible(By.cssSelector(".reminder-banner[data-habit-id='" + mobility + "']"));
            new WebDriverWait(browser, REMINDER_WAIT)
                    .until(driver -> driver.findElements(By.cssSelector(".reminder-banner"))
                                    .size()
                            == 2);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("remindweb-failure");
            System.out.println(
                    "Page: " + browser.findElement(By.tagName("body")).getText());
            try {
                System.out.println("Server log: " + Files.readString(home.resolve("unknot-web.log")));
            } catch (IOException unreadable) {
                // Only for the report.
            }
            throw e;
        }
        assertThat(text(By.cssSelector(".reminder-banner[data-habit-id='" + mobility + "'] .reminder-title")))
                .isEqualTo("Time for: Morning mobility flow");
        new WebDriverWait(browser, WAIT).until(driver -> shown().size() == 2);
        assertThat(shown())
                .extracting(each -> each.get("title"))
                .containsExactlyInAnyOrder("Time for: Morning mobility flow", "Time for: Daily box breathing");
        assertThat(shown())
                .allSatisfy(each -> assertThat((String) each.get("body")).startsWith("Due at "));
        sleep(300);
        screenshot("remindweb-today-banner");

        click(By.cssSelector(".reminder-banner[data-habit-id='" + mobility + "'] vaadin-button.reminder-snooze-10"));
        new WebDriverWait(browser, WAIT)
                .until(driver ->
                        driver.findElements(By.cssSelector(".reminder-banner")).size() == 1);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Snoozed: it reminds you again at ");

        click(By.cssSelector(".reminder-banner[data-habit-id='" + breathing + "'] vaadin-button.reminder-done"));
        waitVisible(By.cssSelector(".agenda .habit-card.status-done[data-habit-id='" + breathing + "']"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector(".reminder-banner[data-habit-id='" + breathing + "']"), 0));
        assertThat(browser.findElements(By.cssSelector(".reminder-banner")))
                .as(
                        "banners left after Done: %s",
                        browser.findElement(By.tagName("body")).getText())
                .isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Checked in: Daily box breathing.");
        // No second notification for what was already notified.
        assertThat(shown()).hasSize(2);
    }

    @Test
    @Order(2)
    void screenshotsOfTheEditorTheSettingsAndTheBannerOnEverySizeAndTheme() {
        Dimension wide = browser.manage().window().getSize();
        String habit = browser.findElements(By.cssSelector(".agenda .habit-card"))
                .get(0)
                .getAttribute("data-habit-id");
        try {
            for (String theme : List.of("light", "dark")) {
                browser.get(app.uri() + "settings");
                waitVisible(By.cssSelector(".reminder-settings"));
                // Kept in this browser: every page after this one opens in the theme.
                script("window.unknotAppearance(arguments[0])", theme);
                for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                    browser.manage().window().setSize(size);
                    String suffix = "-" + theme + (size.equals(wide) ? "-1366" : "-390");
                    browser.get(app.uri() + "?remind=" + habit);
                    waitVisible(By.cssSelector(".agenda .habit-card"));
                    sleep(500);
                    screenshot("remindweb-today" + suffix);

                    browser.get(app.uri() + "habits");
                    click(By.cssSelector(
                            ".habit-list .habit-card[data-habit-id='" + habit + "'] vaadin-button.edit-habit"));
                    waitVisible(By.cssSelector("vaadin-text-field.remind-times"));
                    sleep(500);
                    screenshot("remindweb-editor" + suffix);

                    browser.get(app.uri() + "settings");
                    WebElement section = waitVisible(By.cssSelector(".reminder-settings"));
                    script("arguments[0].scrollIntoView({block: 'start'})", section);
                    sleep(500);
                    screenshot("remindweb-settings" + suffix);
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
            script("window.unknotAppearance && window.unknotAppearance('system')");
        }
    }

    private String newHabit(String template, String name) {
        browser.get(app.uri() + "habits?template=" + template);
        new WebDriverWait(browser, WAIT)
                .until(driver -> name.equals(driver.findElement(By.cssSelector("vaadin-combo-box.habit-template input"))
                        .getAttribute("value")));
        int before =
                browser.findElements(By.cssSelector(".habit-list .habit-card")).size();
        click(By.id("create-habit"));
        new WebDriverWait(browser, WAIT)
                .until(driver -> driver.findElements(By.cssSelector(".habit-list .habit-card"))
                                .size()
                        == before + 1);
        return browser.findElements(By.cssSelector(".habit-list .habit-card")).stream()
                .filter(card -> card.findElement(By.tagName("h3")).getText().equals(name))
                .findFirst()
                .orElseThrow()
                .getAttribute("data-habit-id");
    }

    /** Sets the habit to remind at {@code time} from its editor. */
    private void remindAt(String habit, String time) {
        browser.get(app.uri() + "habits");
        click(By.cssSelector(".habit-list .habit-card[data-habit-id='" + habit + "'] vaadin-button.edit-habit"));
        click(
                By.xpath(
                        "//vaadin-radio-group[contains(@class,'remind-kind')]//vaadin-radio-button[.//label[text()='At these times'] or normalize-space(.)='At these times']"));
        type(By.cssSelector("vaadin-text-field.remind-times input"), time);
        click(By.cssSelector("vaadin-button.save-habit"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.save-habit")));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> shown() {
        Object list = script("return window.unknotShown || []");
        return (List<Map<String, Object>>) list;
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void signUp(String username) {
        type(By.cssSelector("#username input"), username);
        type(By.cssSelector("#password input"), "a long password");
        type(By.cssSelector("#repeated input"), "a long password");
        click(By.id("create-account"));
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

    private static Logger quiet(String name) {
        return Chromium.quiet(name);
    }
}
