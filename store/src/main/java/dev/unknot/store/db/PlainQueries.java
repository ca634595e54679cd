package dev.unknot.store.db;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC reads on the connection of the caller's transaction, for the few bulk reads where
 * Micronaut Data's generic mapping costs more than the query itself: a person's whole history of
 * 18,250 check-ins took ~45 ms through the repository and ~8 ms this way. Callers map each
 * {@link Row} themselves and never see {@code java.sql}; only this package does.
 */
@Internal
@Singleton
public final class PlainQueries {

    /** The current row of a result, by 1-based column. */
    public interface Row {

        long getLong(int column);

        /** {@code null} for SQL {@code NULL}. */
        Long getNullableLong(int column);

        /** {@code null} for SQL {@code NULL}. */
        Integer getNullableInteger(int column);

        double getDouble(int column);

        String getString(int column);

        /** A {@code TIMESTAMP WITH TIME ZONE}, read as an offset date-time so that no JVM zone takes part. */
        Instant getInstant(int column);
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(Row row);
    }

    private final ConnectionOperations<Connection> connections;
    private final Provider<ConnectionPool> pool;
    private final boolean singleConnection;

    PlainQueries(
            ConnectionOperations<Connection> connections,
            Provider<ConnectionPool> pool,
            @Value("${unknot.database.single-connection:false}") boolean singleConnection) {
        this.connections = connections;
        this.pool = pool;
        this.singleConnection = singleConnection;
    }

    /**
     * Whether {@link #listOnItsOwn} can run: a server's pool has connections to spare beside the
     * transactions, a command's one kept connection has not.
     */
    public boolean connectionsOfItsOwn() {
        return !singleConnection;
    }

    /**
     * Runs {@code sql}, one statement, as a transaction of its own on a connection from the pool
     * (not the caller's transaction, if there is one), and maps every row it returns: a change and
     * its commit in one round trip. Nothing of it is stored unless it succeeds as a whole.
     *
     * @throws DataAccessException when it fails (then nothing of it is stored)
     */
    public <T> List<T> listOnItsOwn(String sql, Mapper<T> mapper, Object... parameters) {
        if (singleConnection) {
            throw new IllegalStateException("a single kept connection has no connection to spare");
        }
        try (Connection connection = pool.get().dataSource().getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return mapAll(rows, mapper);
                }
            }
        } catch (SQLException | UncheckedSqlException e) {
            throw new DataAccessException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code sql} with {@code parameters} ({@link Long}, {@link String} or {@link Instant}) in
     * the caller's transaction, which must exist, and maps every row.
     */
    public <T> List<T> list(String sql, Mapper<T> mapper, Object... parameters) {
        Connection connection = connections.getConnectionStatus().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                return mapAll(rows, mapper);
            }
        } catch (SQLException | UncheckedSqlException e) {
            throw new DataAccessException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the data change {@code sql} (an {@code INSERT}, {@code UPDATE} or {@code DELETE}) with
     * {@code parameters} in the caller's transaction, which must exist, and maps the values of the
     * {@code returned} columns of every row it changed: one round trip where a change and a read
     * of what it did would be two. JDBC's generated keys carry them (PostgreSQL's driver adds
     * {@code RETURNING}, H2 reads its own delta), so that the same SQL runs on both. A parameter
     * may be {@code null}; the database takes its type from the column.
     */
    public <T> List<T> change(String sql, List<String> returned, Mapper<T> mapper, Object... parameters) {
        Connection connection = connections.getConnectionStatus().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql, returned.toArray(String[]::new))) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet rows = statement.getGeneratedKeys()) {
                return mapAll(rows, mapper);
            }
        } catch (SQLException | UncheckedSqlException e) {
            throw new DataAccessException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> mapAll(ResultSet rows, Mapper<T> mapper) throws SQLException {
        Row row = new ResultSetRow(rows);
        List<T> values = new ArrayList<>();
        while (rows.next()) {
            values.add(mapper.map(row));
        }
        return values;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            statement.setObject(
                    i + 1, parameter instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameter);
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private record ResultSetRow(ResultSet rows) implements Row {

        @Override
        public long getLong(int column) {
            try {
                return rows.getLong(column);
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public Long getNullableLong(int column) {
            try {
                long value = rows.getLong(column);
                return rows.wasNull() ? null : value;
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public Integer getNullableInteger(int column) {
            try {
                int value = rows.getInt(column);
                return rows.wasNull() ? null : value;
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public double getDouble(int column) {
            try {
                return rows.getDouble(column);
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public String getString(int column) {
            try {
                return rows.getString(column);
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        @Override
        public Instant getInstant(int column) {
            try {
                OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }
}
