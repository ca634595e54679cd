package dev.unknot.cli;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code unknot} in-process through its real entry point, as a person would from a shell
 * whose only Unknot setting is {@code UNKNOT_HOME}, and captures what they would see.
 */
public final class Shell {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final Map<String, String> environment;

    private Shell(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A shell with {@code UNKNOT_HOME} set to {@code home}; plugins go in {@code home/plugins}. */
    public static Shell withHome(Path home) {
        return new Shell(Map.of("UNKNOT_HOME", home.toString()));
    }

    /** The same shell with one more environment variable. */
    public Shell with(String variable, String value) {
        Map<String, String> more = new java.util.HashMap<>(environment);
        more.put(variable, value);
        return new Shell(more);
    }

    public Result unknot(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = UnknotCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Like {@link #unknot}, but with standard output a terminal that takes colour and Unicode. */
    public Result unknotOnTerminal(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = UnknotCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment,
                new UnknotCli.Terminal(true));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a command printed and how it exited. */
    public record Result(int exitCode, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }

        /** Standard output parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readValue(out, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /** The names of an object's fields, in order. */
    public static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.entries().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** The string values of an array, or of one field of each object in it. */
    public static List<String> strings(JsonNode array, String... field) {
        List<String> values = new ArrayList<>();
        array.values()
                .forEach(node -> values.add(
                        field.length == 0
                                ? node.getStringValue()
                                : node.get(field[0]).getStringValue()));
        return values;
    }
}
