package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a plugin provided, read once when it was loaded.
 *
 * @param source where it came from: the jar or directory holding the provider class
 * @param adviceRules the plugin's {@link TechniquePlugin#adviceRules() advice rules}
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record LoadedPlugin(
        PluginDescriptor descriptor,
        String source,
        List<Pillar> pillars,
        List<Technique> techniques,
        List<Routine> routines,
        List<HabitTemplate> habitTemplates,
        @API(status = EXPERIMENTAL, since = "0.1") List<AdviceRule> adviceRules) {

    public LoadedPlugin {
        Require.present(descriptor, "plugin descriptor");
        source = Require.text(source, "plugin source");
        pillars = List.copyOf(Require.present(pillars, "pillars of " + descriptor.id()));
        techniques = List.copyOf(Require.present(techniques, "techniques of " + descriptor.id()));
        routines = List.copyOf(Require.present(routines, "routines of " + descriptor.id()));
        habitTemplates = List.copyOf(Require.present(habitTemplates, "habit templates of " + descriptor.id()));
        adviceRules = List.copyOf(Require.present(adviceRules, "advice rules of " + descriptor.id()));
    }

    /** A plugin without advice rules. */
    public LoadedPlugin(
            PluginDescriptor descriptor,
            String source,
            List<Pillar> pillars,
            List<Technique> techniques,
            List<Routine> routines,
            List<HabitTemplate> habitTemplates) {
        this(descriptor, source, pillars, techniques, routines, habitTemplates, List.of());
    }

    /**
     * Reads everything {@code plugin} provides. Whatever the plugin throws, including a null
     * where a list belongs, propagates to the caller.
     */
    public static LoadedPlugin read(TechniquePlugin plugin, String source) {
        return new LoadedPlugin(
                plugin.descriptor(),
                source,
                plugin.pillars(),
                plugin.techniques(),
                plugin.routines(),
                plugin.habitTemplates(),
                plugin.adviceRules());
    }

    public String id() {
        return descriptor.id();
    }
}
