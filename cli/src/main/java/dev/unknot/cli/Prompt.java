package dev.unknot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Questions asked at a terminal. Only when standard input is a console: a script or a test gives
 * the answers as options instead, and is never left waiting.
 */
public final class Prompt {

    private static BufferedReader in;

    private Prompt() {}

    /** Whether a person is there to answer. */
    public static boolean interactive() {
        return System.console() != null && !"true".equals(System.getProperty("unknot.non-interactive"));
    }

    /** Asks {@code question} on standard output and returns the answer line; empty at end of input. */
    public static synchronized Optional<String> ask(java.io.PrintWriter out, String question) {
        out.print(question);
        out.flush();
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            return Optional.ofNullable(in.readLine()).map(String::strip);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Standard input, shared by every reader of it in this process. */
    public static synchronized BufferedReader input() {
        if (in == null) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return in;
    }
}
