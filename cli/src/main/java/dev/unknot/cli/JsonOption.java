package dev.unknot.cli;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --json} option, mixed into every command that offers it. The documents are
 * {@code @Serdeable} records whose shapes are documented in {@code cli/JSON.md}.
 *
 * <p>The JSON mapper is created only when {@code --json} is given, so text output never pays for it.
 */
@Prototype
public final class JsonOption {

    private final BeanProvider<JsonMapper> mapper;

    @Option(names = "--json", description = "Print JSON instead of text (shapes: cli/JSON.md).")
    boolean enabled;

    JsonOption(BeanProvider<JsonMapper> mapper) {
        this.mapper = mapper;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Prints {@code document} as one line of JSON. */
    public void print(CommandSpec spec, Object document) {
        try {
            spec.commandLine().getOut().println(mapper.get().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
