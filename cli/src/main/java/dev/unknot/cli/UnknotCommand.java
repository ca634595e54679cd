package dev.unknot.cli;

import dev.unknot.cli.admin.AdminCommand;
import dev.unknot.cli.backup.BackupCommand;
import dev.unknot.cli.backup.RestoreCommand;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitCommand;
import dev.unknot.cli.habit.HabitsCommand;
import dev.unknot.cli.habit.TemplatesCommand;
import dev.unknot.cli.library.PillarsCommand;
import dev.unknot.cli.library.RoutinesCommand;
import dev.unknot.cli.library.TechniqueCommand;
import dev.unknot.cli.library.TechniquesCommand;
import dev.unknot.cli.own.ExerciseCommand;
import dev.unknot.cli.plan.PlanCommand;
import dev.unknot.cli.plugins.PluginCommand;
import dev.unknot.cli.plugins.PluginsCommand;
import dev.unknot.cli.reminder.RemindCommand;
import dev.unknot.cli.reminder.RemindersCommand;
import dev.unknot.cli.routine.RoutineCommand;
import dev.unknot.cli.safety.SafetyCommand;
import dev.unknot.cli.server.LoginCommand;
import dev.unknot.cli.server.LogoutCommand;
import dev.unknot.cli.settings.SettingsCommand;
import dev.unknot.cli.shell.CandidatesCommand;
import dev.unknot.cli.shell.CompletionCommand;
import dev.unknot.cli.shell.InstallCommand;
import dev.unknot.cli.stats.StatsCommand;
import dev.unknot.cli.today.TodayCommand;
import dev.unknot.cli.transfer.ExportCommand;
import dev.unknot.cli.transfer.ImportCommand;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure; --verbose prints the stack trace",
            "2:bad usage or bad input, such as an unknown id"
        },
        footerHeading = "%nEnvironment:%n",
        // Each line is a variable and what it does, laid out as a table by HelpLayout.
        footer = {
            "UNKNOT_HOME\tdata directory (default ~/.unknot)",
            "UNKNOT_PLUGINS_DIR\textra plugin jars (default $UNKNOT_HOME/plugins)",
            "UNKNOT_SERVER\twith UNKNOT_TOKEN: use this server for this run, whatever 'unknot login' chose",
            "NO_COLOR\tset to turn off colour and Unicode decorations (or give --no-color)",
            "COLUMNS\tthe width to wrap help and long sentences to (default 80)"
        })
@Prototype
public final class UnknotCommand implements Callable<Integer> {

    static final String VERBOSE = "--verbose";

    static final String NO_COLOR = "--no-color";

    /**
     * The subcommands, in the order {@code --help} lists them. They are added by {@link UnknotCli}
     * rather than in {@code @Command}, so that a run of one command builds only that command's
     * model: Picocli's reflection over every command costs a noticeable part of a check-in.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            TodayCommand.class,
            CheckInCommand.class,
            HabitsCommand.class,
            HabitCommand.class,
            TemplatesCommand.class,
            RemindersCommand.class,
            RemindCommand.class,
            StatsCommand.class,
            PlanCommand.class,
            SafetyCommand.class,
            SettingsCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            AdminCommand.class,
            PillarsCommand.class,
            TechniquesCommand.class,
            TechniqueCommand.class,
            RoutinesCommand.class,
            RoutineCommand.class,
            ExerciseCommand.class,
            PluginsCommand.class,
            PluginCommand.class,
            LoginCommand.class,
            LogoutCommand.class,
            CompletionCommand.class,
            InstallCommand.class,
            CandidatesCommand.class);

    @Spec
    CommandSpec spec;

    @Option(
            names = VERBOSE,
            scope = ScopeType.INHERIT,
            description = "Print stack traces: of a failure, and of a plugin's advice rule that throws.")
    boolean verbose;

    // Read by UnknotCli before the command line is parsed, to choose the colour scheme.
    @Option(
            names = NO_COLOR,
            scope = ScopeType.INHERIT,
            description = "No colour or Unicode decorations, as when NO_COLOR is set.")
    boolean noColour;

    private final PersonalTracker person;

    @picocli.CommandLine.Mixin
    JsonOption json;

    UnknotCommand(PersonalTracker person) {
        this.person = person;
    }

    /** Without a subcommand: today's agenda, as {@code unknot today} prints it. */
    @Override
    public Integer call() {
        return TodayCommand.show(spec, json.enabled(), person, json);
    }
}
