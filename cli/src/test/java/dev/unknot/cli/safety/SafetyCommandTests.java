package dev.unknot.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyCommandTests {

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void utc() {
        shell = Shell.withHome(home);
        assertThat(shell.unknot("settings", "--time-zone", "UTC").exitCode()).isZero();
    }

    @Test
    void withoutATerminalItShowsTheQuestionsAndOffersThem() {
        Shell.Result result = shell.unknot("safety");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("Safety screen")
                .contains("Any new trouble passing urine or stool, or holding it in? (bladder-bowel)")
                .contains("Not answered yet: run 'unknot safety' at a terminal, or give --yes ID,... or --none.");
        JsonNode json = shell.unknot("safety", "--show", "--json").json();
        assertThat(json.get("offer").getBooleanValue()).isTrue();
        assertThat(json.get("questions").size()).isEqualTo(10);
    }

    @Test
    void answersAreKeptShownAndAnEmergencyIsSaidAtOnce() {
        Shell.Result answered = shell.unknot("safety", "--yes", "both-legs,cancer");

        assertThat(answered.exitCode()).as(answered.toString()).isZero();
        assertThat(answered.out())
                .contains("Any weakness or numbness in both legs? yes (both-legs)")
                .contains("Have you ever had cancer? yes (cancer)")
                .contains("Have you lost weight without trying? no (weight-loss)")
                .contains("Emergency: Seek emergency care now")
                .contains("Take care: Worth checking with a doctor");

        JsonNode none = shell.unknot("safety", "--none", "--json").json();
        assertThat(none.get("yes").size()).isZero();
        assertThat(none.get("offer").getBooleanValue()).isFalse();
        assertThat(none.get("advice").size()).isZero();
    }

    @Test
    void theStartOffersItUntilPutOff() {
        assertThat(shell.unknot("today").out()).contains("First, 'unknot safety' asks a few yes/no questions");

        JsonNode later = shell.unknot("safety", "--later", "--json").json();

        assertThat(shell.unknot("today").out()).doesNotContain("unknot safety");
        assertThat(later.get("offer").getBooleanValue()).isFalse();
        assertThat(later.get("taken").isNull()).isTrue();
    }

    @Test
    void badAnswersExitTwoWithOneLine() {
        Shell.Result pain = shell.unknot("safety", "--yes", "pain");
        Shell.Result both = shell.unknot("safety", "--none", "--later");

        assertThat(pain.exitCode()).isEqualTo(2);
        assertThat(pain.errLines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("unknot: yes must be among saddle-numbness, bladder-bowel, both-legs")
                        .endsWith("was 'pain'"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines())
                .containsExactly("unknot: --yes, --none, --later and --show go alone; choose one of them");
        assertThat(shell.unknot("safety", "--show", "--json")
                        .json()
                        .get("offer")
                        .getBooleanValue())
                .isTrue();
    }
}
