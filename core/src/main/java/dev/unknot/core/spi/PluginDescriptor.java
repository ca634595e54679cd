package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Who a plugin is: data, not behaviour.
 *
 * <p>The id is refused here unless it is lower-case words of {@code a}–{@code z} and
 * {@code 0}–{@code 9} joined by single hyphens, and the other texts unless they are non-blank.
 * When plugins load, two with the same id cannot both run: the first found keeps it.
 *
 * @param id a lower-case slug such as {@code foam-rolling}; also the namespace of every
 *     technique, routine and habit template id the plugin provides
 * @param name display name
 * @param version the plugin's own version, e.g. {@code 1.2.0}
 * @param author a person or organisation
 * @param spiVersion the SPI version the plugin was built against, normally {@link SpiVersion#CURRENT}
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PluginDescriptor(String id, String name, String version, String author, SpiVersion spiVersion) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public PluginDescriptor {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "plugin id must be lower-case words joined by hyphens (like 'foam-rolling'), was '" + id + "'");
        }
        name = Require.text(name, "plugin name");
        version = Require.text(version, "plugin version");
        author = Require.text(author, "plugin author");
        Require.present(spiVersion, "SPI version");
    }

    /** A descriptor for the current SPI version. */
    public static PluginDescriptor of(String id, String name, String version, String author) {
        return new PluginDescriptor(id, name, version, author, SpiVersion.CURRENT);
    }
}
