package dev.unknot.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where Unknot keeps its data and finds extra plugins.
 *
 * @param home the data directory: {@code UNKNOT_HOME}, by default {@code ~/.unknot}
 * @param pluginsDir extra plugin jars: {@code UNKNOT_PLUGINS_DIR}, by default {@code <home>/plugins}
 */
public record UnknotPaths(Path home, Path pluginsDir) {

    public UnknotPaths {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(pluginsDir, "plugins dir");
    }

    /** Resolves the defaults for whichever settings are absent or blank. */
    public static UnknotPaths resolve(Optional<String> home, Optional<String> pluginsDir, Path userHome) {
        Path resolvedHome = home.filter(value -> !value.isBlank())
                .map(UnknotPaths::expandTilde)
                .orElse(userHome.resolve(".unknot"))
                .toAbsolutePath();
        Path resolvedPlugins = pluginsDir
                .filter(value -> !value.isBlank())
                .map(UnknotPaths::expandTilde)
                .orElse(resolvedHome.resolve("plugins"))
                .toAbsolutePath();
        return new UnknotPaths(resolvedHome, resolvedPlugins);
    }

    private static Path expandTilde(String value) {
        if (value.equals("~") || value.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + value.substring(1));
        }
        return Path.of(value);
    }
}
