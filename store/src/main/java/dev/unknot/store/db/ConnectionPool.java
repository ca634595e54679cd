package dev.unknot.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's connections, opened and migrated when something first needs the database (so a
 * command that never touches it never opens it), and closed with the context.
 */
@Singleton
class ConnectionPool {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    private final HikariDataSource dataSource;

    ConnectionPool(DatabaseSettings settings) {
        long started = System.nanoTime();
        if (settings.isEmbedded()) {
            createDirectoryOf(settings.url());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("unknot");
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        settings.schema().ifPresent(config::setSchema);
        // A CLI command needs one connection; the web server a few. Idle ones are let go.
        config.setMaximumPoolSize(settings.isEmbedded() ? 4 : 10);
        config.setMinimumIdle(1);
        HikariDataSource opened = new HikariDataSource(config);
        try {
            migrate(opened, settings);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        this.dataSource = opened;
        LOG.debug("Opened {} in {} ms", settings.describe(), (System.nanoTime() - started) / 1_000_000);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    @PreDestroy
    void close() {
        dataSource.close();
    }

    private static void migrate(HikariDataSource dataSource, DatabaseSettings settings) {
        FluentConfiguration flyway = Flyway.configure(ConnectionPool.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
        flyway.load().migrate();
    }

    /** H2 creates the database file, but not the directory it goes in. */
    private static void createDirectoryOf(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return;
        }
        int options = url.indexOf(';');
        Path parent = Path.of(url.substring(prefix.length(), options < 0 ? url.length() : options))
                .toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + parent, e);
        }
    }
}
