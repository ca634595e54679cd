package dev.unknot.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SpiVersionTests {

    @Property
    void everyVersionRunsOnItself(@ForAll("versions") SpiVersion version) {
        assertThat(version.runsOn(version)).isTrue();
    }

    @Property
    void runsExactlyOnTheSameMajorWithAMinorNoNewerThanTheHosts(
            @ForAll("versions") SpiVersion plugin, @ForAll("versions") SpiVersion host) {
        boolean expected = plugin.major() == host.major() && plugin.minor() <= host.minor();

        assertThat(plugin.runsOn(host)).isEqualTo(expected);
    }

    @Property
    void aHostThatRunsAPluginIsNeverOlderThanIt(
            @ForAll("versions") SpiVersion plugin, @ForAll("versions") SpiVersion host) {
        if (plugin.runsOn(host)) {
            assertThat(plugin).isLessThanOrEqualTo(host);
        }
    }

    @Property
    void runsOnIsTransitive(
            @ForAll("versions") SpiVersion a, @ForAll("versions") SpiVersion b, @ForAll("versions") SpiVersion c) {
        if (a.runsOn(b) && b.runsOn(c)) {
            assertThat(a.runsOn(c)).isTrue();
        }
    }

    @Property
    void negativePartsAreRejected(@ForAll @IntRange(min = -1000, max = -1) int negative,
            @ForAll @IntRange(min = 0, max = 1000) int other) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SpiVersion(negative, other))
                .withMessage("SPI version parts must not be negative: " + negative + "." + other);
        assertThatIllegalArgumentException().isThrownBy(() -> new SpiVersion(other, negative))
                .withMessage("SPI version parts must not be negative: " + other + "." + negative);
    }

    @Example
    void currentIsOnePointZero() {
        assertThat(SpiVersion.CURRENT).isEqualTo(new SpiVersion(1, 0)).hasToString("1.0");
    }

    @Example
    void pluginsForANewerMinorOrAnotherMajorDoNotRunOnOnePointZero() {
        assertThat(new SpiVersion(1, 1).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(new SpiVersion(2, 0).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(new SpiVersion(0, 9).runsOn(SpiVersion.CURRENT)).isFalse();
        assertThat(SpiVersion.CURRENT.runsOn(new SpiVersion(1, 3))).isTrue();
    }

    @Provide
    Arbitrary<SpiVersion> versions() {
        // Small parts, so that equal majors and minors come up often.
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as(SpiVersion::new);
    }
}
