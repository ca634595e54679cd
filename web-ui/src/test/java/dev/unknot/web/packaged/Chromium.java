package dev.unknot.web.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium for the browser tests: how every test starts it, and the steps every
 * test takes on a page (wait, click, type, read, screenshot), written once.
 */
final class Chromium {

    /** How long a page or an element may take, on a busy machine too. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Chromium() {}

    /**
     * The options every test starts from: headless, in its own profile, and with no connection of
     * chromium's own (this machine's network refuses them).
     *
     * @param windowSize e.g. {@code 1366,900}
     */
    static ChromeOptions options(Path profile, String windowSize) {
        return new ChromeOptions()
                .setBinary(BrowserCondition.CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=" + windowSize,
                        "--user-data-dir=" + profile);
    }

    /** Starts chromium through Debian's chromedriver; both paths are explicit, so Selenium Manager never downloads one. */
    static ChromeDriver start(ChromeOptions options) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, BrowserCondition.CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserCondition.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return driver;
    }

    static WebElement waitVisible(WebDriver browser, By selector) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
    }

    static void click(WebDriver browser, By selector) {
        WebElement element = new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(selector));
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            // An overlay that is closing (a combo box's list) still covers the element for a moment.
            sleep(300);
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
    }

    /** Types into a field as a person would, then leaves it (Vaadin's fields take the value on blur). */
    static void type(WebDriver browser, By selector, String text) {
        WebElement field = waitVisible(browser, selector);
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    static String text(WebDriver browser, By selector) {
        return waitVisible(browser, selector).getText();
    }

    static void screenshot(WebDriver browser, Path directory, String name) {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Selenium's DevTools loggers, quieted: each warns that this chromium is newer than it knows. */
    static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
