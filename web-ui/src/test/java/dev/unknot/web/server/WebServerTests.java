package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTests {

    // Never the real ~/.unknot: starting the server opens and migrates the database of its home.
    @TempDir
    Path home;

    @Test
    void portIsANumberFromZeroTo65535() {
        assertThat(WebServer.portNumber("8080")).isEqualTo(8080);
        assertThat(WebServer.portNumber(" 0 ")).isZero();
        assertThat(WebServer.portNumber("65535")).isEqualTo(65_535);
    }

    @Test
    void anythingElseIsRefusedWithOneClearLine() {
        assertThatThrownBy(() -> WebServer.portNumber("nope"))
                .hasMessage("UNKNOT_PORT must be a port number from 0 (any free port) to 65535, was 'nope'");
        assertThatThrownBy(() -> WebServer.portNumber("65536")).hasMessageContaining("was '65536'");
        assertThatThrownBy(() -> WebServer.portNumber("-1")).hasMessageContaining("was '-1'");
    }

    @Test
    void portComesFromTheUnknotPortProperty() {
        try (ApplicationContext context =
                ApplicationContext.run(Map.of("unknot.port", "nope", "unknot.home", home.toString()))) {
            WebServer server = context.getBean(WebServer.class);

            assertThatThrownBy(server::start).hasMessageContaining("was 'nope'");
        }
    }

    @Test
    void aPortInUseIsReportedWithThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
                ApplicationContext context = ApplicationContext.run(Map.of(
                        "unknot.port", Integer.toString(taken.getLocalPort()), "unknot.home", home.toString()))) {
            WebServer server = context.getBean(WebServer.class);

            assertThatThrownBy(server::start)
                    .hasMessageStartingWith("cannot start the web server on port " + taken.getLocalPort());
        }
    }
}
