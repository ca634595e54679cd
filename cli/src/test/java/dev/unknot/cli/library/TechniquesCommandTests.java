package dev.unknot.cli.library;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Technique;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechniquesCommandTests {

    @TempDir
    Path home;

    @Test
    void listsEveryTechniqueInAnAlignedTable() {
        Shell.Result result = Shell.withHome(home).unknot("techniques");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).matches("ID +NAME +PILLAR +DOSE");
        assertThat(lines).hasSize(BuiltInLibrary.LIBRARY.techniques().size() + 1);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.split(" {2,}"))
                        .containsExactly("stretching/childs-pose", "Child's pose", "stretching", "hold 20–30 s"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.split(" {2,}"))
                        .containsExactly(
                                "stretching/knee-to-chest",
                                "Knee-to-chest stretch",
                                "stretching",
                                "hold 20–30 s, each side"));
        Tables.assertAligned(lines, "NAME", "PILLAR", "DOSE");
    }

    @Test
    void pillarLimitsTheListToThatPillar() {
        Shell.Result result = Shell.withHome(home).unknot("techniques", "--pillar", "stretching");

        assertThat(result.exitCode()).isZero();
        List<Technique> stretching = BuiltInLibrary.LIBRARY.techniques(PillarId.of("stretching"));
        assertThat(result.outLines()).hasSize(stretching.size() + 1);
        assertThat(result.outLines().subList(1, result.outLines().size()))
                .allSatisfy(line -> assertThat(line.split(" {2,}")[2]).isEqualTo("stretching"));
    }

    @Test
    void anUnknownPillarExitsWithTwoAndOneLine() {
        Shell.Result result = Shell.withHome(home).unknot("techniques", "--pillar", "yoga");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("unknot: no pillar 'yoga'; run 'unknot pillars' to list them");
    }

    @Test
    void aMalformedPillarIdExitsWithTwoAndOneLine() {
        Shell.Result result = Shell.withHome(home).unknot("techniques", "--pillar", "Foam Rolling");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .containsExactly("unknot: 'Foam Rolling' is not a pillar id"
                        + " (ids look like 'foam-rolling'); run 'unknot pillars' to list them");
    }

    @Test
    void jsonListsFullTechniquesOfThePillar() {
        Shell.Result result = Shell.withHome(home).unknot("techniques", "--pillar", "stretching", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = result.json();
        assertThat(fieldNames(document)).containsExactly("techniques");
        assertThat(strings(document.get("techniques"), "id"))
                .contains(
                        "stretching/cat-cow",
                        "stretching/childs-pose",
                        "stretching/knee-to-chest",
                        "stretching/seated-spinal-twist");
        assertThat(strings(document.get("techniques"), "pillar")).containsOnly("stretching");
        assertThat(fieldNames(document.get("techniques").get(0))).isEqualTo(TechniqueCommandTests.TECHNIQUE_FIELDS);
    }
}
