package dev.unknot.app;

import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.store.db.DatabaseSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Beans every front end shares: the data paths, the database to open, and the plugins loaded from the classpath and plugin directory. */
@Factory
class AppFactory {

    /** {@code unknot.home} and {@code unknot.plugins-dir} also come from {@code UNKNOT_HOME} and {@code UNKNOT_PLUGINS_DIR}. */
    @Singleton
    UnknotPaths unknotPaths(
            @Property(name = "unknot.home") Optional<String> home,
            @Property(name = "unknot.plugins-dir") Optional<String> pluginsDir) {
        return UnknotPaths.resolve(home, pluginsDir, Path.of(System.getProperty("user.home")));
    }

    /**
     * The database: {@code unknot.database.url}, {@code .user}, {@code .password} and {@code .schema}
     * ({@code UNKNOT_DATABASE_URL}, ...) for PostgreSQL, else the embedded file under the home.
     */
    @Singleton
    DatabaseSettings databaseSettings(
            @Property(name = "unknot.database.url") Optional<String> url,
            @Property(name = "unknot.database.user") Optional<String> user,
            @Property(name = "unknot.database.password") Optional<String> password,
            @Property(name = "unknot.database.schema") Optional<String> schema,
            UnknotPaths paths) {
        return DatabaseSettings.resolve(url, user, password, schema, paths.home());
    }

    @Singleton
    PluginRegistry pluginRegistry(UnknotPaths paths) {
        return PluginRegistry.load(AppFactory.class.getClassLoader(), Optional.of(paths.pluginsDir()));
    }

    /** The application's time: "now", "today" and the default zone of a new person. Tests replace it. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    Library library(PluginRegistry registry) {
        return registry.library();
    }
}
