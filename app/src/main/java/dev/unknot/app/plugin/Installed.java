package dev.unknot.app.plugin;

import dev.unknot.core.plugin.PluginCheck;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What installing a plugin jar did.
 *
 * @param check what checking the jar found
 * @param installedAs the jar in the plugin directory; empty when the check failed and nothing was
 *     copied
 */
public record Installed(PluginCheck check, Optional<Path> installedAs) {

    public Installed {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(installedAs, "installed as");
    }
}
