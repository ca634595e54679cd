package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The version of Unknot itself, which a plugin's {@link PluginDescriptor#host() host range} is
 * checked against.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HostVersion {

    /** This build's version, as Maven wrote it when core was built. */
    public static final String CURRENT = read();

    private HostVersion() {}

    private static String read() {
        try (InputStream in = HostVersion.class.getResourceAsStream("unknot.properties")) {
            if (in == null) {
                return "0";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "0");
            // An unfiltered copy (a build that skipped resources) must not break every range check.
            return version.startsWith("$") ? "0" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
