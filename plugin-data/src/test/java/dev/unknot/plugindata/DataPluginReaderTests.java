package dev.unknot.plugindata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginRequirement;
import dev.unknot.core.spi.TechniquePlugin;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataPluginReaderTests {

    static final Path EXAMPLE = Path.of("../examples/plugin-data/desk-reset.yaml");

    @Test
    void theExampleReadsWithEveryPart() {
        TechniquePlugin plugin = DataPlugins.read(EXAMPLE);

        assertThat(plugin.descriptor().id()).isEqualTo("desk-reset");
        assertThat(plugin.descriptor().requires())
                .extracting(PluginRequirement::toString)
                .containsExactly("ergonomics [0.1,1.0)", "movement [0.1,1.0)", "stretching [0.1,1.0)");
        Technique chinTuck = plugin.techniques().get(0);
        assertThat(chinTuck.id().value()).isEqualTo("desk-reset/chin-tuck");
        assertThat(chinTuck.dose()).isEqualTo(Dose.hold(5, 10).times(5));
        assertThat(chinTuck.bodyAreas()).containsExactlyInAnyOrder(BodyArea.NECK, BodyArea.UPPER_BACK);
        assertThat(chinTuck.causes()).containsExactly(Cause.POOR_POSTURE);
        assertThat(chinTuck.steps()).hasSize(3);
        assertThat(chinTuck.cautions()).hasSize(1);
        assertThat(plugin.techniques().get(1).dose()).isEqualTo(Dose.reps(10, 2));
        assertThat(plugin.routines().get(0).steps())
                .extracting(step -> step.technique().value() + " " + step.dose().describe() + " " + step.sides())
                .containsExactly(
                        "desk-reset/chin-tuck hold 5–10 s × 5 NONE",
                        "desk-reset/shoulder-rolls 10 reps × 2 sets NONE",
                        "stretching/childs-pose hold 20–30 s NONE");
        assertThat(plugin.habitTemplates().get(0).target())
                .isEqualTo(HabitTarget.routine("desk-reset/two-minute-reset"));
        assertThat(plugin.habitTemplates().get(0).schedule())
                .isEqualTo(Schedule.everyHours(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(plugin.habitTemplates().get(0).metric()).isEqualTo(Metric.yesNo());
    }

    @Test
    void jsonIsReadByTheSameRules() {
        TechniquePlugin plugin = DataPluginReader.read("""
                {"unknot-plugin": 1, "id": "water", "name": "Water", "version": "1.0.0", "author": "Me",
                 "runs-on": "[0.1,1.0)",
                 "habit-templates": [{"id": "glasses", "name": "Eight glasses", "description": "Drink through the day.",
                   "target": {"custom": "Drink water"}, "schedule": {"weekdays": ["monday", "friday"]},
                   "metric": {"unit": "glasses", "daily-target": 8}}]}
                """);

        assertThat(plugin.descriptor().host()).hasToString("[0.1,1.0)");
        assertThat(plugin.habitTemplates().get(0).schedule())
                .isEqualTo(Schedule.on(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(plugin.habitTemplates().get(0).metric()).isEqualTo(Metric.measured("glasses", 8));
    }

    @Test
    void everyDoseFormReads() {
        TechniquePlugin plugin = DataPluginReader.read("""
                unknot-plugin: 1
                id: doses
                name: Doses
                version: "1"
                author: Me
                techniques:
                  - {id: a, name: A, pillar: p, summary: S, steps: [x], body-areas: [core], dose: {hold: 30}, sides: each-side}
                  - {id: b, name: B, pillar: p, summary: S, steps: [x], body-areas: [core], dose: {seconds: [30, 60]}}
                  - {id: c, name: C, pillar: p, summary: S, steps: [x], body-areas: [core], dose: {minutes: 10}}
                  - {id: d, name: D, pillar: p, summary: S, steps: [x], body-areas: [core], dose: {reps: 12}}
                  - id: e
                    name: E
                    pillar: p
                    summary: S
                    steps: [x]
                    body-areas: [core]
                    dose: {cycles: 4, phases: [{label: In, seconds: 4}, {label: Out, seconds: 6}]}
                  - {id: f, name: F, pillar: p, summary: S, steps: [x], body-areas: [core], dose: {daily: 8, unit: glasses}}
                  - {id: g, name: G, pillar: p, summary: S, steps: [x], body-areas: [core], dose: once}
                """);

        assertThat(plugin.techniques())
                .extracting(technique -> technique.dose().describe())
                .hasSize(7)
                .doesNotHaveDuplicates();
        assertThat(plugin.techniques().get(0).sides()).isEqualTo(Sides.EACH_SIDE);
        assertThat(plugin.techniques().get(3).dose()).isEqualTo(Dose.reps(12, 1));
        assertThat(plugin.techniques().get(6).dose()).isEqualTo(Dose.once());
    }

    @Test
    void everyProblemIsListedWithItsLineAndField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DataPluginReader.read("""
                        unknot-plugin: 1
                        id: broken
                        name: Broken
                        version: 1.0.0
                        techniques:
                          - id: a
                            name: A
                            pillar: p
                            summary: S
                            steps: [x]
                            body-areas: [core, elbows]
                            dose: {hold: [30, 20]}
                            sides: both
                            colour: red
                        routines:
                          - id: r
                            name: R
                            summary: S
                            steps: [missing]
                        """))
                .satisfies(e -> assertThat(e.getMessage().lines().toList())
                        .containsExactly(
                                "line 1: needs the field 'author'",
                                "line 11, techniques[0].body-areas[1]: is not one of neck, shoulders, upper-back,"
                                        + " mid-back, lower-back, spine, hips, glutes, core, legs, whole-body",
                                "line 12, techniques[0].dose: hold minimum 30 s is above its maximum 20 s",
                                "line 13, techniques[0].sides: is 'none' or 'each-side'",
                                "line 14, techniques[0].colour: is not a field here; the fields are id, name, pillar,"
                                        + " summary, steps, dose, sides, equipment, body-areas, causes, cautions",
                                "line 16, routines[0]: broken/r needs at least one step",
                                "line 19, routines[0].steps[0]: 'broken/missing' is not a technique of this document;"
                                        + " a step with another plugin's technique is written as a mapping with"
                                        + " 'technique', 'dose' and 'sides'"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'unknot-plugin: 2\nid: x\nname: X\nversion: 1\nauthor: Me' | line 1, unknot-plugin: this Unknot reads version 1 of the format, not 2",
                "'id: [unclosed'                                               | line 1: not YAML or JSON",
                "'- just\n- a list'                                            | line 1: must be a mapping of fields",
                "''                                                            | the document is empty",
                "'unknot-plugin: 1\nid: x\nid: y\nname: X\nversion: 1\nauthor: Me' | line 3, id: is given twice",
                "'unknot-plugin: 1\nid: Not An Id\nname: X\nversion: 1\nauthor: Me' | line 1: plugin id must be lower-case words joined by hyphens",
                "'unknot-plugin: 1\nid: x\nname: X\nversion: 1\nauthor: Me\nrequires: {y: soon}' | line 6, requires.y: 'soon' is not a version range",
            })
    void aDocumentThatIsNotAPluginSaysWhereAndWhy(String text, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DataPluginReader.read(text.replace("\\n", "\n")))
                .withMessageStartingWith(problem);
    }
}
