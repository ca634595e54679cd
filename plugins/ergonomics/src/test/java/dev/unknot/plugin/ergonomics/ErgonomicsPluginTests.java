package dev.unknot.plugin.ergonomics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ErgonomicsPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new ErgonomicsPlugin();
    }

    @Test
    void carriesTheGuidesFourUpgradesEachSetUpOnce() {
        assertThat(new ErgonomicsPlugin().techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "ergonomics/chair-and-lumbar-support",
                        "ergonomics/sit-stand-desk",
                        "ergonomics/screen-at-eye-level",
                        "ergonomics/mattress-and-pillow");
        assertThat(new ErgonomicsPlugin().techniques())
                .allSatisfy(technique -> assertThat(technique.dose()).isEqualTo(Dose.once()));
    }

    @Test
    void suggestsSwitchingBetweenSittingAndStandingEveryHourOfTheWorkingDay() {
        HabitTemplate alternate = new ErgonomicsPlugin()
                .habitTemplates().stream()
                        .filter(template -> template.id().value().equals("ergonomics/alternate-sitting-and-standing"))
                        .findFirst()
                        .orElseThrow();
        assertThat(alternate.target())
                .isEqualTo(new HabitTarget.OfTechnique(TechniqueId.of("ergonomics/sit-stand-desk")));
        assertThat(alternate.schedule()).isEqualTo(Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }
}
