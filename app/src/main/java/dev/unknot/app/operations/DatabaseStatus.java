package dev.unknot.app.operations;

import com.zaxxer.hikari.HikariDataSource;
import dev.unknot.store.db.DatabaseSettings;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/** Whether the database answers, and its pool, for health checks and metrics. */
@Singleton
public class DatabaseStatus {

    private final DataSource pool;
    private final boolean embedded;

    DatabaseStatus(@Named("default") DataSource dataSource, DatabaseSettings settings) {
        // The pool itself: the injected one lends only a connection that a transaction has open.
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.embedded = settings.isEmbedded();
    }

    /** The kind of database, to name in a health check: never its address, user or files. */
    public String kind() {
        return embedded ? "embedded H2" : "PostgreSQL";
    }

    /**
     * Whether a connection can be had and answers within {@code patience}.
     *
     * @throws SQLException when no connection can be had
     */
    public boolean answers(Duration patience) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) Math.max(1, patience.toSeconds()));
        }
    }

    /** The server's HikariCP pool, when it has one (a command's H2 pool is not). */
    public Optional<HikariDataSource> hikari() {
        try {
            return pool.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(pool.unwrap(HikariDataSource.class))
                    : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
