package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.store.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A CLI command (one kept connection) closes the embedded file without H2's compaction, which cost
 * it up to 200 ms on every other run; a server keeps H2's default, also for a command that reaches
 * the file through the server, and nothing of it stays in the file.
 */
class OneCommandCompactionTests {

    @Test
    void aCommandThatOpensTheFileClosesItWithoutCompacting() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        try (database) {
            try (ApplicationContext command = start(database, true)) {
                assertThat(maxCompactTime(command)).isEqualTo("0");
            }
            try (ApplicationContext server = start(database, false)) {
                assertThat(maxCompactTime(server)).as("not kept in the file").isEqualTo("200");
            }
        }
    }

    @Test
    void aCommandBesideAServerLeavesTheServersSetting() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        try (database; ApplicationContext server = start(database, false)) {
            assertThat(maxCompactTime(server)).isEqualTo("200");
            // In one process the command's connection finds the server's open database, as a
            // command in another process finds it through the server's port.
            try (ApplicationContext command = start(database, true)) {
                assertThat(maxCompactTime(command)).isEqualTo("200");
            }
            assertThat(maxCompactTime(server)).isEqualTo("200");
        }
    }

    private static ApplicationContext start(TestDatabase.H2 database, boolean oneCommand) {
        return ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("unknot.home", database.home().toString(),
                        "unknot.database.single-connection", Boolean.toString(oneCommand),
                        "unknot.test.real-clock", "true"))
                .start();
    }

    private static String maxCompactTime(ApplicationContext context) throws SQLException {
        // The store's own connections, outside Micronaut Data's transaction handling.
        DataSource dataSource = context.getBean(ConnectionPool.class).dataSource();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("SELECT setting_value FROM information_schema.settings "
                        + "WHERE setting_name = 'MAX_COMPACT_TIME'")) {
            assertThat(setting.next()).isTrue();
            return setting.getString(1);
        }
    }
}
