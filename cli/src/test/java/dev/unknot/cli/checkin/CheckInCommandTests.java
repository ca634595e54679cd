package dev.unknot.cli.checkin;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInCommandTests {

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void twoHabits() {
        shell = Shell.withHome(home);
        assertThat(shell.unknot("settings", "--time-zone", "UTC").exitCode()).isZero();
        assertThat(shell.unknot("habit", "add", "stretching/cat-cow").exitCode())
                .isZero();
        assertThat(shell.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                        .exitCode())
                .isZero();
    }

    @Test
    void printsWhatWasRecordedAndTheStreak() {
        Shell.Result result =
                shell.unknot("checkin", "cat", "--before", "6", "--after", "3", "--note", "stiff", "--minutes", "5");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines().get(0))
                .matches("Checked in: Cat-cow at \\d\\d:\\d\\d, 5 min, tightness 6 -> 3 \\(stiff\\)");
        assertThat(result.outLines().get(1)).isEqualTo("Streak: 1 day | best 1 day");
    }

    @Test
    void recordsPainBeforeAndAfterBesideTightness() {
        Shell.Result result = shell.unknot(
                "checkin", "cat", "--before", "6", "--after", "3", "--pain-before", "5", "--pain-after", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().get(0))
                .matches("Checked in: Cat-cow at \\d\\d:\\d\\d, tightness 6 -> 3, pain 5 -> 2");
        JsonNode json = shell.unknot("checkin", "cat", "--pain-after", "1", "--json")
                .json()
                .get("checkIn");
        assertThat(json.get("painBefore").isNull()).isTrue();
        assertThat(json.get("painAfter").getIntValue()).isEqualTo(1);
        assertThat(shell.unknot("checkin", "--help").out())
                .contains("--pain-before=0-10", "Pain before, 0 (none) to 10 (the worst imaginable).")
                .contains("--pain-after=0-10");
    }

    @Test
    void findsTheHabitByIdOrByAnyCasePrefix() {
        assertThat(shell.unknot("checkin", "1").out()).startsWith("Checked in: Cat-cow");
        assertThat(shell.unknot("checkin", "DRINK", "--amount", "3").out())
                .startsWith("Checked in: Drink water at ")
                .contains(", 3 glasses");
    }

    @Test
    void jsonShape() {
        JsonNode json = shell.unknot(
                        "checkin", "cat", "--at", "2026-01-05T08:30", "--before", "5", "--client-id", "abc-1", "--json")
                .json();

        assertThat(fieldNames(json)).containsExactly("checkIn", "streak", "advice");
        JsonNode checkIn = json.get("checkIn");
        assertThat(fieldNames(checkIn))
                .containsExactly(
                        "id",
                        "clientId",
                        "habit",
                        "at",
                        "day",
                        "amount",
                        "durationSeconds",
                        "before",
                        "after",
                        "note",
                        "symptoms",
                        "painBefore",
                        "painAfter");
        assertThat(checkIn.get("clientId").getStringValue()).isEqualTo("abc-1");
        assertThat(checkIn.get("at").getStringValue()).isEqualTo("2026-01-05T08:30:00Z");
        assertThat(checkIn.get("day").getStringValue()).isEqualTo("2026-01-05");
        assertThat(checkIn.get("before").getIntValue()).isEqualTo(5);
        assertThat(checkIn.get("after").isNull()).isTrue();
        assertThat(fieldNames(checkIn.get("habit")))
                .containsExactly("id", "name", "target", "schedule", "metric", "startsOn", "status");
        assertThat(fieldNames(json.get("streak"))).containsExactly("current", "best", "unit");
    }

    @Test
    void atIsReadInThePersonsTimeZone() {
        shell.unknot("settings", "--time-zone", "Europe/Paris");

        JsonNode clock =
                shell.unknot("checkin", "cat", "--at", "7:05", "--json").json().get("checkIn");
        JsonNode iso = shell.unknot("checkin", "cat", "--at", "2026-01-05T08:30", "--json")
                .json()
                .get("checkIn");
        JsonNode offset = shell.unknot("checkin", "cat", "--at", "2026-01-05T08:30Z", "--json")
                .json()
                .get("checkIn");

        assertThat(clock.get("at").getStringValue()).matches("\\d{4}-\\d\\d-\\d\\dT07:05:00\\+0[12]:00");
        assertThat(iso.get("at").getStringValue()).isEqualTo("2026-01-05T08:30:00+01:00");
        assertThat(offset.get("at").getStringValue()).isEqualTo("2026-01-05T09:30:00+01:00");
    }

    @Test
    void theSameClientIdTwiceRecordsOnce() {
        String first = shell.unknot("checkin", "cat", "--client-id", "retry-1", "--json")
                .json()
                .get("checkIn")
                .get("id")
                .getStringValue();
        String second = shell.unknot("checkin", "cat", "--client-id", "retry-1", "--json")
                .json()
                .get("checkIn")
                .get("id")
                .getStringValue();

        assertThat(second).isEqualTo(first);
        assertThat(shell.unknot("checkin", "--undo").out()).startsWith("Removed: Cat-cow");
        assertThat(shell.unknot("checkin", "--undo").out()).isEqualTo("Nothing to undo: there are no check-ins.\n");
    }

    @Test
    void undoRemovesTheLastOne() {
        shell.unknot("checkin", "cat");
        shell.unknot("checkin", "drink", "--amount", "2");

        JsonNode undone = shell.unknot("checkin", "--undo", "--json").json();

        assertThat(undone.get("removed").get("habit").get("name").getStringValue())
                .isEqualTo("Drink water");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("done")
                        .getDoubleValue())
                .isZero();
        assertThat(shell.unknot("checkin", "--undo", "--json").out()).contains("\"removed\":{");
        assertThat(shell.unknot("checkin", "--undo", "--json").out()).isEqualTo("{\"removed\":null}\n");
    }

    @Test
    void redFlagsAreShownAfterTheCheckIn() {
        Shell.Result result = shell.unknot("checkin", "cat", "--symptom", "numbness,fever");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Act now: ");
        assertThat(result.outLines())
                .as("advice wraps between words within 80 columns")
                .allMatch(line -> line.length() <= 80)
                .anyMatch(line -> line.startsWith("  ") && line.length() > 60);
        List<String> narrow = shell.with("COLUMNS", "60")
                .unknot("checkin", "cat", "--symptom", "numbness,fever")
                .outLines();
        List<String> advice = narrow.stream()
                .dropWhile(line -> !line.startsWith("Act now: "))
                .skip(1)
                .takeWhile(line -> !line.isBlank())
                .toList();
        assertThat(advice).hasSizeGreaterThan(1).allMatch(line -> line.length() <= 60 && line.startsWith("  "));
        assertThat(String.join(" ", advice).replaceAll("\\s+", " ").strip())
                .as("no word cut")
                .isEqualTo(shell.unknot("checkin", "cat", "--symptom", "numbness,fever", "--json")
                        .json()
                        .get("advice")
                        .get(0)
                        .get("message")
                        .getStringValue()
                        .replaceAll("\\s+", " ")
                        .strip());
        JsonNode json = shell.unknot("checkin", "cat", "--symptom", "pain,weakness", "--json")
                .json();
        assertThat(json.get("advice").size()).isPositive();
        assertThat(fieldNames(json.get("advice").get(0))).containsExactly("rule", "severity", "title", "message");
    }

    @Test
    void anEmergencySignIsAnEmergencyAndOneOtherSignIsWorthChecking() {
        Shell.Result emergency = shell.unknot("checkin", "cat", "--symptom", "saddle-numbness");
        Shell.Result one = shell.unknot("checkin", "drink", "--symptom", "night-pain", "--json");

        assertThat(emergency.exitCode()).isZero();
        assertThat(emergency.out()).contains("Emergency: Seek emergency care now");
        assertThat(one.json().get("checkIn").get("symptoms").get(0).getStringValue())
                .isEqualTo("night-pain");
        assertThat(one.json().get("advice").get(0).get("severity").getStringValue())
                .as("the emergency of two days ago comes first")
                .isEqualTo("emergency");
        assertThat(one.json().get("advice").get(1).get("title").getStringValue())
                .isEqualTo("Worth checking with a doctor");
    }

    @Test
    void errorsExitTwoWithOneLine() {
        assertUsage(
                shell.unknot("checkin", "nothing"),
                "unknot: no habit 'nothing'; choose one of #1 (Cat-cow), #2 (Drink water)");
        assertUsage(
                shell.unknot("checkin", "42"),
                "unknot: no habit with id 42; choose one of #1 (Cat-cow), #2 (Drink water)");
        assertUsage(
                shell.unknot("checkin", "cat", "--before", "11"),
                "unknot: Tightness before goes from 0 (loose) to 10 (very tight), not 11");
        assertUsage(
                shell.unknot("checkin", "cat", "--after", "-1"),
                "unknot: Tightness after goes from 0 (loose) to 10 (very tight), not -1");
        assertUsage(
                shell.unknot("checkin", "cat", "--pain-before", "11"),
                "unknot: Pain before goes from 0 (none) to 10 (the worst imaginable), not 11");
        assertUsage(
                shell.unknot("checkin", "cat", "--pain-after", "-1"),
                "unknot: Pain after goes from 0 (none) to 10 (the worst imaginable), not -1");
        assertUsage(shell.unknot("checkin", "cat", "--pain-before", "5.5"), null);
        assertUsage(
                shell.unknot("checkin", "cat", "--at", "yesterday-ish"),
                "unknot: --at 'yesterday-ish' is not a time; expected HH:MM (today) or an ISO date-time such as 2026-03-01T08:30");
        assertUsage(shell.unknot("checkin", "cat", "--at", LocalDate.now().plusDays(3) + "T10:00"), null);
        assertUsage(
                shell.unknot("checkin", "cat", "--amount", "-2"), "unknot: The amount goes from 0 to 1000000, not -2");
        assertUsage(shell.unknot("checkin", "cat", "--minutes", "abc"), null);
        assertUsage(
                shell.unknot("checkin", "cat", "--minutes", "1500"),
                "unknot: A check-in lasts from 0 to 24 hours, not 25 h");
        assertUsage(shell.unknot("checkin"), "unknot: which habit?; run 'unknot checkin HABIT' (see 'unknot habits')");
        assertUsage(
                shell.unknot("checkin", "cat", "--undo"),
                "unknot: --undo takes no HABIT; run 'unknot checkin --undo' alone");
        assertUsage(
                shell.unknot("checkin", "cat", "--symptom", "itch"),
                "unknot: symptoms must be among pain, numbness, weakness, saddle-numbness, bladder-bowel, both-legs,"
                        + " sexual-function, fever, weight-loss, cancer, injury, night-pain, age, was 'itch'");
    }

    @Test
    void anAmbiguousPrefixListsTheChoices() {
        shell.unknot("habit", "add", "Drink", "tea");

        assertUsage(
                shell.unknot("checkin", "dri"),
                "unknot: 'dri' could be several habits; choose one of #2 (Drink water), #3 (Drink tea)");
    }

    private static void assertUsage(Shell.Result result, String line) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        if (line != null) {
            assertThat(result.errLines().get(0)).isEqualTo(line);
        }
    }
}
