package dev.unknot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads Picocli on a second thread while the main thread starts the context. Picocli's class files
 * are Java 5 ones, without the stack maps that class-data sharing and the AOT cache need, so every
 * run loads and verifies them from the jar, the slow way; beside the context start that is off the
 * critical path. Building the model of a small command here loads what the real one will use.
 */
final class PicocliWarmUp {

    private PicocliWarmUp() {}

    static Thread start() {
        Thread loader = new Thread(PicocliWarmUp::load, "unknot-picocli-warm-up");
        loader.setDaemon(true);
        loader.start();
        return loader;
    }

    private static void load() {
        try {
            new CommandLine(new Sample()).parseArgs("--name", "x", "y");
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the real command line reports its own problems.
        }
    }

    @Command(name = "sample", mixinStandardHelpOptions = true)
    static final class Sample {
        @Option(names = "--name")
        String name;

        @Parameters(arity = "0..1")
        String value;
    }
}
