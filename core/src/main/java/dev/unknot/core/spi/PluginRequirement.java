package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Another plugin this one needs, and the versions of it that will do: a routine built from its
 * techniques, say. The registry loads a plugin after those it requires, and refuses it, saying
 * why, when one is missing, failed, or is of a version outside the range.
 *
 * <p>A requirement shares content, not classes: each plugin jar still has a class loader of its
 * own, so a library a plugin uses must be inside its jar (see the plugin guide on shading).
 *
 * @param pluginId the required plugin's id
 * @param versions the versions of it this plugin works with
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PluginRequirement(String pluginId, VersionRange versions) {

    public PluginRequirement {
        Objects.requireNonNull(pluginId, "required plugin id");
        Objects.requireNonNull(versions, "required versions");
    }

    /** A requirement from an id and a range in Maven's notation ({@code [1.0,2.0)}, {@code 1.2}). */
    public static PluginRequirement of(String pluginId, String versions) {
        return new PluginRequirement(pluginId, VersionRange.parse(versions));
    }

    @Override
    public String toString() {
        return versions.equals(VersionRange.ANY) ? pluginId : pluginId + " " + versions;
    }
}
