package dev.unknot.plugin.foamrolling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FoamRollingPluginTests extends TechniquePluginContract {

    private final FoamRollingPlugin foamRolling = new FoamRollingPlugin();

    @Override
    protected TechniquePlugin plugin() {
        return new FoamRollingPlugin();
    }

    @Test
    void rollsTheUpperAndLowerBackForOneToTwoMinutesEachWithAFoamRoller() {
        assertThat(foamRolling.techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder("foam-rolling/upper-back-roll", "foam-rolling/lower-back-roll");
        assertThat(foamRolling.techniques()).allSatisfy(technique -> {
            assertThat(technique.dose()).isEqualTo(Dose.minutes(1, 2));
            assertThat(technique.dose().describe()).isEqualTo("1–2 min");
            assertThat(technique.equipment()).containsExactly("Foam roller");
        });
    }

    @Test
    void wholeBackRollTakesFourMinutesAndIsSuggestedThreeTimesAWeek() {
        assertThat(foamRolling.routines())
                .singleElement()
                .satisfies(routine -> assertThat(routine.totalTime()).isEqualTo(Duration.ofMinutes(4)));
        assertThat(foamRolling.habitTemplates()).singleElement().satisfies(template -> {
            assertThat(template.schedule()).isEqualTo(Schedule.timesPerWeek(3));
            assertThat(template.target()).isEqualTo(HabitTarget.routine("foam-rolling/whole-back-roll"));
        });
    }
}
