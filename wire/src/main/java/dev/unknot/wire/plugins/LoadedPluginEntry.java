package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.LoadedPlugin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plugin that loaded, and how many of each thing it provides. {@code health} is
 * {@value #OK}, or {@value #DEGRADED} when its code failed while Unknot ran, with the failure as
 * {@code reason} (null while it is ok).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record LoadedPluginEntry(
        String id,
        String name,
        String version,
        String author,
        String spiVersion,
        String source,
        Provides provides,

        @Schema(
                required = true,
                allowableValues = {LoadedPluginEntry.OK, LoadedPluginEntry.DEGRADED})
        String health,

        @Schema(description = "why it is degraded; null when ok") @Nullable
        String reason) {

    public static final String OK = "ok";
    public static final String DEGRADED = "degraded";

    /** A plugin that is ok. */
    public static LoadedPluginEntry of(LoadedPlugin plugin) {
        return of(plugin, Optional.empty());
    }

    /** A plugin, degraded for {@code degraded} when that is present. */
    public static LoadedPluginEntry of(LoadedPlugin plugin, Optional<String> degraded) {
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
                        plugin.habitTemplates().size()),
                degraded.isPresent() ? DEGRADED : OK,
                degraded.orElse(null));
    }

    public boolean degraded() {
        return DEGRADED.equals(health);
    }

    /** How many of each thing a plugin provides. */
    @Serdeable
    public record Provides(int pillars, int techniques, int routines, int habitTemplates) {}
}
