package dev.unknot.plugin.heat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Routine;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeatPluginTests extends TechniquePluginContract {

    private final HeatPlugin heat = new HeatPlugin();

    @Override
    protected TechniquePlugin plugin() {
        return new HeatPlugin();
    }

    @Test
    void offersTheGuidesThreeWaysToWarmTheBack() {
        assertThat(heat.techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder("heat/heating-pad", "heat/epsom-salt-bath", "heat/infrared-heat-wrap");
        assertThat(heat.techniques())
                .allSatisfy(technique -> assertThat(technique.dose().describe()).isEqualTo("15–20 min"));
    }

    @Test
    void eveningReleaseWarmsThenStretchesThenRollsInTwentyFiveAndAHalfMinutes() {
        Routine eveningRelease = heat.routines().stream()
                .filter(routine -> routine.id().value().equals("heat/evening-release"))
                .findFirst()
                .orElseThrow();
        assertThat(eveningRelease.steps())
                .extracting(step -> step.technique().value())
                .containsExactly(
                        "heat/heating-pad",
                        "stretching/childs-pose",
                        "stretching/knee-to-chest",
                        "foam-rolling/upper-back-roll",
                        "foam-rolling/lower-back-roll");
        // 20 min heat + 30 s child's pose + 2 × 30 s knee-to-chest + 2 × 2 min rolling
        assertThat(eveningRelease.totalTime()).isEqualTo(Duration.ofMinutes(25).plusSeconds(30));
    }

    @Test
    void eveningReleaseIsSuggestedThreeTimesAWeek() {
        assertThat(heat.habitTemplates()).singleElement().satisfies(template -> {
            assertThat(template.target()).isEqualTo(HabitTarget.routine("heat/evening-release"));
            assertThat(template.schedule()).isEqualTo(Schedule.timesPerWeek(3));
        });
    }
}
