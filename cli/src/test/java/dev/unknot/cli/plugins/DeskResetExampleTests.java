package dev.unknot.cli.plugins;

import dev.unknot.tck.DataPluginContract;
import java.nio.file.Path;

/** The example data plugin keeps the plugin contract, beside the built-in plugins it requires. */
class DeskResetExampleTests extends DataPluginContract {

    @Override
    protected Path file() {
        return DataPluginCommandTests.EXAMPLE;
    }
}
