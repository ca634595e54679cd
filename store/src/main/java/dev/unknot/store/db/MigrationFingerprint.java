package dev.unknot.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one kind of database's migrations are, in one string: a SHA-256 of the names and contents
 * of the files in {@code db/migration} and in the database's own folder ({@code db/h2},
 * {@code db/postgresql}). The build writes it next to them ({@code db/h2.fingerprint}, see
 * {@link #main}); a database keeps the one it was last migrated with (see {@link ConnectionPool}),
 * so that a short command tells with one query that its schema is current, without Flyway.
 */
public final class MigrationFingerprint {

    /** The databases with a folder of their own migrations. */
    static final List<String> VENDORS = List.of("h2", "postgresql");

    static final String COMMON_FOLDER = "db/migration";

    private MigrationFingerprint() {}

    /** The fingerprint that the build wrote for {@code vendor}; empty when it wrote none (a build that skipped it). */
    static Optional<String> ofThisBuild(String vendor) {
        try (InputStream written = MigrationFingerprint.class.getClassLoader().getResourceAsStream(fileOf(vendor))) {
            if (written == null) {
                return Optional.empty();
            }
            String fingerprint = new String(written.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return fingerprint.isEmpty() ? Optional.empty() : Optional.of(fingerprint);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The fingerprint of {@code vendor}'s migrations as they are under {@code resources}. */
    static String of(Path resources, String vendor) throws IOException {
        MessageDigest digest = sha256();
        for (String folder : List.of(COMMON_FOLDER, folderOf(vendor))) {
            for (Path file : filesIn(resources.resolve(folder))) {
                byte[] content = Files.readAllBytes(file);
                digest.update((folder + "/" + file.getFileName() + "\n" + content.length + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String folderOf(String vendor) {
        return "db/" + vendor;
    }

    static String fileOf(String vendor) {
        return "db/" + vendor + ".fingerprint";
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Run by the build on its output directory ({@code args[0]}, e.g. {@code store/target/classes}):
     * writes each database's fingerprint next to its migrations.
     */
    public static void main(String[] args) {
        Path classes = Path.of(args[0]);
        try {
            for (String vendor : VENDORS) {
                Files.writeString(
                        classes.resolve(fileOf(vendor)), of(classes, vendor) + "\n", StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the migrations' fingerprints under " + classes, e);
        }
    }
}
