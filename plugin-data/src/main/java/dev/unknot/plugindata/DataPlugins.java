package dev.unknot.plugindata;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads a data plugin file outside of loading, for the TCK and for tools.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DataPlugins {

    private DataPlugins() {}

    /**
     * The plugin in {@code file}, a YAML or JSON document of the data plugin format.
     *
     * @throws IllegalArgumentException listing every problem, one per line, each with its line and field
     * @throws UncheckedIOException when the file cannot be read
     */
    public static TechniquePlugin read(Path file) {
        try {
            return DataPluginReader.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The plugin in {@code text}, a YAML or JSON document of the data plugin format.
     *
     * @throws IllegalArgumentException listing every problem, one per line, each with its line and field
     */
    public static TechniquePlugin read(String text) {
        return DataPluginReader.read(text);
    }

    /**
     * A YAML document of the data plugin format holding {@code pillars}, {@code techniques} and
     * {@code routines}, which {@link #read(String)} reads back to equal content. Ids are written
     * whole, so they must carry {@code descriptor}'s id as their namespace for the document to load.
     */
    public static String write(
            PluginDescriptor descriptor, List<Pillar> pillars, List<Technique> techniques, List<Routine> routines) {
        return DataPluginWriter.write(descriptor, pillars, techniques, routines);
    }
}
