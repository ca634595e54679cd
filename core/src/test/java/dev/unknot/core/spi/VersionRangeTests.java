package dev.unknot.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRangeTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[1.0,2.0) | 1.0         | true",
                "[1.0,2.0) | 1.9.9       | true",
                "[1.0,2.0) | 2.0         | false",
                "[1.0,2.0) | 2.0-rc1     | true",
                "[1.0,2.0) | 0.9         | false",
                "(1.0,2.0] | 1.0         | false",
                "(1.0,2.0] | 2.0.0       | true",
                "[1.2,)    | 1.10        | true",
                "[1.2,)    | 1.9         | true",
                "[1.2,)    | 1.1.99      | false",
                "(,2.0)    | 0.0.1       | true",
                "(,2.0)    | 2.0         | false",
                "[1.2]     | 1.2.0       | true",
                "[1.2]     | 1.2.1       | false",
                "0.1       | 0.1.0-SNAPSHOT | false",
                "0.1-SNAPSHOT | 0.1.0-SNAPSHOT | true",
                "0.1       | 0.1.0       | true",
                "0.1       | 3           | true",
                "[1.0,2.0) | one         | false",
            })
    void containsComparesPartByPartAsNumbers(String range, String version, boolean contained) {
        assertThat(VersionRange.parse(range).contains(version)).isEqualTo(contained);
    }

    @Test
    void aQualifiedVersionComesJustBeforeItsRelease() {
        assertThat(VersionRange.compare("1.0-SNAPSHOT", "1.0")).isNegative();
        assertThat(VersionRange.compare("1.0-SNAPSHOT", "0.9.9")).isPositive();
        assertThat(VersionRange.compare("1.0-rc1", "1.0-rc2")).isNegative();
        assertThat(VersionRange.compare("1.0.0", "1")).isZero();
    }

    @Test
    void comparisonIsATotalOrder() {
        // Property: sorting any versions gives an order in which every pair agrees with compare.
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            List<String> versions = random.ints(8, 0, 1000)
                    .mapToObj(seed -> version(new Random(seed)))
                    .sorted(VersionRange::compare)
                    .toList();
            for (int i = 0; i < versions.size(); i++) {
                for (int j = i; j < versions.size(); j++) {
                    String a = versions.get(i);
                    String b = versions.get(j);
                    assertThat(VersionRange.compare(a, b)).as("%s vs %s", a, b).isNotPositive();
                    assertThat(Integer.signum(VersionRange.compare(b, a)))
                            .isEqualTo(-Integer.signum(VersionRange.compare(a, b)));
                }
            }
        }
    }

    @Test
    void aRangeSaysWhatItHolds() {
        assertThat(VersionRange.parse("[1.0,2.0)")).hasToString("[1.0,2.0)");
        assertThat(VersionRange.parse("1.2")).hasToString("1.2 or newer");
        assertThat(VersionRange.parse(" [1.2] ")).hasToString("[1.2]");
        assertThat(VersionRange.ANY.contains("0.0.1")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''           | is not a version range",
                "'1.0, 2.0'   | is not a version range",
                "[2.0,1.0)    | holds no version",
                "[1.0,1.0)    | holds no version",
                "[,2.0)       | an open end is written with a round bracket",
                "(1.2)        | an exact version is written in square brackets",
                "[x,2.0)      | 'x' is not a version",
            })
    void aBadRangeIsRefusedSayingWhy(String range, String reason) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VersionRange.parse(range))
                .withMessageContaining(reason);
    }

    private static String version(Random random) {
        StringBuilder version = new StringBuilder().append(random.nextInt(3));
        for (int part = random.nextInt(3); part > 0; part--) {
            version.append('.').append(random.nextInt(12));
        }
        if (random.nextInt(4) == 0) {
            version.append(random.nextBoolean() ? "-SNAPSHOT" : "-rc" + random.nextInt(3));
        }
        return version.toString();
    }
}
