package dev.unknot.plugin.massage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MassagePluginTests extends TechniquePluginContract {

    private final MassagePlugin massage = new MassagePlugin();

    @Override
    protected TechniquePlugin plugin() {
        return new MassagePlugin();
    }

    @Test
    void offersTheGuidesThreeWaysToMassageWithoutAProfessional() {
        assertThat(massage.techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "massage/massage-gun", "massage/tennis-ball-massage", "massage/partner-massage");
        assertThat(technique("massage/partner-massage").equipment()).contains("Light massage oil or balm");
        assertThat(massage.techniques())
                .allSatisfy(technique -> assertThat(technique.cautions())
                        .anySatisfy(caution -> assertThat(caution).contains("never on the bony ridge")));
    }

    @Test
    void selfMassageWorksEachSideOfTheSpineForOneToTwoMinutes() {
        for (String id : new String[] {"massage/massage-gun", "massage/tennis-ball-massage"}) {
            Technique selfMassage = technique(id);
            assertThat(selfMassage.dose()).isEqualTo(Dose.minutes(1, 2));
            assertThat(selfMassage.sides()).isEqualTo(Sides.EACH_SIDE);
            assertThat(selfMassage.time()).isEqualTo(Duration.ofMinutes(4));
        }
        assertThat(technique("massage/partner-massage").time()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void suggestsTennisBallThreeTimesAWeekAndAPartnerMassageWeekly() {
        assertThat(massage.habitTemplates())
                .extracting(template -> template.schedule())
                .containsExactly(Schedule.timesPerWeek(3), Schedule.timesPerWeek(1));
    }

    private Technique technique(String id) {
        return massage.techniques().stream()
                .filter(technique -> technique.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
