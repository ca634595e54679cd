package dev.unknot.cli.plugins;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.wire.plugins.FailedPluginEntry;
import dev.unknot.wire.plugins.LoadedPluginEntry;
import dev.unknot.wire.plugins.Plugins;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot plugins}: the plugins that loaded, the degraded ones (whose advice rule threw) and
 * the ones that failed, with every problem. A failed plugin is news, not an error: the command
 * exits 0, unless {@code --check} asks for a health check.
 */
@Command(
        name = "plugins",
        description = {
            "List the loaded plugins, the degraded ones and the ones that failed, with every problem.",
            "With --check, exit 1 when any plugin failed to load."
        })
@Prototype
public final class PluginsCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--check", description = "Exit 1 when any plugin failed to load.")
    boolean check;

    PluginsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Plugins registry = person.tracker().plugins();
        int exitCode = check && !registry.failed().isEmpty() ? UnknotCli.FAILURE : UnknotCli.OK;
        if (json.enabled()) {
            json.print(spec, registry);
            return exitCode;
        }
        Output output = Output.of(spec);
        output.heading("Loaded plugins (" + registry.plugins().size() + ")");
        if (registry.plugins().isEmpty()) {
            output.line("  none");
        } else {
            Table loaded = Table.withHeader("ID", "VERSION", "NAME", "AUTHOR", "SOURCE");
            for (LoadedPluginEntry plugin : registry.plugins()) {
                loaded.row(plugin.id(), plugin.version(), plugin.name(), plugin.author(), plugin.source());
            }
            output.table(loaded);
        }
        List<LoadedPluginEntry> degraded =
                registry.plugins().stream().filter(LoadedPluginEntry::degraded).toList();
        if (!degraded.isEmpty()) {
            output.blank();
            output.heading("Degraded plugins (" + degraded.size() + ")");
            Table table = Table.withHeader("ID", "REASON");
            degraded.forEach(plugin -> table.row(plugin.id(), plugin.reason()));
            output.table(table);
        }
        if (!registry.failed().isEmpty()) {
            output.blank();
            output.heading("Failed plugins (" + registry.failed().size() + ")");
            Table failed = Table.withHeader("SOURCE", "REASON");
            for (FailedPluginEntry failure : registry.failed()) {
                // Every problem, one a line: an author fixes them all in one round.
                String source = failure.source();
                for (String problem : failure.problems()) {
                    failed.row(source, problem);
                    source = "";
                }
            }
            output.table(failed);
        }
        output.blank();
        output.line("Plugin directory: " + registry.pluginDirectory());
        return exitCode;
    }

    /** {@code 1 pillar · 3 techniques · 1 routine · 1 habit template}. */
    static String provides(LoadedPlugin plugin) {
        return count(plugin.pillars().size(), "pillar")
                + " · " + count(plugin.techniques().size(), "technique")
                + " · " + count(plugin.routines().size(), "routine")
                + " · " + count(plugin.habitTemplates().size(), "habit template");
    }

    private static String count(int count, String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }
}
