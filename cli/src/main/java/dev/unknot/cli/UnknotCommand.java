package dev.unknot.cli;

import dev.unknot.cli.library.PillarsCommand;
import dev.unknot.cli.library.RoutinesCommand;
import dev.unknot.cli.library.TechniqueCommand;
import dev.unknot.cli.library.TechniquesCommand;
import dev.unknot.cli.plugins.PluginsCommand;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options and the list of subcommands. */
@Command(
        name = "unknot",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = UnknotVersion.class,
        description = "Habits that release tight back muscles and keep them loose.",
        subcommands = {
            PillarsCommand.class,
            TechniquesCommand.class,
            TechniqueCommand.class,
            RoutinesCommand.class,
            PluginsCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure; --verbose prints the stack trace",
            "2:bad usage or bad input, such as an unknown id"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  UNKNOT_HOME          data directory (default ~/.unknot)",
            "  UNKNOT_PLUGINS_DIR   extra plugin jars (default $UNKNOT_HOME/plugins)",
            "  NO_COLOR             set to turn off colour"
        })
@Prototype
public final class UnknotCommand implements Callable<Integer> {

    static final String VERBOSE = "--verbose";

    @Spec
    CommandSpec spec;

    @Option(names = VERBOSE, scope = ScopeType.INHERIT, description = "On a failure, print the stack trace too.")
    boolean verbose;

    /** Without a subcommand: the usage, for now. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UnknotCli.OK;
    }
}
