package dev.unknot.cli.library;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutinesCommandTests {

    @TempDir
    Path home;

    @Test
    void showsEachRoutineWithItsIdTotalTimeAndSteps() {
        Shell.Result result = Shell.withHome(home).unknot("routines");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines())
                .containsSubsequence(
                        "Four-stretch release  (stretching/four-stretch-release, 3 min)",
                        "  All four back stretches in a row, each held while breathing deeply.",
                        "  1. Cat-cow                hold 20–30 s",
                        "  2. Child's pose           hold 20–30 s",
                        "  3. Knee-to-chest stretch  hold 20–30 s, each side",
                        "  4. Seated spinal twist    hold 20–30 s, each side");
    }

    @Test
    void listsEveryRoutine() {
        List<String> lines = Shell.withHome(home).unknot("routines").outLines();

        BuiltInLibrary.LIBRARY
                .routines()
                .forEach(routine -> assertThat(lines)
                        .anySatisfy(line -> assertThat(line).startsWith(routine.name() + "  (" + routine.id() + ", ")));
    }

    @Test
    void jsonGivesTotalAndStepTimesInSeconds() {
        Shell.Result result = Shell.withHome(home).unknot("routines", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = result.json();
        assertThat(fieldNames(document)).containsExactly("routines");
        JsonNode routine = PillarsCommandTests.find(document.get("routines"), "stretching/four-stretch-release");
        assertThat(fieldNames(routine)).containsExactly("id", "name", "summary", "totalTimeSeconds", "steps");
        assertThat(routine.get("name").getStringValue()).isEqualTo("Four-stretch release");
        assertThat(routine.get("totalTimeSeconds").getLongValue()).isEqualTo(180);
        JsonNode steps = routine.get("steps");
        assertThat(fieldNames(steps.get(0))).containsExactly("technique", "name", "dose", "sides", "timeSeconds");
        assertThat(strings(steps, "technique"))
                .containsExactly(
                        "stretching/cat-cow",
                        "stretching/childs-pose",
                        "stretching/knee-to-chest",
                        "stretching/seated-spinal-twist");
        assertThat(strings(steps, "sides")).containsExactly("none", "none", "each-side", "each-side");
        assertThat(steps.get(2).get("timeSeconds").getLongValue()).isEqualTo(60);
        assertThat(steps.get(2).get("dose").get("description").getStringValue()).isEqualTo("hold 20–30 s");
    }
}
