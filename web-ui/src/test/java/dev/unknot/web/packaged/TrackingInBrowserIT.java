package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main flow in Debian's headless chromium against the packaged app on a fresh home: sign up
 * (offered on the first visit), create a habit from a template, check in with tightness, see the
 * streak and the heat map, run a routine to the end at the fast pace and check in; then a second
 * person who can neither see nor reach the first one's habit, and who imports an export of a few
 * megabytes on the Settings page (the upload passes the front door whole). Screenshots of each
 * main view, also at phone size, go to {@code target/screenshots}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingInBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<Logger> QUIET =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;
    String adasHabit;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home);
        ChromeOptions options =
                Chromium.options(browserProfile, "1366,900").addArguments("--autoplay-policy=no-user-gesture-required");
        // The console, to find any report of a Content-Security-Policy violation.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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
    @Order(1)
    void signUpCreateFromTemplateCheckInSeeProgressAndRunARoutine() {
        // A fresh install: the first visit offers the first account.
        browser.get(app.uri().toString());
        waitVisible(By.id("create-account"));
        assertThat(text(By.cssSelector(".signup-page h1"))).isEqualTo("Welcome to Unknot");
        screenshot("signup");
        signUp("ada");
        waitVisible(By.cssSelector(".empty-state"));
        assertThat(text(By.cssSelector(".account-name"))).isEqualTo("ada");

        // A habit from a template.
        browser.get(app.uri() + "habits?template=movement/daily-morning-mobility");
        new WebDriverWait(browser, WAIT)
                .until(driver -> "Morning mobility flow"
                        .equals(driver.findElement(By.cssSelector("vaadin-combo-box.habit-template input"))
                                .getAttribute("value")));
        click(By.id("create-habit"));
        WebElement card = waitVisible(By.cssSelector(".habit-list .habit-card"));
        assertThat(card.findElement(By.tagName("h3")).getText()).isEqualTo("Morning mobility flow");
        adasHabit = card.getAttribute("data-habit-id");
        screenshot("habits");

        // Today: Done, then Undo, as after a slip of the thumb.
        browser.get(app.uri().toString());
        String cardSelector = ".agenda .habit-card[data-habit-id='" + adasHabit + "']";
        waitVisible(By.cssSelector(cardSelector));
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("h1")))
                .singleElement()
                .satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Today"));
        click(By.cssSelector(cardSelector + " vaadin-button.check-in"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBe(By.cssSelector(cardSelector + " .habit-status"), "Done"));
        click(By.cssSelector("vaadin-button.undo-check-in"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBe(By.cssSelector(cardSelector + " .habit-status"), "Due"));

        // Check in with tightness on Today.
        click(By.cssSelector(cardSelector + " vaadin-details.check-in-more vaadin-details-summary"));
        waitVisible(By.cssSelector(cardSelector + " .check-in-form"));
        assertFormFitsItsCard(cardSelector);
        screenshot("today-check-in-form");
        type(By.cssSelector(cardSelector + " vaadin-integer-field.tightness-before input"), "7");
        type(By.cssSelector(cardSelector + " vaadin-integer-field.tightness-after input"), "3");
        type(By.cssSelector(cardSelector + " vaadin-text-area.note textarea"), "stiff after the train");
        click(By.cssSelector(cardSelector + " vaadin-button.check-in-details"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBe(By.cssSelector(cardSelector + " .streak"), "1-day streak"));
        assertThat(text(By.cssSelector(cardSelector + " .habit-status"))).isEqualTo("Done");
        waitVisible(By.cssSelector("vaadin-button.undo-check-in"));
        screenshot("today");

        // The streak and the heat map on Progress.
        browser.get(app.uri() + "progress");
        waitVisible(By.cssSelector("svg.heat-map rect.day.done"));
        assertThat(text(By.cssSelector(".current-streak"))).isEqualTo("1 day");
        assertThat(browser.findElements(By.cssSelector("svg.trend polyline, svg.trend circle")))
                .isNotEmpty();
        screenshot("progress");

        // Edit the habit: a name of Ada's own.
        browser.get(app.uri() + "habits");
        String editCard = ".habit-list .habit-card[data-habit-id='" + adasHabit + "']";
        click(By.cssSelector(editCard + " vaadin-button.edit-habit"));
        type(By.cssSelector("vaadin-text-field.edit-name input"), "Morning mobility");
        screenshot("habit-editor");
        click(By.cssSelector("vaadin-button.save-habit"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBe(By.cssSelector(editCard + " h3"), "Morning mobility"));

        // Yesterday, from the habit's calendar: a check-in forgotten at the time, with a note.
        LocalDate yesterday = LocalDate.now(ZoneId.systemDefault()).minusDays(1);
        browser.get(app.uri() + "progress/" + adasHabit + "?month=" + YearMonth.from(yesterday));
        assertThat(text(By.cssSelector(".habit-progress-page h1"))).isEqualTo("Morning mobility");
        click(By.cssSelector("vaadin-button.calendar-day[data-day='" + yesterday + "']"));
        type(By.cssSelector("vaadin-integer-field.day-before input"), "6");
        type(By.cssSelector("vaadin-integer-field.day-after input"), "3");
        type(By.cssSelector("vaadin-text-area.day-note textarea"), "forgot to tap it yesterday");
        screenshot("progress-day");
        click(By.cssSelector("vaadin-button.save-day-check-in"));
        waitVisible(By.cssSelector(".day-check-in"));
        click(By.cssSelector("vaadin-button.close-day"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".journal-section"), "forgot to tap it yesterday"));

        // Its own progress page: summary first, a readable calendar and trend, labels of 12 px or more.
        browser.get(app.uri() + "progress/" + adasHabit);
        waitVisible(By.cssSelector(".habit-summary"));
        waitVisible(By.cssSelector(".habit-trend-chart svg"));
        assertLabelsReadable();
        screenshot("progress-habit");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView();", browser.findElement(By.cssSelector(".tightness-section")));
        sleep(300);
        screenshot("progress-habit-trend-and-journal");

        // The routine, guided, to the end at the fast pace, then a check-in.
        browser.get(app.uri().toString());
        String start =
                waitVisible(By.cssSelector(cardSelector + " a.start-routine")).getAttribute("href");
        browser.get(start + "&pace=fast");
        click(By.id("start-routine"));
        waitVisible(By.cssSelector(".countdown"));
        assertThat(text(By.cssSelector(".time-left"))).endsWith(" left");
        screenshot("routine");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (browser.findElements(By.cssSelector(".routine-finished")).isEmpty() && System.nanoTime() < deadline) {
            List<WebElement> untimed = browser.findElements(By.cssSelector(".player.untimed #next-phase"));
            if (!untimed.isEmpty()) {
                try {
                    untimed.get(0).click();
                } catch (org.openqa.selenium.WebDriverException e) {
                    // The phase moved on between finding and clicking.
                }
            }
            sleep(100);
        }
        waitVisible(By.cssSelector(".routine-finished"));
        // Heard with eyes closed: the audio context was started by Start, and tones were scheduled.
        Map<?, ?> cues = (Map<?, ?>)
                ((JavascriptExecutor) browser).executeScript("return window.unknotCues && window.unknotCues.state();");
        assertThat(cues).isNotNull();
        assertThat(cues.get("started")).isEqualTo(Boolean.TRUE);
        assertThat(((Number) cues.get("scheduled")).intValue()).isPositive();
        type(By.cssSelector("#routine-before input"), "6");
        type(By.cssSelector("#routine-after input"), "2");
        type(By.cssSelector("#routine-pain-before input"), "5");
        type(By.cssSelector("#routine-pain-after input"), "3");
        screenshot("routine-finished");
        playerCheckInOnEverySizeAndTheme();
        click(By.id("routine-check-in"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.urlToBe(app.uri().toString()));
        waitVisible(By.cssSelector(cardSelector));
        browser.get(app.uri() + "progress");
        assertThat(waitVisible(By.cssSelector(".pain-section svg")).findElements(By.cssSelector(".point.before")))
                .as("the pain rated in the player")
                .isNotEmpty();

        // Muted: the switch is kept for Ada, so the next player starts muted and schedules no tone.
        browser.get(start + "&pace=fast");
        click(By.cssSelector("vaadin-checkbox.cue-sound"));
        new WebDriverWait(browser, WAIT)
                .until(driver -> Boolean.FALSE.equals(cueState().get("sound")));
        browser.get(start + "&pace=fast");
        waitVisible(By.id("start-routine"));
        assertThat(browser.findElement(By.cssSelector("vaadin-checkbox.cue-sound"))
                        .getAttribute("checked"))
                .as("muted when the player opens again")
                .isNull();
        click(By.id("start-routine"));
        waitVisible(By.cssSelector(".countdown"));
        sleep(1500);
        Map<?, ?> muted = cueState();
        assertThat(muted.get("sound")).isEqualTo(Boolean.FALSE);
        assertThat(((Number) muted.get("scheduled")).intValue())
                .as("tones while muted")
                .isZero();
        click(By.cssSelector("vaadin-checkbox.cue-sound"));
        new WebDriverWait(browser, WAIT)
                .until(driver -> Boolean.TRUE.equals(cueState().get("sound")));

        // Phone size.
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("", "habits", "progress", "progress/" + adasHabit)) {
                browser.get(app.uri() + page);
                waitVisible(By.cssSelector(".page h1"));
                if (page.startsWith("progress/")) {
                    waitVisible(By.cssSelector(".habit-trend-chart svg"));
                    assertLabelsReadable();
                }
                if (page.equals("progress")) {
                    waitVisible(By.cssSelector("svg.heat-map"));
                }
                if (page.isEmpty()) {
                    click(By.cssSelector(cardSelector + " vaadin-details.check-in-more vaadin-details-summary"));
                    waitVisible(By.cssSelector(cardSelector + " .check-in-form"));
                    assertFormFitsItsCard(cardSelector);
                }
                sleep(300);
                Number pageWidth = (Number)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
                Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                assertThat(pageWidth.intValue())
                        .as("no sideways scrolling on /%s", page)
                        .isLessThanOrEqualTo(viewport.intValue());
                screenshot((page.isEmpty() ? "today" : page.replace("/" + adasHabit, "-habit")) + "-phone");
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }

        // On Habits: skipping today, already checked in, is refused in words; pause by mistake,
        // then take it back.
        browser.get(app.uri() + "habits");
        String habitCard = ".habit-list .habit-card[data-habit-id='" + adasHabit + "']";
        waitVisible(By.cssSelector(habitCard));
        click(By.cssSelector(habitCard + " vaadin-button.skip"));
        assertThat(text(By.cssSelector("vaadin-notification-card"))).contains("already has a check-in on");
        click(By.cssSelector(habitCard + " vaadin-details.pausing vaadin-details-summary"));
        click(By.cssSelector(habitCard + " vaadin-button.pause"));
        assertThat(waitVisible(By.cssSelector(habitCard + " .paused-until")).getText())
                .startsWith("Paused until ");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView();", browser.findElement(By.cssSelector(habitCard)));
        screenshot("habits-paused");
        click(By.cssSelector(habitCard + " vaadin-button.resume"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(habitCard + " .paused-until")));
        waitVisible(By.cssSelector(habitCard + " vaadin-button.skip"));

        // The plan and the settings.
        browser.get(app.uri() + "plan");
        click(By.id("propose-plan"));
        waitVisible(By.id("apply-plan"));
        screenshot("plan");
        browser.get(app.uri() + "settings");
        waitVisible(By.id("save-calendar"));
        waitVisible(By.cssSelector("a.export-json"));
        screenshot("settings");
        WebElement password = waitVisible(By.cssSelector("section.password-settings"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", password);
        screenshot("settings-password");

        // An access token: its secret is shown once, then only its name; revoking asks first.
        type(By.cssSelector("#token-name input"), "laptop CLI");
        click(By.id("create-token"));
        WebElement secret = waitVisible(By.cssSelector("#new-token-secret input"));
        assertThat(secret.getDomProperty("value")).matches("unk_[A-Za-z0-9_-]{43}");
        assertThat(text(By.cssSelector(".token-warning"))).contains("you will not see it again");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("access-tokens")));
        screenshot("settings-token");
        click(By.id("dismiss-token"));
        assertThat(text(By.cssSelector(".access-token .token-name"))).isEqualTo("laptop CLI");
        click(By.cssSelector(".revoke-token"));
        waitVisible(By.id("confirm-revoke"));
        screenshot("settings-revoke");
        click(By.id("confirm-revoke"));
        waitVisible(By.cssSelector(".no-tokens"));

        // Installable: the manifest, its icons and a service worker that took charge of the page.
        Object manifest = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "const link = document.querySelector('link[rel=manifest]');"
                        + "fetch(link.href).then(r => r.json())"
                        + ".then(m => Promise.all(m.icons.map(i => fetch(new URL(i.src, link.href)).then(r => r.status)))"
                        + ".then(s => done(m.start_url + ' ' + m.display + ' ' + s.join(','))))"
                        + ".catch(e => done('failed: ' + e));");
        assertThat(manifest).isEqualTo("/ standalone 200,200,200");
        Object worker = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(r => done(new URL(r.active.scriptURL).pathname))"
                        + ".catch(e => done('failed: ' + e));");
        assertThat(worker).isEqualTo("/unknot-sw.js");

        // Dark, chosen in Settings: applied at once, and kept in this browser on every page.
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelectorAll('#appearance vaadin-radio-button')[2].click()");
        new WebDriverWait(browser, WAIT).until(driver -> "dark".equals(theme()));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("appearance")));
        sleep(300);
        screenshot("settings-dark");
        Dimension wide = browser.manage().window().getSize();
        try {
            for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (String page : List.of(
                        "",
                        "progress",
                        "habits",
                        "progress/" + adasHabit,
                        "routine/movement/morning-mobility-flow",
                        "signup")) {
                    browser.get(app.uri() + page);
                    waitVisible(By.cssSelector("h1"));
                    assertThat(theme()).as("dark on /%s", page).isEqualTo("dark");
                    sleep(300);
                    screenshot((page.isEmpty()
                                    ? "today"
                                    : page.replace("/" + adasHabit, "-habit").replace('/', '-')) + "-dark"
                            + (size.equals(wide) ? "" : "-phone"));
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
            ((JavascriptExecutor) browser).executeScript("window.unknotAppearance('system')");
        }

        browser.get(app.uri().toString());
        click(By.id("log-out"));
        waitVisible(By.id("sign-in"));
        screenshot("login");
    }

    @Test
    @Order(2)
    void aSecondPersonCanNeitherSeeNorReachTheFirstOnesHabit() {
        assertThat(adasHabit).as("the first test created Ada's habit").isNotNull();
        browser.get(app.uri() + "signup");
        waitVisible(By.id("create-account"));
        signUp("bob");
        waitVisible(By.cssSelector(".empty-state"));
        assertThat(browser.findElements(By.cssSelector(".habit-card"))).isEmpty();

        browser.get(app.uri() + "progress/" + adasHabit);
        assertThat(text(By.cssSelector(".not-found-message"))).isEqualTo("You have no habit " + adasHabit + ".");
        assertThat(browser.getPageSource()).doesNotContain("Morning mobility flow");
        screenshot("isolation");

        browser.get(app.uri() + "habits");
        waitVisible(By.cssSelector(".habit-list .empty-state"));
        assertThat(browser.findElements(By.cssSelector(".habit-card"))).isEmpty();

        // A crafted address: Bob runs the routine for Ada's habit id; no check-in is offered.
        browser.get(app.uri() + "routine/movement/morning-mobility-flow?habit=" + adasHabit + "&pace=fast");
        waitVisible(By.id("start-routine"));
        assertThat(browser.findElements(By.cssSelector(".routine-habit"))).isEmpty();
    }

    @Test
    @Order(3)
    void anImportOfSeveralMegabytesPassesTheFrontDoor(@TempDir Path files) throws IOException {
        // Bob has no habits yet, so an export with none imports; JSON allows the 3 MiB of spaces
        // that make the upload larger than a page's requests (Micronaut's default limit is 10 MiB;
        // the front door allows 21).
        Path export = Files.writeString(
                files.resolve("unknot-export.json"),
                "{\"format\":\"unknot-export\","
                        + " ".repeat(3 * 1024 * 1024)
                        + "\"version\":1,\"settings\":{\"timeZone\":\"UTC\",\"dayStart\":\"04:00\"},"
                        + "\"habits\":[],\"checkIns\":[]}");
        browser.get(app.uri() + "settings");
        WebElement upload = waitVisible(By.cssSelector("vaadin-upload.import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(export.toString());
        click(By.id("confirm-import"));

        assertThat(text(By.cssSelector("vaadin-notification-card"))).startsWith("Imported 0 habits and 0 check-ins");
        screenshot("import");
    }

    @Test
    @Order(100)
    void everyPageRanUnderTheContentSecurityPolicyWithoutAViolation() {
        browser.get(app.uri().toString());
        Object policy = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/').then(r => done(r.headers.get('content-security-policy')),"
                        + " e => done('failed: ' + e));");

        assertThat(policy).asString().contains("default-src 'self'").contains("frame-ancestors 'none'");
        // The log holds everything the console said since the browser started, every test's pages.
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        assertThat(violations).isEmpty();
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

    /** Every chart label on the page is drawn at 12 px or more. */
    private void assertLabelsReadable() {
        Number smallest = (Number) ((JavascriptExecutor) browser)
                .executeScript("const sizes = [...document.querySelectorAll('.chart.readable text')].map(t => {"
                        + "const svg = t.ownerSVGElement;"
                        + "const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                        + "return parseFloat(getComputedStyle(t).fontSize) * scale; });"
                        + "return sizes.length ? Math.min(...sizes) : 99;");
        assertThat(smallest.doubleValue()).as("the smallest chart label, px").isGreaterThanOrEqualTo(12);
    }

    private Map<?, ?> cueState() {
        return (Map<?, ?>)
                ((JavascriptExecutor) browser).executeScript("return window.unknotCues && window.unknotCues.state();");
    }

    /** The player's check-in at the end, light and dark, desktop and phone: the fields keep inside the page. */
    private void playerCheckInOnEverySizeAndTheme() {
        Dimension wide = browser.manage().window().getSize();
        try {
            for (String theme : List.of("light", "dark")) {
                ((JavascriptExecutor) browser).executeScript("window.unknotAppearance(arguments[0])", theme);
                for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                    browser.manage().window().setSize(size);
                    WebElement form = waitVisible(By.cssSelector(".player .check-in-form"));
                    ((JavascriptExecutor) browser)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'})", form);
                    sleep(300);
                    Number pageWidth = (Number) ((JavascriptExecutor) browser)
                            .executeScript("return document.documentElement.scrollWidth;");
                    Number viewport =
                            (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
                    assertThat(pageWidth.intValue())
                            .as("no sideways scrolling in the player's check-in, %s", size)
                            .isLessThanOrEqualTo(viewport.intValue());
                    screenshot("routine-check-in" + ("light".equals(theme) ? "" : "-dark")
                            + (size.equals(wide) ? "" : "-phone"));
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
            ((JavascriptExecutor) browser).executeScript("window.unknotAppearance('system')");
        }
    }

    private String theme() {
        return (String)
                ((JavascriptExecutor) browser).executeScript("return document.documentElement.getAttribute('theme');");
    }

    /** The opened check-in form stays inside its card, as wide as the card is. */
    private void assertFormFitsItsCard(String cardSelector) {
        Number overflow = (Number) ((JavascriptExecutor) browser)
                .executeScript(
                        "const card = document.querySelector(arguments[0]);"
                                + "const form = card.querySelector('.check-in-form');"
                                + "return form.getBoundingClientRect().right - card.getBoundingClientRect().right;",
                        cardSelector);
        assertThat(overflow.doubleValue())
                .as("how far the form reaches past its card")
                .isLessThanOrEqualTo(0);
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
