package dev.unknot.core.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricTests {

    @Test
    void measuredKeepsItsUnitStrippedAndItsTarget() {
        Metric.Measured glasses = Metric.measured(" glasses ", 8);

        assertThat(glasses.unit()).isEqualTo("glasses");
        assertThat(glasses.dailyTarget()).isEqualTo(8);
    }

    @Test
    void measuredAcceptsAFractionalTarget() {
        assertThat(Metric.measured("litres", 0.5).dailyTarget()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void measuredTargetMustBeAPositiveNumber(double target) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metric.measured("glasses", target))
                .withMessage("daily target must be a positive number, was " + target);
    }

    @Test
    void measuredUnitMustNotBeBlank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Metric.measured(" ", 8))
                .withMessage("unit must not be blank");
    }

    @Test
    void yesNoNeedsNothing() {
        assertThat(Metric.yesNo()).isEqualTo(new Metric.YesNo());
    }
}
