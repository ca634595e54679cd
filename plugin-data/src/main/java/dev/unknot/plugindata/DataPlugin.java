package dev.unknot.plugindata;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** A plugin read from a document: content only, no advice rules. */
record DataPlugin(
        PluginDescriptor descriptor,
        List<Pillar> pillars,
        List<Technique> techniques,
        List<Routine> routines,
        List<HabitTemplate> habitTemplates)
        implements TechniquePlugin {

    DataPlugin {
        pillars = List.copyOf(pillars);
        techniques = List.copyOf(techniques);
        routines = List.copyOf(routines);
        habitTemplates = List.copyOf(habitTemplates);
    }
}
