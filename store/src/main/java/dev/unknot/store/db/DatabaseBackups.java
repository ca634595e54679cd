package dev.unknot.store.db;

import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.UnavailableException;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Backups of the embedded database: taken with H2's own {@code BACKUP TO} on a connection, so
 * consistent while the web server and commands keep writing (the file is never copied), and
 * restored into a home whose database no process has open. PostgreSQL has pg_dump for this.
 */
@Singleton
public class DatabaseBackups {

    /** Where the web server keeps its daily backups: {@code backups} in the home. */
    public static final String DIRECTORY = "backups";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The names the daily backups get, and the only files pruning ever removes. */
    private static final Pattern DAILY = Pattern.compile("unknot-\\d{8}-\\d{6}\\.zip");

    private final DatabaseSettings settings;
    private final BeanProvider<ConnectionPool> pool;
    private final Clock clock;

    /** The pool is opened only by a backup: a restore must find the database closed. */
    DatabaseBackups(DatabaseSettings settings, BeanProvider<ConnectionPool> pool) {
        this.settings = settings;
        this.pool = pool;
        this.clock = Clock.systemUTC();
    }

    /** Whether the database is the embedded file, which these backups are for. */
    public boolean embedded() {
        return file().isPresent();
    }

    /** The directory of the daily backups, beside the database file. */
    public Path directory() {
        return databaseFile().resolveSibling(DIRECTORY);
    }

    /** A new file name for a backup taken now, e.g. {@code unknot-20261206-031500.zip}. */
    public Path newName() {
        return directory().resolve("unknot-" + STAMP.format(clock.instant()) + ".zip");
    }

    /**
     * Writes a backup of the embedded database to {@code target} (a zip), which must not exist yet.
     * It is written under a temporary name first, so that a backup that fails leaves nothing behind.
     *
     * @return the size of the backup in bytes
     * @throws InvalidInputException when {@code target} exists or its directory cannot be made
     */
    public long backup(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new InvalidInputException("file", absolute + " exists already; choose a new file");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot write to " + absolute.getParent() + ": " + e.getMessage());
        }
        // The process that has the database open writes the file (for a guest, over H2's server),
        // so the path is absolute; it runs on this machine.
        try (Connection connection = pool.get().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new UnavailableException("the backup failed: " + firstLine(e), e);
        }
        try {
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the backup to " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * A backup into {@link #directory()}, then the oldest backups there removed so that {@code keep}
     * remain (only files named as these backups are, so an operator's own files stay).
     *
     * @return the new backup
     */
    public Path daily(int keep) {
        Path target = newName();
        backup(target);
        prune(keep);
        return target;
    }

    /** Removes the oldest daily backups so that at most {@code keep} remain. */
    void prune(int keep) {
        List<Path> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory())) {
            for (Path file : files) {
                if (DAILY.matcher(file.getFileName().toString()).matches()) {
                    backups.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory() + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Path::getFileName).reversed());
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            deleteQuietly(old);
        }
    }

    /**
     * Replaces the embedded database with the one in {@code backup}, while no process has it open.
     * The database it replaces is kept beside it, as {@code unknot.mv.db.before-restore-STAMP}.
     *
     * @return where the replaced database was kept, if there was one
     * @throws InvalidInputException when {@code backup} is not a backup of an Unknot database
     * @throws UnavailableException when a process has the database open
     */
    public Optional<Path> restore(Path backup) {
        Path zip = backup.toAbsolutePath().normalize();
        Path file = databaseFile();
        String dataFile = file.getFileName() + ".mv.db";
        requireBackup(zip, dataFile);
        return EmbeddedDatabase.whileClosed(file, () -> {
            Path current = file.resolveSibling(dataFile);
            Optional<Path> kept = Optional.empty();
            if (Files.exists(current)) {
                Path aside = current.resolveSibling(dataFile + ".before-restore-" + STAMP.format(clock.instant()));
                Files.move(current, aside);
                kept = Optional.of(aside);
            }
            Restore.execute(
                    zip.toString(),
                    file.getParent().toString(),
                    file.getFileName().toString());
            return kept;
        });
    }

    private static void requireBackup(Path zip, String dataFile) {
        if (!Files.isRegularFile(zip)) {
            throw new InvalidInputException("file", "no such file: " + zip);
        }
        try (ZipFile opened = new ZipFile(zip.toFile())) {
            if (opened.getEntry(dataFile) == null) {
                throw new InvalidInputException(
                        "file", zip + " is not a backup of an Unknot database (it has no " + dataFile + ")");
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", zip + " is not a backup (not a zip file)");
        }
    }

    private Optional<Path> file() {
        return EmbeddedDatabase.fileOf(settings.url());
    }

    private Path databaseFile() {
        return file().orElseThrow(() -> new IllegalStateException("not an embedded database: " + settings.describe()));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind; named so that it is plainly not a backup.
        }
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
