package dev.unknot.app.plugin;

import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugins Unknot runs and how they are doing.
 *
 * @param pluginsDir where extra plugin jars are read from
 * @param loaded the plugins that loaded, degraded ones included
 * @param failed the plugins that could not be loaded, each with every problem
 * @param degraded the id and reason of each loaded plugin whose code failed while it ran
 */
public record PluginOverview(
        Path pluginsDir, List<LoadedPlugin> loaded, List<FailedPlugin> failed, Map<String, String> degraded) {

    public PluginOverview {
        Objects.requireNonNull(pluginsDir, "plugins dir");
        loaded = List.copyOf(loaded);
        failed = List.copyOf(failed);
        degraded = Map.copyOf(degraded);
    }

    /** Why the loaded plugin {@code id} is degraded; empty while it works. */
    public Optional<String> degraded(String id) {
        return Optional.ofNullable(degraded.get(id));
    }
}
