package dev.unknot.wire.plugins;

import dev.unknot.core.plugin.PluginCheck;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code unknot plugin check --json} and {@code unknot plugin install --json}: whether a plugin jar
 * would load beside the installed plugins; {@code failed} lists every problem of every plugin in
 * it. {@code installedAs} is the jar in the plugin directory after an install, else null.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record CheckedJar(
        String source,
        boolean passes,
        List<LoadedPluginEntry> plugins,
        List<FailedPluginEntry> failed,
        String installedAs) {

    public CheckedJar {
        plugins = List.copyOf(plugins);
        failed = List.copyOf(failed);
    }

    public static CheckedJar of(PluginCheck check, String installedAs) {
        return new CheckedJar(
                check.source(),
                check.passes(),
                check.passed().stream().map(LoadedPluginEntry::of).toList(),
                check.failed().stream().map(FailedPluginEntry::of).toList(),
                installedAs);
    }
}
