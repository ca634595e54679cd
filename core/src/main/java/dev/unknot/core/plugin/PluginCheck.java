package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link PluginRegistry#check} found in one plugin jar: the plugins in it that would load
 * beside the installed ones, and those that would fail, each with every one of its problems.
 *
 * @param source the jar, as an absolute path
 * @param passed the plugins in the jar that would load
 * @param failed the plugins in the jar that would not, or the jar itself when it holds no plugin
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PluginCheck(String source, List<LoadedPlugin> passed, List<FailedPlugin> failed) {

    public PluginCheck {
        Objects.requireNonNull(source, "source");
        passed = List.copyOf(passed);
        failed = List.copyOf(failed);
    }

    /** Whether the jar holds at least one plugin and every plugin in it would load. */
    public boolean passes() {
        return failed.isEmpty() && !passed.isEmpty();
    }
}
