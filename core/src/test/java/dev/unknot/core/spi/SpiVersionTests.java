package dev.unknot.core.spi;

import static dev.unknot.core.property.RandomCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpiVersionTests {

    /**
     * Every version with parts from 0 to 3: small enough to check every pair and triple, and full
     * of equal majors and minors, which is where {@code runsOn} decides.
     */
    private static final List<SpiVersion> VERSIONS = versions();

    @Test
    void everyVersionRunsOnItself() {
        for (SpiVersion version : VERSIONS) {
            assertThat(version.runsOn(version)).as("%s runs on itself", version).isTrue();
        }
    }

    @Test
    void runsExactlyOnTheSameMajorWithAMinorNoNewerThanTheHosts() {
        for (SpiVersion plugin : VERSIONS) {
            for (SpiVersion host : VERSIONS) {
                boolean expected = plugin.major() == host.major() && plugin.minor() <= host.minor();

                assertThat(plugin.runsOn(host))
                        .as("%s runs on %s", plugin, host)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void aHostThatRunsAPluginIsNeverOlderThanIt() {
        for (SpiVersion plugin : VERSIONS) {
            for (SpiVersion host : VERSIONS) {
                if (plugin.runsOn(host)) {
                    assertThat(plugin).as("%s runs on %s", plugin, host).isLessThanOrEqualTo(host);
                }
            }
        }
    }

    @Test
    void runsOnIsTransitive() {
        for (SpiVersion a : VERSIONS) {
            for (SpiVersion b : VERSIONS) {
                for (SpiVersion c : VERSIONS) {
                    if (a.runsOn(b) && b.runsOn(c)) {
                        assertThat(a.runsOn(c))
                                .as("%s runs on %s through %s", a, c, b)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void negativePartsAreRejected() {
        forAll(200, 11L, random -> new int[] {random.nextInt(-1000, 0), random.nextInt(0, 1001)}, parts -> {
            int negative = parts[0];
            int other = parts[1];
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SpiVersion(negative, other))
                    .withMessage("SPI version parts must not be negative: " + negative + "." + other);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SpiVersion(other, negative))
                    .withMessage("SPI version parts must not be negative: " + other + "." + negative);
        });
    }

    @Test
    void currentIsOnePointOneSincePluginsCanRequireOthers() {
        assertThat(SpiVersion.CURRENT).isEqualTo(new SpiVersion(1, 1)).hasToString("1.1");
    }

    @Test
    void pluginsForANewerMinorOrAnotherMajorDoNotRunOnTheCurrentHost() {
        assertThat(new SpiVersion(1, 2).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(new SpiVersion(1, 0).runsOn(SpiVersion.CURRENT)).isTrue();
        assertThat(new SpiVersion(2, 0).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(new SpiVersion(0, 9).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(SpiVersion.CURRENT.runsOn(new SpiVersion(1, 3))).isTrue();
    }

    private static List<SpiVersion> versions() {
        List<SpiVersion> versions = new ArrayList<>();
        for (int major = 0; major <= 3; major++) {
            for (int minor = 0; minor <= 3; minor++) {
                versions.add(new SpiVersion(major, minor));
            }
        }
        return List.copyOf(versions);
    }
}
