package dev.unknot.cli;

import dev.unknot.app.EarlyStart;
import dev.unknot.app.UnknotPaths;
import dev.unknot.client.ServerLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which command lines open the embedded database early, beside the context start (see
 * {@link EarlyStart}): the commands whose first act is to read the database, on the embedded
 * database of the home the store will use. Never for a command that needs no data, for
 * {@code --help} or {@code --version}, for PostgreSQL, or while the CLI talks to a server
 * ({@code unknot login} or {@code UNKNOT_SERVER}): then the local database must not be opened at all.
 */
final class DatabaseWarmUp {

    /** {@code today} is also what {@code unknot} alone runs. */
    private static final Set<String> HOT_COMMANDS = Set.of("checkin", "check-in", "today");

    private DatabaseWarmUp() {}

    /** The store's home, as the context will resolve it, when this command line should open its database early. */
    static Optional<Path> homeToOpen(String[] args, Map<String, String> environment) {
        if (!isHot(args)
                || present(environment.get("UNKNOT_DATABASE_URL"))
                // Settings from system properties win over the environment: leave those runs alone.
                || System.getProperty("unknot.home") != null
                || System.getProperty("unknot.database.url") != null) {
            return Optional.empty();
        }
        if (present(environment.get("UNKNOT_SERVER"))) {
            return Optional.empty();
        }
        UnknotPaths paths = UnknotPaths.resolve(
                Optional.ofNullable(environment.get("UNKNOT_HOME")),
                Optional.ofNullable(environment.get("UNKNOT_PLUGINS_DIR")),
                Path.of(System.getProperty("user.home")));
        if (Files.exists(paths.home().resolve(ServerLogin.FILE))) {
            return Optional.empty();
        }
        return Optional.of(paths.home());
    }

    static boolean isHot(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return HOT_COMMANDS.contains(arg);
            }
        }
        return true;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
