package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.api.security.SecurityHeaders;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.TokenService;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

/**
 * The public port on a real started {@link WebServer}: Micronaut's Netty server answers the API itself
 * and passes everything else on to Jetty. Behind it, a stand-in for the Vaadin application (which
 * cannot start on the test class path, where Karibu-Testing's routes clash with the real ones;
 * PackagedAppIT and the browser tests cover the whole server) with the web UI's session settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontDoorTests {

    /** Another address of this machine: what Jetty reports for a client connecting from here is not the front door's. */
    private static final String CLIENT_ADDRESS = "127.0.0.2";

    @TempDir
    static Path home;

    private ApplicationContext context;
    private WebServer server;
    private URI web;
    private String token;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        context = startContext(home.resolve("shared"));
        server = context.getBean(WebServer.class);
        server.start(FrontDoorTests::webApplicationStandIn);
        web = server.uri();
        Person person = context.getBean(PersonService.class).createAccount("front-door", "{test}hash");
        token = context.getBean(TokenService.class)
                .issue(person.id(), "front door test")
                .secret();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theApiAndTheWebUiShareOnePortWhichIsNotJettys() throws Exception {
        HttpResponse<String> settings = send("GET", "/api/v1/settings", token, null);
        HttpResponse<String> page = send("GET", "/", null, null);

        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("\"timeZone\"");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("web UI");
        assertThat(server.webApplicationUri().getPort()).isNotEqualTo(web.getPort());
        assertThat(server.webApplicationUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void theFrontDoorListensOnEveryAddressAndJettyOnTheLoopbackAddressOnly() throws Exception {
        // 127.0.0.2 is this machine too, but a socket bound to 127.0.0.1 does not answer there.
        String page = raw(CLIENT_ADDRESS, web.getPort(), "GET / HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(page).startsWith("HTTP/1.1 200").contains("web UI");
        assertThatThrownBy(() -> raw(CLIENT_ADDRESS, server.webApplicationUri().getPort(), "GET / HTTP/1.1\r\n"))
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void theApiAnswersItsOwnPathsErrorsIncludedAndNothingElse() throws Exception {
        HttpResponse<String> unauthorized = send("GET", "/api/v1/settings", null, null);
        HttpResponse<String> missing = send("GET", "/api/v1/no-such-thing", token, null);
        HttpResponse<String> method = send("DELETE", "/api/v1/settings", token, null);
        HttpResponse<String> bare = send("GET", "/api", null, null);
        HttpResponse<String> document = send("GET", "/api/openapi.yml?x=1", null, null);
        HttpResponse<String> docs = send("GET", "/api/docs", null, null);

        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"unknot\"");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"error\":\"not-found\"");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(bare.body()).doesNotContain("web UI");
        assertThat(document.body()).startsWith("openapi: 3.");
        assertThat(docs.body()).contains("swagger-ui");
        assertThat(send("GET", "/apiary", null, null).body()).isEqualTo("web UI");
        assertThat(send("GET", "/library/api/v1", null, null).body()).isEqualTo("web UI");
        // A calendar feed is the API server's too: an unknown secret is its 404, not the web UI's.
        HttpResponse<String> feed = send("GET", "/calendar/no-such-secret-at-all-here.ics", null, null);
        assertThat(feed.statusCode()).isEqualTo(404);
        assertThat(feed.body()).doesNotContain("web UI");
        assertThat(send("GET", "/calendars", null, null).body()).contains("no such page here");
    }

    @Test
    void everyAnswerCarriesTheBrowsersSecurityHeadersAndNoServerHeader() throws Exception {
        HttpResponse<String> page = send("GET", "/", null, null);
        HttpResponse<String> missing = send("GET", "/no-such-page", null, null);
        HttpResponse<String> api = send("GET", "/api/v1/settings", token, null);

        for (HttpResponse<String> answer : List.of(page, missing)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.WEB_POLICY);
        }
        assertThat(SecurityHeaders.WEB_POLICY).contains("frame-ancestors 'none'");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
        for (HttpResponse<String> answer : List.of(page, missing, api)) {
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void jettysOwnErrorPagesNameNeitherJettyNorItsAddress() throws Exception {
        // An ambiguous path: Jetty refuses it before any servlet sees it.
        String answer = raw(web.getPort(), "GET /a/%2e%2e/b HTTP/1.1\r\nHost: localhost:" + web.getPort() + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 4").doesNotContainIgnoringCase("jetty");
        assertThat(answer).doesNotContain("127.0.0.1");
    }

    @Test
    void theWebUisOwn404PassesThrough() throws Exception {
        HttpResponse<String> missing = send("GET", "/no-such-page", null, null);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no such page here");
    }

    @Test
    void aRedirectNamesThePublicHostAndPortNotJettys() throws Exception {
        HttpResponse<String> moved = send("GET", "/redirect?to=landing", null, null);

        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location")).hasValue("http://localhost:" + web.getPort() + "/landing");
    }

    @Test
    void theSessionCookieKeepsItsAttributes() throws Exception {
        HttpResponse<String> answer = send("GET", "/session", null, null);

        assertThat(answer.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax")
                        .contains("Path=/"));
    }

    @Test
    void aLargeUploadReachesJettyWhole() throws Exception {
        // Larger than Micronaut's default request limit (10 MiB), smaller than an import may be.
        HttpResponse<String> answer = upload(12 * 1024 * 1024);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("received " + 12 * 1024 * 1024 + " bytes");
    }

    @Test
    void anUploadOverTheLimitIsRefusedAs413() throws Exception {
        // Only the head, which announces the length: the refusal must not wait for the body, and a
        // client still sending one would race the front door closing the connection.
        String answer = raw(
                web.getPort(),
                "POST /upload HTTP/1.1\r\nHost: localhost:" + web.getPort()
                        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + 22 * 1024 * 1024 + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain("received");
    }

    /** POSTs {@code bytes} zero bytes to the stand-in web application's {@code /upload} through the front door. */
    private HttpResponse<String> upload(int bytes) throws Exception {
        return http.send(
                HttpRequest.newBuilder(web.resolve("/upload"))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[bytes]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void jettySeesTheClientsRealAddressSchemeAndHost() throws Exception {
        String answer = raw(web.getPort(), "GET /who HTTP/1.1\r\nHost: localhost:" + web.getPort() + "\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .contains("remote=" + CLIENT_ADDRESS + " ")
                .contains("url=http://localhost:" + web.getPort() + "/who");
    }

    @Test
    void forwardingHeadersFromAClientAreNotBelieved() throws Exception {
        String answer = raw(
                web.getPort(),
                "GET /who HTTP/1.1\r\nHost: localhost:" + web.getPort() + "\r\n"
                        + "X-Forwarded-For: 203.0.113.9\r\nForwarded: for=203.0.113.10;host=evil.example;proto=https\r\n"
                        + "X-Forwarded-Host: evil.example:444\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 444\r\n"
                        + FrontDoorForwarding.SECRET_HEADER + ": a-guess\r\n");

        assertThat(answer)
                .contains("remote=" + CLIENT_ADDRESS + " ")
                .contains("url=http://localhost:" + web.getPort() + "/who")
                .doesNotContain("203.0.113")
                .doesNotContain("evil.example");
    }

    @Test
    void jettysOwnPortBelievesNoForwardingHeadersWithoutTheFrontDoorsSecret() throws Exception {
        int jetty = server.webApplicationUri().getPort();
        String answer = raw(
                jetty,
                "GET /who HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9\r\n"
                        + "X-Forwarded-Host: evil.example\r\n" + FrontDoorForwarding.SECRET_HEADER + ": a-guess\r\n");

        assertThat(answer)
                .contains("remote=" + CLIENT_ADDRESS + " ")
                .doesNotContain("203.0.113")
                .doesNotContain("evil.example");
    }

    @Test
    void whenJettyDoesNotAnswerThePageIsAPlain502AndTheApiStillWorks() throws Exception {
        try (ApplicationContext alone = startContext(home.resolve("alone"))) {
            WebServer lonely = alone.getBean(WebServer.class);
            lonely.start(FrontDoorTests::webApplicationStandIn);
            lonely.jetty().stop();
            URI base = lonely.uri();

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(base.resolve("/habits")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/v1/settings")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(502);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("Unknot is not answering").doesNotContain("Exception");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("\"error\":\"unauthorized\"");
        }
    }

    private static ApplicationContext startContext(Path home) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString(), "unknot.port", "0"))
                .start();
    }

    /** Where Vaadin would be: a servlet that tells what Jetty made of the request, with the web UI's sessions. */
    static Handler webApplicationStandIn(Server jetty) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        WebServer.sessions(context.getSessionHandler());
        context.addServlet(
                new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response)
                            throws IOException {
                        response.setContentType("text/plain;charset=utf-8");
                        switch (request.getRequestURI()) {
                            case "/", "/apiary", "/library/api/v1" ->
                                response.getWriter().write("web UI");
                            case "/who" ->
                                response.getWriter()
                                        .write("remote=" + request.getRemoteAddr() + " url=" + request.getRequestURL());
                            case "/redirect" ->
                                response.sendRedirect(request.getRequestURL()
                                        .toString()
                                        .replace("/redirect", "/" + request.getParameter("to")));
                            case "/session" ->
                                response.getWriter()
                                        .write("session "
                                                + request.getSession(true)
                                                        .getId()
                                                        .length());
                            case "/upload" ->
                                response.getWriter()
                                        .write("received "
                                                + request.getInputStream().readAllBytes().length + " bytes");
                            default -> {
                                // As Vaadin answers: a page of its own, not Jetty's error page.
                                response.setStatus(404);
                                response.getWriter().write("no such page here");
                            }
                        }
                    }
                },
                "/");
        return context;
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.resolve(path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One request as written, from {@link #CLIENT_ADDRESS} to 127.0.0.1; the whole answer, head and body. */
    private static String raw(int port, String head) throws IOException {
        return raw("127.0.0.1", port, head);
    }

    private static String raw(String host, int port, String head) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(CLIENT_ADDRESS, 0));
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            // Connection: close, so the answer ends when the front door closes the connection.
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
