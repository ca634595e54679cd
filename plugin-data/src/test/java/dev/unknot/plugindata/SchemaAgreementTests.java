package dev.unknot.plugindata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema published for authors and the reader Unknot loads with say the same. */
class SchemaAgreementTests {

    static final Path SCHEMA = Path.of("../docs/plugin-data.schema.json");

    private static final String HEAD = "unknot-plugin: 1\nid: p\nname: P\nversion: 1.0.0\nauthor: Me\n";
    private static final String TECHNIQUE =
            "techniques:\n  - {id: a, name: A, pillar: core, summary: S, steps: [x], body-areas: [core], ";

    private final Schema schema = schema();

    @Test
    void theExampleIsValidByTheSchema() throws IOException {
        assertThat(errors(Files.readString(DataPluginReaderTests.EXAMPLE))).isEmpty();
    }

    @Test
    void everyObjectOfTheSchemaHasTheReadersFields() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SCHEMA.toFile());
        JsonNode defs = root.get("$defs");
        assertThat(names(root.get("properties"))).containsExactlyElementsOf(DataPluginReader.TOP);
        assertThat(names(defs.at("/pillar/properties"))).containsExactlyElementsOf(DataPluginReader.PILLAR);
        assertThat(names(defs.at("/technique/properties"))).containsExactlyElementsOf(DataPluginReader.TECHNIQUE);
        assertThat(names(defs.at("/routine/properties"))).containsExactlyElementsOf(DataPluginReader.ROUTINE);
        assertThat(names(defs.at("/step/oneOf/1/properties"))).containsExactlyElementsOf(DataPluginReader.STEP);
        assertThat(names(defs.at("/habit-template/properties"))).containsExactlyElementsOf(DataPluginReader.TEMPLATE);
        assertThat(names(defs.at("/dose/oneOf/1/properties"))).containsExactlyElementsOf(DataPluginReader.DOSE);
        assertThat(names(defs.at("/phase/properties"))).containsExactlyElementsOf(DataPluginReader.PHASE);
        assertThat(names(defs.at("/target/properties"))).containsExactlyElementsOf(DataPluginReader.TARGET);
        assertThat(names(defs.at("/schedule/oneOf/1/properties"))).containsExactlyElementsOf(DataPluginReader.SCHEDULE);
        assertThat(names(defs.at("/metric/oneOf/1/properties"))).containsExactlyElementsOf(DataPluginReader.METRIC);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                HEAD + "colour: red\n",
                "unknot-plugin: 2\nid: p\nname: P\nversion: 1.0.0\nauthor: Me\n",
                "unknot-plugin: 1\nid: p\nname: P\nversion: 1.0.0\n",
                "unknot-plugin: 1\nid: Not Valid\nname: P\nversion: 1.0.0\nauthor: Me\n",
                HEAD + TECHNIQUE + "dose: {hold: 30}, sides: both}\n",
                HEAD + TECHNIQUE + "dose: {hold: [30, 40, 50]}}\n",
                HEAD + TECHNIQUE + "dose: {hold: 30}, body-parts: [core]}\n",
                HEAD + "techniques:\n  - {id: a, name: A, pillar: core, summary: S, steps: [x], body-areas: [elbows],"
                        + " dose: once}\n",
                HEAD + "habit-templates:\n  - {id: t, name: T, description: D, target: {custom: x},"
                        + " schedule: {times-per-week: 9}}\n",
                HEAD + "habit-templates:\n  - {id: t, name: T, description: D, target: {custom: x}, metric: counted}\n",
            })
    void aDocumentTheSchemaRefusesTheReaderRefusesToo(String document) {
        assertThat(errors(document)).isNotEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DataPluginReader.read(document));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                HEAD + "pillars: [{id: core-care, name: Core care, summary: For the trunk.}]\n",
                HEAD + TECHNIQUE + "dose: {cycles: 3, phases: [{label: In, seconds: 4}]}, sides: each-side}\n",
                HEAD + "habit-templates:\n  - {id: t, name: T, description: D, target: {routine: other/r},"
                        + " schedule: {every-hours: 2, from: '09:00', until: '17:00'},"
                        + " metric: {unit: glasses, daily-target: 8}}\n",
            })
    void aDocumentTheSchemaAcceptsTheReaderReadsToo(String document) {
        assertThat(errors(document)).isEmpty();
        assertThat(DataPluginReader.read(document).descriptor().id()).isEqualTo("p");
    }

    private List<String> errors(String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream()
                .map(Error::getMessage)
                .toList();
    }

    private static Schema schema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return new java.util.LinkedHashSet<>(names);
    }
}
