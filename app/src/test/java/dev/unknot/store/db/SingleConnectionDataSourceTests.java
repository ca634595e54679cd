package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI's one kept connection, on a real embedded H2 file opened the way the store opens it. */
class SingleConnectionDataSourceTests {

    private Path home;
    private SingleConnectionDataSource dataSource;

    @BeforeEach
    void open() throws SQLException {
        home = TestDatabase.temporaryDirectory();
        DatabaseSettings settings =
                DatabaseSettings.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), home);
        dataSource = SingleConnectionDataSource.open(settings);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(100))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        dataSource.close();
        new TestDatabase.H2(home).close();
    }

    @Test
    void lendsTheSameConnectionAgainAndAgain() throws SQLException {
        Connection first;
        try (Connection connection = dataSource.getConnection()) {
            first = connection.unwrap(Connection.class);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(Connection.class)).isSameAs(first);
            assertThat(connection.isClosed()).isFalse();
        }
        assertThat(first.isClosed()).as("returning it does not close it").isFalse();
    }

    @Test
    void aReturnedConnectionRefusesWork() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.close();

        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(connection::createStatement)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("returned");
        connection.close();
    }

    @Test
    void anUnfinishedTransactionIsRolledBackWhenTheConnectionComesBack() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(false);
            statement.executeUpdate("INSERT INTO note VALUES ('never committed')");
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
            assertThat(count(connection)).isZero();
        }
    }

    @Test
    void aSecondBorrowerGetsAConnectionOfItsOwn() throws SQLException {
        try (Connection first = dataSource.getConnection();
                Statement statement = first.createStatement()) {
            first.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO note VALUES ('in the first transaction')");
            try (Connection second = dataSource.getConnection()) {
                assertThat(second.unwrap(Connection.class)).isNotSameAs(first.unwrap(Connection.class));
                assertThat(count(second))
                        .as("the first transaction's row is not visible yet")
                        .isZero();
            }
            first.commit();
        }
        try (Connection again = dataSource.getConnection()) {
            assertThat(count(again)).isEqualTo(1);
        }
    }

    @Test
    void aClosedDataSourceLendsNothing() throws SQLException {
        dataSource.close();

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
