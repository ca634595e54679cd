package dev.unknot.cli.plugins;

import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON document of {@code unknot plugins --json}, documented in {@code cli/JSON.md}. */
final class PluginsJson {

    private PluginsJson() {}

    @Serdeable
    record Plugins(String pluginDirectory, List<Loaded> plugins, List<Failed> failed) {

        static Plugins of(PluginRegistry registry, String pluginDirectory) {
            return new Plugins(pluginDirectory,
                    registry.plugins().stream().map(Loaded::of).toList(),
                    registry.failures().stream().map(Failed::of).toList());
        }
    }

    @Serdeable
    record Loaded(String id, String name, String version, String author, String spiVersion, String source,
            Provides provides) {

        static Loaded of(LoadedPlugin plugin) {
            return new Loaded(plugin.id(), plugin.descriptor().name(), plugin.descriptor().version(),
                    plugin.descriptor().author(), plugin.descriptor().spiVersion().toString(), plugin.source(),
                    new Provides(plugin.pillars().size(), plugin.techniques().size(), plugin.routines().size(),
                            plugin.habitTemplates().size()));
        }
    }

    /** How many of each thing a plugin provides. */
    @Serdeable
    record Provides(int pillars, int techniques, int routines, int habitTemplates) {}

    /** @param pluginId the plugin's id when it got far enough to tell, else {@code null} */
    @Serdeable
    record Failed(String source, String pluginId, String reason) {

        static Failed of(FailedPlugin failure) {
            return new Failed(failure.source(), failure.pluginId().orElse(null), failure.reason());
        }
    }
}
