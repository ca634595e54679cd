package org.example.yoga;

import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;

/** The plugin TCK: registration, SPI version, ids, doses, text, references and loading. */
class YogaPluginTests extends TechniquePluginContract {

    @Override
    protected TechniquePlugin plugin() {
        return new YogaPlugin();
    }
}
