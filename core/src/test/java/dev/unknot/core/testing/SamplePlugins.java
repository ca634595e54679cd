package dev.unknot.core.testing;

/**
 * Sample plugins for the front ends' tests, as {@link PluginJars} to build at test time: a good
 * one, a careless one and a grumpy one.
 */
public final class SamplePlugins {

    private SamplePlugins() {}

    /** {@code yoga} 1.2.0: one technique in the built-in stretching pillar. */
    public static PluginJars yoga() {
        return PluginJars.builder().source("org.example.yoga.YogaPlugin", """
                        package org.example.yoga;

                        import dev.unknot.core.library.BodyArea;
                        import dev.unknot.core.library.Dose;
                        import dev.unknot.core.library.Technique;
                        import dev.unknot.core.spi.PluginDescriptor;
                        import dev.unknot.core.spi.TechniquePlugin;
                        import java.util.List;

                        public final class YogaPlugin implements TechniquePlugin {
                            @Override
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.of("yoga", "Yoga for backs", "1.2.0", "Example Studio");
                            }

                            @Override
                            public List<Technique> techniques() {
                                return List.of(Technique.builder("yoga/downward-dog")
                                        .name("Downward dog")
                                        .pillar("stretching")
                                        .summary("An upside-down V that lengthens the whole back line.")
                                        .steps("Start on hands and knees.", "Lift your hips up and back.")
                                        .dose(Dose.hold(20, 40))
                                        .bodyAreas(BodyArea.SPINE, BodyArea.LEGS)
                                        .build());
                            }
                        }
                        """).provider("org.example.yoga.YogaPlugin");
    }

    /** {@code careless}: four problems, one of each kind a careless author makes. */
    public static PluginJars careless() {
        return PluginJars.builder()
                .source("org.example.careless.CarelessPlugin", """
                        package org.example.careless;

                        import dev.unknot.core.library.*;
                        import dev.unknot.core.spi.*;
                        import java.util.List;

                        public final class CarelessPlugin implements TechniquePlugin {
                            @Override
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.of("careless", "Careless", "0.1.0", "Someone");
                            }

                            @Override
                            public List<Technique> techniques() {
                                return List.of(
                                        technique("careless/marathon-hold", "stretching", Dose.hold(600, 900)),
                                        technique("yoga/borrowed-name", "stretching", Dose.hold(20, 30)),
                                        technique("careless/lost", "floating", Dose.reps(80, 2)));
                            }

                            private static Technique technique(String id, String pillar, Dose dose) {
                                return Technique.builder(id).name("Careless").pillar(pillar).summary("Careless.")
                                        .steps("Do it.").dose(dose).bodyAreas(BodyArea.UPPER_BACK).build();
                            }
                        }
                        """)
                .provider("org.example.careless.CarelessPlugin");
    }

    /** {@code grumpy}: loads, gives good-to-know advice, and has an advice rule that always throws. */
    public static PluginJars grumpy() {
        return PluginJars.builder()
                .source("org.example.grumpy.GrumpyPlugin", """
                        package org.example.grumpy;

                        import dev.unknot.core.advice.*;
                        import dev.unknot.core.library.*;
                        import dev.unknot.core.spi.*;
                        import java.util.List;

                        public final class GrumpyPlugin implements TechniquePlugin {
                            @Override
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.of("grumpy", "Grumpy", "1.0.0", "Example Studio");
                            }

                            @Override
                            public List<Technique> techniques() {
                                return List.of(Technique.builder("grumpy/shrug")
                                        .name("Shrug").pillar("stretching").summary("Up and down.")
                                        .steps("Lift the shoulders.", "Drop them.").dose(Dose.reps(10, 1))
                                        .bodyAreas(BodyArea.NECK).build());
                            }

                            @Override
                            public List<AdviceRule> adviceRules() {
                                return List.of(new Tip(), new Broken());
                            }

                            static final class Tip implements AdviceRule {
                                public String id() {
                                    return "grumpy/tip";
                                }

                                public List<Advisory> assess(History history) {
                                    return List.of(new Advisory(
                                            "grumpy/tip", Advisory.Severity.INFO, "Shrug it off", "Drop your shoulders."));
                                }
                            }

                            static final class Broken implements AdviceRule {
                                public String id() {
                                    return "grumpy/broken";
                                }

                                public List<Advisory> assess(History history) {
                                    throw new IllegalStateException("grumpy today");
                                }
                            }
                        }
                        """)
                .provider("org.example.grumpy.GrumpyPlugin");
    }
}
