package dev.unknot.store.db;

import dev.unknot.wire.error.UnavailableException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The directory of the embedded database, readable by its owner alone: it holds the data, password
 * hashes included, and H2's lock file, whose key lets any process that reads it into the database.
 *
 * <p>On a file system with POSIX permissions a new directory is created {@code rwx------} and the
 * database file {@code rw-------}, so neither is ever open to others, not even for an instant; an
 * existing directory, and the files directly in it, lose any permission for the group and others
 * when the database is opened. The one file H2 insists on creating itself, its lock file, is created
 * inside the private directory and tightened as soon as the database is open. Elsewhere (Windows)
 * nothing is changed: a user's profile directory is private there already.
 */
final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private final Path directory;

    private DataDirectory(Path directory) {
        this.directory = directory;
    }

    /** Creates {@code directory} private when it is missing, else takes every permission of others away. */
    static DataDirectory prepare(Path directory) {
        DataDirectory data = new DataDirectory(directory.toAbsolutePath());
        if (Files.isDirectory(data.directory)) {
            try {
                data.makePrivate();
            } catch (IOException e) {
                throw new UnavailableException(
                        "cannot make the data directory " + data.directory + " private to its owner: " + e, e);
            }
            return data;
        }
        try {
            if (posix(data.directory)) {
                Files.createDirectories(data.directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectories(data.directory);
            }
        } catch (IOException e) {
            throw new UnavailableException("cannot create the data directory " + data.directory + ": " + e, e);
        }
        return data;
    }

    /** Creates {@code file} in this directory, empty and private, unless it exists. */
    void createPrivateFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (posix(directory)) {
                Files.createFile(file, privateFile());
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // Another process was first: it made the file the same way.
        }
    }

    /** The attribute that makes a new file private, where the file system has POSIX permissions. */
    FileAttribute<?>[] privateFileAttributes() {
        return posix(directory) ? new FileAttribute<?>[] {privateFile()} : new FileAttribute<?>[0];
    }

    /** Takes the permissions of others away from the directory and the files directly in it. */
    void makePrivate() throws IOException {
        if (!posix(directory)) {
            return;
        }
        restrict(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    restrict(file);
                }
            }
        }
    }

    private static void restrict(Path path) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            // Gone meanwhile (a lock file another process deleted): nothing to restrict.
            return;
        }
        if (permissions.stream().noneMatch(OTHERS::contains)) {
            return;
        }
        Set<PosixFilePermission> ownerOnly = EnumSet.copyOf(permissions);
        ownerOnly.removeAll(OTHERS);
        try {
            Files.setPosixFilePermissions(path, ownerOnly);
        } catch (NoSuchFileException e) {
            return;
        }
        // H2 writes its lock file afresh on every opening, as the umask says: that is no news.
        LOG.atLevel(path.getFileName().toString().endsWith(".lock.db") ? Level.DEBUG : Level.INFO)
                .log("Made {} private to its owner (it was {})", path, PosixFilePermissions.toString(permissions));
    }

    private static FileAttribute<Set<PosixFilePermission>> privateFile() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
