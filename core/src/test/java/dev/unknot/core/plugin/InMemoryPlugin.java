package dev.unknot.core.plugin;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.SpiVersion;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;
import java.util.stream.Stream;

/** An in-memory plugin, built up one piece of content at a time. */
record InMemoryPlugin(
        PluginDescriptor descriptor,
        List<Pillar> pillars,
        List<Technique> techniques,
        List<Routine> routines,
        List<HabitTemplate> habitTemplates)
        implements TechniquePlugin {

    static InMemoryPlugin named(String id) {
        return new InMemoryPlugin(
                PluginDescriptor.of(id, "Plugin " + id, "1.0.0", "Unknot tests"),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    InMemoryPlugin builtFor(SpiVersion spiVersion) {
        PluginDescriptor d = descriptor;
        return new InMemoryPlugin(
                new PluginDescriptor(d.id(), d.name(), d.version(), d.author(), spiVersion),
                pillars,
                techniques,
                routines,
                habitTemplates);
    }

    /** The same plugin, requiring {@code pluginId} in {@code versions}. */
    InMemoryPlugin requiring(String pluginId, String versions) {
        return new InMemoryPlugin(
                descriptor.requiring(pluginId, versions), pillars, techniques, routines, habitTemplates);
    }

    /** The same plugin, running only on Unknot {@code versions}. */
    InMemoryPlugin runningOn(String versions) {
        return new InMemoryPlugin(descriptor.runningOn(versions), pillars, techniques, routines, habitTemplates);
    }

    /** The same plugin at another version of its own. */
    InMemoryPlugin atVersion(String version) {
        PluginDescriptor d = descriptor;
        return new InMemoryPlugin(
                new PluginDescriptor(d.id(), d.name(), version, d.author(), d.spiVersion(), d.requires(), d.host()),
                pillars,
                techniques,
                routines,
                habitTemplates);
    }

    InMemoryPlugin withPillars(Pillar... more) {
        return new InMemoryPlugin(descriptor, plus(pillars, more), techniques, routines, habitTemplates);
    }

    InMemoryPlugin withTechniques(Technique... more) {
        return new InMemoryPlugin(descriptor, pillars, plus(techniques, more), routines, habitTemplates);
    }

    InMemoryPlugin withRoutines(Routine... more) {
        return new InMemoryPlugin(descriptor, pillars, techniques, plus(routines, more), habitTemplates);
    }

    InMemoryPlugin withTemplates(HabitTemplate... more) {
        return new InMemoryPlugin(descriptor, pillars, techniques, routines, plus(habitTemplates, more));
    }

    String id() {
        return descriptor.id();
    }

    LoadedPlugin loaded() {
        return LoadedPlugin.read(this, "test:" + id());
    }

    /** The same plugin behind a class of its own, so that its source (the class name) differs. */
    TechniquePlugin underAnotherClass() {
        InMemoryPlugin self = this;
        return new TechniquePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return self.descriptor();
            }

            @Override
            public List<Pillar> pillars() {
                return self.pillars();
            }

            @Override
            public List<Technique> techniques() {
                return self.techniques();
            }

            @Override
            public List<Routine> routines() {
                return self.routines();
            }

            @Override
            public List<HabitTemplate> habitTemplates() {
                return self.habitTemplates();
            }
        };
    }

    @SafeVarargs
    private static <T> List<T> plus(List<T> items, T... more) {
        return Stream.concat(items.stream(), Stream.of(more)).toList();
    }
}
