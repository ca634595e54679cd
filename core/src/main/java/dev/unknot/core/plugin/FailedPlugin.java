package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plugin that could not be loaded, and every reason why.
 *
 * @param source the jar, directory or provider class it came from
 * @param pluginId the plugin's id, when it got far enough to tell
 * @param problems each a line a person can act on; at least one, and all of them, so that an
 *     author fixes a plugin in one round rather than one problem per try
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record FailedPlugin(String source, Optional<String> pluginId, List<String> problems) {

    public FailedPlugin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pluginId, "plugin id");
        problems = Objects.requireNonNull(problems, "problems").stream()
                .map(FailedPlugin::firstLine)
                .toList();
        if (problems.isEmpty()) {
            problems = List.of("unknown failure");
        }
    }

    /** A plugin that failed for one reason, of which only the first line is kept. */
    public FailedPlugin(String source, Optional<String> pluginId, String reason) {
        this(source, pluginId, List.of(Objects.requireNonNull(reason, "reason")));
    }

    /** Every problem on one line, separated by {@code "; "}. */
    public String reason() {
        return String.join("; ", problems);
    }

    private static String firstLine(String text) {
        return Objects.requireNonNull(text, "problem")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("unknown failure");
    }
}
