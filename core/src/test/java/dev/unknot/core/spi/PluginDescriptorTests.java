package dev.unknot.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PluginDescriptorTests {

    @Test
    void describesAPluginForTheCurrentSpi() {
        PluginDescriptor descriptor = PluginDescriptor.of("foam-rolling", " Foam rolling ", "1.2.0", "Unknot");

        assertThat(descriptor.id()).isEqualTo("foam-rolling");
        assertThat(descriptor.name()).isEqualTo("Foam rolling");
        assertThat(descriptor.spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "Foam-Rolling", "foam rolling", "foam/rolling", "-foam", "foam--rolling", "foam_rolling"})
    void idMustBeALowerCaseSlug(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PluginDescriptor.of(id, "Foam rolling", "1.0", "Unknot"))
                .withMessage(
                        "plugin id must be lower-case words joined by hyphens (like 'foam-rolling'), was '" + id + "'");
    }

    @Test
    void textMustNotBeBlank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PluginDescriptor.of("heat", " ", "1.0", "Unknot"))
                .withMessage("plugin name must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PluginDescriptor.of("heat", "Heat", "", "Unknot"))
                .withMessage("plugin version must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PluginDescriptor.of("heat", "Heat", "1.0", "\n"))
                .withMessage("plugin author must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> new PluginDescriptor("heat", "Heat", "1.0", "Unknot", null))
                .withMessage("SPI version must not be null");
    }

    @Test
    void pluginWithoutContentProvidesEmptyLists() {
        TechniquePlugin bare = () -> PluginDescriptor.of("bare", "Bare", "1.0", "Unknot");

        assertThat(bare.pillars()).isEmpty();
        assertThat(bare.techniques()).isEmpty();
        assertThat(bare.routines()).isEmpty();
        assertThat(bare.habitTemplates()).isEmpty();
    }
}
