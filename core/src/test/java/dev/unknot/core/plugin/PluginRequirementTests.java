package dev.unknot.core.plugin;

import static dev.unknot.core.Samples.pillar;
import static dev.unknot.core.Samples.routine;
import static dev.unknot.core.Samples.technique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.HostVersion;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.SpiVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plugins that require other plugins, or a range of Unknot versions. */
class PluginRequirementTests {

    private final Technique catCow = technique("stretching/cat-cow", "stretching");
    private final InMemoryPlugin stretching =
            InMemoryPlugin.named("stretching").withPillars(pillar("stretching")).withTechniques(catCow);
    /** A routine of the stretching plugin's technique: it needs that plugin. */
    private final InMemoryPlugin yoga = InMemoryPlugin.named("yoga")
            .withRoutines(routine("yoga/flow", catCow))
            .requiring("stretching", "[1.0,2.0)");

    @Test
    void aPluginLoadsAfterThePluginsItRequiresWhateverTheirOrder() {
        InMemoryPlugin bystander = InMemoryPlugin.named("bystander").withPillars(pillar("bystanding"));

        PluginRegistry registry = assemble(yoga, bystander, stretching);

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("bystander", "stretching", "yoga");
    }

    @Test
    void aChainOfRequirementsLoadsInOrder() {
        InMemoryPlugin a = InMemoryPlugin.named("a").withPillars(pillar("a")).requiring("b", "1.0");
        InMemoryPlugin b = InMemoryPlugin.named("b").withPillars(pillar("b")).requiring("c", "1.0");
        InMemoryPlugin c = InMemoryPlugin.named("c").withPillars(pillar("c"));

        assertThat(assemble(a, b, c).plugins()).extracting(LoadedPlugin::id).containsExactly("c", "b", "a");
    }

    @Test
    void aMissingRequirementIsNamedWithItsRange() {
        PluginRegistry registry = assemble(yoga, InMemoryPlugin.named("other").withPillars(pillar("stretching")));

        assertThat(registry.plugin("yoga")).isEmpty();
        assertThat(registry.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.pluginId()).contains("yoga"))
                .extracting(FailedPlugin::problems)
                .asList()
                .contains("requires plugin 'stretching' [1.0,2.0), which is not loaded");
    }

    @Test
    void aRequiredPluginOfAnotherVersionIsNamedWithBothVersions() {
        PluginRegistry registry = assemble(stretching.atVersion("2.1.0"), yoga);

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(registry.failures())
                .singleElement()
                .extracting(FailedPlugin::reason)
                .isEqualTo("requires plugin 'stretching' [1.0,2.0), but version 2.1.0 is loaded");
    }

    @Test
    void aPluginRequiringOneThatFailedFailsToo() {
        PluginRegistry registry = assemble(stretching.builtFor(new SpiVersion(9, 0)), yoga);

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures())
                .extracting(failure -> failure.pluginId().orElseThrow())
                .containsExactly("stretching", "yoga");
        assertThat(registry.failures().get(1).problems())
                .contains("requires plugin 'stretching' [1.0,2.0), which is not loaded");
    }

    @Test
    void requirementsInACircleFailEveryPluginOnIt() {
        InMemoryPlugin a = InMemoryPlugin.named("a").withPillars(pillar("a")).requiring("b", "1.0");
        InMemoryPlugin b = InMemoryPlugin.named("b").withPillars(pillar("b")).requiring("a", "1.0");
        InMemoryPlugin free = InMemoryPlugin.named("free").withPillars(pillar("free"));

        PluginRegistry registry = assemble(a, free, b);

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("free");
        assertThat(registry.failures())
                .extracting(FailedPlugin::reason)
                .containsExactly(
                        "its requirements go round in a circle, among the plugins a, b",
                        "its requirements go round in a circle, among the plugins a, b");
    }

    @Test
    void aPluginForOtherVersionsOfUnknotFailsNamingBoth() {
        PluginRegistry registry = PluginRegistry.assemble(
                List.of(stretching.runningOn("[0.2,1.0)").loaded()), List.of(), SpiVersion.CURRENT, "0.1.5");

        assertThat(registry.failures())
                .singleElement()
                .extracting(FailedPlugin::reason)
                .isEqualTo("runs on Unknot [0.2,1.0), but this is Unknot 0.1.5");
        assertThat(PluginRegistry.assemble(
                                List.of(stretching.runningOn("[0.1,1.0)").loaded()),
                                List.of(),
                                SpiVersion.CURRENT,
                                "0.1.5")
                        .failures())
                .isEmpty();
    }

    @Test
    void aRefusedPluginListsItsRequirementProblemsWithItsOwn() {
        InMemoryPlugin refused = yoga.withTechniques(technique("elsewhere/stretch", "stretching"));

        PluginRegistry registry = assemble(refused);

        assertThat(registry.failures())
                .singleElement()
                .extracting(FailedPlugin::problems)
                .asList()
                .contains(
                        "id 'elsewhere/stretch' must start with the plugin id 'yoga/'",
                        "requires plugin 'stretching' [1.0,2.0), which is not loaded");
    }

    @Test
    void aDevelopmentBuildOfUnknotCountsAsTheReleaseItLeadsTo() {
        assertThat(PluginRegistry.assemble(
                                List.of(stretching.runningOn("[0.2,1.0)").loaded()),
                                List.of(),
                                SpiVersion.CURRENT,
                                "0.2.0-SNAPSHOT")
                        .failures())
                .isEmpty();
    }

    @Test
    void thisBuildKnowsItsOwnVersion() {
        assertThat(HostVersion.CURRENT).matches("[0-9]+(\\.[0-9]+)*(-[A-Za-z0-9.]+)?");
        assertThat(PluginRegistry.of(List.of(stretching.runningOn(HostVersion.CURRENT)))
                        .failures())
                .isEmpty();
    }

    @Test
    void aDescriptorRefusesToRequireItselfOrTheSamePluginTwice() {
        PluginDescriptor descriptor = PluginDescriptor.of("yoga", "Yoga", "1.0.0", "Unknot tests");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> descriptor.requiring("yoga", "1.0"))
                .withMessage("plugin 'yoga' cannot require itself");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> descriptor.requiring("stretching", "1.0").requiring("stretching", "2.0"))
                .withMessage("plugin 'yoga' requires 'stretching' twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> descriptor.requiring("stretching", "one"))
                .withMessageContaining("'one' is not a version range");
    }

    private static PluginRegistry assemble(InMemoryPlugin... plugins) {
        return PluginRegistry.assemble(
                List.of(plugins).stream().map(InMemoryPlugin::loaded).toList(), List.of(), SpiVersion.CURRENT, "1.0.0");
    }
}
