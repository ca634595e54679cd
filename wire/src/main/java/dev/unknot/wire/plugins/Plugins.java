package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code unknot plugins --json}, {@code GET /api/v1/plugins}: the plugins that loaded, those that failed and why. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Plugins(String pluginDirectory, List<LoadedPluginEntry> plugins, List<FailedPluginEntry> failed) {

    public Plugins {
        plugins = List.copyOf(plugins);
        failed = List.copyOf(failed);
    }

    public static Plugins of(PluginRegistry registry, String pluginDirectory) {
        return of(registry.plugins(), registry.failures(), Map.of(), pluginDirectory);
    }

    /** The plugins, {@code degraded} naming each degraded one's id with its reason. */
    public static Plugins of(
            List<LoadedPlugin> loaded,
            List<FailedPlugin> failed,
            Map<String, String> degraded,
            String pluginDirectory) {
        return new Plugins(
                pluginDirectory,
                loaded.stream()
                        .map(plugin -> LoadedPluginEntry.of(plugin, Optional.ofNullable(degraded.get(plugin.id()))))
                        .toList(),
                failed.stream().map(FailedPluginEntry::of).toList());
    }
}
