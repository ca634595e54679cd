package dev.unknot.store.db;

import dev.unknot.store.UnknotPaths;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The store's one data source, named {@code default} as Micronaut Data expects. The store owns
 * the database configuration; front ends configure nothing. Its settings, all optional:
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
    DatabaseSettings databaseSettings(
            @Property(name = "unknot.database.url") Optional<String> url,
            @Property(name = "unknot.database.user") Optional<String> user,
            @Property(name = "unknot.database.password") Optional<String> password,
            @Property(name = "unknot.database.schema") Optional<String> schema,
            UnknotPaths paths) {
        return DatabaseSettings.resolve(url, user, password, schema, paths);
    }

    @Singleton
    @Named("default")
    DataSource dataSource(ConnectionPool pool) {
        return pool.dataSource();
    }
}
