package dev.unknot.plugin.nutrition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import org.junit.jupiter.api.Test;

class NutritionPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new NutritionPlugin();
    }

    @Test
    void carriesEveryFoodAndDrinkTheGuideNames() {
        assertThat(new NutritionPlugin().techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "nutrition/magnesium-rich-foods",
                        "nutrition/omega-3s",
                        "nutrition/protein",
                        "nutrition/water",
                        "nutrition/limit-sugar-and-processed-food");
    }

    @Test
    void waterIsEightGlassesMeasuredAgainstADailyTarget() {
        assertThat(NutritionPlugin.WATER.dose()).isEqualTo(Dose.daily(8, "glasses"));
        HabitTemplate water = template("nutrition/eight-glasses-of-water");
        assertThat(water.target()).isEqualTo(new HabitTarget.OfTechnique(TechniqueId.of("nutrition/water")));
        assertThat(water.schedule()).isEqualTo(Schedule.daily());
        assertThat(water.metric()).isEqualTo(Metric.measured("glasses", 8));
    }

    @Test
    void omega3sAreSuggestedTwiceAWeek() {
        HabitTemplate omega3s = template("nutrition/omega-3s-twice-a-week");
        assertThat(omega3s.target()).isEqualTo(new HabitTarget.OfTechnique(TechniqueId.of("nutrition/omega-3s")));
        assertThat(omega3s.schedule()).isEqualTo(Schedule.timesPerWeek(2));
    }

    private static HabitTemplate template(String id) {
        return new NutritionPlugin()
                .habitTemplates().stream()
                        .filter(template -> template.id().value().equals(id))
                        .findFirst()
                        .orElseThrow();
    }
}
