package dev.unknot.frontends;

import dev.unknot.cli.UnknotCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The command line run in this JVM, as a shell would with {@code UNKNOT_HOME} set: the local person's data. */
final class Cli {

    /** What a command did: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {}

    private final Path home;

    Cli(Path home) {
        this.home = home;
    }

    Run unknot(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = UnknotCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("UNKNOT_HOME", home.toString()));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
