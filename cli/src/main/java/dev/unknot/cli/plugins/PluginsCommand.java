package dev.unknot.cli.plugins;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.store.UnknotPaths;
import io.micronaut.context.BeanProvider;
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

    private final BeanProvider<PluginRegistry> registry;
    private final BeanProvider<UnknotPaths> paths;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    PluginsCommand(BeanProvider<PluginRegistry> registry, BeanProvider<UnknotPaths> paths) {
        this.registry = registry;
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PluginRegistry registry = this.registry.get();
        String directory = paths.get().pluginsDir().toString();
        if (json.enabled()) {
            json.print(spec, PluginsJson.Plugins.of(registry, directory));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.heading("Loaded plugins (" + registry.plugins().size() + ")");
        if (registry.plugins().isEmpty()) {
            output.line("  none");
        } else {
            Table loaded = Table.withHeader("ID", "VERSION", "NAME", "AUTHOR", "SOURCE");
            for (LoadedPlugin plugin : registry.plugins()) {
                loaded.row(plugin.id(), plugin.descriptor().version(), plugin.descriptor().name(),
                        plugin.descriptor().author(), plugin.source());
            }
            output.table(loaded);
        }
        if (!registry.failures().isEmpty()) {
            output.blank();
            output.heading("Failed plugins (" + registry.failures().size() + ")");
            Table failed = Table.withHeader("SOURCE", "REASON");
            for (FailedPlugin failure : registry.failures()) {
                failed.row(failure.source(), failure.reason());
            }
            output.table(failed);
        }
        output.blank();
        output.line("Plugin directory: " + directory);
        return UnknotCli.OK;
    }
}
