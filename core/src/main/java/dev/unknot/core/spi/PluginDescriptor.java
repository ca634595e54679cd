package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Who a plugin is: data, not behaviour.
 *
 * <p>The id is refused here unless it is lower-case words of {@code a}–{@code z} and
 * {@code 0}–{@code 9} joined by single hyphens, and the other texts unless they are non-blank.
 * When plugins load, two with the same id cannot both run: the first found keeps it.
 *
 * <p>A plugin that builds on another one's content says so with {@link #requiring(String, String)},
 * and one that needs a feature of a newer Unknot with {@link #runningOn(String)}:
 *
 * <pre>{@code
 * PluginDescriptor.of("yoga", "Yoga for the back", "1.0.0", "Example Studio")
 *         .requiring("stretching", "[0.1,1.0)")
 *         .runningOn("0.1");
 * }</pre>
 *
 * @param id a lower-case slug such as {@code foam-rolling}; also the namespace of every
 *     technique, routine and habit template id the plugin provides
 * @param name display name
 * @param version the plugin's own version, e.g. {@code 1.2.0}
 * @param author a person or organisation
 * @param spiVersion the SPI version the plugin was built against, normally {@link SpiVersion#CURRENT}
 * @param requires the other plugins this one needs, each at most once; loaded before it
 * @param host the versions of Unknot this plugin runs on, {@link VersionRange#ANY} by default
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PluginDescriptor(
        String id,
        String name,
        String version,
        String author,
        SpiVersion spiVersion,
        List<PluginRequirement> requires,
        VersionRange host) {

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
        requires = List.copyOf(Require.present(requires, "required plugins"));
        Set<String> required = new HashSet<>();
        for (PluginRequirement requirement : requires) {
            if (requirement.pluginId().equals(id)) {
                throw new IllegalArgumentException("plugin '" + id + "' cannot require itself");
            }
            if (!required.add(requirement.pluginId())) {
                throw new IllegalArgumentException(
                        "plugin '" + id + "' requires '" + requirement.pluginId() + "' twice");
            }
        }
        Require.present(host, "host version range");
    }

    /** A plugin that requires no other plugin and runs on any Unknot of its SPI version. */
    public PluginDescriptor(String id, String name, String version, String author, SpiVersion spiVersion) {
        this(id, name, version, author, spiVersion, List.of(), VersionRange.ANY);
    }

    /** A descriptor for the current SPI version. */
    public static PluginDescriptor of(String id, String name, String version, String author) {
        return new PluginDescriptor(id, name, version, author, SpiVersion.CURRENT);
    }

    /**
     * This descriptor, also requiring plugin {@code pluginId} in {@code versions} (Maven's range
     * notation, see {@link VersionRange}).
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public PluginDescriptor requiring(String pluginId, String versions) {
        List<PluginRequirement> more = new ArrayList<>(requires);
        more.add(PluginRequirement.of(pluginId, versions));
        return new PluginDescriptor(id, name, version, author, spiVersion, more, host);
    }

    /**
     * This descriptor, running only on the versions of Unknot in {@code versions}.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public PluginDescriptor runningOn(String versions) {
        return new PluginDescriptor(id, name, version, author, spiVersion, requires, VersionRange.parse(versions));
    }
}
