package dev.unknot.app;

import dev.unknot.store.db.EarlyOpening;
import java.nio.file.Path;

/**
 * What a command-line process starts before its context: opening the embedded database file on a
 * second thread ({@link EarlyOpening}), so that front ends need not reach into the store.
 */
public final class EarlyStart implements AutoCloseable {

    private final EarlyOpening database;

    private EarlyStart(EarlyOpening database) {
        this.database = database;
    }

    /** Starts opening the embedded database under {@code home}, if it exists; nothing for {@code null}. */
    public static EarlyStart begin(Path home) {
        return new EarlyStart(EarlyOpening.begin(home));
    }

    /** Waits for the opening to end; the store's own connection keeps the database open. */
    @Override
    public void close() {
        database.close();
    }
}
