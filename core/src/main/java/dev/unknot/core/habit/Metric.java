package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import org.apiguardian.api.API;

/**
 * How a day of a habit is measured: done or not, or an amount against a daily target.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Metric permits Metric.YesNo, Metric.Measured {

    static YesNo yesNo() {
        return new YesNo();
    }

    static Measured measured(String unit, double dailyTarget) {
        return new Measured(unit, dailyTarget);
    }

    /** Done or not done. */
    record YesNo() implements Metric {}

    /** A number with a unit, e.g. 8 glasses of water a day. */
    record Measured(String unit, double dailyTarget) implements Metric {
        public Measured {
            unit = Require.text(unit, "unit");
            if (!(dailyTarget > 0) || Double.isInfinite(dailyTarget)) {
                throw new IllegalArgumentException("daily target must be a positive number, was " + dailyTarget);
            }
        }
    }
}
