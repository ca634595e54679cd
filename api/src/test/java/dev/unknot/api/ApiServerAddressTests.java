package dev.unknot.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.HttpServerConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiServerAddressTests {

    @Test
    void byDefaultTheApiListensOnTheLoopbackAddressOnAFreePort() {
        try (ApplicationContext context = ApplicationContext.run()) {
            HttpServerConfiguration server = context.getBean(HttpServerConfiguration.class);

            assertThat(server.getHost()).hasValue("127.0.0.1");
            assertThat(server.getPort()).hasValue(-1);
        }
    }

    @Test
    void anotherModuleCanTakeTheDecision() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("unknot.api.standalone", "false"))) {
            HttpServerConfiguration server = context.getBean(HttpServerConfiguration.class);

            assertThat(server.getHost()).isEmpty();
        }
    }

    @Test
    void micronautsOwnSettingsWin() {
        try (ApplicationContext context =
                ApplicationContext.run(Map.of("micronaut.server.host", "0.0.0.0", "micronaut.server.port", "18598"))) {
            HttpServerConfiguration server = context.getBean(HttpServerConfiguration.class);

            assertThat(server.getHost()).hasValue("0.0.0.0");
            assertThat(server.getPort()).hasValue(18_598);
        }
    }
}
