package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Neither a CLI command (H2's own pool) nor a server compacts the embedded file on close: an
 * assertion inside H2 2.3.232's compaction can abort the close before the file's header is written,
 * and the last writes are lost (see {@link DatabaseSettings#H2_OPTIONS}).
 */
class NoCompactionOnCloseTests {

    @Test
    void neitherACommandNorAServerCompactsOnClose() throws Exception {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        try (database) {
            try (ApplicationContext command = start(database, true)) {
                assertThat(maxCompactTime(command)).isEqualTo("0");
            }
            try (ApplicationContext server = start(database, false)) {
                assertThat(maxCompactTime(server)).isEqualTo("0");
            }
        }
    }

    private static ApplicationContext start(TestDatabase.H2 database, boolean oneCommand) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of(
                        "unknot.home",
                        database.home().toString(),
                        "unknot.database.one-command",
                        Boolean.toString(oneCommand),
                        "unknot.test.real-clock",
                        "true"))
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
