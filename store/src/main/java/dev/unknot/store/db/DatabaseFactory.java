package dev.unknot.store.db;

import dev.unknot.store.UnknotPaths;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The store's one data source, named {@code default} as Micronaut Data expects. Front ends
 * configure nothing: the environment variables {@code UNKNOT_DATABASE_URL},
 * {@code UNKNOT_DATABASE_USER}, {@code UNKNOT_DATABASE_PASSWORD} (and {@code UNKNOT_DATABASE_SCHEMA})
 * arrive as the {@code unknot.database.*} properties, and {@code UNKNOT_HOME} places the embedded file.
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
