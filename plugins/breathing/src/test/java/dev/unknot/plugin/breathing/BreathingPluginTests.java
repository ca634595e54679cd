package dev.unknot.plugin.breathing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreathingPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new BreathingPlugin();
    }

    @Test
    void carriesTheGuidesFourWaysToEaseStress() {
        assertThat(new BreathingPlugin().techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "breathing/box-breathing",
                        "breathing/progressive-muscle-relaxation",
                        "breathing/meditation",
                        "breathing/journaling");
        assertThat(new BreathingPlugin().techniques())
                .allSatisfy(technique -> assertThat(technique.causes()).contains(Cause.STRESS));
    }

    @Test
    void boxBreathingWalksInhaleHoldExhaleHoldForFourSecondsEach() {
        var dose = (Dose.Cycles) BreathingPlugin.BOX_BREATHING.dose();
        assertThat(dose.pattern())
                .containsExactly(
                        TimerPhase.seconds("Inhale", 4),
                        TimerPhase.seconds("Hold", 4),
                        TimerPhase.seconds("Exhale", 4),
                        TimerPhase.seconds("Hold", 4));
        assertThat(dose.cycleTime()).isEqualTo(Duration.ofSeconds(16));
        assertThat(BreathingPlugin.BOX_BREATHING.time()).isEqualTo(Duration.ofSeconds(16L * dose.cycles()));
    }

    @Test
    void stressResetStartsWithBoxBreathingAndEndsInChildsPose() {
        var reset = new BreathingPlugin().routines().get(0);
        assertThat(reset.id().value()).isEqualTo("breathing/stress-reset");
        assertThat(reset.steps())
                .extracting(step -> step.technique().value())
                .containsExactly(
                        "breathing/box-breathing", "breathing/progressive-muscle-relaxation", "stretching/childs-pose");
        // 4 × 16 s of box breathing, 8 × (5 + 20) s of tensing and releasing, 30 s in child's pose.
        assertThat(reset.totalTime()).isEqualTo(Duration.ofSeconds(64 + 200 + 30));
    }
}
