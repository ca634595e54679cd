package dev.unknot.app.catalogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.PluginValidator;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.plugindata.DataPlugins;
import java.util.List;

/**
 * A person's own technique or routine as stored: a document of the data plugin format, in the
 * namespace {@value PluginValidator#PERSONAL_NAMESPACE}, holding that one item. Reading the same
 * document again is answered from memory.
 */
public final class OwnDocuments {

    /** Who the stored documents say they are; never loaded as a plugin. */
    public static final PluginDescriptor OWN =
            PluginDescriptor.of(PluginValidator.PERSONAL_NAMESPACE, "My exercises", "1", "Unknot");

    private static final Cache<String, TechniquePlugin> READ =
            Caffeine.newBuilder().maximumSize(2_000).build();

    private OwnDocuments() {}

    public static String of(Technique technique) {
        return DataPlugins.write(OWN, List.of(), List.of(technique), List.of());
    }

    public static String of(Routine routine) {
        return DataPlugins.write(OWN, List.of(), List.of(), List.of(routine));
    }

    /** The one item of a stored document. */
    static TechniquePlugin read(String document) {
        return READ.get(document, DataPlugins::read);
    }
}
