package dev.unknot.cli.own;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's own techniques and routines from the terminal, exported to another home and imported there. */
class ExerciseCommandTests {

    @TempDir
    Path home;

    @TempDir
    Path otherHome;

    @TempDir
    Path files;

    private Shell shell;

    @BeforeEach
    void setUp() {
        shell = Shell.withHome(home).with("COLUMNS", "250");
    }

    private Shell.Result addWallSlide() {
        return shell.unknot(
                "exercise",
                "add",
                "Wall",
                "slide",
                "--step",
                "Stand with your back to a wall.",
                "--step",
                "Slide your arms up and down.",
                "--dose",
                "reps 10 x2",
                "--area",
                "upper-back,shoulders",
                "--caution",
                "Stop if your shoulder pinches.");
    }

    @Test
    void anOwnTechniqueAndRoutineAreMadeListedUsedInAHabitAndKeptWhileUsed() {
        Shell.Result added = addWallSlide();
        Shell.Result routine = shell.unknot(
                "exercise",
                "routine",
                "Evening",
                "--step",
                "my/wall-slide",
                "--step",
                "stretching/childs-pose=hold 20-30");
        Shell.Result habit = shell.unknot("habit", "add", "my/evening");
        Shell.Result list = shell.unknot("exercise", "list");
        Shell.Result json = shell.unknot("exercise", "list", "--json");
        Shell.Result shown = shell.unknot("technique", "my/wall-slide");
        Shell.Result removed = shell.unknot("exercise", "remove", "my/evening");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added Wall slide (my/wall-slide): 10 reps × 2 sets.");
        assertThat(routine.exitCode()).as(routine.err()).isZero();
        assertThat(routine.out()).contains("Added Evening (my/evening), 2 steps.");
        assertThat(habit.exitCode()).as(habit.err()).isZero();
        assertThat(list.out()).contains("my/wall-slide", "Wall slide", "my/evening", "Wall slide, Child's pose");
        assertThat(json.json().get("techniques").get(0).get("id").getStringValue())
                .isEqualTo("my/wall-slide");
        assertThat(shown.out()).contains("Stop if your shoulder pinches.");
        assertThat(removed.exitCode()).isEqualTo(2);
        assertThat(removed.err()).contains("'Evening' is what your habit 'Evening' does; archive that habit first");
    }

    @Test
    void aBadFieldExitsTwoWithOneLineSayingWhatToFix() {
        Shell.Result badDose =
                shell.unknot("exercise", "add", "Plank", "--step", "Hold.", "--dose", "a lot", "--area", "core");
        Shell.Result tooMuch =
                shell.unknot("exercise", "add", "Plank", "--step", "Hold.", "--dose", "hold 600", "--area", "core");
        Shell.Result noArea = shell.unknot("exercise", "add", "Plank", "--step", "Hold.", "--dose", "hold 30");

        assertThat(badDose.exitCode()).isEqualTo(2);
        assertThat(badDose.err()).contains("dose is written like 'hold 20-30'");
        assertThat(tooMuch.exitCode()).isEqualTo(2);
        assertThat(tooMuch.err()).contains("that dose has a hold");
        assertThat(noArea.exitCode()).isEqualTo(2);
        assertThat(noArea.err()).contains("say where it works");
        assertThat(shell.unknot("exercise", "remove", "my/plank").exitCode()).isEqualTo(2);
    }

    @Test
    void anExportPassesThePluginCheckAndImportsIntoAnotherHome() throws Exception {
        addWallSlide();
        Path file = files.resolve("anna.yaml");

        Shell.Result exported = shell.unknot("exercise", "export", "--id", "anna-physio", "-o", file.toString());
        Shell.Result check = shell.unknot("plugin", "check", file.toString());
        Shell other = Shell.withHome(otherHome).with("COLUMNS", "250");
        Shell.Result imported = other.unknot("exercise", "import", file.toString());
        Shell.Result again = other.unknot("exercise", "import", file.toString(), "--json");
        Shell.Result habit = other.unknot("habit", "add", "my/wall-slide");

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Wrote 1 techniques and 0 routines to " + file);
        assertThat(Files.readString(file)).contains("id: anna-physio/wall-slide");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added 1, skipped 0.", "added    technique Wall slide as my/wall-slide");
        assertThat(again.json().get("skipped").get(0).get("reason").getStringValue())
                .isEqualTo("you already have a technique 'my/wall-slide'");
        assertThat(habit.exitCode()).as(habit.err()).isZero();
        assertThat(other.unknot("exercise", "import", files.resolve("none.yaml").toString())
                        .exitCode())
                .isEqualTo(2);
    }
}
