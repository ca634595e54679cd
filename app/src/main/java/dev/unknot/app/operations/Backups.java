package dev.unknot.app.operations;

import dev.unknot.store.db.DatabaseBackups;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Backups of the embedded database, for the front ends ({@code unknot backup}, {@code unknot
 * restore}, the web server's daily backup); the work is the store's {@link DatabaseBackups}.
 */
@Singleton
public class Backups {

    private final DatabaseBackups backups;

    Backups(DatabaseBackups backups) {
        this.backups = backups;
    }

    /** Whether the database is the embedded one, the only kind these backups are for. */
    public boolean embedded() {
        return backups.embedded();
    }

    /** Where backups go by default: {@code $UNKNOT_HOME/backups}. */
    public Path directory() {
        return backups.directory();
    }

    /** A new backup's file in {@link #directory()}, named for this moment. */
    public Path newName() {
        return backups.newName();
    }

    /** Writes a consistent backup to {@code target}; its size in bytes. */
    public long backup(Path target) {
        return backups.backup(target);
    }

    /** Today's backup, unless one is recent, keeping the newest {@code keep}. */
    public Path daily(int keep) {
        return backups.daily(keep);
    }

    /** Puts {@code backup} in place of the stopped home's database; the replaced one kept, if any. */
    public Optional<Path> restore(Path backup) {
        return backups.restore(backup);
    }
}
