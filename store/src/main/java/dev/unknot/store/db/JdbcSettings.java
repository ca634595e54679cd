package dev.unknot.store.db;

import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * What Micronaut Data would otherwise read from {@code datasources.default.*}, which the store does
 * not use: the repositories are compiled for PostgreSQL and H2 runs in PostgreSQL mode, so the
 * dialect is PostgreSQL on both.
 */
@Singleton
@Named("default")
final class JdbcSettings extends DataJdbcConfiguration {

    JdbcSettings() {
        super("default");
        setDialect(Dialect.POSTGRES);
    }
}
