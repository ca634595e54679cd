package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseWarmUpTests {

    @Test
    void checkInAndTodayAreHotEvenWithOptionsFirst() {
        assertThat(DatabaseWarmUp.isHot(new String[] {"checkin", "cat", "--before", "5"}))
                .isTrue();
        assertThat(DatabaseWarmUp.isHot(new String[] {"--verbose", "check-in", "cat"}))
                .isTrue();
        assertThat(DatabaseWarmUp.isHot(new String[] {"today", "--json"})).isTrue();
        assertThat(DatabaseWarmUp.isHot(new String[] {}))
                .as("unknot alone shows today")
                .isTrue();
        assertThat(DatabaseWarmUp.isHot(new String[] {"--json"})).isTrue();
    }

    @Test
    void commandsWithoutDataAndHelpAreNot() {
        assertThat(DatabaseWarmUp.isHot(new String[] {"pillars"})).isFalse();
        assertThat(DatabaseWarmUp.isHot(new String[] {"technique", "stretching/childs-pose"}))
                .isFalse();
        assertThat(DatabaseWarmUp.isHot(new String[] {"checkin", "--help"})).isFalse();
        assertThat(DatabaseWarmUp.isHot(new String[] {"--version"})).isFalse();
        assertThat(DatabaseWarmUp.isHot(new String[] {"stats"})).isFalse();
    }

    @Test
    void theHomeIsTheOneTheStoreWillUse() {
        assertThat(DatabaseWarmUp.homeToOpen(new String[] {"checkin", "cat"}, Map.of("UNKNOT_HOME", "/data/unknot")))
                .hasValue(Path.of("/data/unknot"));
        assertThat(DatabaseWarmUp.homeToOpen(new String[] {"checkin", "cat"}, Map.of()))
                .hasValue(Path.of(System.getProperty("user.home"), ".unknot"));
    }

    @Test
    void postgresqlIsNeverWarmed() {
        assertThat(DatabaseWarmUp.homeToOpen(
                        new String[] {"checkin", "cat"},
                        Map.of("UNKNOT_HOME", "/data/unknot", "UNKNOT_DATABASE_URL", "jdbc:postgresql://db/unknot")))
                .isEmpty();
    }

    @Test
    void aServerRunNeverOpensTheLocalDatabase(@TempDir Path home) throws IOException {
        assertThat(DatabaseWarmUp.homeToOpen(
                        new String[] {"checkin", "cat"},
                        Map.of(
                                "UNKNOT_HOME",
                                home.toString(),
                                "UNKNOT_SERVER",
                                "https://unknot.example",
                                "UNKNOT_TOKEN",
                                "t")))
                .isEmpty();
        Files.writeString(home.resolve("server.json"), "{}");
        assertThat(DatabaseWarmUp.homeToOpen(new String[] {"checkin", "cat"}, Map.of("UNKNOT_HOME", home.toString())))
                .as("logged in with unknot login")
                .isEmpty();
    }
}
