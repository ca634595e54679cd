package dev.unknot.cli.server;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.TokenService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Unknot API server (the api module's Netty server) on a free loopback port, with its own
 * data: an H2 database in {@code home}, or PostgreSQL when {@code database} names one.
 */
final class TestServer implements AutoCloseable {

    private final ApplicationContext context;
    private final EmbeddedServer server;

    TestServer(Path home, Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("unknot.home", home.toString());
        context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
        server = context.getBean(EmbeddedServer.class).start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    URI uri() {
        return URI.create(url());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A web account and a personal access token for it, as the web UI's Settings would make. */
    Account account(String username) {
        Person person = bean(PersonService.class).createAccount(username, "{test}not-a-hash");
        return new Account(
                person, bean(TokenService.class).issue(person.id(), "laptop").secret());
    }

    record Account(Person person, String token) {}

    @Override
    public void close() {
        context.close();
    }
}
