package dev.unknot.app.testing;

import dev.unknot.store.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test class: an H2 file in a new directory, or a new schema in
 * the test PostgreSQL database. Either way the store is configured the way it is in production,
 * through the {@code unknot.*} properties.
 */
public sealed interface TestDatabase extends AutoCloseable {

    /** The context properties that point the store at this database. */
    Map<String, Object> properties();

    String name();

    @Override
    void close();

    static TestDatabase h2() {
        return new H2(temporaryDirectory());
    }

    static TestDatabase postgres() {
        return new Postgres(
                TestPostgres.server(),
                "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("unknot-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new H2 file under its own {@code unknot.home}. */
    record H2(Path home) implements TestDatabase {

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("unknot.home", home.toString());
            return properties;
        }

        @Override
        public String name() {
            return "H2";
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary directory is harmless.
            }
        }
    }

    /** A new schema in the test PostgreSQL database, dropped afterwards. */
    record Postgres(TestPostgres.Server server, String schema) implements TestDatabase {

        @Override
        public Map<String, Object> properties() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("unknot.home", temporaryDirectory().toString());
            properties.put("unknot.database.url", server.url());
            properties.put("unknot.database.user", server.user());
            properties.put("unknot.database.password", server.password());
            properties.put("unknot.database.schema", schema);
            return properties;
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema.toLowerCase(Locale.ROOT) + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        }
    }
}
