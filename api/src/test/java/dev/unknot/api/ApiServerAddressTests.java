package dev.unknot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.HttpServerConfiguration;
import java.util.Map;
import java.util.Optional;
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
    void unknotApiPortFixesThePortAndMicronautsOwnSettingsWin() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("unknot.api.port", "18299"))) {
            assertThat(context.getBean(HttpServerConfiguration.class).getPort()).hasValue(18_299);
        }
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("micronaut.server.host", "0.0.0.0", "micronaut.server.port", "18298", "unknot.api.port", "18299"))) {
            HttpServerConfiguration server = context.getBean(HttpServerConfiguration.class);

            assertThat(server.getHost()).hasValue("0.0.0.0");
            assertThat(server.getPort()).hasValue(18_298);
        }
    }

    @Test
    void aPortIsANumberFrom0To65535() {
        assertThat(ApiServerAddress.port(Optional.empty())).isEqualTo(-1);
        assertThat(ApiServerAddress.port(Optional.of("0"))).isEqualTo(-1);
        assertThat(ApiServerAddress.port(Optional.of(" 8081 "))).isEqualTo(8081);
        assertThatThrownBy(() -> ApiServerAddress.port(Optional.of("http")))
                .hasMessage("UNKNOT_API_PORT must be a port number from 0 (any free port) to 65535, was 'http'");
        assertThatThrownBy(() -> ApiServerAddress.port(Optional.of("70000"))).hasMessageContaining("was '70000'");
    }
}
