package dev.unknot.store.db;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * The store's one data source, named {@code default} as Micronaut Data expects, opened as the
 * {@link DatabaseSettings} bean says (the application makes it from these settings, all optional):
 *
 * <ul>
 *   <li>{@code unknot.home} ({@code UNKNOT_HOME}): where the embedded H2 file {@code unknot.mv.db} lives;
 *   <li>{@code unknot.database.url}, {@code .user}, {@code .password} ({@code UNKNOT_DATABASE_URL},
 *       {@code UNKNOT_DATABASE_USER}, {@code UNKNOT_DATABASE_PASSWORD}): PostgreSQL instead of H2;
 *   <li>{@code unknot.database.schema} ({@code UNKNOT_DATABASE_SCHEMA}): a PostgreSQL schema other than the user's default;
 *   <li>{@code unknot.database.eager} ({@code true} for a server): open and migrate while the context
 *       starts instead of on first use.
 * </ul>
 *
 * <p>The pool (HikariCP) and the migrations (Flyway) are set up here rather than through
 * {@code datasources.*} and {@code flyway.*} properties: those would open the pool eagerly with
 * every context, and each front end would have to repeat them.
 */
@Factory
class DatabaseFactory {

    @Singleton
    @Named("default")
    DataSource dataSource(ConnectionPool pool) {
        return pool.dataSource();
    }
}
