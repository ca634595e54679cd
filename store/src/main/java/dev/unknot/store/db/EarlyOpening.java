package dev.unknot.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the embedded database file on a second thread, for a front end that knows early that its
 * command will need it (the CLI's check-in) and has a context to start meanwhile. Opening an H2 file
 * is a good part of a short command (the engine, the file lock, the port that lets other processes
 * in); beside the context start it is off the critical path, and the store's own connection then
 * finds the database open in this process (its {@link EmbeddedDatabase}) and only starts a session.
 *
 * <p>It changes nothing else: the store still opens, checks and migrates the database as always,
 * and reports any failure (this thread swallows its own). Only an existing file under the home is
 * opened, with exactly the store's URL; a new home is left to the store, which creates and migrates it.
 */
public final class EarlyOpening implements AutoCloseable {

    private static final EarlyOpening NONE = new EarlyOpening(null);

    private final Thread opener;
    private volatile EmbeddedDatabase database;

    private EarlyOpening(DatabaseSettings settings) {
        if (settings == null) {
            opener = null;
            return;
        }
        opener = new Thread(
                () -> {
                    try {
                        database = EmbeddedDatabase.lease(settings);
                    } catch (RuntimeException e) {
                        // The store opens the database itself and reports what went wrong.
                    }
                },
                "unknot-early-opening");
        opener.setDaemon(true);
        opener.start();
    }

    /** Starts opening the embedded database under {@code home}, if it exists; nothing for {@code null}. */
    public static EarlyOpening begin(Path home) {
        return home == null ? NONE : embedded(home).map(EarlyOpening::new).orElse(NONE);
    }

    /** The store's URL of the embedded database under {@code home}, when its file exists. */
    static Optional<String> embeddedUrl(Path home) {
        return embedded(home).map(DatabaseSettings::url);
    }

    private static Optional<DatabaseSettings> embedded(Path home) {
        if (!Files.isRegularFile(home.resolve("unknot.mv.db"))) {
            return Optional.empty();
        }
        // Exactly the settings the store opens (see ConnectionPool): its connections join this open database.
        return Optional.of(
                DatabaseSettings.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), home));
    }

    /** Whether a database is being opened (false when there was none to open). */
    public boolean started() {
        return opener != null;
    }

    /** Waits for the opening to end and ends its use of the database; the store's own keeps it open. */
    @Override
    public void close() {
        if (opener == null) {
            return;
        }
        try {
            opener.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        EmbeddedDatabase opened = database;
        if (opened != null) {
            opened.release();
        }
    }
}
