package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationFingerprintTests {

    private static final Path SOURCES = Path.of("src/main/resources");

    @TempDir
    Path copy;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theBuildWritesTheFingerprintOfTheMigrationsItShips(String vendor) throws IOException {
        assertThat(MigrationFingerprint.ofThisBuild(vendor)).hasValue(MigrationFingerprint.of(SOURCES, vendor));
    }

    @Test
    void everyDatabaseHasItsOwn() throws IOException {
        assertThat(MigrationFingerprint.of(SOURCES, "h2")).isNotEqualTo(MigrationFingerprint.of(SOURCES, "postgresql"));
    }

    @Test
    void aChangedOrAddedCommonMigrationChangesIt() throws IOException {
        copyMigrations();
        String before = MigrationFingerprint.of(copy, "h2");

        Path first = copy.resolve("db/migration/V1__create_schema.sql");
        Files.writeString(first, Files.readString(first) + "\n-- a comment\n");
        String changed = MigrationFingerprint.of(copy, "h2");
        Files.writeString(copy.resolve("db/migration/V99__new.sql"), "SELECT 1;");

        assertThat(changed).isNotEqualTo(before);
        assertThat(MigrationFingerprint.of(copy, "h2")).isNotEqualTo(changed);
    }

    @Test
    void onlyTheDatabasesOwnFolderCounts() throws IOException {
        copyMigrations();
        String h2 = MigrationFingerprint.of(copy, "h2");

        Files.writeString(copy.resolve("db/postgresql/V99__new.sql"), "SELECT 1;");

        assertThat(MigrationFingerprint.of(copy, "h2")).isEqualTo(h2);
    }

    private void copyMigrations() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(SOURCES.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
