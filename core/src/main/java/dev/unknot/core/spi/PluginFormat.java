package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A way to write a plugin as a data file instead of Java: pillars, techniques, routines and
 * habit templates in a document. Unknot finds formats through {@link java.util.ServiceLoader} on
 * its own class path (the {@code unknot-plugin-data} module provides YAML and JSON), reads every
 * file in the plugin directory whose name ends as a format says, and every jar that carries a
 * document at {@link #DOCUMENT_IN_JAR} and no Java provider. What a format reads then loads like
 * any plugin: the same registry, the same rules, the same TCK.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PluginFormat {

    /** Where a jar of content carries its document, without the ending a format adds. */
    String DOCUMENT_IN_JAR = "META-INF/unknot/plugin";

    /** The file name endings this format reads, lower case with the dot ({@code .yaml}). */
    List<String> fileEndings();

    /**
     * Reads one plugin from the text of a file.
     *
     * @throws IllegalArgumentException with every problem found, each naming its line and field,
     *     one per line, when the text is not a plugin of this format
     */
    TechniquePlugin read(String text);
}
