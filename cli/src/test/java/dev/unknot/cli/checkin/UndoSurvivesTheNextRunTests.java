package dev.unknot.cli.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run one after another on one home, each closing the embedded database, must each see
 * the last one's writes. H2 2.3's compaction on close could fail (with Java assertions on, as in
 * the tests) and leave the file as it was before the last command's writes: an undone check-in came
 * back. It showed from the second round on, once the JVM was warm and the commands quick, so the
 * sequence is repeated.
 */
class UndoSurvivesTheNextRunTests {

    @TempDir
    Path temporary;

    @Test
    void anUndoneCheckInStaysUndoneInTheNextCommand() throws Exception {
        for (int round = 0; round < 5; round++) {
            Shell shell = Shell.withHome(Files.createDirectory(temporary.resolve("home-" + round)));
            assertThat(shell.unknot("settings", "--time-zone", "UTC").exitCode())
                    .isZero();
            assertThat(shell.unknot("habit", "add", "stretching/cat-cow").exitCode())
                    .isZero();
            assertThat(shell.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                            .exitCode())
                    .isZero();
            assertThat(shell.unknot("checkin", "cat", "--client-id", "retry-1", "--json")
                            .exitCode())
                    .isZero();
            assertThat(shell.unknot("checkin", "cat", "--client-id", "retry-1", "--json")
                            .exitCode())
                    .isZero();

            assertThat(shell.unknot("checkin", "--undo").out())
                    .as("round %d", round)
                    .startsWith("Removed: Cat-cow");
            assertThat(shell.unknot("checkin", "--undo").out())
                    .as("round %d", round)
                    .isEqualTo("Nothing to undo: there are no check-ins.\n");
        }
    }
}
