package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyPluginsTests {

    @TempDir
    Path home;

    private UnknotPaths paths(String pluginsDir) {
        return UnknotPaths.resolve(
                Optional.of(home.toString()),
                Optional.of(home.resolve(pluginsDir).toString()),
                home);
    }

    @Test
    void theRegistryLoadedEarlyIsTakenOnceForTheSamePluginsDirectory() {
        UnknotPaths paths = paths("plugins");
        try (EarlyPlugins early = EarlyPlugins.begin(paths)) {
            Optional<PluginRegistry> taken = EarlyPlugins.take(paths);

            assertThat(taken).isPresent();
            assertThat(taken.get().plugins())
                    .as("the class path's plugins")
                    .hasSameSizeAs(AppFactory.load(paths).plugins());
            assertThat(EarlyPlugins.take(paths)).as("taken already").isEmpty();
        }
    }

    @Test
    void anotherPluginsDirectoryLoadsItsOwn() {
        try (EarlyPlugins early = EarlyPlugins.begin(paths("plugins"))) {
            assertThat(EarlyPlugins.take(paths("other-plugins"))).isEmpty();
        }
    }

    @Test
    void aRegistryNobodyTookIsWithdrawnWhenItsCommandEnds() {
        UnknotPaths paths = paths("plugins");
        try (EarlyPlugins early = EarlyPlugins.begin(paths)) {
            // The command ended without needing the plugins.
        }

        assertThat(EarlyPlugins.take(paths)).as("a later command loads its own").isEmpty();
    }

    @Test
    void withoutPathsNothingIsLoaded() {
        try (EarlyPlugins none = EarlyPlugins.begin(null)) {
            assertThat(EarlyPlugins.take(paths("plugins"))).isEmpty();
        }
    }
}
