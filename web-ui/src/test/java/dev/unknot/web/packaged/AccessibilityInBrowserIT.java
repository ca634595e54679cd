package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Audited, not assumed: axe-core on every main page, light and dark (see {@link Axe} for what
 * fails and which rules are left out, and why), and the keyboard's path through Today and the
 * routine player, read from {@code document.activeElement} into Vaadin's shadow roots. The
 * findings of every impact go to {@code target/screenshots/axe-findings.txt}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityInBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<Logger> QUIET =
            List.of(Chromium.quiet("org.openqa.selenium.devtools"), Chromium.quiet("org.openqa.selenium.chromium"));

    /** The deepest focused element: its tag, id, classes, text and box, through open shadow roots. */
    static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e || e === document.body) { return null; }
            let host = e;
            while (host.getRootNode() instanceof ShadowRoot) { host = host.getRootNode().host; }
            // A field's input sits in the light DOM of its Vaadin component: the component is the stop.
            if (['INPUT', 'TEXTAREA'].includes(host.tagName) && host.parentElement
                && host.parentElement.tagName.startsWith('VAADIN-')) { host = host.parentElement; }
            const box = host.getBoundingClientRect();
            // Cards are read one after the other: a stop in a card is placed by its card, then in it.
            const card = host.closest('.habit-card') || host;
            const cardBox = card.getBoundingClientRect();
            const label = (host.getAttribute('aria-label') || host.innerText || host.value || '').trim().split('\\n')[0];
            return {tag: host.tagName.toLowerCase(), id: host.id || '', classes: host.className || '',
              text: label.slice(0, 60), top: box.top + window.scrollY, bottom: box.bottom + window.scrollY,
              left: box.left, right: box.right, inMain: !!host.closest('main, [role=main]'),
              card: card === host ? '' : (card.getAttribute('data-habit-id') || 'card'),
              cardTop: cardBox.top + window.scrollY, cardBottom: cardBox.bottom + window.scrollY,
              cardLeft: cardBox.left, cardRight: cardBox.right};
            """;

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;
    String habit;
    final List<Axe.Violation> findings = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home);
        browser = Chromium.start(Chromium.options(browserProfile, "1366,900"));
    }

    @AfterAll
    void stop() throws IOException {
        Files.write(
                screenshots.resolve("axe-findings.txt"),
                findings.stream().map(Axe.Violation::toString).toList());
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
    void everyMainPagePassesTheAuditInLightAndDark() {
        browser.get(app.uri().toString());
        waitVisible(By.id("create-account"));
        for (String theme : List.of("light", "dark")) {
            appearance(theme);
            browser.get(app.uri() + "signup");
            waitVisible(By.id("create-account"));
            audit("signup-" + theme);
        }
        appearance("light");
        browser.get(app.uri() + "signup");
        type(By.cssSelector("#username input"), "ada");
        type(By.cssSelector("#password input"), "a long password");
        type(By.cssSelector("#repeated input"), "a long password");
        Chromium.click(browser, By.id("create-account"));
        waitVisible(By.cssSelector(".empty-state"));
        habit = createHabit("movement/daily-morning-mobility");
        createHabit("breathing/daily-box-breathing");
        // One check-in, so that Progress has a streak, a heat map and a trend to show.
        browser.get(app.uri().toString());
        Chromium.click(browser, By.cssSelector(card() + " vaadin-button.check-in"));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBe(By.cssSelector(card() + " .habit-status"), "Done"));

        List<Axe.Violation> failing = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            appearance(theme);
            failing.addAll(auditPages(theme));
        }
        phoneScreenshots();
        appearance("light");
        browser.get(app.uri().toString());
        Chromium.click(browser, By.id("log-out"));
        for (String theme : List.of("light", "dark")) {
            appearance(theme);
            browser.get(app.uri() + "login");
            waitVisible(By.id("sign-in"));
            failing.addAll(audit("login-" + theme));
        }
        appearance("light");

        assertThat(failing)
                .as("serious or critical findings, and any of " + Axe.ALWAYS_FAILS)
                .isEmpty();
    }

    @Test
    @Order(2)
    void theKeyboardWalksTodayInTheOrderItIsSeenAndReachesEveryAction() {
        signIn();
        browser.get(app.uri().toString());
        waitVisible(By.cssSelector(card()));
        List<Map<String, Object>> stops = tabThrough(60);
        List<Map<String, Object>> inMain = stops.stream()
                .filter(stop -> Boolean.TRUE.equals(stop.get("inMain")))
                .toList();
        assertVisualOrder("Today", inMain);
        assertThat(inMain)
                .extracting(stop -> stop.get("tag") + " " + stop.get("classes") + " " + stop.get("text"))
                .as("Done, the check-in form, the routine: each reached by the keyboard")
                .anySatisfy(stop -> assertThat(stop).startsWith("vaadin-button check-in Done"))
                .anySatisfy(stop -> assertThat(stop).startsWith("a start-routine"))
                .anySatisfy(stop ->
                        assertThat(stop).startsWith("vaadin-details-summary").contains("a note"));

        // Done from the keyboard, on the habit still due: then its Undo is reached by the keyboard too.
        ((JavascriptExecutor) browser)
                .executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int press = 0; press < 60 && !focusedIsDone(); press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedIsDone())
                .as("Done of the habit still due, reached by TAB")
                .isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitVisible(By.cssSelector("vaadin-button.undo-check-in"));
        // The page is rebuilt with the habit among the done ones: the focus stays on its card.
        new WebDriverWait(browser, WAIT)
                .withMessage("the focus on the card just checked in")
                .until(driver -> {
                    Map<?, ?> stop = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(FOCUSED);
                    return stop != null
                            && "Once more".equals(stop.get("text"))
                            && String.valueOf(stop.get("classes")).contains("check-in");
                });
        List<Map<String, Object>> after = tabThrough(40);
        assertThat(after)
                .extracting(stop -> (String) stop.get("classes"))
                .as("Undo, reached by the keyboard while it is offered")
                .anySatisfy(classes -> assertThat(classes).contains("undo-check-in"));
    }

    @Test
    @Order(3)
    void theKeyboardWalksThePlayerInTheOrderItIsSeen() {
        signIn();
        browser.get(app.uri() + "routine/movement/morning-mobility-flow");
        waitVisible(By.id("start-routine"));
        List<Map<String, Object>> before = tabThrough(30);
        List<Map<String, Object>> inMain = before.stream()
                .filter(stop -> Boolean.TRUE.equals(stop.get("inMain")))
                .toList();
        assertVisualOrder("the player", inMain);
        assertThat(inMain)
                .extracting(stop -> (String) stop.get("id") + " " + stop.get("classes"))
                .anySatisfy(stop -> assertThat(stop).contains("start-routine"))
                .anySatisfy(stop -> assertThat(stop).contains("cue-sound"))
                .anySatisfy(stop -> assertThat(stop).contains("cue-speech"));

        Chromium.click(browser, By.id("start-routine"));
        waitVisible(By.id("pause-routine"));
        List<Map<String, Object>> running = tabThrough(30).stream()
                .filter(stop -> Boolean.TRUE.equals(stop.get("inMain")))
                .toList();
        assertVisualOrder("the running player", running);
        assertThat(running)
                .extracting(stop -> (String) stop.get("id"))
                .containsSubsequence("previous-step", "pause-routine", "next-phase");
    }

    /** The pages this audit changed, at phone size, light and dark: to be looked at. */
    private void phoneScreenshots() {
        org.openqa.selenium.Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String theme : List.of("light", "dark")) {
                appearance(theme);
                for (String page : List.of("", "routine/movement/morning-mobility-flow", "settings", "progress")) {
                    browser.get(app.uri() + page);
                    waitVisible(By.cssSelector("h1"));
                    Chromium.sleep(400);
                    Chromium.screenshot(
                            browser,
                            screenshots,
                            "a11y-phone-" + (page.isEmpty() ? "today" : page.replaceAll("/.*", "")) + "-" + theme);
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    private List<Axe.Violation> auditPages(String theme) {
        List<Axe.Violation> failing = new ArrayList<>();
        browser.get(app.uri().toString());
        waitVisible(By.cssSelector(card()));
        Chromium.click(browser, By.cssSelector(card() + " vaadin-details.check-in-more vaadin-details-summary"));
        waitVisible(By.cssSelector(card() + " .check-in-form"));
        failing.addAll(audit("today-check-in-form-" + theme));

        browser.get(app.uri() + "habits");
        Chromium.click(browser, By.cssSelector(".habit-card[data-habit-id='" + habit + "'] vaadin-button.edit-habit"));
        waitVisible(By.cssSelector("vaadin-text-field.edit-name"));
        failing.addAll(audit("habit-editor-" + theme));

        browser.get(app.uri() + "progress");
        waitVisible(By.cssSelector("svg.heat-map"));
        failing.addAll(audit("progress-" + theme));

        browser.get(app.uri() + "progress/" + habit);
        waitVisible(By.cssSelector(".habit-summary"));
        failing.addAll(audit("progress-habit-" + theme));

        browser.get(app.uri() + "routine/movement/morning-mobility-flow");
        Chromium.click(browser, By.id("start-routine"));
        waitVisible(By.id("pause-routine"));
        Chromium.click(browser, By.id("pause-routine"));
        waitVisible(By.id("resume-routine"));
        failing.addAll(audit("routine-" + theme));

        browser.get(app.uri() + "settings");
        waitVisible(By.id("save-calendar"));
        failing.addAll(audit("settings-" + theme));

        browser.get(app.uri() + "plan");
        waitVisible(By.id("propose-plan"));
        Chromium.click(browser, By.id("propose-plan"));
        waitVisible(By.id("apply-plan"));
        failing.addAll(audit("plan-" + theme));

        browser.get(app.uri() + "library");
        waitVisible(By.cssSelector("h1"));
        failing.addAll(audit("library-" + theme));
        return failing;
    }

    /** Audits the page on screen, keeps every finding and its screenshot, and returns the failing ones. */
    private List<Axe.Violation> audit(String page) {
        Chromium.sleep(300);
        Chromium.screenshot(browser, screenshots, "a11y-" + page);
        List<Axe.Violation> violations = Axe.audit(browser, page);
        findings.addAll(violations);
        violations.forEach(violation -> System.out.println("axe " + violation));
        return violations.stream().filter(Axe.Violation::fails).toList();
    }

    /**
     * Presses TAB {@code most} times from the top of the page and lists each element the focus
     * lands on, until it comes back to the first.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tabThrough(int most) {
        ((JavascriptExecutor) browser)
                .executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<Map<String, Object>> stops = new ArrayList<>();
        for (int press = 0; press < most; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Chromium.sleep(60);
            Map<String, Object> stop = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(FOCUSED);
            if (stop == null) {
                continue;
            }
            if (!stops.isEmpty() && same(stops.get(0), stop)) {
                break;
            }
            stops.add(stop);
            System.out.println("tab " + stop);
        }
        // The browser may start from the element focused last rather than the top: the round is
        // read from the page's first stop, the menu's toggle.
        for (int first = 0; first < stops.size(); first++) {
            if ("vaadin-drawer-toggle".equals(stops.get(first).get("tag"))) {
                List<Map<String, Object>> round = new ArrayList<>(stops.subList(first, stops.size()));
                round.addAll(stops.subList(0, first));
                return round;
            }
        }
        return stops;
    }

    private static boolean same(Map<String, Object> one, Map<String, Object> other) {
        return one.get("tag").equals(other.get("tag"))
                && one.get("id").equals(other.get("id"))
                && one.get("top").equals(other.get("top"))
                && one.get("left").equals(other.get("left"));
    }

    /**
     * Each stop comes after the one before as a reader sees the page: not wholly above it, nor
     * wholly to its left on the same line. Stops in two cards are compared by their cards, which
     * are read one whole card after the other.
     */
    private static void assertVisualOrder(String page, List<Map<String, Object>> stops) {
        for (int i = 1; i < stops.size(); i++) {
            Map<String, Object> before = stops.get(i - 1);
            Map<String, Object> after = stops.get(i);
            String box = before.get("card").equals(after.get("card")) ? "" : "card";
            double beforeTop = number(before, box + "top");
            double beforeBottom = number(before, box + "bottom");
            double afterTop = number(after, box + "top");
            double afterBottom = number(after, box + "bottom");
            boolean above = afterBottom <= beforeTop + 1;
            boolean sameLine = afterTop < beforeBottom && afterBottom > beforeTop;
            boolean leftOf = sameLine && number(after, box + "right") <= number(before, box + "left") + 1;
            assertThat(above || leftOf)
                    .as("on %s, %s is reached after %s but is seen before it", page, after, before)
                    .isFalse();
        }
    }

    private static double number(Map<String, Object> stop, String key) {
        String name = key.startsWith("card") ? "card" + Character.toUpperCase(key.charAt(4)) + key.substring(5) : key;
        return ((Number) stop.get(name)).doubleValue();
    }

    private String createHabit(String template) {
        browser.get(app.uri() + "habits?template=" + template);
        int before =
                browser.findElements(By.cssSelector(".habit-list .habit-card")).size();
        new WebDriverWait(browser, WAIT)
                .until(driver -> !driver.findElement(By.cssSelector("vaadin-combo-box.habit-template input"))
                        .getAttribute("value")
                        .isEmpty());
        Chromium.click(browser, By.id("create-habit"));
        new WebDriverWait(browser, WAIT)
                .until(driver -> driver.findElements(By.cssSelector(".habit-list .habit-card"))
                                .size()
                        > before);
        // The list is drawn again as the habit is stored: read it in one step, not through an element.
        return (String) ((JavascriptExecutor) browser)
                .executeScript("const cards = document.querySelectorAll('.habit-list .habit-card');"
                        + "return cards[cards.length - 1].getAttribute('data-habit-id');");
    }

    private void signIn() {
        browser.get(app.uri() + "login");
        if (!browser.findElements(By.id("sign-in")).isEmpty() || waitVisibleOrNull(By.id("sign-in")) != null) {
            type(By.cssSelector("#username input"), "ada");
            type(By.cssSelector("#password input"), "a long password");
            Chromium.click(browser, By.id("sign-in"));
            waitVisible(By.cssSelector(".agenda"));
        }
    }

    private WebElement waitVisibleOrNull(By selector) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(selector));
        } catch (org.openqa.selenium.TimeoutException e) {
            return null;
        }
    }

    private boolean focusedIsDone() {
        @SuppressWarnings("unchecked")
        Map<String, Object> stop = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(FOCUSED);
        return stop != null
                && "Done".equals(stop.get("text"))
                && String.valueOf(stop.get("classes")).contains("check-in")
                && !String.valueOf(stop.get("card")).equals(habit);
    }

    private String card() {
        return ".agenda .habit-card[data-habit-id='" + habit + "']";
    }

    /** Light or dark in this browser, as the Settings page's switch keeps it. */
    private void appearance(String theme) {
        if (browser.getCurrentUrl().startsWith("http")) {
            ((JavascriptExecutor) browser)
                    .executeScript("window.localStorage.setItem('unknot-appearance', arguments[0]);", theme);
        }
    }

    private WebElement waitVisible(By selector) {
        return Chromium.waitVisible(browser, selector);
    }

    private void type(By selector, String text) {
        Chromium.type(browser, selector, text);
    }
}
