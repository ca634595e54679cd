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
            spec.commandLine().getOut().println(escaped(mapper.get().writeValueAsString(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * {@code json} with DEL, the C1 controls and lone surrogates written as JSON escapes ({@code \\u009b}), which
     * JSON leaves raw but a terminal may act on. Outside strings JSON is ASCII, so this changes no
     * value: a parser reads the same document.
     */
    static String escaped(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            boolean raw = (c >= 0x7F && c <= 0x9F) || (Character.isSurrogate(c) && !pair);
            if (raw && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (raw) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                    if (pair) {
                        out.append(json.charAt(++i));
                    }
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? json : out.toString();
    }
}
