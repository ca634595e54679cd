package dev.unknot.cli.habit;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HabitCommandTests {

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void shell() {
        shell = Shell.withHome(home);
    }

    @Test
    void addsFromATemplateATechniqueARoutineOrFreeText() {
        assertThat(shell.unknot("habit", "add", "breathing/daily-box-breathing").out())
                .isEqualTo("Added habit 1: Daily box breathing (every day, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "stretching/childs-pose", "--days", "mon,thu")
                        .out())
                .isEqualTo("Added habit 2: Child's pose (on Mon, Thu, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "stretching/four-stretch-release", "--times-per-week", "3")
                        .out())
                .isEqualTo("Added habit 3: Four-stretch release (3 times a week, yes/no).\n");
        assertThat(shell.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                        .out())
                .isEqualTo("Added habit 4: Drink water (every day, 8 glasses a day).\n");
        assertThat(shell.unknot(
                                "habit",
                                "add",
                                "Stand up",
                                "--every-hours",
                                "2",
                                "--from",
                                "08:00",
                                "--until",
                                "18:00",
                                "--name",
                                "Stand")
                        .out())
                .isEqualTo("Added habit 5: Stand (every 2 hours from 08:00 to 18:00, yes/no).\n");

        Shell.Result habits = shell.unknot("habits");
        assertThat(habits.outLines().get(0)).matches("ID +NAME +SCHEDULE +TARGET +WHAT +SINCE");
        assertThat(habits.outLines()).hasSize(6);
        assertThat(habits.outLines().get(4)).startsWith("4   Drink water");
    }

    @Test
    void habitsJsonShape() {
        shell.unknot("habit", "add", "stretching/childs-pose", "--days", "mon,thu");
        JsonNode json = shell.unknot("habits", "--json").json();

        assertThat(fieldNames(json)).containsExactly("habits");
        JsonNode habit = json.get("habits").get(0);
        assertThat(fieldNames(habit))
                .containsExactly("id", "name", "target", "schedule", "metric", "startsOn", "status");
        assertThat(habit.get("id").getStringValue()).isEqualTo("1");
        assertThat(habit.get("target").get("kind").getStringValue()).isEqualTo("technique");
        assertThat(habit.get("schedule").get("kind").getStringValue()).isEqualTo("weekdays");
        assertThat(strings(habit.get("schedule").get("days"))).containsExactly("monday", "thursday");
        assertThat(habit.get("metric").get("kind").getStringValue()).isEqualTo("yes-no");
        assertThat(habit.get("status").getStringValue()).isEqualTo("active");
    }

    @Test
    void editsArchivesSkipsAndPauses() {
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("habit", "add", "Walk");

        assertThat(shell.unknot("habit", "edit", "cat", "--name", "Morning cat-cow", "--times-per-week", "5")
                        .out())
                .isEqualTo("Changed habit 1: Morning cat-cow (5 times a week, yes/no).\n");
        assertThat(shell.unknot("habit", "skip", "walk", "--json")
                        .json()
                        .get("day")
                        .getStringValue())
                .isNotEmpty();
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("status")
                        .getStringValue())
                .isEqualTo("skipped");
        JsonNode paused = shell.unknot("habit", "pause", "morning", "--to", "2099-01-01", "--json")
                .json();
        assertThat(fieldNames(paused)).containsExactly("habits", "from", "to");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("paused");
        assertThat(shell.unknot("habit", "pause", "--all", "--from", "2099-02-01", "--to", "2099-02-03")
                        .outLines())
                .hasSize(2);
        assertThat(shell.unknot("habit", "archive", "walk").out()).startsWith("Archived habit 2: Walk");
        assertThat(shell.unknot("habits").out()).doesNotContain("Walk");
        assertThat(shell.unknot("habits", "--all").out()).contains("Walk (archived)");
    }

    @Test
    void aDayWithACheckInCannotBeSkipped() {
        shell.unknot("habit", "add", "Walk");
        shell.unknot("checkin", "walk");

        Shell.Result refused = shell.unknot("habit", "skip", "walk");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .matches("(?s).*'Walk' already has a check-in on \\d{4}-\\d\\d-\\d\\d, so that day cannot be skipped;"
                        + " undo the check-in first to skip it\n");
        assertThat(shell.unknot("habit", "skip", "walk", "--day", "2030-01-01").exitCode())
                .isZero();
    }

    @Test
    void aSkipIsTakenBackAndAPauseEndedEarly() {
        shell.unknot("habit", "add", "stretching/cat-cow");
        shell.unknot("habit", "add", "Walk");
        shell.unknot("habit", "skip", "walk");

        assertThat(shell.unknot("habit", "unskip", "walk").out())
                .matches("Walk counts again on \\d{4}-\\d\\d-\\d\\d\\.\n");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");
        JsonNode again = shell.unknot("habit", "unskip", "walk", "--day", "2030-01-01", "--json")
                .json();
        assertThat(fieldNames(again)).containsExactly("habit", "day", "wasSkipped");
        assertThat(again.get("wasSkipped").getBooleanValue()).isFalse();
        assertThat(shell.unknot("habit", "unskip", "walk", "--day", "2030-01-01")
                        .out())
                .isEqualTo("Walk was not skipped on 2030-01-01; nothing changed.\n");

        shell.unknot("habit", "pause", "--all", "--to", "2099-01-01");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("paused");
        assertThat(shell.unknot("habit", "resume", "cat").out())
                .matches("Resumed Cat-cow: due again from \\d{4}-\\d\\d-\\d\\d\\.\n");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");
        assertThat(shell.unknot("habit", "resume", "cat").out()).endsWith("; nothing changed.\n");
        JsonNode resumed = shell.unknot("habit", "resume", "--all", "--json").json();
        assertThat(fieldNames(resumed)).containsExactly("habits", "from");
        assertThat(resumed.get("habits").size())
                .as("only Walk was still paused")
                .isEqualTo(1);
        assertThat(shell.unknot("habit", "resume", "--all").out()).startsWith("No habit is paused on or after ");
    }

    @Test
    void errorsExitTwo() {
        shell.unknot("habit", "add", "stretching/cat-cow");

        assertUsage(
                shell.unknot("habit", "add", "stretching/nope"),
                "unknot: no template, technique or routine "
                        + "'stretching/nope'; see 'unknot templates', 'unknot techniques' and 'unknot routines', or describe it in words");
        assertUsage(shell.unknot("habit", "add", "x", "--times-per-week", "9"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--days", "funday"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--target", "8"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--daily", "--times-per-week", "2"), null);
        assertUsage(shell.unknot("habit", "add", "x", "--starts", "someday"), null);
        assertUsage(shell.unknot("habit", "add"), null);
        assertUsage(
                shell.unknot("habit", "edit", "cat"),
                "unknot: nothing to change; give --name, a schedule, a target, --starts or --remind (see --help)");
        assertUsage(shell.unknot("habit", "edit", "dog", "--daily"), null);
        assertUsage(shell.unknot("habit", "archive", "9"), null);
        assertUsage(shell.unknot("habit", "pause", "cat"), null);
        assertUsage(shell.unknot("habit", "pause", "cat", "--from", "2030-01-05", "--to", "2030-01-01"), null);
        assertUsage(shell.unknot("habit", "unskip", "dog"), null);
        assertUsage(shell.unknot("habit", "unskip", "cat", "--day", "someday"), null);
        assertUsage(shell.unknot("habit", "resume"), null);
        assertUsage(shell.unknot("habit", "resume", "cat", "--from", "2030-02-30"), null);
        assertUsage(shell.unknot("habit"), null);
        assertUsage(shell.unknot("habit", "frobnicate"), null);
    }

    @Test
    void templatesListEveryPluginsTemplates() {
        Shell.Result result = shell.unknot("templates");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Daily box breathing  (breathing/daily-box-breathing, every day, yes/no)");

        JsonNode json = shell.unknot("templates", "--json").json();
        assertThat(fieldNames(json.get("templates").get(0)))
                .containsExactly("id", "name", "description", "target", "schedule", "metric");
    }

    static void assertUsage(Shell.Result result, String line) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        if (line != null) {
            assertThat(result.errLines().get(0)).isEqualTo(line);
        }
    }

    @Test
    void changingTheHoursOfAnHourlyHabitKeepsItsWindow() {
        shell.unknot("habit", "add", "Stand up", "--every-hours", "2", "--from", "08:00", "--until", "18:00");
        shell.unknot("habit", "add", "Walk");

        assertThat(shell.unknot("habit", "edit", "stand", "--every-hours", "3").out())
                .isEqualTo("Changed habit 1: Stand up (every 3 hours from 08:00 to 18:00, yes/no).\n");
        assertThat(shell.unknot("habit", "edit", "stand", "--from", "07:30").out())
                .as("the window of an hourly habit changes without --every-hours")
                .isEqualTo("Changed habit 1: Stand up (every 3 hours from 07:30 to 18:00, yes/no).\n");
        assertThat(shell.unknot("habit", "edit", "stand", "--until", "16:00", "--from", "10:00")
                        .out())
                .isEqualTo("Changed habit 1: Stand up (every 3 hours from 10:00 to 16:00, yes/no).\n");

        Shell.Result notHourly = shell.unknot("habit", "edit", "walk", "--from", "08:00");
        assertThat(notHourly.exitCode()).isEqualTo(2);
        assertThat(notHourly.err())
                .isEqualTo("unknot: Walk is not due every few hours (every day): "
                        + "give the hours between times as well as the window\n");
        assertThat(shell.unknot("habit", "edit", "walk", "--every-hours", "4").out())
                .as("a habit that becomes hourly takes the usual window")
                .isEqualTo("Changed habit 2: Walk (every 4 hours from 09:00 to 17:00, yes/no).\n");
        Shell.Result inverted = shell.unknot("habit", "edit", "stand", "--from", "17:00");
        assertThat(inverted.exitCode()).isEqualTo(2);
        assertThat(inverted.err()).startsWith("unknot: the window must start before it ends");
    }

    @Test
    void aNewTargetKeepsTheUnitAndANewUnitTheTarget() {
        shell.unknot("habit", "add", "Drink water", "--target", "8", "--unit", "glasses");
        shell.unknot("habit", "add", "Walk");

        assertThat(shell.unknot("habit", "edit", "drink", "--target", "10").out())
                .isEqualTo("Changed habit 1: Drink water (every day, 10 glasses a day).\n");
        assertThat(shell.unknot("habit", "edit", "drink", "--unit", "cups").out())
                .isEqualTo("Changed habit 1: Drink water (every day, 10 cups a day).\n");

        Shell.Result noUnit = shell.unknot("habit", "edit", "walk", "--target", "3");
        assertThat(noUnit.exitCode()).isEqualTo(2);
        assertThat(noUnit.err())
                .isEqualTo("unknot: Walk is done or not done, with no unit: give a unit with the target,"
                        + " e.g. 8 glasses\n");
        assertThat(shell.unknot("habit", "edit", "walk", "--target", "3", "--unit", "km")
                        .out())
                .isEqualTo("Changed habit 2: Walk (every day, 3 km a day).\n");
        assertThat(shell.unknot("habit", "edit", "drink", "--target", "0").exitCode())
                .isEqualTo(2);
    }

    @Test
    void anArchivedHabitIsRestored() {
        shell.unknot("habit", "add", "Walk");
        shell.unknot("habit", "archive", "walk");

        Shell.Result skip = shell.unknot("habit", "skip", "1");
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err())
                .isEqualTo("unknot: habit 1 (Walk) is archived; bring it back with 'unknot habit restore #1'\n");

        Shell.Result restored = shell.unknot("habit", "restore", "1");
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).isEqualTo("Restored habit 1: Walk (every day, yes/no).\n");
        assertThat(shell.unknot("habits").out()).contains("Walk").doesNotContain("archived");
        assertThat(shell.unknot("habit", "restore", "walk").out())
                .isEqualTo("Walk is not archived; nothing changed.\n");
        assertThat(shell.unknot("habit", "restore", "nothing").exitCode()).isEqualTo(2);

        shell.unknot("habit", "archive", "walk");
        assertThat(shell.unknot("habit", "unarchive", "wa", "--json")
                        .json()
                        .get("habit")
                        .get("status")
                        .getStringValue())
                .isEqualTo("active");
    }

    @Test
    void aNameThatStartsWithANumberWinsOverTheIdAndHashMeansTheId() {
        shell.unknot("habit", "add", "3 glasses of water");
        shell.unknot("habit", "add", "Walk");
        shell.unknot("habit", "add", "Stretch");

        Shell.Result byName = shell.unknot("habit", "skip", "3");
        assertThat(byName.exitCode()).as(byName.toString()).isZero();
        assertThat(byName.out()).startsWith("Skipped 3 glasses of water on ");
        assertThat(byName.err())
                .isEqualTo("unknot: '3' is taken as the habit named '3 glasses of water';"
                        + " for habit 3 (Stretch) write #3\n");
        assertThat(shell.unknot("habit", "skip", "#3").out()).startsWith("Skipped Stretch on ");
        assertThat(shell.unknot("habit", "skip", "id:2").out()).startsWith("Skipped Walk on ");
        Shell.Result plainId = shell.unknot("habit", "skip", "2");
        assertThat(plainId.out()).as("no name begins with 2: the id").startsWith("Skipped Walk on ");
        assertThat(plainId.err()).isEmpty();
        assertThat(shell.unknot("habit", "skip", "#9").err())
                .startsWith("unknot: no habit with id 9; choose one of #1 (3 glasses of water), #2 (Walk)");
    }

    @Test
    void aNameLongerThanTheLimitIsRefusedNotCut() {
        String words = "walk ".repeat(40) + "a";
        assertThat(words).hasSize(201);

        Shell.Result refused = shell.unknot("habit", "add", words);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("unknot: habit name must be 1 to 200 characters, was 201\n");
        assertThat(shell.unknot("habit", "add", "Walk", "--name", "x".repeat(201))
                        .exitCode())
                .isEqualTo(2);
        assertThat(shell.unknot("habits").out()).doesNotContain("walk walk");

        assertThat(shell.unknot("habit", "add", words, "--name", "Long walk").out())
                .as("a long description with a name of its own")
                .startsWith("Added habit 1: Long walk");
        assertThat(shell.unknot("habit", "add", "x".repeat(200)).exitCode()).isZero();
    }
}
