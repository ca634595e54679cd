package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.FailedPlugin;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A plugin that failed; {@code pluginId} when it got far enough to tell, else null. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record FailedPluginEntry(String source, String pluginId, String reason) {

    public static FailedPluginEntry of(FailedPlugin failure) {
        return new FailedPluginEntry(failure.source(), failure.pluginId().orElse(null), failure.reason());
    }
}
