package dev.unknot.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connections, opened and brought up to date when something first needs the database
 * (so a command that never touches it never opens it), and closed with the context.
 *
 * <p>A server gets a HikariCP pool and always lets Flyway validate and migrate: it starts once. A
 * process that runs one command and ends ({@code unknot.database.one-command=true}, set by the CLI)
 * gets H2's own pool, on the embedded file or on PostgreSQL's pooled connections, which starts no
 * threads, and skips Flyway altogether when the database records the {@link MigrationFingerprint}
 * of this build's migrations; a changed migration set, or a new database, runs Flyway as a server
 * would.
 *
 * <p>On the embedded file, every connection comes through the process's {@link EmbeddedDatabase},
 * which opens the file, or joins the process that has it open, the way several processes can share it.
 */
@Singleton
class ConnectionPool {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    /** How long a request waits for a connection before the database counts as unavailable. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** How long checking that a pooled connection still works may take. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final AutoCloseable closer;

    ConnectionPool(DatabaseSettings settings, @Value("${unknot.database.one-command:false}") boolean oneCommand) {
        long started = System.nanoTime();
        Optional<EmbeddedDatabase> shared;
        DataSource opened;
        try {
            shared = EmbeddedDatabase.fileOf(settings.url()).map(file -> EmbeddedDatabase.lease(settings));
        } catch (RuntimeException e) {
            throw cannotOpen(settings, e);
        }
        try {
            opened = open(settings, shared, oneCommand);
        } catch (RuntimeException e) {
            shared.ifPresent(EmbeddedDatabase::release);
            throw cannotOpen(settings, e);
        }
        AutoCloseable closer = closerOf(opened, shared);
        try {
            bringUpToDate(opened, settings, oneCommand);
        } catch (RuntimeException e) {
            closeQuietly(closer, e);
            throw e;
        }
        this.dataSource = opened;
        this.closer = closer;
        LOG.debug("Opened {} in {} ms", settings.describe(), (System.nanoTime() - started) / 1_000_000);
    }

    private static DataSource open(DatabaseSettings settings, Optional<EmbeddedDatabase> shared, boolean oneCommand) {
        if (oneCommand) {
            // Keeps its connections until it is disposed of: a command connects once.
            return JdbcConnectionPool.create(
                    shared.isPresent() ? shared.get() : settings.isEmbedded() ? h2(settings) : postgres(settings));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("unknot");
        if (shared.isPresent()) {
            config.setDataSource(shared.get());
        } else {
            config.setJdbcUrl(settings.url());
            settings.user().ifPresent(config::setUsername);
            settings.password().ifPresent(config::setPassword);
        }
        settings.schema().ifPresent(config::setSchema);
        // A server needs a few connections; idle ones are let go.
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 10);
        config.setMinimumIdle(1);
        // A database that does not answer is reported within seconds (the API answers 503), not
        // after HikariCP's default half minute; the pool keeps trying, so it recovers by itself.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }

    private static ConnectionPoolDataSource h2(DatabaseSettings settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user().orElse(""));
        h2.setPassword(settings.password().orElse(""));
        return h2;
    }

    private static ConnectionPoolDataSource postgres(DatabaseSettings settings) {
        PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
        postgres.setURL(settings.url());
        settings.user().ifPresent(postgres::setUser);
        settings.password().ifPresent(postgres::setPassword);
        settings.schema().ifPresent(postgres::setCurrentSchema);
        return postgres;
    }

    /** Closes the pool, then ends this process's use of a shared embedded database. */
    private static AutoCloseable closerOf(DataSource dataSource, Optional<EmbeddedDatabase> shared) {
        AutoCloseable pool =
                dataSource instanceof JdbcConnectionPool h2Pool ? h2Pool::dispose : (HikariDataSource) dataSource;
        return () -> {
            try {
                pool.close();
            } finally {
                shared.ifPresent(EmbeddedDatabase::release);
            }
        };
    }

    /**
     * Flyway validates and migrates, then the database records this build's fingerprint; a command
     * that finds it recorded already does neither.
     */
    private static void bringUpToDate(DataSource dataSource, DatabaseSettings settings, boolean oneCommand) {
        Optional<String> built = MigrationFingerprint.ofThisBuild(settings.vendor());
        Optional<String> recorded = recordedFingerprint(dataSource, settings);
        if (oneCommand && built.isPresent() && built.equals(recorded)) {
            return;
        }
        try {
            Migrations.migrate(dataSource, settings);
            if (built.isPresent() && !built.equals(recorded)) {
                record(dataSource, built.get());
            }
        } catch (UnavailableException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new UnavailableException(
                    "cannot bring the database " + settings.describe() + " up to date: " + rootMessage(e), e);
        }
    }

    /** The fingerprint the database was last migrated with; empty for a new or older database. */
    private static Optional<String> recordedFingerprint(DataSource dataSource, DatabaseSettings settings) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw cannotOpen(settings, e);
        }
        try (connection;
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT fingerprint FROM unknot_schema_fingerprint")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            // No such table yet: a new database, or one migrated before fingerprints were recorded.
            return Optional.empty();
        }
    }

    private static void record(DataSource dataSource, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement delete = connection.createStatement();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO unknot_schema_fingerprint (fingerprint) VALUES (?)")) {
            connection.setAutoCommit(false);
            delete.executeUpdate("DELETE FROM unknot_schema_fingerprint");
            insert.setString(1, fingerprint);
            insert.executeUpdate();
            connection.commit();
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @PreDestroy
    void close() throws Exception {
        closer.close();
    }

    private static void closeQuietly(AutoCloseable closer, Exception failure) {
        try {
            closer.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    private static UnavailableException cannotOpen(DatabaseSettings settings, Exception failure) {
        return new UnavailableException(
                "cannot open the database " + settings.describe() + ": " + rootMessage(failure), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
