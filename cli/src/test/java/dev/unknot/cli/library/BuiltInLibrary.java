package dev.unknot.cli.library;

import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.PluginRegistry;
import java.util.Optional;

/**
 * The library the built-in plugins on the test classpath add up to: what the commands should
 * show, read through core's API, so that tests do not pin the plugins' wording.
 */
final class BuiltInLibrary {

    static final Library LIBRARY = PluginRegistry.load(BuiltInLibrary.class.getClassLoader(), Optional.empty())
            .library();

    private BuiltInLibrary() {}
}
