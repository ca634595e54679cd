package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTests {

    private final Path paths = Path.of("/data/unknot");

    @Test
    void withoutAUrlTheStoreOpensTheSharedH2FileUnderTheHome() {
        DatabaseSettings settings =
                DatabaseSettings.resolve(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), paths);

        assertThat(settings.url())
                .isEqualTo("jdbc:h2:file:/data/unknot/unknot;AUTO_SERVER=TRUE;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;MAX_COMPACT_TIME=0");
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.user()).isEmpty();
    }

    @Test
    void blankSettingsCountAsAbsent() {
        DatabaseSettings settings =
                DatabaseSettings.resolve(Optional.of("  "), Optional.of(""), Optional.empty(), Optional.of(" "), paths);

        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.user()).isEmpty();
        assertThat(settings.schema()).isEmpty();
    }

    @Test
    void urlSelectsPostgresqlAndThePasswordNeverShows() {
        DatabaseSettings settings = DatabaseSettings.resolve(
                Optional.of("jdbc:postgresql://db.internal/unknot"),
                Optional.of("unknot"),
                Optional.of("s3cret"),
                Optional.empty(),
                paths);

        assertThat(settings.isEmbedded()).isFalse();
        assertThat(settings.describe()).isEqualTo("jdbc:postgresql://db.internal/unknot as unknot");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(settings.password()).contains("s3cret");
    }

    @Test
    void urlOfAnotherDatabaseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> DatabaseSettings.resolve(
                        Optional.of("jdbc:mysql://db/unknot"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        paths))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UNKNOT_DATABASE_URL must be a PostgreSQL or H2 JDBC URL (jdbc:postgresql://host/db), "
                        + "was jdbc:mysql://db/unknot");
    }
}
