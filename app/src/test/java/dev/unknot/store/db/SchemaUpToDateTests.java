package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A command skips Flyway on a database that records its build's migration fingerprint; anything
 * else (a new database, an older one, another build's) goes through Flyway, which validates what
 * was applied before it migrates.
 */
class SchemaUpToDateTests {

    private final TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();

    @AfterEach
    void delete() {
        database.close();
    }

    @Test
    void aNewDatabaseIsMigratedAndRecordsTheBuildsFingerprint() throws SQLException {
        try (ApplicationContext command = start(true)) {
            assertThat(query(command, "SELECT fingerprint FROM unknot_schema_fingerprint"))
                    .isEqualTo(MigrationFingerprint.ofThisBuild("h2").orElseThrow());
            assertThat(query(command, "SELECT COUNT(*) FROM unknot_schema_fingerprint"))
                    .isEqualTo("1");
        }
    }

    @Test
    void aCommandLeavesFlywayAloneOnACurrentDatabase() throws SQLException {
        try (ApplicationContext command = start(true)) {
            update(command, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");
        }

        try (ApplicationContext command = start(true)) {
            assertThat(query(command, "SELECT COUNT(*) FROM habit"))
                    .as("opened")
                    .isEqualTo("0");
        }
    }

    @Test
    void aServerAlwaysValidates() throws SQLException {
        try (ApplicationContext command = start(true)) {
            update(command, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");
        }

        assertThat(failureOpening(false))
                .startsWith("cannot bring the database " + DatabaseSettings.embeddedUrl(database.home())
                        + " up to date: " + "the migrations applied differ from this build's: ")
                .contains("checksum mismatch for migration version 1")
                .doesNotContain("\n");
    }

    @Test
    void aChangedMigrationSetMakesACommandValidateAndAMismatchIsOneClearLine() throws SQLException {
        try (ApplicationContext command = start(true)) {
            update(command, "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");
            update(command, "UPDATE unknot_schema_fingerprint SET fingerprint = 'another build'");
        }

        assertThat(failureOpening(true))
                .contains("the migrations applied differ from this build's: ")
                .contains("checksum mismatch for migration version 1")
                .doesNotContain("\n");
    }

    @Test
    void aDatabaseFromBeforeFingerprintsIsMigratedOnce() throws SQLException {
        try (ApplicationContext command = start(true)) {
            // Back to version 7: the migrations from the fingerprint's on undone.
            update(command, "ALTER TABLE habit_standing DROP CONSTRAINT habit_standing_relief");
            update(command, "ALTER TABLE habit_standing DROP COLUMN relief_check_ins");
            update(command, "ALTER TABLE habit_standing DROP COLUMN relief_drop");
            update(command, "ALTER TABLE habit_standing DROP COLUMN relief_before");
            update(command, "ALTER TABLE habit_standing DROP CONSTRAINT habit_standing_pain_relief");
            update(command, "ALTER TABLE habit_standing DROP COLUMN pain_relief_check_ins");
            update(command, "ALTER TABLE habit_standing DROP COLUMN pain_relief_drop");
            update(command, "ALTER TABLE habit_standing DROP COLUMN pain_relief_before");
            update(command, "ALTER TABLE check_in DROP CONSTRAINT check_in_pain_before");
            update(command, "ALTER TABLE check_in DROP CONSTRAINT check_in_pain_after");
            update(command, "ALTER TABLE check_in DROP COLUMN pain_before");
            update(command, "ALTER TABLE check_in DROP COLUMN pain_after");
            update(command, "DROP TABLE unknot_schema_fingerprint");
            update(command, "DROP TABLE safety_screen");
            update(command, "DROP TABLE attempt_limit");
            update(command, "DROP TABLE reminder_snooze");
            update(command, "DROP TABLE reminder_delivery");
            update(command, "DROP TABLE reminder_settings");
            update(command, "DROP TABLE habit_reminder");
            update(command, "DROP TABLE oidc_link");
            update(command, "DROP TABLE plan_answers");
            update(command, "DROP TABLE own_exercise");
            update(command, "DROP TABLE password_reset");
            update(command, "DROP TABLE invite");
            update(command, "DROP TABLE server_setting");
            update(command, "ALTER TABLE person DROP COLUMN is_admin");
            update(command, "ALTER TABLE person DROP COLUMN disabled");
            update(command, "ALTER TABLE person DROP COLUMN last_active_at");
            update(command, "ALTER TABLE person DROP COLUMN cues_muted");
            update(command, "DROP TABLE push_subscription");
            update(command, "DROP TABLE push_vapid_key");
            update(command, "DROP TABLE reminder_action_key");
            update(
                    command,
                    "DELETE FROM flyway_schema_history WHERE version IN ('8', '9', '10', '11', '13', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25')");
        }

        try (ApplicationContext command = start(true)) {
            assertThat(query(command, "SELECT fingerprint FROM unknot_schema_fingerprint"))
                    .isEqualTo(MigrationFingerprint.ofThisBuild("h2").orElseThrow());
        }
    }

    private String failureOpening(boolean oneCommand) {
        try (ApplicationContext context = start(oneCommand)) {
            Throwable failure = catchThrowable(() -> context.getBean(ConnectionPool.class));
            Throwable unavailable = failure;
            while (unavailable != null && !(unavailable instanceof UnavailableException)) {
                unavailable = unavailable.getCause();
            }
            assertThat(unavailable).as("cause chain of %s", failure).isNotNull();
            return unavailable.getMessage();
        }
    }

    private ApplicationContext start(boolean oneCommand) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "unknot.home",
                        database.home().toString(),
                        "unknot.database.one-command",
                        Boolean.toString(oneCommand)))
                .start();
    }

    private static String query(ApplicationContext context, String sql) throws SQLException {
        try (Connection connection =
                        context.getBean(ConnectionPool.class).dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    private static void update(ApplicationContext context, String sql) throws SQLException {
        try (Connection connection =
                        context.getBean(ConnectionPool.class).dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
