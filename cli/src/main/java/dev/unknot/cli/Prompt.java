package dev.unknot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Questions asked at a terminal. Only when standard input is a console: a script or a test gives
 * the answers as options instead, and is never left waiting.
 *
 * <p>One daemon thread reads standard input line by line into a queue, so that a guided routine
 * can notice Enter (skip a step) and still ask its questions afterwards without two readers
 * competing for the same line.
 */
public final class Prompt {

    /** Queued when standard input ends. */
    private static final String END = "\u0000end";

    private static BlockingQueue<String> lines;

    /** Lines typed at a pretend terminal ({@link #typing}); null at a real one. */
    private static volatile BlockingQueue<String> typed;

    private Prompt() {}

    /** Whether a person is there to answer. */
    public static boolean interactive() {
        return typed != null || System.console() != null;
    }

    /**
     * For tests: a terminal where {@code answers} are typed, one a line, and input then ends; until
     * closed, every question reads from them.
     */
    public static AutoCloseable typing(String... answers) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>(java.util.List.of(answers));
        queue.add(END);
        typed = queue;
        return () -> typed = null;
    }

    /**
     * Asks {@code question} on {@code out} and returns the answer line; empty at end of input. The
     * question may name stored text (a habit), so it is printed {@link Output#visible}.
     */
    public static Optional<String> ask(PrintWriter out, String question) {
        out.print(Output.visible(question));
        out.flush();
        try {
            String line = lines().take();
            if (line.equals(END)) {
                lines().add(END);
                return Optional.empty();
            }
            return Optional.of(line.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether a line (Enter) was typed since the last call; forgets it. */
    public static boolean entered() {
        String line = lines().poll();
        if (END.equals(line)) {
            lines().add(END);
            return false;
        }
        return line != null;
    }

    /** Forgets lines typed so far, e.g. before a question. */
    public static void forget() {
        while (entered()) {
            // dropped
        }
    }

    private static synchronized BlockingQueue<String> lines() {
        BlockingQueue<String> pretend = typed;
        if (pretend != null) {
            return pretend;
        }
        if (lines == null) {
            lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(
                    () -> {
                        BufferedReader in =
                                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                        try {
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                lines.add(line);
                            }
                        } catch (IOException e) {
                            // Input closed: as at its end.
                        }
                        lines.add(END);
                    },
                    "unknot-input");
            reader.setDaemon(true);
            reader.start();
        }
        return lines;
    }
}
