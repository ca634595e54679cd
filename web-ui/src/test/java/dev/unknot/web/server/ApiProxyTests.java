package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.token.TokenService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.Callback;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web port passes /api/* on to the API's own server, unchanged both ways: the real API server
 * (Netty, from the context) behind a Jetty with the web server's own {@code /api} context, beside a
 * stand-in for the Vaadin application (which cannot start on the test class path, where
 * Karibu-Testing's routes clash with the real ones; PackagedAppIT covers the whole server).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProxyTests {

    @TempDir
    static Path home;

    private ApplicationContext context;
    private Server jetty;
    private URI web;
    private URI api;
    private String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString())).start();
        EmbeddedServer apiServer = context.getBean(EmbeddedServer.class).start();
        api = URI.create("http://" + apiServer.getHost() + ":" + apiServer.getPort() + "/");
        jetty = new Server(0);
        jetty.setHandler(new ContextHandlerCollection(WebServer.apiContext(apiServer.getPort()),
                new ContextHandler(new WebApplicationStandIn(), "/")));
        jetty.start();
        web = URI.create("http://localhost:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/");
        Person person = context.getBean(PersonService.class).createAccount("proxied", "{test}hash");
        token = context.getBean(TokenService.class).issue(person.id(), "proxy test").secret();
    }

    @AfterAll
    void stop() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theApiHasItsOwnLoopbackPortApartFromTheWebPort() {
        assertThat(api.getHost()).isEqualTo("127.0.0.1");
        assertThat(api.getPort()).isNotEqualTo(web.getPort());
    }

    @Test
    void aCallThroughTheWebPortGetsWhatTheApiAnswersDirectly() throws Exception {
        HttpResponse<String> proxied = send(web, "GET", "/api/v1/settings", token, null);
        HttpResponse<String> direct = send(api, "GET", "/api/v1/settings", token, null);

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.body()).isEqualTo(direct.body()).contains("\"timeZone\"");
        assertThat(proxied.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void theRequestBodyAndMethodReachTheApi() throws Exception {
        HttpResponse<String> changed = send(web, "PUT", "/api/v1/settings", token, "{\"timeZone\":\"Asia/Tokyo\",\"dayStart\":\"05:00\"}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo("{\"timeZone\":\"Asia/Tokyo\",\"dayStart\":\"05:00\"}");
        assertThat(send(api, "GET", "/api/v1/settings", token, null).body()).isEqualTo(changed.body());
    }

    @Test
    void withoutTheAuthorizationHeaderTheApiRefusesSoTheHeaderIsWhatGetsThrough() throws Exception {
        HttpResponse<String> refused = send(web, "GET", "/api/v1/settings", null, null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"unknot\"");
        assertThat(refused.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void errorStatusesAndBodiesComeBackUnchanged() throws Exception {
        HttpResponse<String> invalid = send(web, "PUT", "/api/v1/settings", token, "{\"timeZone\":\"Mars/Olympus\"}");
        HttpResponse<String> missing = send(web, "GET", "/api/v1/no-such-thing", token, null);
        HttpResponse<String> method = send(web, "DELETE", "/api/v1/settings", token, null);

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"timeZone\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\":\"not-found\"");
        assertThat(method.statusCode()).isEqualTo(405);
    }

    @Test
    void theQueryStringAndTheApiDescriptionPassToo() throws Exception {
        HttpResponse<String> document = send(web, "GET", "/api/openapi.yml?x=1", null, null);
        HttpResponse<String> docs = send(web, "GET", "/api/docs", null, null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi: 3.");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
    }

    @Test
    void everythingElseStaysWithTheWebApplication() throws Exception {
        assertThat(send(web, "GET", "/", null, null).body()).isEqualTo("web UI");
        assertThat(send(web, "GET", "/apiary", null, null).body()).isEqualTo("web UI");
        assertThat(send(web, "GET", "/library/api/v1", null, null).body()).isEqualTo("web UI");
    }

    @Test
    void whenTheApiServerIsDownTheAnswerIs502InTheApisErrorShape() throws Exception {
        Server lonely = new Server(0);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        lonely.setHandler(WebServer.apiContext(closedPort));
        lonely.start();
        try {
            URI base = URI.create("http://localhost:" + ((ServerConnector) lonely.getConnectors()[0]).getLocalPort() + "/");
            HttpResponse<String> answer = send(base, "GET", "/api/v1/settings", token, null);

            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(answer.body()).contains("\"error\":\"unavailable\"");
        } finally {
            lonely.stop();
        }
    }

    /** Answers every request with "web UI", where Vaadin would. */
    private static final class WebApplicationStandIn extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap("web UI".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }

    private HttpResponse<String> send(URI base, String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
