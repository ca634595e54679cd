package dev.unknot.cli;

import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.error.UnavailableException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into the exit-code contract and exactly one line on standard error, never a
 * stack trace unless {@code --verbose} asks for it.
 *
 * <ul>
 *   <li>Arguments Picocli cannot parse (unknown option, missing parameter): exit 2, the problem and
 *       a pointer to the command's {@code --help}.
 *   <li>A {@link UsageProblem} thrown by a command (unknown or malformed id), or the store's
 *       {@link InvalidInputException} (a value out of range), {@link NotFoundException} or
 *       {@link ConflictException} (e.g. importing into a home that has data): exit 2, its message.
 *   <li>A database that cannot be opened or brought up to date ({@link UnavailableException}):
 *       exit 1, its message.
 *   <li>Anything else: exit 1, the failure and its root cause on one line; with
 *       {@code --verbose}, the stack trace follows.
 * </ul>
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final String PREFIX = "unknot: ";

    private final PrintWriter err;

    FailureHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        String problem = oneLine(failure.getMessage());
        if (failure instanceof UnmatchedArgumentException unmatched) {
            problem = unmatched(unmatched, command);
        }
        err.println(PREFIX + lowerFirst(problem) + "; run '"
                + command.getCommandSpec().qualifiedName() + " --help' for usage");
        return UnknotCli.USAGE;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        if (failure instanceof UsageProblem
                || failure instanceof InvalidInputException
                || failure instanceof NotFoundException
                || failure instanceof ConflictException) {
            err.println(PREFIX + oneLine(failure.getMessage()));
            return UnknotCli.USAGE;
        }
        return report(failure, verbose(parseResult));
    }

    /** Picocli's "unmatched argument at index 0" in a person's words, with its suggestion if any. */
    private static String unmatched(UnmatchedArgumentException failure, CommandLine command) {
        List<String> unmatched = failure.getUnmatched();
        String problem;
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            problem = oneLine(failure.getMessage());
        } else if (!command.getSubcommands().isEmpty()) {
            problem = "unknown command '" + unmatched.get(0) + "'";
        } else {
            problem = "unexpected argument '" + unmatched.get(0) + "'";
        }
        List<String> suggestions = failure.getSuggestions();
        return suggestions.isEmpty() ? problem : problem + " (did you mean '" + suggestions.get(0) + "'?)";
    }

    /** Reports an unexpected failure: exit 1. */
    int report(Throwable failure, boolean verbose) {
        err.println(PREFIX
                + describe(failure)
                + (verbose ? "" : " (run again with " + UnknotCommand.VERBOSE + " for details)"));
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return UnknotCli.FAILURE;
    }

    /**
     * The failure's message and, when it differs, its root cause's, on one line. A database that
     * cannot be used says so itself ({@link UnavailableException}), whatever the context wrapped it in
     * on its way out.
     */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof UnavailableException) {
                return oneLine(messageOf(cause));
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = messageOf(failure);
        if (root != failure && !text.contains(messageOf(root))) {
            text += " (" + root.getClass().getSimpleName() + ": " + messageOf(root) + ")";
        }
        return oneLine(text);
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(UnknotCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** One line, safe for a terminal: a message may quote what a person typed or stored. */
    private static String oneLine(String text) {
        String line =
                text == null ? "" : Output.visible(text.replaceAll("\\s+", " ").strip());
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
