package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plugin that could not be loaded, and why.
 *
 * @param source the jar, directory or provider class it came from
 * @param pluginId the plugin's id, when it got far enough to tell
 * @param reason one line a person can act on
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record FailedPlugin(String source, Optional<String> pluginId, String reason) {

    public FailedPlugin {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(pluginId, "plugin id");
        java.util.Objects.requireNonNull(reason, "reason");
        reason = reason.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("unknown failure");
    }
}
