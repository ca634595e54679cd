package dev.unknot.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connections, opened and migrated when something first needs the database (so a
 * command that never touches it never opens it), and closed with the context. Flyway migrates
 * a new or older database; a database already at {@link #SCHEMA_VERSION} is used as it is.
 *
 * <p>A server gets a HikariCP pool. A process that runs one command and ends
 * ({@code unknot.database.single-connection=true}, set by the CLI) gets one connection, kept for the
 * whole command: no pool threads, nothing to fill.
 */
@Singleton
class ConnectionPool {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    /**
     * The version of the newest migration in {@code db/migration} and the database's own folder
     * ({@code db/h2}, {@code db/postgresql}; both end at the same version). When the database's history
     * already ends there, successfully, Flyway is not even loaded: that saves a CLI command about
     * half a second. Raise it with every new migration (a test checks that it matches).
     */
    static final String SCHEMA_VERSION = "7";

    private final DataSource dataSource;
    private final AutoCloseable closer;

    ConnectionPool(
            DatabaseSettings settings, @Value("${unknot.database.single-connection:false}") boolean singleConnection) {
        long started = System.nanoTime();
        if (settings.isEmbedded()) {
            createDirectoryOf(settings.url());
        }
        DataSource opened;
        AutoCloseable closer;
        try {
            if (singleConnection) {
                SingleConnectionDataSource single = SingleConnectionDataSource.open(settings);
                opened = single;
                closer = single;
            } else {
                HikariDataSource pool = pool(settings);
                opened = pool;
                closer = pool;
            }
        } catch (SQLException | RuntimeException e) {
            throw new UnavailableException(
                    "cannot open the database " + settings.describe() + ": " + rootMessage(e), e);
        }
        try {
            if (!upToDate(opened)) {
                migrate(opened, settings);
            }
        } catch (RuntimeException e) {
            closeQuietly(closer, e);
            throw new UnavailableException(
                    "cannot bring the database " + settings.describe() + " up to date: " + rootMessage(e), e);
        }
        this.dataSource = opened;
        this.closer = closer;
        LOG.debug("Opened {} in {} ms", settings.describe(), (System.nanoTime() - started) / 1_000_000);
    }

    private static HikariDataSource pool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("unknot");
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        settings.schema().ifPresent(config::setSchema);
        // A server needs a few connections; idle ones are let go.
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 10);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
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

    /** Whether the last migration applied is {@link #SCHEMA_VERSION} and it succeeded. */
    static boolean upToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("SELECT version, success FROM flyway_schema_history "
                        + "WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return last.next() && SCHEMA_VERSION.equals(last.getString(1)) && last.getBoolean(2);
        } catch (SQLException e) {
            // No history table yet: a new database.
            return false;
        }
    }

    private static void migrate(DataSource dataSource, DatabaseSettings settings) {
        FluentConfiguration flyway = Flyway.configure(ConnectionPool.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:" + vendorMigrations(settings));
        settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
        flyway.load().migrate();
    }

    /** The migrations only one kind of database runs (e.g. PostgreSQL's triggers), beside the common ones. */
    static String vendorMigrations(DatabaseSettings settings) {
        return settings.isEmbedded() ? "db/h2" : "db/postgresql";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** H2 creates the database file, but not the directory it goes in. */
    private static void createDirectoryOf(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return;
        }
        int options = url.indexOf(';');
        Path parent = Path.of(url.substring(prefix.length(), options < 0 ? url.length() : options))
                .toAbsolutePath()
                .getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UnavailableException("cannot create the data directory " + parent, e);
        }
    }
}
