package dev.unknot.plugin.strength;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StrengthPluginTests extends TechniquePluginContract {

    private final StrengthPlugin strength = new StrengthPlugin();

    @Override
    protected TechniquePlugin plugin() {
        return new StrengthPlugin();
    }

    @Test
    void strengthensGlutesCoreAndUpperBackAgainstMuscleImbalance() {
        assertThat(strength.techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "strength/glute-bridges",
                        "strength/clamshells",
                        "strength/plank",
                        "strength/dead-bugs",
                        "strength/rows",
                        "strength/reverse-flys");
        assertThat(strength.techniques())
                .allSatisfy(technique -> assertThat(technique.causes()).contains(Cause.MUSCLE_IMBALANCE));
    }

    @Test
    void circuitOfAllSixTakesElevenAndAHalfMinutesThreeTimesAWeek() {
        assertThat(strength.routines()).singleElement().satisfies(circuit -> {
            assertThat(circuit.steps())
                    .extracting(step -> step.technique().value())
                    .containsExactly(
                            "strength/glute-bridges",
                            "strength/clamshells",
                            "strength/plank",
                            "strength/dead-bugs",
                            "strength/rows",
                            "strength/reverse-flys");
            // 3 × 12-rep pairs at 102 s, clamshells on each side 204 s, plank 3 × 30 s, dead bugs 90 s
            assertThat(circuit.totalTime()).isEqualTo(Duration.ofMinutes(11).plusSeconds(30));
        });
        assertThat(strength.habitTemplates()).singleElement().satisfies(template -> {
            assertThat(template.target()).isEqualTo(HabitTarget.routine("strength/strength-circuit"));
            assertThat(template.schedule()).isEqualTo(Schedule.timesPerWeek(3));
        });
    }
}
