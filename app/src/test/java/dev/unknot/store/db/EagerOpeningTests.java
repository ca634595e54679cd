package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.testing.TestDatabase;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EagerOpeningTests {

    @Test
    void contextAloneDoesNotOpenTheDatabase() {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        try (database;
                ApplicationContext context =
                        start(Map.of("unknot.home", database.home().toString()))) {
            assertThat(Files.exists(database.home().resolve("unknot.mv.db"))).isFalse();
        }
    }

    @Test
    void eagerContextOpensAndMigratesTheDatabaseWhileStarting() throws SQLException {
        TestDatabase.H2 database = (TestDatabase.H2) TestDatabase.h2();
        try (database;
                ApplicationContext context =
                        start(Map.of("unknot.home", database.home().toString(), "unknot.database.eager", "true"))) {
            assertThat(Files.exists(database.home().resolve("unknot.mv.db"))).isTrue();
            try (Connection connection =
                            context.getBean(ConnectionPool.class).dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet recorded = statement.executeQuery("SELECT fingerprint FROM unknot_schema_fingerprint")) {
                assertThat(recorded.next()).as("migrated").isTrue();
            }
        }
    }

    @Test
    void eagerContextFailsToStartWhenTheDatabaseDoesNotAnswer() {
        assertThatThrownBy(() -> start(Map.of(
                                "unknot.home",
                                TestDatabase.temporaryDirectory().toString(),
                                "unknot.database.eager",
                                "true",
                                "unknot.database.url",
                                "jdbc:postgresql://127.0.0.1:1/unknot"))
                        .close())
                .hasRootCauseInstanceOf(java.net.ConnectException.class)
                .satisfies(failure -> {
                    Throwable cause = failure;
                    while (!(cause instanceof UnavailableException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause)
                            .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:1/unknot");
                });
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }
}
