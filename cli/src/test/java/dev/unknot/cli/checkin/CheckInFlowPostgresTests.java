package dev.unknot.cli.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check-in flow on PostgreSQL ({@code UNKNOT_DATABASE_URL}), in a schema of its own that is
 * dropped afterwards; and export from PostgreSQL, import into the embedded database, same data.
 */
@EnabledIfPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInFlowPostgresTests {

    private final String schema =
            "unknot_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private TestPostgres.Server server;
    private Shell shell;

    @TempDir
    Path dir;

    @BeforeAll
    void server() {
        server = TestPostgres.server();
    }

    private Shell shell() {
        if (shell == null) {
            shell = Shell.withHome(dir.resolve("home"))
                    .with("UNKNOT_DATABASE_URL", server.url())
                    .with("UNKNOT_DATABASE_USER", server.user())
                    .with("UNKNOT_DATABASE_PASSWORD", server.password())
                    .with("UNKNOT_DATABASE_SCHEMA", schema);
        }
        return shell;
    }

    @AfterAll
    void dropSchema() throws Exception {
        if (server != null) {
            try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void checkInUndoTodayStatsAndTransferOnPostgres() throws Exception {
        Shell shell = shell();
        assertThat(shell.unknot("settings", "--time-zone", "UTC").exitCode()).isZero();
        assertThat(shell.unknot("habit", "add", "stretching/cat-cow").out()).startsWith("Added habit ");
        assertThat(shell.unknot("habit", "add", "Drink water", "--target", "8", "--unit", "glasses")
                        .exitCode())
                .isZero();

        Shell.Result checkedIn = shell.unknot("checkin", "cat", "--before", "6", "--after", "3", "--client-id", "pg-1");
        assertThat(checkedIn.exitCode()).as(checkedIn.toString()).isZero();
        assertThat(checkedIn.outLines()).contains("Streak: 1 day | best 1 day");
        String id = shell.unknot("checkin", "cat", "--client-id", "pg-1", "--json")
                .json()
                .get("checkIn")
                .get("id")
                .getStringValue();
        assertThat(shell.unknot("checkin", "cat", "--client-id", "pg-1", "--json")
                        .json()
                        .get("checkIn")
                        .get("id")
                        .getStringValue())
                .isEqualTo(id);
        shell.unknot("checkin", "drink", "--amount", "3");
        assertThat(shell.unknot("checkin", "--undo").out()).startsWith("Removed: Drink water");
        assertThat(shell.unknot("today").outLines())
                .anySatisfy(line -> assertThat(line).startsWith("done "));
        assertThat(shell.unknot("stats").exitCode()).isZero();
        assertThat(shell.unknot("checkin", "nothing").exitCode()).isEqualTo(2);
        assertThat(shell.unknot("checkin", "cat", "--before", "11").exitCode()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("home").resolve("unknot.mv.db")))
                .as("no H2 file")
                .isFalse();

        Path file = dir.resolve("export.json");
        shell.unknot("export", "-o", file.toString());
        Shell embedded = Shell.withHome(dir.resolve("embedded"));
        assertThat(embedded.unknot("import", file.toString()).exitCode()).isZero();
        assertThat(embedded.unknot("export").out())
                .isEqualTo(shell.unknot("export").out());
    }
}
