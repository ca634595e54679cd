package dev.unknot.cli.plan;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTests {

    private static final String[] ANSWERS = {
        "--sitting-hours",
        "9",
        "--stress",
        "7",
        "--strength-sessions",
        "0",
        "--slouch",
        "yes",
        "--strain",
        "no",
        "--water",
        "4"
    };

    @TempDir
    Path home;

    @Test
    void proposesAndAppliesOnce() {
        Shell shell = Shell.withHome(home);

        Shell.Result proposed = shell.unknot(with(ANSWERS));
        assertThat(proposed.exitCode()).as(proposed.toString()).isZero();
        assertThat(proposed.outLines())
                .contains(
                        "Likely causes",
                        "  - Poor posture (100%)",
                        "Habits for them",
                        "Run again with --apply to create them (--untick and --schedule shape them first).");
        assertThat(shell.unknot("habits", "--json").json().get("habits").size()).isZero();

        Shell.Result applied = shell.unknot(with(ANSWERS, "--apply"));
        assertThat(applied.out()).contains("Created habit 1: ");
        int created = shell.unknot("habits", "--json").json().get("habits").size();
        assertThat(created).isPositive();

        JsonNode again = shell.unknot(with(ANSWERS, "--apply", "--json")).json();
        assertThat(fieldNames(again)).containsExactly("causes", "habits", "routine", "applied", "items", "answers");
        assertThat(fieldNames(again.get("items").get(0)))
                .containsExactly("id", "name", "kind", "schedule", "causes", "reason", "existing");
        assertThat(fieldNames(again.get("causes").get(0))).containsExactly("id", "name", "weight");
        assertThat(again.get("applied").get("created").size()).isZero();
        assertThat(again.get("applied").get("alreadyKept").size()).isEqualTo(created);
        assertThat(shell.unknot(with(ANSWERS, "--json")).json().get("applied").isNull())
                .isTrue();
    }

    @Test
    void missingOrBadAnswersExitTwo() {
        Shell shell = Shell.withHome(home);

        assertThat(shell.unknot("plan", "--stress", "3").err())
                .isEqualTo("unknot: missing answers: --sitting-hours, "
                        + "--strength-sessions, --slouch, --strain, --water; give them as options, or run 'unknot plan' at a "
                        + "terminal to be asked\n");
        Shell.Result outOfRange = shell.unknot(
                "plan",
                "--sitting-hours",
                "30",
                "--stress",
                "7",
                "--strength-sessions",
                "0",
                "--slouch",
                "yes",
                "--strain",
                "no",
                "--water",
                "4");
        assertThat(outOfRange.exitCode()).isEqualTo(2);
        assertThat(outOfRange.err())
                .isEqualTo("unknot: hours sitting a day must be between 0 and 24, was 30; see 'unknot plan --help'\n");
        assertThat(shell.unknot(
                                "plan",
                                "--sitting-hours",
                                "3",
                                "--stress",
                                "7",
                                "--strength-sessions",
                                "0",
                                "--slouch",
                                "maybe",
                                "--strain",
                                "no",
                                "--water",
                                "4")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void nineHoursSittingAndThreeGlassesProposeMovementBreaksAndWaterEachWithItsReason() {
        Shell shell = Shell.withHome(home);

        Shell.Result proposed = shell.unknot(
                "plan",
                "--sitting-hours",
                "9",
                "--stress",
                "3",
                "--strength-sessions",
                "3",
                "--slouch",
                "no",
                "--strain",
                "no",
                "--water",
                "3");

        assertThat(proposed.exitCode()).as(proposed.toString()).isZero();
        assertThat(proposed.outLines())
                .containsSubsequence(
                        "  1. 10-minute walk after each hour of sitting  "
                                + "(movement/walk-after-each-hour-of-sitting, every hour from 09:00 to 17:00)",
                        "     You sit 9 hours a day.")
                .containsSubsequence(
                        "  3. 8 glasses of water a day  (nutrition/eight-glasses-of-water, every day)",
                        "     You drink 3 glasses of water a day.");
        assertThat(proposed.out()).contains("ergonomics/");
    }

    @Test
    void theLastAnswersFillInWhatAScriptLeavesOut() {
        Shell shell = Shell.withHome(home);
        assertThat(shell.unknot(with(ANSWERS)).exitCode()).isZero();

        JsonNode again = shell.unknot("plan", "--stress", "2", "--json").json();

        JsonNode answers = again.get("answers");
        assertThat(answers.get("sittingHours").getIntValue()).isEqualTo(9);
        assertThat(answers.get("stress").getIntValue()).isEqualTo(2);
        assertThat(answers.get("glassesOfWater").getIntValue()).isEqualTo(4);
        assertThat(shell.unknot("plan", "--json")
                        .json()
                        .get("answers")
                        .get("stress")
                        .getIntValue())
                .as("remembered in turn")
                .isEqualTo(2);
    }

    @Test
    void untickedItemsAreLeftOutAndAScheduleChangedBeforeApplying() {
        Shell shell = Shell.withHome(home);
        JsonNode proposed = shell.unknot(with(ANSWERS, "--json")).json();
        String first = proposed.get("items").get(0).get("id").getStringValue();
        String second = proposed.get("items").get(1).get("id").getStringValue();
        int count = proposed.get("items").size();

        JsonNode applied = shell.unknot(
                        with(ANSWERS, "--untick", "1", "--schedule", second + "=mon,thu", "--apply", "--json"))
                .json();

        JsonNode created = applied.get("applied").get("created");
        assertThat(created.size()).isEqualTo(count - 1);
        assertThat(created.get(0).get("schedule").get("description").getStringValue())
                .isEqualTo("on Mon, Thu");
        for (JsonNode habit : created.values()) {
            assertThat(habit.get("name").getStringValue())
                    .isNotEqualTo(proposed.get("items").get(0).get("name").getStringValue());
        }
        Shell.Result again = shell.unknot(with(ANSWERS, "--apply"));
        assertThat(again.out()).contains("Created habit " + count + ": ").contains("Left out ");
        assertThat(shell.unknot("habits", "--json").json().get("habits").size()).isEqualTo(count);

        Shell.Result badNumber = shell.unknot(with(ANSWERS, "--untick", "99"));
        assertThat(badNumber.exitCode()).isEqualTo(2);
        assertThat(badNumber.err())
                .isEqualTo("unknot: '99' is not a number of the plan; choose from 1 to " + count + "\n");
        Shell.Result badSchedule = shell.unknot(with(ANSWERS, "--schedule", first + "=sometimes"));
        assertThat(badSchedule.exitCode()).isEqualTo(2);
        assertThat(badSchedule.err())
                .isEqualTo("unknot: --schedule " + first + ": 'sometimes' is not a schedule; type daily, mon,thu,"
                        + " 3/week or every 2h 09:00-17:00; see 'unknot plan --help'\n");
    }

    @Test
    void atATerminalEachAnswerIsCheckedAsItIsGivenAndThePlanAppliedWithoutStartingOver() throws Exception {
        Shell shell = Shell.withHome(home);
        Shell.Result session;
        try (AutoCloseable typed = dev.unknot.cli.Prompt.typing(
                "n", // the safety screen, later
                "lots", // sitting: not a number
                "30", // out of range
                "9",
                "7",
                "0",
                "maybe", // not yes or no
                "y",
                "n",
                "4",
                "7", // not an item
                "2", // untick the second
                "s 1",
                "whenever", // not a schedule
                "s 1",
                "mon,thu",
                "y")) {
            session = shell.unknot("plan");
        }

        assertThat(session.exitCode()).as(session.toString()).isZero();
        assertThat(session.err()).isEmpty();
        assertThat(session.out())
                .contains("Hours sitting on a normal day (0-24)? ")
                .contains("  Please answer with a whole number from 0 to 24.")
                .contains("  Please answer y or n.")
                .contains("'7' is not a number of the plan; choose from 1 to ")
                .contains("'whenever' is not a schedule; type daily")
                .contains("Apply these ")
                .contains("Created habit 1: ")
                .doesNotContain("Exception");
        JsonNode habits = shell.unknot("habits", "--json").json().get("habits");
        assertThat(habits.get(0).get("schedule").get("description").getStringValue())
                .isEqualTo("on Mon, Thu");

        Shell.Result next;
        try (AutoCloseable typed = dev.unknot.cli.Prompt.typing("", "", "", "", "", "", "")) {
            next = shell.unknot("plan");
        }
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.out())
                .contains("Your last answers are in [brackets]: press Enter to keep one.")
                .contains("Hours sitting on a normal day (0-24) [9]? ")
                .contains("(y/n) [y]? ")
                .contains("You have it already as '")
                .contains("Nothing applied; your answers are kept for next time.");
    }

    private static String[] with(String[] answers, String... more) {
        String[] args = new String[answers.length + more.length + 1];
        args[0] = "plan";
        System.arraycopy(answers, 0, args, 1, answers.length);
        System.arraycopy(more, 0, args, answers.length + 1, more.length);
        return args;
    }
}
