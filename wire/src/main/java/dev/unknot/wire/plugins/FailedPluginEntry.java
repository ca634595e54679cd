package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.FailedPlugin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A plugin that failed; {@code pluginId} when it got far enough to tell, else null. {@code problems}
 * lists every problem, and {@code reason} is all of them on one line.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record FailedPluginEntry(
        String source,

        @Schema(description = "null when the plugin could not say") @Nullable
        String pluginId,

        String reason,
        List<String> problems) {

    public FailedPluginEntry {
        problems = List.copyOf(problems);
    }

    public static FailedPluginEntry of(FailedPlugin failure) {
        return new FailedPluginEntry(
                failure.source(), failure.pluginId().orElse(null), failure.reason(), failure.problems());
    }
}
