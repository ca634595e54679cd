package dev.unknot.cli.server;

import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/** The CLI against a server whose data is in PostgreSQL, as a deployment's would be. */
@EnabledIfPostgres
class RemoteCommandsPostgresTests extends RemoteCommandsTests {

    private final String schema =
            "cli_remote_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected Map<String, Object> serverDatabase() {
        TestPostgres.Server postgres = TestPostgres.server();
        return Map.of(
                "unknot.database.url",
                postgres.url(),
                "unknot.database.user",
                postgres.user(),
                "unknot.database.password",
                postgres.password(),
                "unknot.database.schema",
                schema);
    }

    @AfterAll
    void dropSchema() throws SQLException {
        TestPostgres.Server postgres = TestPostgres.server();
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
