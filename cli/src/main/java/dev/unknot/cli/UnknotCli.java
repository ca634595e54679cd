package dev.unknot.cli;

import dev.unknot.app.EarlyStart;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The {@code unknot} command: starts a Micronaut context for the CLI environment and runs the
 * command line through Picocli.
 *
 * <p>Exit codes are a contract: {@value #OK} on success, {@value #USAGE} for bad usage or bad input
 * (unknown ids included), {@value #FAILURE} for anything else; see {@link FailureHandler}.
 */
public final class UnknotCli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    /** Environment variables with this prefix become settings: {@code UNKNOT_HOME} is {@code unknot.home}. */
    static final String ENVIRONMENT_PREFIX = "UNKNOT_";

    private UnknotCli() {}

    public static void main(String[] args) {
        Terminal terminal = Terminal.detect(System.getenv());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), terminal));
    }

    /**
     * Runs one command line as a person would from a shell whose environment variables are
     * {@code environment}, with standard output not a terminal, and returns the exit code.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(args, out, err, environment, Terminal.detect(environment, false));
    }

    static int run(
            String[] args, PrintStream out, PrintStream err, Map<String, String> environment, Terminal terminal) {
        StartupTrace trace = StartupTrace.of(environment);
        try {
            return run(args, out, err, environment, terminal, trace);
        } finally {
            trace.mark("close");
            trace.print(err);
        }
    }

    private static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Map<String, String> environment,
            Terminal terminal,
            StartupTrace trace) {
        // UTF-8 whatever the platform's default charset: doses read "hold 20–30 s".
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        FailureHandler failures = new FailureHandler(errWriter);
        // Time-zone rules before logging: a zone rules provider found on the class path (ical4j's,
        // where the API module is present) logs as it loads, and if that happened while logback
        // formats its first line, SLF4J would print a warning about replaying the call.
        java.time.ZoneId.systemDefault();
        QuietLogging.verbose(verboseRequested(args));
        PicocliWarmUp.start();
        try (EarlyStart early = EarlyStart.begin(
                        DatabaseWarmUp.homeToOpen(args, environment).orElse(null));
                ApplicationContext context = start(environment)) {
            trace.mark("context");
            MicronautFactory factory = new MicronautFactory(context);
            CommandLine commandLine = new CommandLine(UnknotCommand.class, factory);
            for (Class<?> subcommand : subcommandsFor(args)) {
                commandLine.addSubcommand(new CommandLine(subcommand, factory));
            }
            if (verboseRequested(args)) {
                errWriter.println("unknot: data from "
                        + context.getBean(dev.unknot.cli.server.Connection.class)
                                .describe());
            }
            boolean colour = terminal.decorated() && !noColourRequested(args);
            commandLine.setHelpSectionMap(HelpLayout.sections(commandLine.getHelpSectionMap()));
            commandLine
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setUsageHelpWidth(columns(environment))
                    .setColorScheme(CommandLine.Help.defaultColorScheme(colour ? Ansi.ON : Ansi.OFF))
                    .setParameterExceptionHandler(failures)
                    .setExecutionExceptionHandler(failures)
                    .setExecutionStrategy(parsed -> {
                        trace.mark("command-line");
                        int exitCode = new CommandLine.RunLast().execute(parsed);
                        trace.mark("command");
                        return exitCode;
                    });
            return commandLine.execute(args);
        } catch (RuntimeException | LinkageError e) {
            // The context or the command line could not even be set up.
            return failures.report(e, verboseRequested(args));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * A lean context: no environment deduction (it probes for clouds and test frameworks), no
     * banner, lazy beans (Micronaut's default), bean definitions generated at compile time (no
     * classpath scanning), and settings from {@code UNKNOT_*} variables of {@code environment}
     * alone, so that a test's environment is the whole environment.
     */
    private static ApplicationContext start(Map<String, String> environment) {
        return ApplicationContext.builder(UnknotCli.class, Environment.CLI)
                .deduceEnvironment(false)
                .deduceCloudEnvironment(false)
                // No bootstrap context: the CLI has no distributed configuration to fetch first.
                .bootstrapEnvironment(false)
                .banner(false)
                .environmentPropertySource(false)
                .propertySources(settingsFrom(environment))
                .properties(Map.of(
                        // The JSON contract: every field is always written, null and empty ones included.
                        "micronaut.serde.serialization.inclusion", "always",
                        // One command and out: no pool threads to start, no Flyway on a current schema.
                        "unknot.database.one-command", "true"))
                .start();
    }

    private static PropertySource settingsFrom(Map<String, String> environment) {
        Map<String, Object> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENVIRONMENT_PREFIX)) {
                settings.put(name, value);
            }
        });
        return new EnvironmentVariables(settings);
    }

    /**
     * Environment variables read the way Micronaut reads the process environment
     * ({@code UNKNOT_PLUGINS_DIR} is {@code unknot.plugins-dir}), but from a given map.
     */
    private static final class EnvironmentVariables extends MapPropertySource {

        EnvironmentVariables(Map<String, Object> variables) {
            super(EnvironmentPropertySource.NAME, variables);
        }

        @Override
        public PropertyConvention getConvention() {
            return PropertyConvention.ENVIRONMENT_VARIABLE;
        }

        @Override
        public int getOrder() {
            return EnvironmentPropertySource.POSITION;
        }
    }

    /**
     * Only the named command when the first word names one (its {@code --help} included), else
     * all of them: for the usage, suggestions for a mistyped command, and completion scripts.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                if (arg.equals(UnknotCommand.VERBOSE)) {
                    continue;
                }
                break;
            }
            for (Class<?> subcommand : UnknotCommand.SUBCOMMANDS) {
                CommandLine.Command command = subcommand.getAnnotation(CommandLine.Command.class);
                if (!command.name().equals("completion")
                        && (command.name().equals(arg)
                                || java.util.Arrays.asList(command.aliases()).contains(arg))) {
                    return List.of(subcommand);
                }
            }
            break;
        }
        return UnknotCommand.SUBCOMMANDS;
    }

    /** The narrowest and widest lines help and wrapped text are made for. */
    static final int MIN_COLUMNS = 55;

    static final int MAX_COLUMNS = 200;

    /**
     * The width of the terminal as the shell tells it ({@code COLUMNS}, when exported), else 80:
     * help and long sentences are wrapped to it, between words.
     */
    static int columns(Map<String, String> environment) {
        String columns = environment.get("COLUMNS");
        if (columns != null && columns.strip().matches("[0-9]{1,4}")) {
            return Math.max(MIN_COLUMNS, Math.min(MAX_COLUMNS, Integer.parseInt(columns.strip())));
        }
        return 80;
    }

    private static boolean noColourRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(UnknotCommand.NO_COLOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verboseRequested(String[] args) {
        for (String arg : args) {
            if (arg.equals(UnknotCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether standard output is a terminal that may get colour and Unicode decorations. */
    record Terminal(boolean decorated) {

        /** Decorated when the JVM has a console and {@code NO_COLOR} is unset (https://no-color.org). */
        static Terminal detect(Map<String, String> environment) {
            return detect(environment, System.console() != null);
        }

        static Terminal detect(Map<String, String> environment, boolean interactive) {
            String noColor = environment.get("NO_COLOR");
            boolean colourRefused = noColor != null && !noColor.isEmpty();
            boolean dumb = "dumb".equals(environment.get("TERM"));
            return new Terminal(interactive && !colourRefused && !dumb);
        }

        Ansi ansi() {
            return decorated ? Ansi.ON : Ansi.OFF;
        }
    }
}
