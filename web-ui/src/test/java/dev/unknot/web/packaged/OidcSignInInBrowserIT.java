package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in through a real OpenID Connect provider (navikt's mock-oauth2-server, started here) to
 * the packaged web UI: in chromium from the sign-in page's button to Today and back again to the
 * same account, and over HTTP, as a browser would follow the redirects, the answers Unknot refuses.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInInBrowserIT {

    static final String CLIENT_ID = "unknot-it";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<Logger> QUIET =
            List.of(quiet("org.openqa.selenium.devtools"), quiet("org.openqa.selenium.chromium"));

    MockOAuth2Server provider;
    PackagedApp app;
    WebDriver browser;
    Path screenshots;

    @BeforeAll
    void start(@TempDir Path home, @TempDir Path browserProfile) throws IOException, InterruptedException {
        screenshots =
                Files.createDirectories(Path.of(System.getProperty("unknot.web.screenshots", "target/screenshots")));
        provider = new MockOAuth2Server();
        provider.start();
        // The provider makes its signing key on the first request: before Unknot asks, not while it waits.
        HttpResponse<String> keys =
                get(client(), URI.create(provider.jwksUrl("default").toString()));
        assertThat(keys.statusCode()).isEqualTo(200);
        app = PackagedApp.start(
                home,
                Map.of(
                        "UNKNOT_OIDC_ISSUER",
                        provider.issuerUrl("default").toString(),
                        "UNKNOT_OIDC_CLIENT_ID",
                        CLIENT_ID,
                        "UNKNOT_OIDC_CLIENT_SECRET",
                        "a secret of the test",
                        "UNKNOT_OIDC_NAME",
                        "Mock"));
        browser = chromium(browserProfile);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            try {
                if (app != null) {
                    app.close();
                }
            } finally {
                provider.shutdown();
            }
        }
    }

    /** The provider signs this subject in, with these claims, on the next code it trades. */
    private void next(String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of(CLIENT_ID), claims));
    }

    @Test
    @Order(1)
    void theButtonSignsInToANewAccountAndTheNextSignInFindsIt() {
        assertThat(app.output()).contains("Sign-in with Mock is on");
        next("ada-at-the-provider", Map.of("preferred_username", "Ada.Lovelace"));
        browser.get(app.uri() + "login");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("sign-in-with-provider")));
        screenshot("login-with-provider");

        browser.findElement(By.id("sign-in-with-provider")).click();

        assertThat(signedInAs()).isEqualTo("ada.lovelace");
        assertThat(browser.getCurrentUrl()).isEqualTo(app.uri().toString());

        browser.findElement(By.id("log-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "login"));
        WebElement again = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-in-with-provider")));
        next("ada-at-the-provider", Map.of("preferred_username", "renamed-at-the-provider"));
        again.click();

        // The same account: a second one would have been named anew.
        assertThat(signedInAs()).isEqualTo("ada.lovelace");
        browser.findElement(By.id("log-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "login"));
    }

    @Test
    @Order(2)
    void thePageAskedForOpensAfterSigningIn() {
        browser.get(app.uri() + "settings");
        WebElement button = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-in-with-provider")));
        next("grace-at-the-provider", Map.of("email", "grace@example.org"));
        button.click();

        assertThat(signedInAs()).isEqualTo("grace");
        assertThat(browser.getCurrentUrl()).isEqualTo(app.uri() + "settings");
        browser.findElement(By.id("log-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "login"));
    }

    @Test
    @Order(3)
    void aPasswordAccountLinkedFromSettingsIsWhereTheProviderSignsIn() {
        browser.get(app.uri() + "signup");
        type(By.cssSelector("#username input"), "linda");
        type(By.cssSelector("#password input"), "a long password");
        type(By.cssSelector("#repeated input"), "a long password");
        browser.findElement(By.id("create-account")).click();
        assertThat(signedInAs()).isEqualTo("linda");
        browser.get(app.uri() + "settings");
        WebElement link = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("link-provider")));
        next("linda-at-the-provider", Map.of("preferred_username", "lindab"));

        // Far down the page, under the header: clicked as a person would after scrolling to it.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", link);

        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("provider-state"), "Your account is linked to Mock"));
        assertThat(browser.getCurrentUrl()).isEqualTo(app.uri() + "settings");
        browser.findElement(By.id("log-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "login"));
        WebElement button = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("sign-in-with-provider")));
        next("linda-at-the-provider", Map.of("preferred_username", "lindab"));
        button.click();

        assertThat(signedInAs()).isEqualTo("linda");
        browser.findElement(By.id("log-out")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(app.uri() + "login"));
    }

    private void type(By selector, String text) {
        Chromium.type(browser, selector, text);
    }

    @Test
    @Order(4)
    void anAnswerThisBrowserDidNotAskForIsRefusedWithAClearPage() throws Exception {
        HttpClient stranger = client();

        HttpResponse<String> answer =
                get(stranger, app.uri().resolve("oidc/callback?code=stolen&state=somebody-elses"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("<h1>Signing in with Mock did not work</h1>")
                .contains("was not started in this browser")
                .contains("href=\"../login\"")
                .doesNotContain("Exception");
    }

    @Test
    @Order(5)
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        HttpClient client = client();
        URI authorization = location(get(client, app.uri().resolve("oidc/login")));
        String nonce = parameter(authorization, "nonce");
        next("mallory", Map.of());

        URI back =
                location(get(client, URI.create(authorization.toString().replace("nonce=" + nonce, "nonce=replayed"))));
        HttpResponse<String> answer = get(client, back);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("could not be trusted, so you are not signed in");
        assertThat(app.output()).contains("Sign-in with Mock refused: an ID token that failed its checks");
    }

    @Test
    @Order(6)
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        HttpClient client = client();
        URI authorization = location(get(client, app.uri().resolve("oidc/login")));
        next("mallory", Map.of("iss", provider.issuerUrl("another").toString()));

        HttpResponse<String> answer = get(client, location(get(client, authorization)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("could not be trusted, so you are not signed in");
    }

    @Test
    @Order(7)
    void aProviderThatStopsAnsweringIsAClearMessage() throws Exception {
        HttpClient client = client();
        URI authorization = location(get(client, app.uri().resolve("oidc/login")));
        URI back = location(get(client, authorization));
        provider.shutdown();

        HttpResponse<String> answer = get(client, back);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body())
                .contains("Signing in with Mock is not possible right now: Unknot cannot reach it.")
                .doesNotContain("Exception");
    }

    private String signedInAs() {
        return new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-name")))
                .getText();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI location(HttpResponse<String> answer) {
        assertThat(answer.statusCode())
                .as("%s: %s", answer.uri(), answer.body())
                .isEqualTo(302);
        return answer.uri().resolve(answer.headers().firstValue("location").orElseThrow());
    }

    private static String parameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " missing from " + uri);
    }

    private static ChromeDriver chromium(Path browserProfile) {
        return Chromium.start(Chromium.options(browserProfile, "1280,900"));
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, screenshots, name);
    }

    private static Logger quiet(String name) {
        return Chromium.quiet(name);
    }
}
