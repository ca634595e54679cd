package dev.unknot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TightnessTests {

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 10})
    void acceptsEveryLevelFromZeroToTen(int level) {
        assertThat(Tightness.of(level).level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsLevelsOutsideZeroToTen(int level) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tightness.of(level))
                .withMessage("tightness must be between 0 and 10, was " + level);
    }

    @Test
    void ordersByLevel() {
        assertThat(Tightness.of(3)).isLessThan(Tightness.of(4)).isEqualByComparingTo(Tightness.of(3));
        assertThat(Tightness.of(Tightness.MAX)).isGreaterThan(Tightness.of(Tightness.MIN));
    }
}
