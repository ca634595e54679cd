package dev.unknot.core.plugin;

import static dev.unknot.core.Samples.pillar;
import static dev.unknot.core.Samples.routine;
import static dev.unknot.core.Samples.technique;
import static dev.unknot.core.Samples.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginRegistryTests {

    private final Technique childsPose = technique("stretching/childs-pose", "stretching");
    private final Technique catCow = technique("stretching/cat-cow", "stretching");
    private final Technique walk = technique("movement/walk", "movement", Dose.minutes(10));

    private final InMemoryPlugin stretching =
            InMemoryPlugin.named("stretching").withPillars(pillar("stretching")).withTechniques(childsPose, catCow);
    /** Uses the stretching plugin's techniques in a routine and a habit template. */
    private final InMemoryPlugin movement = InMemoryPlugin.named("movement")
            .withPillars(pillar("movement"))
            .withTechniques(walk)
            .withRoutines(routine("movement/morning", catCow, walk))
            .withTemplates(template("movement/stretch-daily", HabitTarget.technique("stretching/childs-pose")));

    @Test
    void noPluginsMakeAnEmptyRegistry() {
        PluginRegistry registry = PluginRegistry.of(List.of());

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures()).isEmpty();
        assertThat(registry.library().techniques()).isEmpty();
    }

    @Test
    void validPluginsLoadAndTheLibraryMergesThem() {
        PluginRegistry registry = PluginRegistry.of(List.of(stretching, movement));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching", "movement");
        assertThat(registry.plugin("movement"))
                .get()
                .extracting(LoadedPlugin::source)
                .isEqualTo(InMemoryPlugin.class.getName());
        assertThat(registry.plugin("yoga")).isEmpty();
        assertThat(registry.library().pillars())
                .extracting(pillar -> pillar.id().value())
                .containsExactly("movement", "stretching");
        assertThat(registry.library().techniques()).containsExactly(walk, catCow, childsPose);
        assertThat(registry.library().routines()).containsExactlyElementsOf(movement.routines());
        assertThat(registry.library().habitTemplates()).containsExactlyElementsOf(movement.habitTemplates());
    }

    @Test
    void adviceRulesOfLoadedPluginsAreKeptInPluginOrder() {
        AdviceRule calm = rule("advisor/calm");
        AdviceRule alarm = rule("advisor/alarm");
        TechniquePlugin advisor = new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return PluginDescriptor.of("advisor", "Advisor", "1.0", "Unknot tests");
            }

            @Override
            public List<Pillar> pillars() {
                return List.of(pillar("advising"));
            }

            @Override
            public List<AdviceRule> adviceRules() {
                return List.of(calm, alarm);
            }
        };

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, advisor));

        assertThat(registry.adviceRules()).containsExactly(calm, alarm);
        assertThat(registry.plugin("advisor"))
                .get()
                .extracting(LoadedPlugin::adviceRules)
                .asList()
                .containsExactly(calm, alarm);
        assertThat(registry.plugin("stretching"))
                .get()
                .extracting(LoadedPlugin::adviceRules)
                .asList()
                .isEmpty();
    }

    @Test
    void pluginWhoseAdviceRulesThrowIsListedAsFailed() {
        TechniquePlugin broken = new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return PluginDescriptor.of("broken", "Broken", "0.1", "Unknot tests");
            }

            @Override
            public List<AdviceRule> adviceRules() {
                throw new IllegalStateException("rules file missing");
            }
        };

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, broken));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(registry.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.reason()).isEqualTo("rules file missing"));
    }

    private static AdviceRule rule(String id) {
        return new AdviceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Advisory> assess(History history) {
                return List.of();
            }
        };
    }

    @Test
    void pluginThatThrowsIsListedAsFailedWithItsIdWhileTheOthersLoad() {
        TechniquePlugin broken = new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return PluginDescriptor.of("broken", "Broken", "0.1", "Unknot tests");
            }

            @Override
            public List<Technique> techniques() {
                throw new IllegalStateException("techniques file missing\n\tat some.Place(Place.java:1)");
            }
        };

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, broken, movement));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching", "movement");
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("broken");
            assertThat(failure.source()).isEqualTo(broken.getClass().getName());
            assertThat(failure.reason()).isEqualTo("techniques file missing at some.Place(Place.java:1)");
        });
    }

    @Test
    void pluginWhoseDescriptorThrowsIsListedAsFailedWithoutAnId() {
        TechniquePlugin nameless = () -> {
            throw new IllegalStateException("no descriptor");
        };

        PluginRegistry registry = PluginRegistry.of(List.of(nameless, stretching));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).isEmpty();
            assertThat(failure.reason()).isEqualTo("no descriptor");
        });
    }

    @Test
    void pluginReturningNullIsListedAsFailed() {
        TechniquePlugin careless = new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return PluginDescriptor.of("careless", "Careless", "0.1", "Unknot tests");
            }

            @Override
            public List<Pillar> pillars() {
                return null;
            }
        };

        PluginRegistry registry = PluginRegistry.of(List.of(careless, stretching));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("careless");
            assertThat(failure.reason()).isEqualTo("pillars of careless must not be null");
        });
    }

    @Test
    void secondPluginWithTheSameIdFailsNamingTheFirstOnesSource() {
        TechniquePlugin twin =
                InMemoryPlugin.named("stretching").withPillars(pillar("yoga")).underAnotherClass();

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, twin));

        assertThat(registry.plugins()).extracting(LoadedPlugin::source).containsExactly(InMemoryPlugin.class.getName());
        assertThat(registry.library().pillar(pillar("yoga").id())).isEmpty();
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(twin.getClass().getName());
            assertThat(failure.pluginId()).contains("stretching");
            assertThat(failure.reason())
                    .isEqualTo("plugin id 'stretching' is already loaded from " + InMemoryPlugin.class.getName());
        });
    }

    @Test
    void laterPluginProvidingAnAlreadyProvidedTechniqueFails() {
        InMemoryPlugin copycat = InMemoryPlugin.named("copycat").withTechniques(childsPose);

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, copycat));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(registry.library().technique(childsPose.id())).containsSame(childsPose);
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("copycat");
            // The copied id is outside the copycat's namespace too: both problems are listed.
            assertThat(failure.problems())
                    .containsExactly(
                            "id 'stretching/childs-pose' must start with the plugin id 'copycat/'",
                            "technique id 'stretching/childs-pose' is already provided by another plugin");
        });
    }

    @Test
    void laterPluginProvidingAnAlreadyProvidedPillarFailsWhicheverComesFirst() {
        InMemoryPlugin yoga = InMemoryPlugin.named("yoga").withPillars(pillar("stretching", "Yoga stretching"));

        PluginRegistry stretchingFirst = PluginRegistry.of(List.of(stretching, yoga));
        PluginRegistry yogaFirst = PluginRegistry.of(List.of(yoga, stretching));

        assertThat(stretchingFirst.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching");
        assertThat(stretchingFirst.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("yoga");
            assertThat(failure.reason()).isEqualTo("pillar id 'stretching' is already provided by another plugin");
        });
        assertThat(yogaFirst.plugins()).extracting(LoadedPlugin::id).containsExactly("yoga");
        assertThat(yogaFirst.failures()).extracting(FailedPlugin::pluginId).containsExactly(Optional.of("stretching"));
    }

    @Test
    void danglingReferenceFailsThatPluginOnly() {
        InMemoryPlugin lost = InMemoryPlugin.named("lost")
                .withTechniques(technique("lost/float", "floating"), technique("lost/sink", "sinking"));

        PluginRegistry registry = PluginRegistry.of(List.of(stretching, lost, movement));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("stretching", "movement");
        assertThat(registry.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pluginId()).contains("lost");
            assertThat(failure.problems())
                    .containsExactly(
                            "technique 'lost/float' is in pillar 'floating', which no loaded plugin provides",
                            "technique 'lost/sink' is in pillar 'sinking', which no loaded plugin provides");
            assertThat(failure.reason())
                    .isEqualTo("technique 'lost/float' is in pillar 'floating', which no loaded plugin provides;"
                            + " technique 'lost/sink' is in pillar 'sinking', which no loaded plugin provides");
        });
        assertThat(registry.library().technique(TechniqueId.of("lost/float"))).isEmpty();
    }

    @Test
    void aRefusedPluginsReferencesAreListedWithItsOwnProblems() {
        InMemoryPlugin sloppy = InMemoryPlugin.named("sloppy")
                .withTechniques(
                        technique("sloppy/marathon-hold", "floating", Dose.hold(1200, 1200)),
                        technique("sloppy/fine", "stretching"));

        PluginRegistry registry = PluginRegistry.of(List.of(sloppy, stretching));

        assertThat(registry.failures())
                .singleElement()
                .satisfies(
                        failure -> assertThat(failure.problems())
                                .containsExactly(
                                        "technique 'sloppy/marathon-hold' has a hold longer than 5 min (20 min)",
                                        "technique 'sloppy/marathon-hold' is in pillar 'floating', which no loaded plugin provides"));
    }

    @Test
    void pluginWhoseReferencesResolvedOnlyThroughAFailedPluginFailsToo() {
        // stretching fails for an insane dose, so movement's routine and template lose their techniques.
        InMemoryPlugin insaneStretching =
                stretching.withTechniques(technique("stretching/marathon-hold", "stretching", Dose.hold(1200, 1200)));

        PluginRegistry registry = PluginRegistry.of(List.of(insaneStretching, movement));

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures())
                .extracting(FailedPlugin::pluginId)
                .containsExactly(Optional.of("stretching"), Optional.of("movement"));
        assertThat(registry.failures().get(0).reason())
                .isEqualTo("technique 'stretching/marathon-hold' has a hold longer than 5 min (20 min)");
        assertThat(registry.failures().get(1).problems())
                .hasSize(2)
                .first()
                .isEqualTo("routine 'movement/morning' uses technique"
                        + " 'stretching/cat-cow', which no loaded plugin provides");
        assertThat(registry.failures())
                .allSatisfy(failure -> assertThat(failure.reason()).doesNotContain("more)"));
        assertThat(registry.library().techniques()).isEmpty();
    }

    @Test
    void cascadeFollowsAChainOfPlugins() {
        // c uses b's technique, b's technique is in a's pillar, a fails: all three fail.
        InMemoryPlugin a =
                InMemoryPlugin.named("a").withPillars(pillar("shared")).builtFor(new SpiVersion(2, 0));
        InMemoryPlugin b = InMemoryPlugin.named("b").withTechniques(technique("b/lean", "shared"));
        InMemoryPlugin c =
                InMemoryPlugin.named("c").withTemplates(template("c/lean-daily", HabitTarget.technique("b/lean")));
        InMemoryPlugin bystander = InMemoryPlugin.named("bystander").withPillars(pillar("bystanding"));

        PluginRegistry registry = PluginRegistry.of(List.of(c, bystander, b, a));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("bystander");
        assertThat(registry.failures())
                .extracting(failure -> failure.pluginId().orElseThrow())
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(registry.failures())
                .filteredOn(failure -> failure.pluginId().equals(Optional.of("c")))
                .singleElement()
                .extracting(FailedPlugin::reason)
                .isEqualTo("habit template 'c/lean-daily' targets technique 'b/lean', which no loaded plugin provides");
    }

    @Test
    void pluginForANewerSpiMinorFailsNamingBothVersions() {
        PluginRegistry registry = PluginRegistry.of(List.of(stretching.builtFor(new SpiVersion(1, 2))));

        assertThat(registry.plugins()).isEmpty();
        assertThat(registry.failures())
                .singleElement()
                .extracting(FailedPlugin::reason)
                .asString()
                .startsWith("built for plugin SPI 1.2, but this Unknot runs SPI 1.1");
    }

    @Test
    void pluginOrderDoesNotChangeWhichPluginsLoad() {
        InMemoryPlugin insane =
                InMemoryPlugin.named("insane").withTechniques(technique("insane/hold", "stretching", Dose.hold(3, 3)));
        InMemoryPlugin reliesOnInsane = InMemoryPlugin.named("relies")
                .withRoutines(routine(
                        "relies/flow", new RoutineStep(TechniqueId.of("insane/hold"), Dose.hold(20, 30), Sides.NONE)));
        InMemoryPlugin empty = InMemoryPlugin.named("empty");
        List<InMemoryPlugin> all = List.of(movement, stretching, insane, reliesOnInsane, empty);

        for (List<InMemoryPlugin> order : permutations(all)) {
            PluginRegistry registry = PluginRegistry.of(order);

            assertThat(registry.plugins())
                    .as("loaded from %s", ids(order))
                    .extracting(LoadedPlugin::id)
                    .containsExactlyInAnyOrder("stretching", "movement");
            assertThat(registry.failures())
                    .as("failed from %s", ids(order))
                    .extracting(failure -> failure.pluginId().orElseThrow())
                    .containsExactlyInAnyOrder("insane", "relies", "empty");
            assertThat(registry.library().techniques())
                    .as("techniques from %s", ids(order))
                    .containsExactly(walk, catCow, childsPose);
        }
    }

    @Test
    void everyFailureReasonIsOneLine() {
        TechniquePlugin multiLine = new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return PluginDescriptor.of("multi", "Multi", "0.1", "Unknot tests");
            }

            @Override
            public List<Pillar> pillars() {
                throw new IllegalStateException("first line\nsecond line\r\nthird line");
            }
        };

        PluginRegistry registry = PluginRegistry.of(List.of(multiLine));

        assertThat(registry.failures())
                .singleElement()
                .extracting(FailedPlugin::reason)
                .asString()
                .doesNotContain("\n", "\r")
                .startsWith("first line");
    }

    @Test
    void failedPluginKeepsOnlyTheFirstNonBlankLineOfAReason() {
        assertThat(new FailedPlugin("x.jar", Optional.empty(), "  broken\nstack").reason())
                .isEqualTo("broken");
        assertThat(new FailedPlugin("x.jar", Optional.empty(), "\n  \nbroken\nstack").reason())
                .isEqualTo("broken");
        assertThat(new FailedPlugin("x.jar", Optional.empty(), "").reason()).isEqualTo("unknown failure");
        assertThat(new FailedPlugin("x.jar", Optional.empty(), " \n\t").reason())
                .isEqualTo("unknown failure");
    }

    @Test
    void loadedPluginKeepsImmutableCopies() {
        List<Technique> techniques = new ArrayList<>(List.of(childsPose));
        LoadedPlugin loaded =
                new LoadedPlugin(stretching.descriptor(), "test", List.of(), techniques, List.of(), List.of());

        techniques.add(catCow);

        assertThat(loaded.techniques()).containsExactly(childsPose);
        assertThat(loaded.id()).isEqualTo("stretching");
    }

    private static List<String> ids(List<InMemoryPlugin> plugins) {
        return plugins.stream().map(InMemoryPlugin::id).toList();
    }

    private static <T> List<List<T>> permutations(Collection<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (T first : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<T> tail : permutations(rest)) {
                List<T> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }
}
