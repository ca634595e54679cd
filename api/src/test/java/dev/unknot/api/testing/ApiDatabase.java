package dev.unknot.api.testing;

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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh database for one test class, configured the way production is (the {@code unknot.*}
 * properties): an H2 file under a new {@code unknot.home}, or a new schema in the test PostgreSQL.
 */
public final class ApiDatabase implements AutoCloseable {

    private final Path home;
    private final TestPostgres.Server postgres;
    private final String schema;

    private ApiDatabase(TestPostgres.Server postgres) {
        try {
            this.home = Files.createTempDirectory("unknot-api-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.postgres = postgres;
        this.schema = postgres == null
                ? null
                : "api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static ApiDatabase h2() {
        return new ApiDatabase(null);
    }

    public static ApiDatabase postgres() {
        return new ApiDatabase(TestPostgres.server());
    }

    public String name() {
        return postgres == null ? "H2" : "PostgreSQL";
    }

    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("unknot.home", home.toString());
        if (postgres != null) {
            properties.put("unknot.database.url", postgres.url());
            properties.put("unknot.database.user", postgres.user());
            properties.put("unknot.database.password", postgres.password());
            properties.put("unknot.database.schema", schema);
        }
        return properties;
    }

    @Override
    public void close() {
        if (postgres != null) {
            try (Connection connection =
                            DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + schema, e);
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
