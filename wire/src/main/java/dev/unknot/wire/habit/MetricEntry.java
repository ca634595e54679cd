package dev.unknot.wire.habit;

import dev.unknot.core.habit.Metric;
import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** {@code kind} is {@code yes-no} or {@code measured}; {@code unit} and {@code dailyTarget} are null for yes-no. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record MetricEntry(
        @Schema(
                required = true,
                allowableValues = {"yes-no", "measured"})
        String kind,

        @Schema(description = "measured: what is counted, e.g. glasses; null for yes-no", pattern = Times.NOT_BLANK)
        @Nullable
        String unit,

        @Schema(
                description = "measured: the amount a day, above 0; null for yes-no",
                exclusiveMinimum = true,
                minimum = "0",
                maximum = "1000000")
        @Nullable
        Double dailyTarget) {

    public static MetricEntry of(Metric metric) {
        return metric instanceof Metric.Measured measured
                ? new MetricEntry("measured", measured.unit(), measured.dailyTarget())
                : new MetricEntry("yes-no", null, null);
    }

    public boolean measured() {
        return "measured".equals(kind);
    }

    /**
     * Checks this as a change of metric: yes-no, or measured with a unit, a daily target or both
     * (what is left out is kept from a measured habit).
     *
     * @throws InvalidInputException naming the field and the rule
     */
    public void checkChange() {
        if (measured() && (unit == null || dailyTarget == null)) {
            if (unit == null && dailyTarget == null) {
                throw new InvalidInputException(
                        "metric.unit", "metric.unit or metric.dailyTarget is required for a measured habit");
            }
            if (unit != null && unit.isBlank()) {
                throw new InvalidInputException("metric.unit", "metric.unit must not be blank, e.g. glasses");
            }
            if (dailyTarget != null) {
                try {
                    Metric.measured("unit", dailyTarget);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("metric.dailyTarget", e);
                }
            }
            return;
        }
        toMetric();
    }

    /** The metric this describes. @throws InvalidInputException naming the field and the rule */
    public Metric toMetric() {
        if ("yes-no".equals(kind)) {
            return Metric.yesNo();
        }
        if (!"measured".equals(kind)) {
            throw new InvalidInputException(
                    "metric.kind", "metric.kind must be yes-no or measured, was '" + kind + "'");
        }
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException(
                    "metric.unit", "metric.unit is required for a measured habit, e.g. glasses");
        }
        if (dailyTarget == null) {
            throw new InvalidInputException(
                    "metric.dailyTarget", "metric.dailyTarget is required for a measured habit, a positive number");
        }
        try {
            return Metric.measured(unit, dailyTarget);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("metric.dailyTarget", e);
        }
    }
}
