package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.PluginRegistry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
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
        return new Plugins(
                pluginDirectory,
                registry.plugins().stream().map(LoadedPluginEntry::of).toList(),
                registry.failures().stream().map(FailedPluginEntry::of).toList());
    }
}
