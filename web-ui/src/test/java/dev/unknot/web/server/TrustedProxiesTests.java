package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The front door behind a proxy the administrator declared: 127.0.0.2 stands for it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedProxiesTests {

    private static final String PROXY = "127.0.0.2";
    private static final String STRANGER = "127.0.0.3";

    @TempDir
    static Path home;

    private ApplicationContext context;
    private URI web;

    @BeforeAll
    void start() {
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "unknot.home",
                        home.toString(),
                        "unknot.port",
                        "0",
                        "unknot.trusted-proxies",
                        "10.9.0.0/16, " + PROXY))
                .start();
        WebServer server = context.getBean(WebServer.class);
        server.start(FrontDoorTests::webApplicationStandIn);
        web = server.uri();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    private static final String FORWARDED =
            "X-Forwarded-For: 203.0.113.7, 10.9.1.1\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: unknot.example\r\n";

    @Test
    void aDeclaredProxyIsBelievedAboutTheClientTheSchemeAndTheHost() throws Exception {
        String answer = raw(PROXY, "GET /who HTTP/1.1\r\nHost: localhost\r\n" + FORWARDED);

        assertThat(answer).contains("remote=203.0.113.7 ").contains("url=https://unknot.example/who");
    }

    @Test
    void theSessionCookieIsSecureWhenTheDeclaredProxySaysTheClientCameOverTls() throws Exception {
        String secure = raw(PROXY, "GET /session HTTP/1.1\r\nHost: localhost\r\n" + FORWARDED);
        String plain = raw(PROXY, "GET /session HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(cookie(secure)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(cookie(plain)).doesNotContainIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void anyoneElseIsNotBelieved() throws Exception {
        String answer = raw(STRANGER, "GET /who HTTP/1.1\r\nHost: localhost\r\n" + FORWARDED);
        String session = raw(STRANGER, "GET /session HTTP/1.1\r\nHost: localhost\r\n" + FORWARDED);

        assertThat(answer).contains("remote=" + STRANGER + " ").contains("url=http://localhost/who");
        assertThat(cookie(session)).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void theClientIsTheLastAddressThatIsNoDeclaredProxyAndNamesAreNeverLookedUp() throws Exception {
        TrustedProxies proxies = new TrustedProxies("10.9.0.0/16, 127.0.0.2, ::1");
        InetAddress proxy = InetAddress.getByName("127.0.0.2");

        assertThat(proxies.client(proxy, List.of("198.51.100.1, 203.0.113.7, 10.9.1.1")))
                .isEqualTo("203.0.113.7");
        assertThat(proxies.client(proxy, List.of("198.51.100.1", "10.9.200.3"))).isEqualTo("198.51.100.1");
        assertThat(proxies.client(proxy, List.of("evil.example"))).isEqualTo("127.0.0.2");
        assertThat(proxies.client(proxy, List.of())).isEqualTo("127.0.0.2");
        assertThat(proxies.client(InetAddress.getByName("198.51.100.9"), List.of("203.0.113.7")))
                .isEqualTo("198.51.100.9");
        assertThat(proxies.trusts(InetAddress.getByName("::1"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("10.10.0.1"))).isFalse();
        assertThat(proxies.scheme(proxy, "http, https", "http")).isEqualTo("https");
        assertThat(proxies.scheme(proxy, "gopher", "http")).isEqualTo("http");
        assertThat(new TrustedProxies("").trusts(proxy)).isFalse();
    }

    @Test
    void aDeclarationThatIsNoAddressIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new TrustedProxies("proxy.example"))
                .hasMessage("UNKNOT_TRUSTED_PROXIES: 'proxy.example' is not an IP address or range");
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/33"))
                .hasMessage("UNKNOT_TRUSTED_PROXIES: '10.0.0.0/33' has a prefix length outside 0 to 32");
    }

    private static String cookie(String answer) {
        return answer.lines()
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie in " + answer));
    }

    /** One request as written, from {@code from} (an address of this machine); the whole answer. */
    private String raw(String from, String head) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", web.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
