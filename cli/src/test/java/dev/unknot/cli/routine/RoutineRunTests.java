package dev.unknot.cli.routine;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutineRunTests {

    private static final String ROUTINE = "stretching/four-stretch-release";

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void shell() {
        shell = Shell.withHome(home);
    }

    @Test
    void guidesThroughEveryStepAndPhase() {
        long started = System.nanoTime();
        Shell.Result result = shell.unknot("routine", "run", ROUTINE, "--pace", "2000");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("180 s at pace 2000")
                .isLessThan(10_000);
        assertThat(result.outLines())
                .containsSubsequence(
                        "Four-stretch release: 4 steps, 3 min.",
                        "",
                        "1/4 Cat-cow  hold 20–30 s",
                        "  Start on hands and knees, hands under shoulders, knees under hips.",
                        "  Hold: 30 s",
                        "3/4 Knee-to-chest stretch  hold 20–30 s",
                        "  Hold (left side): 30 s",
                        "  Hold (right side): 30 s",
                        "Done: 4 steps, 3 min.");
    }

    @Test
    void onATerminalEachPhaseHasALiveProgressBar() {
        Shell.Result result = shell.unknotOnTerminal("routine", "run", ROUTINE, "--pace", "5000");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("\r  Hold (left side)  [░░░░░░░░░░░░░░░░░░░░░░░░]  30 s")
                .contains("\r  Hold (left side)  [████████████████████████]  done");
    }

    @Test
    void checksInTheHabitThatFollowsTheRoutine() {
        shell.unknot("habit", "add", ROUTINE);

        Shell.Result result = shell.unknot(
                "routine",
                "run",
                ROUTINE,
                "--pace",
                "5000",
                "--before",
                "6",
                "--after",
                "2",
                "--pain-before",
                "5",
                "--pain-after",
                "3");

        assertThat(result.outLines()).contains("Checked in: Four-stretch release | streak 1 day");
        JsonNode json = shell.unknot("routine", "run", ROUTINE, "--pace", "5000", "--checkin", "--json")
                .json();
        assertThat(fieldNames(json)).containsExactly("routine", "steps", "skipped", "seconds", "checkIn");
        assertThat(json.get("seconds").getLongValue()).isEqualTo(180);
        assertThat(json.get("checkIn").get("durationSeconds").getLongValue()).isEqualTo(180);
        JsonNode tightness =
                shell.unknot("stats", "--json").json().get("tightness").get(0);
        assertThat(tightness.get("before").getDoubleValue()).isEqualTo(6.0);
        assertThat(tightness.get("after").getDoubleValue()).isEqualTo(2.0);
        JsonNode pain = shell.unknot("stats", "--json").json().get("pain").get(0);
        assertThat(pain.get("before").getDoubleValue()).isEqualTo(5.0);
        assertThat(pain.get("after").getDoubleValue()).isEqualTo(3.0);
        JsonNode painOnly = shell.unknot("routine", "run", ROUTINE, "--pace", "5000", "--pain-after", "1", "--json")
                .json();
        assertThat(painOnly.get("checkIn").get("painAfter").getIntValue())
                .as("a pain rating alone checks in too")
                .isEqualTo(1);
    }

    @Test
    void errorsExitTwo() {
        assertThat(shell.unknot("routine", "run", "stretching/nope").err())
                .isEqualTo("unknot: no routine 'stretching/nope'; run 'unknot routines' to list them\n");
        assertThat(shell.unknot("routine", "run", ROUTINE, "--pace", "0").exitCode())
                .isEqualTo(2);
        assertThat(shell.unknot("routine", "run", ROUTINE, "--checkin").err())
                .isEqualTo(
                        "unknot: no habit follows "
                                + "routine stretching/four-stretch-release; add one with 'unknot habit add stretching/four-stretch-release'\n");
        assertThat(shell.unknot("routine", "run", ROUTINE, "--after", "12").exitCode())
                .isEqualTo(2);
        Shell.Result pain = shell.unknot("routine", "run", ROUTINE, "--pain-before", "11");
        assertThat(pain.exitCode()).isEqualTo(2);
        assertThat(pain.err())
                .isEqualTo("unknot: --pain-before must be between 0 and 10, was 11; "
                        + "rate pain from 0 (none) to 10 (the worst imaginable)\n");
        assertThat(shell.unknot("routine").exitCode()).isEqualTo(2);
    }
}
