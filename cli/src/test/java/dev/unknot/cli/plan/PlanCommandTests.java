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
                        "Run again with --apply to create them.");
        assertThat(shell.unknot("habits", "--json").json().get("habits").size()).isZero();

        Shell.Result applied = shell.unknot(with(ANSWERS, "--apply"));
        assertThat(applied.out()).contains("Created habit 1: ");
        int created = shell.unknot("habits", "--json").json().get("habits").size();
        assertThat(created).isPositive();

        JsonNode again = shell.unknot(with(ANSWERS, "--apply", "--json")).json();
        assertThat(fieldNames(again)).containsExactly("causes", "habits", "routine", "applied");
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

    private static String[] with(String[] answers, String... more) {
        String[] args = new String[answers.length + more.length + 1];
        args[0] = "plan";
        System.arraycopy(answers, 0, args, 1, answers.length);
        System.arraycopy(more, 0, args, answers.length + 1, more.length);
        return args;
    }
}
