package dev.unknot.plugindata;

import dev.unknot.core.spi.PluginFormat;
import dev.unknot.core.spi.TechniquePlugin;
import java.util.List;

/** Data plugins in YAML ({@code .yaml}, {@code .yml}) and JSON ({@code .json}), which YAML 1.2 reads too. */
public final class DataPluginFormat implements PluginFormat {

    @Override
    public List<String> fileEndings() {
        return List.of(".yaml", ".yml", ".json");
    }

    @Override
    public TechniquePlugin read(String text) {
        return DataPluginReader.read(text);
    }
}
