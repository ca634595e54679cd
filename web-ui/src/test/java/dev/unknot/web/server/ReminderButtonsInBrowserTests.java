package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderActionLinks;
import dev.unknot.app.reminder.ReminderActionTokens;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.reminder.ReminderTimes;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What a Web Push notification's buttons do, in Debian's headless chromium against the real server
 * (the API on the public port, as {@code ./unknot web} serves it). A click on a notification cannot
 * be simulated, so the page loads the same script the service worker imports
 * ({@code unknot-reminder-actions.js}) and presses the buttons through it; the worker itself is
 * registered to show that it loads that script. Behind the front door, a stand-in for Vaadin serves
 * the web UI's static files (the Vaadin application cannot start on the test class path).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderButtonsInBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path home;

    @TempDir
    static Path profile;

    private ApplicationContext context;
    private WebServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equalsIgnoreCase(System.getenv("UNKNOT_REQUIRE_BROWSER"))) {
            assumeTrue(installed, "Debian's chromium and chromedriver are not installed");
        }
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "unknot.home", home.toString(), "unknot.port", "0", "unknot.reminders.delivery", "false"))
                .start();
        server = context.getBean(WebServer.class);
        server.start(ReminderButtonsInBrowserTests::staticFiles);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile);
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void theButtonsSnoozeAndCheckInWithoutSigningIn() throws Exception {
        Person person = context.getBean(PersonService.class).createAccount("buttons", "{test}hash");
        Habit walk = context.getBean(HabitService.class)
                .create(person.id(), NewHabit.custom("Walk").named("Walk"));
        LocalDateTime slot = LocalDateTime.ofInstant(
                        context.getBean(Clock.class).instant(),
                        person.calendar().zone())
                .truncatedTo(ChronoUnit.MINUTES);
        context.getBean(ReminderService.class)
                .changeTimes(person.id(), walk.id(), ReminderTimes.at(slot.toLocalTime()));
        ReminderActionLinks links = context.getBean(ReminderActionTokens.class).links(person.id(), walk.id(), slot);
        // The buttons as a push carries them (WebPushTests holds the payload to this).
        String actions = context.getBean(JsonMapper.class)
                .writeValueAsString(List.of(
                        Map.of(
                                "action",
                                "done",
                                "title",
                                "Done",
                                "url",
                                links.done().substring(1)),
                        Map.of(
                                "action",
                                "snooze-10",
                                "title",
                                "Snooze 10 min",
                                "url",
                                links.snoozeShort().substring(1)),
                        Map.of(
                                "action",
                                "snooze-60",
                                "title",
                                "Snooze 1 hour",
                                "url",
                                links.snoozeLong().substring(1)),
                        Map.of("action", "elsewhere", "title", "Elsewhere", "url", "https://example.org/x")));

        browser.get(server.uri().resolve("/").toString());
        assertThat(browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        var script = document.createElement('script');
                        script.src = 'unknot-reminder-actions.js';
                        script.onload = function () { done(typeof UnknotReminderActions.press); };
                        script.onerror = function () { done('not loaded'); };
                        document.head.appendChild(script);
                        """)).isEqualTo("function");

        // As many as the browser shows: two when it says nothing, Done first.
        assertThat(script("return JSON.stringify(UnknotReminderActions.buttons(" + actions + ", undefined));"))
                .isEqualTo("[{\"action\":\"done\",\"title\":\"Done\"},"
                        + "{\"action\":\"snooze-10\",\"title\":\"Snooze 10 min\"}]");
        assertThat(script("return UnknotReminderActions.buttons(" + actions + ", 3).length;"))
                .isEqualTo(3L);

        Map<String, Object> snoozed = press(actions, "snooze-10");
        assertThat(snoozed).containsEntry("ok", true).containsEntry("status", 200L);
        assertThat((String) snoozed.get("message")).matches("Snoozed until [0-9]{2}:[0-9]{2}\\.");
        assertThat(press(actions, "snooze-60"))
                .containsEntry("ok", false)
                .containsEntry("status", 409L)
                .containsEntry("message", "This reminder is not reminding now: nothing to snooze.");
        assertThat(press(actions, "done"))
                .containsEntry("ok", true)
                .containsEntry("status", 201L)
                .containsEntry("message", "Checked in.");
        assertThat(press(actions, "done"))
                .containsEntry("status", 200L)
                .containsEntry("message", "Already checked in for this reminder.");
        assertThat(context.getBean(CheckInHistory.class).all(person.id()))
                .extracting(checkIn -> checkIn.checkIn().habit())
                .containsExactly(walk.id());

        // A link of another site is not called; a forged one says so without naming anyone.
        assertThat(press(actions, "elsewhere")).containsEntry("ok", false).containsEntry("status", 0L);
        String forged = actions.replaceFirst("reminder-actions/[^/]+/done", "reminder-actions/forged.link/done");
        assertThat(press(forged, "done"))
                .containsEntry("status", 404L)
                .containsEntry("message", "No reminder has this link.");

        // The service worker loads the same script: it installs and activates.
        assertThat(browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        navigator.serviceWorker.register('unknot-sw.js')
                          .then(function () { return navigator.serviceWorker.ready; })
                          .then(function (registration) { done(registration.active ? 'active' : 'none'); })
                          .catch(function (e) { done('failed: ' + e); });
                        """)).isEqualTo("active");
    }

    private Object script(String javaScript) {
        return browser.executeScript(javaScript);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> press(String actions, String action) {
        return (Map<String, Object>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "UnknotReminderActions.press(" + actions + ", '" + action + "', document.baseURI)"
                + ".then(done);");
    }

    /** Where Vaadin would be: the web UI's static files (webapp/ on the class path), and a blank page at /. */
    static Handler staticFiles(Server jetty) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(
                new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response)
                            throws IOException {
                        String path = request.getRequestURI();
                        if (path.equals("/")) {
                            response.setContentType("text/html;charset=utf-8");
                            response.getWriter().write("<!doctype html><title>Unknot</title><p>Today</p>");
                            return;
                        }
                        try (InputStream file = ReminderButtonsInBrowserTests.class.getResourceAsStream(
                                "/webapp" + path.replace("..", ""))) {
                            if (file == null) {
                                response.setStatus(404);
                                return;
                            }
                            response.setContentType(
                                    path.endsWith(".js")
                                            ? "text/javascript"
                                            : path.endsWith(".svg")
                                                    ? "image/svg+xml"
                                                    : path.endsWith(".html") ? "text/html" : "image/png");
                            file.transferTo(response.getOutputStream());
                        }
                    }
                },
                "/");
        return context;
    }
}
