package dev.unknot.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Where the API's server listens when it runs on its own (in tests, or embedded in a tool) and
 * {@code micronaut.server.*} says nothing: on the loopback address, on a free port. Without this,
 * Micronaut would take port 8080 on every address.
 *
 * <p>The web server sets {@value #STANDALONE} to {@code false}: there the API's server is the front
 * door on the public port ({@code UNKNOT_PORT}), on every address, which Micronaut cannot be told
 * once a host is set (an empty host is ignored).
 */
@Singleton
@Requires(property = ApiServerAddress.STANDALONE, notEquals = "false")
final class ApiServerAddress implements BeanCreatedEventListener<HttpServerConfiguration> {

    /** {@code false} when another module decides where the API's server listens. */
    static final String STANDALONE = "unknot.api.standalone";

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
            server.setPort(HttpServerConfiguration.DEFAULT_RANDOM_PORT);
        }
        return server;
    }
}
