package dev.unknot.api;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Where the API's own server listens unless {@code micronaut.server.*} says otherwise: on the
 * loopback address only (the web server proxies {@code /api/*} to it; nobody else needs to reach
 * it), on {@code unknot.api.port} ({@code UNKNOT_API_PORT}) when set, else on a free port. Without
 * this, Micronaut would take port 8080 on every address, the web UI's own default.
 */
@Singleton
final class ApiServerAddress implements BeanCreatedEventListener<HttpServerConfiguration> {

    /** {@code UNKNOT_API_PORT}: a fixed port for the API's own server, e.g. for benchmarks of the extra hop. */
    static final String PORT_PROPERTY = "unknot.api.port";

    private final Environment environment;

    ApiServerAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration server = event.getBean();
        if (!environment.containsProperty("micronaut.server.host")) {
            server.setHost("127.0.0.1");
        }
        if (!environment.containsProperty("micronaut.server.port")) {
            server.setPort(port(environment.getProperty(PORT_PROPERTY, String.class)));
        }
        return server;
    }

    /** -1 is Micronaut's "any free port". */
    static int port(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            return -1;
        }
        try {
            int port = Integer.parseInt(value.get().strip());
            if (port >= 0 && port <= 65_535) {
                return port == 0 ? -1 : port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalStateException(
                "UNKNOT_API_PORT must be a port number from 0 (any free port) to 65535, was '" + value.get() + "'");
    }
}
