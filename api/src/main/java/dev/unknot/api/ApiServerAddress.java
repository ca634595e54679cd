package dev.unknot.api;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Where the API's server listens when it runs on its own (in tests, or embedded in a tool) and
 * {@code micronaut.server.*} says nothing: on the loopback address, on a free port. Without this,
 * Micronaut would take port 8080 on every address. {@code ./unknot web} sets both itself before the
 * server starts: there the API's server is the front door on the public port ({@code UNKNOT_PORT}).
 */
@Singleton
final class ApiServerAddress implements BeanCreatedEventListener<HttpServerConfiguration> {

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
