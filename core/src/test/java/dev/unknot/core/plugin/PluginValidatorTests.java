package dev.unknot.core.plugin;

import static dev.unknot.core.Samples.pillar;
import static dev.unknot.core.Samples.routine;
import static dev.unknot.core.Samples.technique;
import static dev.unknot.core.Samples.template;
import static dev.unknot.core.Samples.twoSided;
import static dev.unknot.core.plugin.PluginProblem.Kind.DANGLING_REFERENCE;
import static dev.unknot.core.plugin.PluginProblem.Kind.DOSE;
import static dev.unknot.core.plugin.PluginProblem.Kind.DUPLICATE_ID;
import static dev.unknot.core.plugin.PluginProblem.Kind.EMPTY;
import static dev.unknot.core.plugin.PluginProblem.Kind.NAMESPACE;
import static dev.unknot.core.plugin.PluginProblem.Kind.SPI_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.SpiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule against a plugin that breaks it and nothing else: a complete, valid plugin with one
 * thing changed must produce problems of exactly one kind.
 */
class PluginValidatorTests {

    private static final SpiVersion HOST = new SpiVersion(1, 1);

    private final Technique box = technique("calm/box-breathing", "breathing");
    private final Technique twist = twoSided("calm/twist", "breathing");

    /** A valid plugin using every kind of content and every kind of reference. */
    private InMemoryPlugin calm() {
        return InMemoryPlugin.named("calm")
                .withPillars(pillar("breathing"))
                .withTechniques(box, twist)
                .withRoutines(routine("calm/wind-down", box, twist))
                .withTemplates(
                        template("calm/breathe-daily", HabitTarget.technique("calm/box-breathing")),
                        template("calm/wind-down-daily", HabitTarget.routine("calm/wind-down")),
                        template("calm/water", HabitTarget.custom("Drink a glass of water")));
    }

    /** Every problem the validator finds, as the registry would: alone, against others, and with references. */
    private static List<PluginProblem> problems(InMemoryPlugin plugin, Library others, SpiVersion host) {
        LoadedPlugin loaded = plugin.loaded();
        Library visible = Library.of(
                concat(others.pillars(), loaded.pillars()), concat(others.techniques(), loaded.techniques()),
                concat(others.routines(), loaded.routines()), concat(others.habitTemplates(), loaded.habitTemplates()));
        List<PluginProblem> problems = new ArrayList<>(PluginValidator.ownProblems(loaded, host));
        problems.addAll(PluginValidator.clashes(loaded, others));
        problems.addAll(PluginValidator.danglingReferences(loaded, visible));
        return problems;
    }

    private static List<PluginProblem> problems(InMemoryPlugin plugin) {
        return problems(plugin, Library.empty(), HOST);
    }

    private static List<PluginProblem.Kind> kinds(List<PluginProblem> problems) {
        return problems.stream().map(PluginProblem::kind).distinct().toList();
    }

    @Test
    void completeValidPluginHasNoProblem() {
        assertThat(problems(calm())).isEmpty();
    }

    @Test
    void theNamespaceOfAPersonsOwnExercisesIsNoPluginsId() {
        InMemoryPlugin my = InMemoryPlugin.named("my").withTechniques(technique("my/cat-cow", "breathing"));

        assertThat(PluginValidator.ownProblems(my.loaded(), HOST))
                .extracting(PluginProblem::message)
                .containsExactly("plugin id 'my' is kept for a person's own exercises; choose another id");
    }

    @Test
    void pluginForTheNextMajorSpiVersionIsRefused() {
        List<PluginProblem> problems = problems(calm().builtFor(new SpiVersion(2, 0)));

        assertThat(kinds(problems)).containsExactly(SPI_VERSION);
        assertThat(problems)
                .singleElement()
                .extracting(PluginProblem::message)
                .isEqualTo("built for plugin SPI 2.0, but this Unknot runs SPI 1.1"
                        + " (same major version and a minor version up to 1 required)");
    }

    @Test
    void pluginForANewerMinorSpiVersionIsRefused() {
        List<PluginProblem> problems = problems(calm().builtFor(new SpiVersion(1, 2)));

        assertThat(kinds(problems)).containsExactly(SPI_VERSION);
        assertThat(problems.get(0).message()).startsWith("built for plugin SPI 1.2, but this Unknot runs SPI 1.1");
    }

    @Test
    void pluginForAnOlderMinorSpiVersionRunsOnANewerHost() {
        assertThat(problems(calm(), Library.empty(), new SpiVersion(1, 3))).isEmpty();
        assertThat(problems(calm().builtFor(new SpiVersion(1, 1)), Library.empty(), new SpiVersion(1, 2)))
                .isEmpty();
    }

    @Test
    void idOutsideThePluginsNamespaceIsRefused() {
        List<PluginProblem> problems = problems(calm().withTechniques(technique("stretching/cat-cow", "breathing")));

        assertThat(kinds(problems)).containsExactly(NAMESPACE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly("id 'stretching/cat-cow' must start with the plugin id 'calm/'");
    }

    @Test
    void routineAndTemplateIdsAreNamespacedToo() {
        InMemoryPlugin plugin = calm().withRoutines(routine("other/flow", box))
                .withTemplates(template("other/daily", HabitTarget.custom("Breathe")));

        assertThat(kinds(problems(plugin))).containsExactly(NAMESPACE);
        assertThat(problems(plugin)).hasSize(2);
    }

    @Test
    void sameIdTwiceInsideAPluginIsRefused() {
        List<PluginProblem> problems = problems(calm().withTechniques(technique("calm/box-breathing", "breathing")));

        assertThat(kinds(problems)).containsExactly(DUPLICATE_ID);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly("technique id 'calm/box-breathing' is used twice");
    }

    @Test
    void samePillarRoutineOrTemplateIdTwiceInsideAPluginIsRefused() {
        InMemoryPlugin plugin = calm().withPillars(pillar("breathing", "Breathing again"))
                .withRoutines(routine("calm/wind-down", box))
                .withTemplates(template("calm/water", HabitTarget.custom("Water again")));

        assertThat(kinds(problems(plugin))).containsExactly(DUPLICATE_ID);
        assertThat(problems(plugin))
                .extracting(PluginProblem::message)
                .containsExactly(
                        "pillar id 'breathing' is used twice",
                        "routine id 'calm/wind-down' is used twice",
                        "habit template id 'calm/water' is used twice");
    }

    @Test
    void idAnotherPluginAlreadyProvidesClashes() {
        Library others = Library.of(List.of(pillar("breathing")), List.of(box), List.of(), List.of());

        List<PluginProblem> clashes = PluginValidator.clashes(calm().loaded(), others);

        assertThat(kinds(clashes)).containsExactly(DUPLICATE_ID);
        assertThat(clashes)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "pillar id 'breathing' is already provided by another plugin",
                        "technique id 'calm/box-breathing' is already provided by another plugin");
    }

    @Test
    void routineAndTemplateIdsClashToo() {
        Library others = Library.of(
                List.of(),
                List.of(),
                List.of(routine("calm/wind-down", box)),
                List.of(template("calm/water", HabitTarget.custom("Water"))));

        assertThat(PluginValidator.clashes(calm().loaded(), others))
                .extracting(PluginProblem::message)
                .containsExactly(
                        "routine id 'calm/wind-down' is already provided by another plugin",
                        "habit template id 'calm/water' is already provided by another plugin");
    }

    @Test
    void techniqueInAPillarNobodyProvidesDangles() {
        List<PluginProblem> problems = problems(calm().withTechniques(technique("calm/sigh", "sighing")));

        assertThat(kinds(problems)).containsExactly(DANGLING_REFERENCE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly("technique 'calm/sigh' is in pillar 'sighing', which no loaded plugin provides");
    }

    @Test
    void techniqueInAnotherPluginsPillarResolves() {
        InMemoryPlugin plugin = InMemoryPlugin.named("calm").withTechniques(technique("calm/sigh", "sighing"));
        Library others = Library.of(List.of(pillar("sighing")), List.of(), List.of(), List.of());

        assertThat(problems(plugin, others, HOST)).isEmpty();
    }

    @Test
    void routineStepUsingAnUnknownTechniqueDangles() {
        InMemoryPlugin plugin = calm().withRoutines(routine(
                "calm/long", new RoutineStep(TechniqueId.of("stretching/cat-cow"), Dose.hold(20, 30), Sides.NONE)));

        List<PluginProblem> problems = problems(plugin);

        assertThat(kinds(problems)).containsExactly(DANGLING_REFERENCE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "routine 'calm/long' uses technique 'stretching/cat-cow', which no loaded plugin provides");
    }

    @Test
    void templateTargetingAnUnknownTechniqueDangles() {
        List<PluginProblem> problems =
                problems(calm().withTemplates(template("calm/sigh-daily", HabitTarget.technique("calm/sigh"))));

        assertThat(kinds(problems)).containsExactly(DANGLING_REFERENCE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "habit template 'calm/sigh-daily' targets technique 'calm/sigh', which no loaded plugin provides");
    }

    @Test
    void templateTargetingAnUnknownRoutineDangles() {
        List<PluginProblem> problems =
                problems(calm().withTemplates(template("calm/flow-daily", HabitTarget.routine("movement/flow"))));

        assertThat(kinds(problems)).containsExactly(DANGLING_REFERENCE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "habit template 'calm/flow-daily' targets routine 'movement/flow', which no loaded plugin provides");
    }

    @Test
    void insaneTechniqueDoseIsRefused() {
        List<PluginProblem> problems =
                problems(calm().withTechniques(technique("calm/long-hold", "breathing", Dose.hold(1200, 1200))));

        assertThat(kinds(problems)).containsExactly(DOSE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly("technique 'calm/long-hold' has a hold longer than 5 min (20 min)");
    }

    @Test
    void insaneRoutineStepDoseIsRefused() {
        List<PluginProblem> problems =
                problems(calm().withRoutines(routine("calm/marathon", RoutineStep.of(box, Dose.reps(60, 2)))));

        assertThat(kinds(problems)).containsExactly(DOSE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "routine 'calm/marathon' step 'calm/box-breathing' has more than 50 reps in a set (60)");
    }

    @Test
    void routineStepOnOtherSidesThanItsTechniqueIsRefused() {
        List<PluginProblem> problems = problems(
                calm().withRoutines(routine("calm/lopsided", new RoutineStep(twist.id(), twist.dose(), Sides.NONE))));

        assertThat(kinds(problems)).containsExactly(DOSE);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly(
                        "routine 'calm/lopsided' does 'calm/twist' with sides NONE, but the technique has EACH_SIDE");
    }

    @Test
    void pluginProvidingNothingIsRefused() {
        List<PluginProblem> problems = problems(InMemoryPlugin.named("hollow"));

        assertThat(kinds(problems)).containsExactly(EMPTY);
        assertThat(problems)
                .extracting(PluginProblem::message)
                .containsExactly("provides no pillar, technique, routine or habit template");
    }

    @Test
    void pluginProvidingOnlyAPillarIsNotEmpty() {
        assertThat(problems(InMemoryPlugin.named("yoga").withPillars(pillar("yoga"))))
                .isEmpty();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
