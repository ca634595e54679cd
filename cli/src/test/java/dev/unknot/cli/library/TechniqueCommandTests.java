package dev.unknot.cli.library;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechniqueCommandTests {

    static final List<String> TECHNIQUE_FIELDS = List.of(
            "id",
            "name",
            "pillar",
            "summary",
            "steps",
            "dose",
            "sides",
            "timeSeconds",
            "equipment",
            "bodyAreas",
            "causes",
            "cautions",
            "phases");

    private static final Technique CHILDS_POSE = BuiltInLibrary.LIBRARY
            .technique(TechniqueId.of("stretching/childs-pose"))
            .orElseThrow();

    @TempDir
    Path home;

    @Test
    void showsTheNumberedStepsAndTheDose() {
        Shell.Result result = Shell.withHome(home).unknot("technique", "stretching/childs-pose");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("Child's pose");
        assertThat(lines.get(1)).isEqualTo("stretching/childs-pose | Stretching");
        assertThat(lines).contains(CHILDS_POSE.summary(), "Steps");
        int steps = lines.indexOf("Steps");
        // Each step numbered, wrapped between words under itself within 80 columns.
        String shown = String.join("\n", lines.subList(steps + 1, lines.indexOf("Dose        hold 20–30 s") - 1));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < CHILDS_POSE.steps().size(); i++) {
            expected.append(i == 0 ? "" : "\n")
                    .append("  ")
                    .append(i + 1)
                    .append(". ")
                    .append(CHILDS_POSE.steps().get(i));
        }
        assertThat(shown.replaceAll("\n {5}", " ")).isEqualTo(expected.toString());
        assertThat(lines).allMatch(line -> line.length() <= 80);
        assertThat(lines)
                .contains(
                        "Dose        hold 20–30 s",
                        "Sides       once (no left and right)",
                        "Time        30 s",
                        "Equipment   none",
                        "Body areas  "
                                + CHILDS_POSE.bodyAreas().stream()
                                        .map(BodyArea::label)
                                        .collect(joining(", ")),
                        "Causes      "
                                + CHILDS_POSE.causes().stream()
                                        .map(Cause::label)
                                        .collect(joining(", ")));
    }

    @Test
    void showsCautionsAndTheTimer() {
        List<String> lines = Shell.withHome(home)
                .unknot("technique", "stretching/childs-pose")
                .outLines();

        assertThat(lines)
                .containsSubsequence("Cautions", "  - " + CHILDS_POSE.cautions().get(0));
        assertThat(lines).containsSubsequence("Timer", "  1. Hold  30 s");
    }

    @Test
    void aTechniqueOnEachSideTimesBothSides() {
        List<String> lines = Shell.withHome(home)
                .unknot("technique", "stretching/knee-to-chest")
                .outLines();

        assertThat(lines).contains("Sides       each side, left then right", "Time        1 min");
        assertThat(lines).containsSubsequence("Timer", "  1. Hold (left side)   30 s", "  2. Hold (right side)  30 s");
    }

    @Test
    void anUnknownTechniqueExitsWithTwoAndOneLine() {
        Shell.Result result = Shell.withHome(home).unknot("technique", "stretching/nope");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .containsExactly("unknot: no technique 'stretching/nope'; run 'unknot techniques' to list them");
    }

    @Test
    void aMalformedTechniqueIdExitsWithTwoAndOneLine() {
        Shell.Result result = Shell.withHome(home).unknot("technique", "Stretching/Child Pose");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .containsExactly("unknot: 'Stretching/Child Pose' is not a technique id"
                        + " (ids look like 'stretching/childs-pose'); run 'unknot techniques' to list them");
    }

    @Test
    void jsonHasEveryDetailWithDurationsInSeconds() {
        Shell.Result result = Shell.withHome(home).unknot("technique", "stretching/knee-to-chest", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode technique = result.json();
        assertThat(fieldNames(technique)).isEqualTo(TECHNIQUE_FIELDS);
        assertThat(technique.get("id").getStringValue()).isEqualTo("stretching/knee-to-chest");
        assertThat(technique.get("name").getStringValue()).isEqualTo("Knee-to-chest stretch");
        assertThat(technique.get("pillar").getStringValue()).isEqualTo("stretching");
        assertThat(technique.get("steps").size()).isEqualTo(4);
        assertThat(fieldNames(technique.get("dose"))).containsExactly("kind", "description");
        assertThat(technique.get("dose").get("kind").getStringValue()).isEqualTo("hold");
        assertThat(technique.get("dose").get("description").getStringValue()).isEqualTo("hold 20–30 s");
        assertThat(technique.get("sides").getStringValue()).isEqualTo("each-side");
        assertThat(technique.get("timeSeconds").getLongValue()).isEqualTo(60);
        assertThat(technique.get("equipment").isArray()).isTrue();
        assertThat(technique.get("equipment").size()).isZero();
        assertThat(strings(technique.get("bodyAreas"))).containsExactly("lower-back", "hips");
        assertThat(strings(technique.get("causes"))).containsExactly("lack-of-movement", "overuse");
        assertThat(technique.get("cautions").size()).isEqualTo(1);
        JsonNode phases = technique.get("phases");
        assertThat(phases.size()).isEqualTo(2);
        assertThat(fieldNames(phases.get(0))).containsExactly("label", "durationSeconds");
        assertThat(strings(phases, "label")).containsExactly("Hold (left side)", "Hold (right side)");
        assertThat(phases.get(1).get("durationSeconds").getLongValue()).isEqualTo(30);
    }
}
