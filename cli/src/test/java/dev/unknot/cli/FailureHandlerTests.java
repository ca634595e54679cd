package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.wire.error.UnavailableException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Failures other than bad usage: exit 1, one line, and the stack trace only on request. */
class FailureHandlerTests {

    @Command(name = "broken")
    static final class BrokenCommand implements Callable<Integer> {

        @Option(names = UnknotCommand.VERBOSE)
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException(
                    "cannot open the habit database", new java.io.IOException("disk full\nand more"));
        }
    }

    @Test
    void anUnexpectedFailureExitsWithOneAndOneLineNamingTheRootCause() {
        StringWriter err = new StringWriter();

        int exitCode = run(err);

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().lines())
                .containsExactly("unknot: cannot open the habit database"
                        + " (IOException: disk full and more) (run again with --verbose for details)");
    }

    @Test
    void anUnusableDatabaseIsItsOwnMessageWhateverWrapsIt() {
        RuntimeException failure = new RuntimeException(
                "Error instantiating bean of type [javax.sql.DataSource] Path Taken: ...",
                new UnavailableException(
                        "cannot bring the database jdbc:h2:file:/h/unknot up to date: the migrations applied differ",
                        new IllegalStateException("Validate failed:\nMigration checksum mismatch")));

        assertThat(FailureHandler.describe(failure))
                .isEqualTo(
                        "cannot bring the database jdbc:h2:file:/h/unknot up to date: the migrations applied differ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        StringWriter err = new StringWriter();

        int exitCode = run(err, "--verbose");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString().lines().findFirst())
                .hasValue("unknot: cannot open the habit database (IOException: disk full and more)");
        assertThat(err.toString())
                .contains("java.lang.IllegalStateException", "\tat ", "Caused by: java.io.IOException");
    }

    @Test
    void aUsageProblemFromACommandExitsWithTwo() {
        StringWriter err = new StringWriter();
        FailureHandler handler = new FailureHandler(new PrintWriter(err, true));

        int exitCode = handler.handleExecutionException(
                new UsageProblem("no routine 'x/y'", "run 'unknot routines' to list them"), null, null);

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString().lines())
                .containsExactly("unknot: no routine 'x/y'; run 'unknot routines' to list them");
    }

    private static int run(StringWriter err, String... args) {
        FailureHandler handler = new FailureHandler(new PrintWriter(err, true));
        return new CommandLine(new BrokenCommand())
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler)
                .execute(args);
    }
}
