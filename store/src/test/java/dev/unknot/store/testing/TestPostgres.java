package dev.unknot.store.testing;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use: the one {@code UNKNOT_TEST_JDBC_URL} names (with
 * {@code UNKNOT_TEST_JDBC_USER} and {@code UNKNOT_TEST_JDBC_PASSWORD}), else one Testcontainers
 * starts in Docker, once per test run.
 */
public final class TestPostgres {

    public record Server(String url, String user, String password) {}

    private static Server server;

    private TestPostgres() {}

    /** The server named by the environment, if any. */
    public static Optional<Server> fromEnvironment() {
        return variable("UNKNOT_TEST_JDBC_URL")
                .map(url -> new Server(
                        url,
                        variable("UNKNOT_TEST_JDBC_USER").orElse("postgres"),
                        Optional.ofNullable(System.getenv("UNKNOT_TEST_JDBC_PASSWORD"))
                                .orElse("")));
    }

    public static boolean required() {
        return variable("UNKNOT_REQUIRE_POSTGRES").map(Boolean::parseBoolean).orElse(false);
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The server, starting a container on first use when the environment names none. */
    public static synchronized Server server() {
        if (server == null) {
            server = fromEnvironment().orElseGet(TestPostgres::container);
        }
        return server;
    }

    @SuppressWarnings("resource") // Testcontainers' Ryuk removes the container when the JVM ends.
    private static Server container() {
        if (!dockerAvailable()) {
            throw new IllegalStateException("PostgreSQL tests are required (UNKNOT_REQUIRE_POSTGRES=true) but neither "
                    + "UNKNOT_TEST_JDBC_URL is set nor is Docker available for Testcontainers");
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
