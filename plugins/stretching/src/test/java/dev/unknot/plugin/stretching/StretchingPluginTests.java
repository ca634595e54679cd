package dev.unknot.plugin.stretching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StretchingPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new StretchingPlugin();
    }

    @Test
    void carriesTheGuidesFourStretchesHeldTwentyToThirtySeconds() {
        assertThat(new StretchingPlugin().techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "stretching/childs-pose",
                        "stretching/cat-cow",
                        "stretching/knee-to-chest",
                        "stretching/seated-spinal-twist");
        assertThat(new StretchingPlugin().techniques())
                .allSatisfy(technique -> assertThat(technique.dose().describe()).isEqualTo("hold 20–30 s"));
    }

    @Test
    void twistIsHeldOnEachSide() {
        var twist = new StretchingPlugin()
                .techniques().stream()
                        .filter(technique -> technique.id().equals(TechniqueId.of("stretching/seated-spinal-twist")))
                        .findFirst()
                        .orElseThrow();
        assertThat(twist.time()).isEqualTo(Duration.ofSeconds(60));
        assertThat(twist.phases())
                .extracting(phase -> phase.label())
                .containsExactly("Hold (left side)", "Hold (right side)");
    }
}
