package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import org.junit.jupiter.api.Test;

class PillarAndTemplateTests {

    @Test
    void pillarKeepsItsTextStripped() {
        Pillar heat = Pillar.of("heat", " Heat ", " Warmth relaxes muscle. ");

        assertThat(heat.id()).isEqualTo(PillarId.of("heat"));
        assertThat(heat.name()).isEqualTo("Heat");
        assertThat(heat.summary()).isEqualTo("Warmth relaxes muscle.");
    }

    @Test
    void pillarRejectsBlankText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Pillar.of("heat", "", "Warmth."))
                .withMessage("pillar name must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Pillar.of("heat", "Heat", " "))
                .withMessage("pillar summary must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> new Pillar(null, "Heat", "Warmth."))
                .withMessage("pillar id must not be null");
    }

    @Test
    void templateKeepsWhatItSuggests() {
        HabitTemplate water = HabitTemplate.of(
                "hydration/water",
                "Water",
                "Eight glasses a day.",
                HabitTarget.custom("Drink a glass of water"),
                Schedule.daily(),
                Metric.measured("glasses", 8));

        assertThat(water.id()).isEqualTo(TemplateId.of("hydration/water"));
        assertThat(water.metric()).isEqualTo(Metric.measured("glasses", 8));
    }

    @Test
    void templateRejectsBlankTextNamingItself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HabitTemplate.of(
                        "hydration/water", " ", "d", HabitTarget.custom("x"), Schedule.daily(), Metric.yesNo()))
                .withMessage("name of hydration/water must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HabitTemplate.of(
                        "hydration/water", "n", "", HabitTarget.custom("x"), Schedule.daily(), Metric.yesNo()))
                .withMessage("description of hydration/water must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> HabitTemplate.of("hydration/water", "n", "d", null, Schedule.daily(), Metric.yesNo()))
                .withMessage("target of hydration/water must not be null");
    }
}
