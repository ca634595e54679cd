package dev.unknot.app.tracker;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The same behaviour on PostgreSQL, each test in a schema of its own, dropped afterwards. */
@EnabledIfPostgres
class LocalTrackerPostgresTests extends LocalTrackerTests {

    private final String schema =
            "unknot_wire_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected Map<String, Object> settings(Path home) {
        TestPostgres.Server server = TestPostgres.server();
        return Map.of(
                "unknot.home",
                home.toString(),
                "unknot.plugins-dir",
                home.resolve("plugins").toString(),
                "unknot.database.url",
                server.url(),
                "unknot.database.user",
                server.user(),
                "unknot.database.password",
                server.password(),
                "unknot.database.schema",
                schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        TestPostgres.Server server = TestPostgres.server();
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
