package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.LoadedPlugin;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A plugin that loaded, and how many of each thing it provides. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record LoadedPluginEntry(
        String id, String name, String version, String author, String spiVersion, String source, Provides provides) {

    public static LoadedPluginEntry of(LoadedPlugin plugin) {
        return new LoadedPluginEntry(
                plugin.id(),
                plugin.descriptor().name(),
                plugin.descriptor().version(),
                plugin.descriptor().author(),
                plugin.descriptor().spiVersion().toString(),
                plugin.source(),
                new Provides(
                        plugin.pillars().size(),
                        plugin.techniques().size(),
                        plugin.routines().size(),
                        plugin.habitTemplates().size()));
    }

    /** How many of each thing a plugin provides. */
    @Serdeable
    public record Provides(int pillars, int techniques, int routines, int habitTemplates) {}
}
