package dev.unknot.core.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The version of the plugin SPI a plugin was built against.
 *
 * <p>The minor version grows when the SPI gains something additive (a new {@code default}
 * method); the major version grows only when an old plugin could no longer work. A host runs a
 * plugin built for the same major version and a minor version no newer than its own.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    /** The SPI version of this build of Unknot; plugins should declare it. */
    public static final SpiVersion CURRENT = new SpiVersion(1, 1);

    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("SPI version parts must not be negative: " + major + "." + minor);
        }
    }

    /** Whether a host implementing {@code host} can run a plugin built for this version. */
    public boolean runsOn(SpiVersion host) {
        return major == host.major && minor <= host.minor;
    }

    @Override
    public int compareTo(SpiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
