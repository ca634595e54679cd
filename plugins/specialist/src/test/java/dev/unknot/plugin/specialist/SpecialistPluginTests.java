package dev.unknot.plugin.specialist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.Dose;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import org.junit.jupiter.api.Test;

class SpecialistPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new SpecialistPlugin();
    }

    @Test
    void carriesTheGuidesFourSpecialistsAndTheRedFlagCheck() {
        assertThat(new SpecialistPlugin().techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "specialist/physical-therapy",
                        "specialist/chiropractic-care",
                        "specialist/orthopaedic-consultation",
                        "specialist/acupuncture",
                        "specialist/red-flag-check");
        assertThat(new SpecialistPlugin().techniques())
                .allSatisfy(technique -> assertThat(technique.dose()).isEqualTo(Dose.once()));
    }

    @Test
    void redFlagsArePainNumbnessAndWeakness() {
        assertThat(SpecialistPlugin.RED_FLAGS).containsExactly("pain", "numbness", "weakness");
    }

    @Test
    void thePillarNamesTheGuidelinesItFollows() {
        assertThat(new SpecialistPlugin().pillars().get(0).summary())
                .contains("NICE guideline NG59 (2016, updated 2020)")
                .contains("American College of Physicians' 2017")
                .contains("BMJ's reviews of red flags");
    }

    @Test
    void redFlagsCannotBeMissedOnAnyPage() {
        var plugin = new SpecialistPlugin();
        assertThat(plugin.pillars().get(0).summary())
                .contains("Pain, numbness or weakness", "without delay", "emergency care now");
        assertThat(plugin.techniques())
                .allSatisfy(technique -> assertThat(technique.cautions())
                        .anySatisfy(caution -> assertThat(caution)
                                .contains(SpecialistPlugin.RED_FLAGS)
                                .contains("without delay")));
        assertThat(SpecialistPlugin.RED_FLAG_CHECK.steps())
                .anySatisfy(step -> assertThat(step).startsWith("Pain?"))
                .anySatisfy(step -> assertThat(step).startsWith("Numbness or tingling?"))
                .anySatisfy(step -> assertThat(step).startsWith("Weakness?"))
                .anySatisfy(step -> assertThat(step).startsWith("If any answer is yes"))
                .anySatisfy(step -> assertThat(step).contains("not improved after several weeks"));
    }
}
