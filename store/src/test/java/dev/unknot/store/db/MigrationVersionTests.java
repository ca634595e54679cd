package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationVersionTests {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void fastPathVersionIsTheNewestMigrationOfEachDatabase(String vendor) throws IOException {
        int newest = Math.max(newest("db/migration"), newest("db/" + vendor));
        assertThat(ConnectionPool.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void bothDatabasesHaveTheirOwnMigrationsUpToTheSameVersion() throws IOException {
        assertThat(newest("db/h2")).isEqualTo(newest("db/postgresql"));
    }

    private static int newest(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElse(0);
        }
    }
}
