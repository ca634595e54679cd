package dev.unknot.cli.stats;

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
                .contains("Tightness, by week (0 loose - 10 very tight)")
                .containsPattern("  week of [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} +before \\d\\.\\d +after \\d\\.\\d")
                .contains("What helps you")
                .contains("  Not enough yet: a habit is ranked here once 5 of its check-ins record");
        assertThat(result.outLines())
                .filteredOn(line -> line.matches("  [A-Z][a-z]{2} .*##"))
                .hasSize(2);
    }

    @Test
    void theHeatMapHasMonthsAndWeeksAboveItAndColourOnATerminal() {
        List<String> lines = shell.unknot("stats").outLines();
        int monday = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("  Mon "))
                .findFirst()
                .orElseThrow());

        assertThat(lines.get(monday - 2)).as("months").matches(" {6}[A-Z][a-z]{2}( +[A-Z][a-z]{2})*");
        assertThat(lines.get(monday - 1)).as("the day each week begins").matches(" {6}([ \\d]\\d ){11}[ \\d]\\d");
        assertThat(shell.unknot("stats", "--weeks", "52").outLines())
                .as("a year fits 80 columns")
                .allMatch(line -> line.length() <= 80);

        String coloured = shell.unknotOnTerminal("stats").out();
        assertThat(coloured).contains("\u001B[32m██\u001B[0m");
        assertThat(shell.unknotOnTerminal("stats", "--no-color").out()).doesNotContain("\u001B[");
        assertThat(shell.unknot("stats").out()).doesNotContain("\u001B[");
    }

    @Test
    void theTightnessTrendIsOneLinePerWeek() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int day = 2; day < 40; day++) {
            shell.unknot("checkin", "cat", "--at", today.minusDays(day) + "T09:00", "--before", "8", "--after", "5");
        }

        List<String> lines = shell.unknot("stats").outLines();
        List<String> trend = lines.stream()
                .dropWhile(line -> !line.startsWith("Tightness"))
                .skip(1)
                .takeWhile(line -> !line.isBlank())
                .toList();

        assertThat(trend).hasSizeBetween(6, 7).allMatch(line -> line.startsWith("  week of "));
        assertThat(shell.unknotOnTerminal("stats").out()).containsPattern("  before [▁▂▃▄▅▆▇█ ]{6,7}   after ");
    }

    @Test
    void oneHabitsStatsSpeakOfThatHabitAlone() {
        shell.unknot("habit", "add", "Walk");
        shell.unknot("checkin", "walk", "--before", "9", "--after", "1");

        Shell.Result cat = shell.unknot("stats", "cat");
        assertThat(cat.exitCode()).as(cat.toString()).isZero();
        assertThat(cat.out())
                .doesNotContain("Walk")
                .contains("Tightness at Cat-cow, by week")
                .contains("What Cat-cow does for you")
                .contains("Not enough yet");
        for (int i = 0; i < 4; i++) {
            shell.unknot("checkin", "walk", "--before", "9", "--after", "1");
        }
        assertThat(shell.unknot("stats").out()).containsPattern("Walk +8\\.0 +over 5 check-ins +better");
        assertThat(shell.unknot("stats", "cat").out()).doesNotContain("Walk");

        JsonNode one = shell.unknot("stats", "cat", "--json").json();
        JsonNode todayPoint = one.get("tightness").get(one.get("tightness").size() - 1);
        assertThat(todayPoint.get("before").getDoubleValue())
                .as("Cat-cow's alone")
                .isEqualTo(6.0);
        assertThat(one.get("relief").size()).as("two check-ins rank nothing").isZero();
    }

    @Test
    void oneHabitAndJsonShape() {
        assertThat(shell.unknot("stats", "cat", "--weeks", "2").out()).contains("Tightness at Cat-cow, by week");
        for (int i = 0; i < 3; i++) {
            shell.unknot("checkin", "cat", "--before", "5", "--after", "2", "--pain-before", "4");
        }

        JsonNode json = shell.unknot("stats", "--json").json();
        assertThat(fieldNames(json))
                .containsExactly("habits", "tightness", "relief", "pain", "tightnessChange", "painChange");
        assertThat(fieldNames(json.get("habits").get(0)))
                .containsExactly(
                        "habit", "streak", "score", "adherence7Days", "adherence30Days", "adherence90Days", "days");
        assertThat(fieldNames(json.get("habits").get(0).get("days").get(0)))
                .containsExactly("date", "state", "amount", "target");
        assertThat(fieldNames(json.get("tightness").get(0))).containsExactly("day", "before", "after");
        assertThat(fieldNames(json.get("relief").get(0)))
                .containsExactly(
                        "name",
                        "target",
                        "averageDrop",
                        "checkIns",
                        "averageBefore",
                        "change",
                        "sentence",
                        "painAverageBefore",
                        "painAverageDrop",
                        "painCheckIns",
                        "painChange",
                        "painSentence");
        assertThat(json.get("relief").get(0).get("painSentence").isNull())
                .as("no check-in rated pain after")
                .isTrue();
        // Drops 3, 4 and three of 3 over tightness before 7, 6, 5, 5, 5.
        assertThat(json.get("relief").get(0).get("averageDrop").getDoubleValue())
                .isEqualTo(3.2);
        assertThat(json.get("relief").get(0).get("sentence").getStringValue())
                .isEqualTo("Tightness after Cat-cow: 2.4/10 vs. 5.6/10 before, over 5 check-ins: better.");
        assertThat(fieldNames(json.get("pain").get(0))).containsExactly("day", "before", "after");
        assertThat(json.get("pain").get(0).get("before").getDoubleValue()).isEqualTo(4.0);
        assertThat(json.get("tightnessChange").isNull())
                .as("two days of ratings")
                .isTrue();
    }

    @Test
    void errorsExitTwo() {
        assertThat(shell.unknot("stats", "nope").exitCode()).isEqualTo(2);
        assertThat(shell.unknot("stats", "--weeks", "0").err())
                .isEqualTo("unknot: Progress shows 1 to 52 weeks, not 0\n");
    }

    @Test
    void painAndTheChangeSentencesCompareTheFirstTwoWeeksWithTheLast() {
        shell.unknot("habit", "add", "Walk");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        // Five weeks: tightness 7 then 5 (about the same: 2 points is needed, or 30% of 7),
        // pain 6 then 3 (better).
        for (int day = 34; day >= 0; day--) {
            boolean early = day >= 21;
            shell.unknot(
                    "checkin",
                    "walk",
                    "--at",
                    today.minusDays(day) + "T09:00",
                    "--before",
                    early ? "7" : "6",
                    "--pain-before",
                    early ? "6" : "3",
                    "--pain-after",
                    "2");
        }

        Shell.Result walk = shell.unknot("stats", "walk", "--weeks", "6");

        assertThat(walk.exitCode()).as(walk.toString()).isZero();
        assertThat(walk.out())
                .contains("Pain at Walk, by week (0 none - 10 the worst imaginable)")
                .containsPattern("  week of [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} +before 3\\.0 +after 2\\.0");
        assertThat(walk.outLines()).allMatch(line -> line.length() <= 80);
        // The sentences are wrapped to the terminal: read as one line each.
        assertThat(walk.out().replaceAll("\\n +", " "))
                .contains("Your tightness before practice averaged 6.0/10 in the last two weeks vs. 7.0/10 in your "
                        + "first two weeks: about the same (a change counts from 2 points or 30%).")
                .contains("Your pain before practice averaged 3.0/10 in the last two weeks vs. 6.0/10 in your first "
                        + "two weeks: better.");
        JsonNode json = shell.unknot("stats", "walk", "--json").json();
        assertThat(json.get("painChange").get("change").getStringValue()).isEqualTo("better");
        assertThat(json.get("painChange").get("windows").getStringValue())
                .isEqualTo("last two weeks vs. your first two weeks");
        assertThat(json.get("tightnessChange").get("change").getStringValue()).isEqualTo("about the same");
    }

    @Test
    void whatHelpsSaysWhatItDoesForPainOnceFiveCheckInsRatedIt() {
        shell.unknot("habit", "add", "Walk");
        for (int i = 0; i < 6; i++) {
            if (i < 5) {
                shell.unknot(
                        "checkin", "walk", "--before", "6", "--after", "3", "--pain-before", "5", "--pain-after", "2");
            } else {
                shell.unknot("checkin", "walk", "--before", "6", "--after", "3");
            }
        }

        Shell.Result result = shell.unknot("stats");
        JsonNode walk = shell.unknot("stats", "--json").json().get("relief").get(0);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines())
                .containsSubsequence(
                        "What helps you (average drop in tightness)", "And for your pain (average drop in pain)")
                .anyMatch(line -> line.matches("  Walk +3\\.0 +over 6 check-ins +better"))
                .anyMatch(line -> line.matches("  Walk +3\\.0 +over 5 check-ins +better"));
        assertThat(walk.get("painAverageBefore").getDoubleValue()).isEqualTo(5.0);
        assertThat(walk.get("painAverageDrop").getDoubleValue()).isEqualTo(3.0);
        assertThat(walk.get("painCheckIns").getIntValue()).isEqualTo(5);
        assertThat(walk.get("painChange").getStringValue()).isEqualTo("better");
        assertThat(walk.get("painSentence").getStringValue())
                .isEqualTo("Pain after Walk: 2.0/10 vs. 5.0/10 before, over 5 check-ins: better.");
        assertThat(shell.unknot("stats", "cat").out())
                .as("Cat-cow's check-ins rated no pain")
                .doesNotContain("for your pain");
    }
}
