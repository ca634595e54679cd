package dev.unknot.cli.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemindersCommandTests {

    static final String EVERY_TWO_HOURS = "00:00,02:00,04:00,06:00,08:00,10:00,12:00,14:00,16:00,18:00,20:00,22:00";

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void shell() {
        shell = Shell.withHome(home);
    }

    @Test
    void aHabitAddedWithRemindersListsThemInTheNextHours() {
        Shell.Result added = shell.unknot("habit", "add", "Walk", "--remind", EVERY_TWO_HOURS);
        assertThat(added.exitCode()).isZero();
        assertThat(added.outLines()).contains("Reminds at " + EVERY_TWO_HOURS + ".");

        Shell.Result listed = shell.unknot("reminders", "--hours", "24", "--json");
        assertThat(listed.exitCode()).isZero();
        JsonNode json = listed.json();
        assertThat(json.get("hours").getIntValue()).isEqualTo(24);
        // Each time comes once in any 24 hours (a day the clocks change aside).
        assertThat(json.get("reminders").size()).isBetween(11, 13);
        assertThat(json.get("reminders").get(0).get("habit").getStringValue()).isEqualTo("Walk");
        assertThat(json.get("reminders").get(0).get("local").getStringValue()).matches("[0-9-]+T[0-9]{2}:00");

        Shell.Result text = shell.unknot("reminders", "--hours", "3");
        assertThat(text.outLines()).isNotEmpty().allMatch(line -> line.contains("Walk  (no channel)"));
    }

    @Test
    void remindersAreChangedOrTurnedOffWithHabitEdit() {
        shell.unknot("habit", "add", "Walk");
        assertThat(shell.unknot("habit", "edit", "Walk", "--remind", "09:00").outLines())
                .contains("Reminds at 09:00.");
        assertThat(shell.unknot("reminders", "--hours", "48", "--json")
                        .json()
                        .get("reminders")
                        .size())
                .isBetween(1, 2);
        assertThat(shell.unknot("habit", "edit", "Walk", "--remind", "off").outLines())
                .contains("No reminders.");
        assertThat(shell.unknot("reminders", "--hours", "48").out()).startsWith("Nothing reminds you");
    }

    @Test
    void slotsNeedAnEveryHoursHabitAndNothingIsAddedWithoutThem() {
        Shell.Result refused = shell.unknot("habit", "add", "Walk", "--remind", "slots");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("reminder times 'slots' need an every-N-hours habit");
        assertThat(shell.unknot("habits").out()).doesNotContain("Walk");

        Shell.Result slots = shell.unknot(
                "habit",
                "add",
                "Stand",
                "--every-hours",
                "1",
                "--from",
                "00:00",
                "--until",
                "23:00",
                "--remind",
                "slots");
        assertThat(slots.exitCode()).isZero();
        assertThat(slots.outLines()).contains("Reminds at each slot.");
    }

    @Test
    void aBadTimeIsRefusedNamingTheOption() {
        Shell.Result refused = shell.unknot("habit", "add", "Walk", "--remind", "9am");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("'9am' is not a time of day");
        Shell.Result hours = shell.unknot("reminders", "--hours", "999");
        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).contains("1 to 336 hours");
    }

    @Test
    void remindWithoutWatchSaysHowToUseIt() {
        Shell.Result result = shell.unknot("remind");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--watch");
    }
}
