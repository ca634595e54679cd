package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderSendOutcome;
import dev.unknot.app.token.TokenService;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} and {@code /metrics} on a started {@link WebServer}: the front door answers them
 * itself (a stand-in for the web UI behind it answers everything else with "web UI").
 */
class OperatorEndpointsTests {

    static final String METRICS_TOKEN = "metrics-token-for-the-test";
    static final String SECRET_NAME = "ada-lovelace-of-the-test";
    static final String SECRET_NOTE = "a-note-nobody-may-see";

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithTheDatabaseNamedAsAPartOfReadiness() throws Exception {
        try (ApplicationContext context = start(Map.of())) {
            URI web = context.getBean(WebServer.class).uri();

            HttpResponse<String> health = get(web, "/health", null);
            HttpResponse<String> liveness = get(web, "/health/liveness", null);
            HttpResponse<String> readiness = get(web, "/health/readiness", null);

            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("web UI");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body())
                    .contains("\"database\":{")
                    .contains("\"status\":\"UP\",\"details\":{\"kind\":\"embedded H2\"}")
                    .doesNotContain(home.toString());
        }
    }

    @Test
    void noMetricsUnlessTurnedOnAndNoOtherManagementEndpoint() throws Exception {
        try (ApplicationContext context = start(Map.of())) {
            URI web = context.getBean(WebServer.class).uri();

            HttpResponse<String> metrics = get(web, "/metrics", null);

            assertThat(metrics.statusCode()).isEqualTo(404);
            assertThat(metrics.body()).doesNotContain("web UI");
            for (String other : new String[] {"/env", "/beans", "/loggers", "/prometheus", "/routes", "/stop"}) {
                assertThat(get(web, other, null).body()).as(other).isEqualTo("web UI");
            }
        }
    }

    @Test
    void metricsInPrometheusFormatBehindTheTokenWithoutPersonalData() throws Exception {
        try (ApplicationContext context =
                start(Map.of("unknot.metrics", "true", "unknot.metrics-token", METRICS_TOKEN))) {
            URI web = context.getBean(WebServer.class).uri();
            Person person = context.getBean(PersonService.class).createAccount(SECRET_NAME, "{test}hash");
            String token = context.getBean(TokenService.class)
                    .issue(person.id(), "metrics")
                    .secret();
            HttpResponse<String> habit =
                    post(web, "/api/v1/habits", token, "{\"from\":\"technique\",\"id\":\"stretching/cat-cow\"}");
            Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(habit.body());
            assertThat(id.find()).as(habit.body()).isTrue();
            HttpResponse<String> checkIn = post(
                    web,
                    "/api/v1/check-ins",
                    token,
                    "{\"clientId\":\"c1\",\"habit\":\"" + id.group(1) + "\",\"before\":6,\"after\":3,\"note\":\""
                            + SECRET_NOTE + "\"}");
            assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);
            get(web, "/api/v1/today", token);

            HttpResponse<String> without = get(web, "/metrics", null);
            HttpResponse<String> wrong = get(web, "/metrics", "not-the-token");
            HttpResponse<String> metrics = get(web, "/metrics", METRICS_TOKEN);

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains("http_server_requests_seconds_count{")
                    .contains("uri=\"/api/v1/check-ins\"")
                    .contains("uri=\"/api/v1/today\"")
                    .contains("unknot_checkins_recorded_total 1.0")
                    .contains("cache_gets_total{cache=\"access-tokens\",result=\"hit\"}")
                    .contains("cache_gets_total{cache=\"access-tokens\",result=\"miss\"}")
                    .contains("hikaricp_connections_active{pool=\"unknot\"}")
                    .contains("jvm_memory_used_bytes{")
                    .doesNotContain(SECRET_NAME)
                    .doesNotContain(SECRET_NOTE)
                    .doesNotContain(token)
                    .doesNotContain("http_client_requests");
        }
    }

    @Test
    void remindersSentAndFailedAreCountedByChannel() throws Exception {
        try (ApplicationContext context = start(Map.of("unknot.metrics", "true"))) {
            URI web = context.getBean(WebServer.class).uri();
            var outcomes = context.getEventPublisher(ReminderSendOutcome.class);
            outcomes.publishEvent(new ReminderSendOutcome(Channel.EMAIL, true));
            outcomes.publishEvent(new ReminderSendOutcome(Channel.EMAIL, true));
            outcomes.publishEvent(new ReminderSendOutcome(Channel.NTFY, false));

            HttpResponse<String> metrics = get(web, "/metrics", null);

            assertThat(metrics.body())
                    .contains("unknot_reminders_sent_total{channel=\"email\"} 2.0")
                    .contains("unknot_reminders_sent_total{channel=\"ntfy\"} 0.0")
                    .contains("unknot_reminders_failed_total{channel=\"email\"} 0.0")
                    .contains("unknot_reminders_failed_total{channel=\"ntfy\"} 1.0");
        }
    }

    @Test
    void metricsWithoutATokenAreOpen() throws Exception {
        try (ApplicationContext context = start(Map.of("unknot.metrics", "true"))) {
            URI web = context.getBean(WebServer.class).uri();

            HttpResponse<String> metrics = get(web, "/metrics", null);

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("unknot_checkins_recorded_total 0.0");
        }
    }

    private ApplicationContext start(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of("unknot.home", home.toString(), "unknot.port", "0"));
        properties.putAll(more);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
        context.getBean(WebServer.class).start(OperatorEndpointsTests::webUiStandIn);
        return context;
    }

    static Handler webUiStandIn(Server jetty) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(
                new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response)
                            throws IOException {
                        response.setContentType("text/plain;charset=utf-8");
                        response.getWriter().write("web UI");
                    }
                },
                "/");
        return context;
    }

    private HttpResponse<String> get(URI web, String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI web, String path, String bearer, String json)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(web.resolve(path))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
