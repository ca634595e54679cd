package dev.unknot.cli.plugins;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.plugins.FailedPluginEntry;
import dev.unknot.wire.plugins.LoadedPluginEntry;
import dev.unknot.wire.plugins.Plugins;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code unknot plugins}: the plugins that loaded and the ones that failed, with the reason. A
 * failed plugin is news, not an error: the command exits 0.
 */
@Command(name = "plugins", description = "List the loaded plugins, and the ones that failed with the reason.")
@Prototype
public final class PluginsCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    PluginsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Plugins registry = person.tracker().plugins();
        String directory = registry.pluginDirectory();
        if (json.enabled()) {
            json.print(spec, registry);
            return UnknotCli.OK;
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
        if (!registry.failed().isEmpty()) {
            output.blank();
            output.heading("Failed plugins (" + registry.failed().size() + ")");
            Table failed = Table.withHeader("SOURCE", "REASON");
            for (FailedPluginEntry failure : registry.failed()) {
                failed.row(failure.source(), failure.reason());
            }
            output.table(failed);
        }
        output.blank();
        output.line("Plugin directory: " + directory);
        return UnknotCli.OK;
    }
}
