package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupsTests {

    @TempDir
    Path home;

    private DatabaseBackups backups() {
        DatabaseSettings settings =
                DatabaseSettings.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), home);
        return new DatabaseBackups(settings, null);
    }

    @Test
    void theDailyBackupsLiveInTheHomeAndAreNamedByTheirTime() {
        DatabaseBackups backups = backups();

        assertThat(backups.embedded()).isTrue();
        assertThat(backups.directory()).isEqualTo(home.toAbsolutePath().resolve("backups"));
        assertThat(backups.newName().getFileName().toString()).matches("unknot-\\d{8}-\\d{6}\\.zip");
    }

    @Test
    void pruningKeepsTheNewestAndLeavesOtherFilesAlone() throws Exception {
        DatabaseBackups backups = backups();
        Path directory = Files.createDirectories(backups.directory());
        for (String name : new String[] {
            "unknot-20261201-030000.zip",
            "unknot-20261202-030000.zip",
            "unknot-20261203-030000.zip",
            "unknot-20261204-030000.zip",
            "mine.zip",
            "unknot-before-upgrade.zip"
        }) {
            Files.writeString(directory.resolve(name), "x");
        }

        backups.prune(2);

        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "unknot-20261203-030000.zip",
                            "unknot-20261204-030000.zip",
                            "mine.zip",
                            "unknot-before-upgrade.zip");
        }
    }

    @Test
    void onPostgresThereIsNothingToBackUpHere() {
        DatabaseSettings settings = DatabaseSettings.resolve(
                Optional.of("jdbc:postgresql://127.0.0.1/unknot"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                home);

        assertThat(new DatabaseBackups(settings, null).embedded()).isFalse();
    }
}
