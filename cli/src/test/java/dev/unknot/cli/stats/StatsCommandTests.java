package dev.unknot.cli.stats;

import static dev.unknot.cli.Shell.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTests {

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void history() {
        shell = Shell.withHome(home);
        shell.unknot("settings", "--time-zone", "UTC");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        shell.unknot(
                "habit",
                "add",
                "stretching/cat-cow",
                "--starts",
                today.minusDays(10).toString());
        shell.unknot("checkin", "cat", "--at", today.minusDays(1) + "T08:00", "--before", "7", "--after", "4");
        shell.unknot("checkin", "cat", "--at", today + "T00:05", "--before", "6", "--after", "2");
    }

    @Test
    void showsStreaksScoresAHeatMapTheTrendAndRelief() {
        Shell.Result result = shell.unknot("stats");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().get(0)).matches("ID +HABIT +STREAK +BEST +SCORE +7 DAYS +30 DAYS +90 DAYS");
        assertThat(result.outLines().get(1)).matches("1 +Cat-cow +2 days +2 days +\\d+% +29% +.*");
        assertThat(result.out())
                .contains("Cat-cow  (# done, + partly, . missed, s skipped, p paused)")
                .contains("  Mon ")
                .contains("Tightness, last 84 days")
                .contains("before 7.0  after 4.0")
                .contains("What helps you")
                .containsPattern("Cat-cow +3\\.5 +over 2 check-ins");
        assertThat(result.outLines())
                .filteredOn(line -> line.matches("  [A-Z][a-z]{2} .*#"))
                .hasSize(2);
    }

    @Test
    void oneHabitAndJsonShape() {
        assertThat(shell.unknot("stats", "cat", "--weeks", "2").out()).contains("Tightness, last 14 days");

        JsonNode json = shell.unknot("stats", "--json").json();
        assertThat(fieldNames(json)).containsExactly("habits", "tightness", "relief");
        assertThat(fieldNames(json.get("habits").get(0)))
                .containsExactly(
                        "habit", "streak", "score", "adherence7Days", "adherence30Days", "adherence90Days", "days");
        assertThat(fieldNames(json.get("habits").get(0).get("days").get(0)))
                .containsExactly("date", "state", "amount", "target");
        assertThat(fieldNames(json.get("tightness").get(0))).containsExactly("day", "before", "after");
        assertThat(fieldNames(json.get("relief").get(0))).containsExactly("name", "target", "averageDrop", "checkIns");
        assertThat(json.get("relief").get(0).get("averageDrop").getDoubleValue())
                .isEqualTo(3.5);
    }

    @Test
    void errorsExitTwo() {
        assertThat(shell.unknot("stats", "nope").exitCode()).isEqualTo(2);
        assertThat(shell.unknot("stats", "--weeks", "0").err())
                .isEqualTo("unknot: Progress shows 1 to 52 weeks, not 0\n");
    }
}
