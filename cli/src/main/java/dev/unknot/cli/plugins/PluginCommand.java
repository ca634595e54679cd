package dev.unknot.cli.plugins;

import dev.unknot.app.plugin.Installed;
import dev.unknot.app.plugin.PluginService;
import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginCheck;
import dev.unknot.wire.plugins.CheckedJar;
import io.micronaut.context.annotation.Prototype;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot plugin check|install FILE}: whether a plugin jar or data file would load beside the installed
 * plugins, by the rules Unknot loads plugins with, listing every problem; and installing one that
 * would. Both work on this machine's plugin directory, also while logged in to a server.
 */
@Command(
        name = "plugin",
        description = "Check a plugin jar or data file against the installed plugins, or install it.",
        subcommands = {PluginCommand.Check.class, PluginCommand.Install.class})
@Prototype
public final class PluginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check or install");
    }

    @Command(
            name = "check",
            description = {
                "Check that a plugin jar or data file would load beside the installed plugins; list every problem.",
                "Exits 1 when it would fail to load."
            })
    @Prototype
    static final class Check implements Callable<Integer> {

        private final PluginService plugins;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(paramLabel = "FILE", description = "The plugin jar, or a data plugin (.yaml, .yml, .json).")
        Path jar;

        Check(PluginService plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            PluginCheck check = plugins.check(jar);
            if (json.enabled()) {
                json.print(spec, CheckedJar.of(check, null));
            } else {
                print(Output.of(spec), check);
            }
            return check.passes() ? UnknotCli.OK : UnknotCli.FAILURE;
        }
    }

    @Command(
            name = "install",
            description = {
                "Check a plugin jar or data file and, when it passes, copy it into the plugin directory.",
                "Exits 1, installing nothing, when it would fail to load."
            })
    @Prototype
    static final class Install implements Callable<Integer> {

        private final PluginService plugins;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(paramLabel = "FILE", description = "The plugin jar, or a data plugin (.yaml, .yml, .json).")
        Path jar;

        Install(PluginService plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            Installed installed = plugins.install(jar);
            if (json.enabled()) {
                json.print(
                        spec,
                        CheckedJar.of(
                                installed.check(),
                                installed.installedAs().map(Path::toString).orElse(null)));
                return installed.installedAs().isPresent() ? UnknotCli.OK : UnknotCli.FAILURE;
            }
            Output output = Output.of(spec);
            print(output, installed.check());
            output.blank();
            if (installed.installedAs().isEmpty()) {
                output.line("Nothing was installed.");
                return UnknotCli.FAILURE;
            }
            output.line("Installed as " + installed.installedAs().get() + ".");
            output.line("It loads the next time Unknot starts: restart a running web server.");
            return UnknotCli.OK;
        }
    }

    /** What a check found: each plugin that would load, then every problem, one a line. */
    static void print(Output output, PluginCheck check) {
        if (check.passes()) {
            output.line(check.source() + " passes: it would load beside the installed plugins.");
        } else {
            output.line(check.source() + " would fail to load.");
        }
        if (!check.passed().isEmpty()) {
            output.blank();
            output.heading("Would load (" + check.passed().size() + ")");
            Table loaded = Table.withHeader("ID", "VERSION", "NAME", "PROVIDES");
            for (LoadedPlugin plugin : check.passed()) {
                loaded.row(
                        plugin.id(),
                        plugin.descriptor().version(),
                        plugin.descriptor().name(),
                        PluginsCommand.provides(plugin));
            }
            output.table(loaded);
        }
        if (!check.failed().isEmpty()) {
            int problems = check.failed().stream()
                    .mapToInt(failure -> failure.problems().size())
                    .sum();
            output.blank();
            output.heading("Problems (" + problems + ")");
            Table table = Table.withHeader("PLUGIN", "PROBLEM");
            for (FailedPlugin failure : check.failed()) {
                String plugin = failure.pluginId().orElse("(the file)");
                for (String problem : failure.problems()) {
                    table.row(plugin, problem);
                    plugin = "";
                }
            }
            output.table(table);
        }
    }
}
