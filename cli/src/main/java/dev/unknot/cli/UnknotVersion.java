package dev.unknot.cli;

import dev.unknot.core.spi.SpiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code unknot --version}: this build, the plugin SPI it runs, and the Java it runs on. */
final class UnknotVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "unknot " + version(),
            "plugin SPI " + SpiVersion.CURRENT,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
        };
    }

    /** The Maven project version, written into {@code version.properties} when the module is built. */
    static String version() {
        try (InputStream in = UnknotVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
