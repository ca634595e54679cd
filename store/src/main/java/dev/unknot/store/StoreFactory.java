package dev.unknot.store;

import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.PluginRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Beans every front end shares: the data paths and the plugins loaded from the classpath and plugin directory. */
@Factory
class StoreFactory {

    /** {@code unknot.home} and {@code unknot.plugins-dir} also come from {@code UNKNOT_HOME} and {@code UNKNOT_PLUGINS_DIR}. */
    @Singleton
    UnknotPaths unknotPaths(
            @Property(name = "unknot.home") Optional<String> home,
            @Property(name = "unknot.plugins-dir") Optional<String> pluginsDir) {
        return UnknotPaths.resolve(home, pluginsDir, Path.of(System.getProperty("user.home")));
    }

    @Singleton
    PluginRegistry pluginRegistry(UnknotPaths paths) {
        return EarlyPlugins.take(paths).orElseGet(() -> load(paths));
    }

    static PluginRegistry load(UnknotPaths paths) {
        return PluginRegistry.load(StoreFactory.class.getClassLoader(), Optional.of(paths.pluginsDir()));
    }

    /** The store's time: "now", "today" and the default zone of a new person. Tests replace it. */
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Singleton
    Library library(PluginRegistry registry) {
        return registry.library();
    }
}
