package dev.unknot.tck;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.plugin.PluginCheck;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.plugindata.DataPlugins;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The same contract as {@link TechniquePluginContract}, for a plugin written as a YAML or JSON
 * document: one small test class names the file.
 *
 * <pre>{@code
 * class DeskResetTests extends DataPluginContract {
 *     @Override
 *     protected Path file() {
 *         return Path.of("src/main/resources/META-INF/unknot/plugin.yaml");
 *     }
 * }
 * }</pre>
 *
 * <p>Without a Java build, {@code unknot plugin check FILE} applies the same rules.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class DataPluginContract extends TechniquePluginContract {

    /** The document under test. */
    protected abstract Path file();

    @Override
    protected final TechniquePlugin plugin() {
        return DataPlugins.read(file());
    }

    /** A document has no provider class to register: not a test here. */
    @Override
    void providerIsRegisteredInMetaInfServices() {}

    /** Loads the file as Unknot loads its plugin directory, beside the plugins on the class path. */
    @Override
    @Test
    void loadsThroughTheRegistryWithoutFailure() {
        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.empty(), file());
        assertThat(check.failed()).as("problems of %s", file()).isEmpty();
        assertThat(check.passed()).as("plugins read from %s", file()).hasSize(1);
    }
}
