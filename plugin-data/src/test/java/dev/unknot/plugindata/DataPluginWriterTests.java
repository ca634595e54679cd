package dev.unknot.plugindata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPluginWriterTests {

    private static final PluginDescriptor ANNA = PluginDescriptor.of("anna", "Anna's exercises", "1", "Anna");

    @Test
    void theExampleReadsBackEqualAfterWriting() {
        TechniquePlugin example = DataPlugins.read(DataPluginReaderTests.EXAMPLE);

        TechniquePlugin again = DataPlugins.read(
                DataPlugins.write(example.descriptor(), example.pillars(), example.techniques(), example.routines()));

        assertThat(again.techniques()).isEqualTo(example.techniques());
        assertThat(again.routines()).isEqualTo(example.routines());
    }

    @Test
    void everyDoseReadsBackEqual() {
        List<Dose> doses = List.of(
                Dose.hold(20, 30).times(3),
                Dose.hold(30, 30),
                Dose.minutes(2, 5),
                new Dose.Timed(Duration.ofSeconds(45), Duration.ofSeconds(90)),
                Dose.reps(10, 2),
                Dose.cycles(4, TimerPhase.seconds("Breathe in", 4), TimerPhase.seconds("Breathe out", 6)),
                Dose.daily(8, "glasses"),
                Dose.once());
        List<Technique> techniques = new java.util.ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            techniques.add(new Technique(
                    TechniqueId.of("anna/t" + i),
                    "T " + i + ": \"quoted\", with: colons",
                    dev.unknot.core.library.PillarId.of("stretching"),
                    "Summary",
                    List.of("One", "- two"),
                    doses.get(i),
                    i % 2 == 0 ? Sides.EACH_SIDE : Sides.NONE,
                    List.of(),
                    java.util.Set.of(BodyArea.LOWER_BACK, BodyArea.UPPER_BACK),
                    java.util.Set.of(),
                    List.of("Stop when it hurts")));
        }
        Routine routine = new Routine(
                dev.unknot.core.library.RoutineId.of("anna/all"),
                "All",
                "Everything",
                List.of(
                        RoutineStep.of(techniques.get(0)),
                        new RoutineStep(TechniqueId.of("stretching/childs-pose"), Dose.hold(20, 30), Sides.NONE)));

        TechniquePlugin again = DataPlugins.read(DataPlugins.write(ANNA, List.of(), techniques, List.of(routine)));

        assertThat(again.techniques()).isEqualTo(techniques);
        assertThat(again.routines()).containsExactly(routine);
    }
}
