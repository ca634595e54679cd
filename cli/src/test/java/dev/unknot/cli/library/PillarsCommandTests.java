package dev.unknot.cli.library;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.core.library.Pillar;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PillarsCommandTests {

    @TempDir
    Path home;

    @Test
    void listsTheTenBuiltInPillars() {
        JsonNode pillars =
                Shell.withHome(home).unknot("pillars", "--json").json().get("pillars");

        assertThat(strings(pillars, "id"))
                .containsExactlyInAnyOrder(
                        "stretching",
                        "foam-rolling",
                        "heat",
                        "movement",
                        "massage",
                        "strength",
                        "breathing",
                        "ergonomics",
                        "nutrition",
                        "specialist");
    }

    @Test
    void printsOneAlignedRowPerPillarWithItsTechniqueCount() {
        Shell.Result result = Shell.withHome(home).unknot("pillars");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).matches("ID +NAME +TECHNIQUES");
        List<Pillar> pillars = BuiltInLibrary.LIBRARY.pillars();
        assertThat(lines).hasSize(pillars.size() + 1);
        for (int i = 0; i < pillars.size(); i++) {
            Pillar pillar = pillars.get(i);
            int techniques = BuiltInLibrary.LIBRARY.techniques(pillar.id()).size();
            assertThat(lines.get(i + 1).split(" {2,}"))
                    .containsExactly(pillar.id().value(), pillar.name(), String.valueOf(techniques));
        }
        Tables.assertAligned(lines, "NAME", "TECHNIQUES");
    }

    @Test
    void jsonHasOneEntryPerPillar() {
        Shell.Result result = Shell.withHome(home).unknot("pillars", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = result.json();
        assertThat(fieldNames(document)).containsExactly("pillars");
        JsonNode stretching = find(document.get("pillars"), "stretching");
        assertThat(fieldNames(stretching)).containsExactly("id", "name", "summary", "techniqueCount");
        assertThat(stretching.get("name").getStringValue()).isEqualTo("Stretching");
        assertThat(stretching.get("summary").getStringValue()).isNotBlank();
        assertThat(stretching.get("techniqueCount").getIntValue()).isGreaterThanOrEqualTo(4);
    }

    static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array.values()) {
            if (node.get("id").getStringValue().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no '" + id + "' in " + array);
    }
}
