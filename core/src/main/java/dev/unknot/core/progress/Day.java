package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One day of one habit: its state, how much was done and how much was asked.
 *
 * @param amount the sum of the day's check-in amounts
 * @param target what meets the day: 1 for a yes/no habit, the number of slots for an every-N-hours
 *     habit, the daily target for a measured one
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Day(LocalDate date, DayState state, double amount, double target) {

    public Day {
        Require.present(date, "date");
        Require.present(state, "state");
    }

    /** How much of the target was done, from 0 to 1. */
    public double fraction() {
        return Math.min(1.0, amount / target);
    }
}
