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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The safety screen and the red flags in Debian's headless chromium against the packaged app: the
 * screen offered on Today at the start, an emergency answer acknowledged in its dialog, the
 * symptoms of the check-in form, and the screen retaken from the Plan. Screenshots of each, on a
 * desktop and a phone, light and dark, go to {@code target/screenshots}.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SafetyInBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<Logger> QUIET =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    PackagedApp app;
    ChromeDriver browser;
    Path screenshots;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        app = PackagedApp.start(home);
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
    @Order(1)
    void theScreenIsOfferedAtTheStartAndAnEmergencyAnswerIsAcknowledged() {
        browser.get(app.uri().toString());
        waitVisible(By.id("create-account"));
        signUp("sam");
        waitVisible(By.cssSelector(".safety-offer"));
        screenshot("safety-offer");

        click(By.cssSelector(".safety-offer vaadin-button.take-safety-screen"));
        waitVisible(By.cssSelector("vaadin-checkbox.safety-saddle-numbness"));
        assertThat(browser.findElements(By.cssSelector("vaadin-checkbox.safety-question")))
                .hasSize(10);
        click(By.cssSelector("vaadin-checkbox.safety-saddle-numbness"));
        sleep(300);
        screenshot("safety-screen");
        click(By.cssSelector("vaadin-button.save-safety-screen"));

        WebElement understood = waitVisible(By.cssSelector("vaadin-button.acknowledge-advice"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Seek emergency care now");
        sleep(300);
        screenshot("emergency-dialog");
        understood.click();
        waitVisible(By.cssSelector(".advisory-emergency"));
        assertThat(browser.findElements(By.cssSelector(".safety-offer"))).isEmpty();
    }

    @Test
    @Order(2)
    void theCheckInFormTheEmergencyAndThePlanOnEverySizeAndTheme() {
        browser.get(app.uri() + "habits?template=movement/daily-morning-mobility");
        new WebDriverWait(browser, WAIT)
                .until(driver -> "Morning mobility flow"
                        .equals(driver.findElement(By.cssSelector("vaadin-combo-box.habit-template input"))
                                .getAttribute("value")));
        click(By.id("create-habit"));
        waitVisible(By.cssSelector(".habit-list .habit-card"));
        Dimension wide = browser.manage().window().getSize();
        try {
            for (String theme : List.of("light", "dark")) {
                ((JavascriptExecutor) browser).executeScript("window.unknotAppearance(arguments[0])", theme);
                for (Dimension size : List.of(wide, new Dimension(390, 844))) {
                    browser.manage().window().setSize(size);
                    String suffix = ("light".equals(theme) ? "" : "-dark") + (size.equals(wide) ? "" : "-phone");
                    browser.get(app.uri().toString());
                    waitVisible(By.cssSelector(".agenda .habit-card"));
                    click(By.cssSelector(".agenda .habit-card vaadin-details.check-in-more vaadin-details-summary"));
                    WebElement symptoms =
                            waitVisible(By.cssSelector(".agenda .habit-card vaadin-multi-select-combo-box.symptoms"));
                    ((JavascriptExecutor) browser)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'})", symptoms);
                    sleep(300);
                    screenshot("today-check-in-symptoms" + suffix);

                    browser.get(app.uri() + "plan");
                    waitVisible(By.cssSelector(".plan-safety .safety-summary"));
                    assertThat(text(By.cssSelector(".plan-safety .safety-summary")))
                            .isEqualTo("Safety screen: Last answered yes to: numbness or tingling around the"
                                    + " genitals or buttocks.");
                    sleep(300);
                    screenshot("plan-safety" + suffix);
                    click(By.cssSelector(".plan-safety vaadin-button.take-safety-screen"));
                    waitVisible(By.cssSelector("vaadin-checkbox.safety-saddle-numbness"));
                    sleep(300);
                    screenshot("safety-screen" + suffix);
                    click(By.cssSelector("vaadin-button.save-safety-screen"));
                    WebElement understood = waitVisible(By.cssSelector("vaadin-button.acknowledge-advice"));
                    sleep(300);
                    screenshot("emergency-dialog" + suffix);
                    understood.click();
                    sleep(300);
                }
            }
        } finally {
            browser.manage().window().setSize(wide);
            ((JavascriptExecutor) browser).executeScript("window.unknotAppearance('system')");
        }
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
