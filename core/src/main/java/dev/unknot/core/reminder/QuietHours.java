package dev.unknot.core.reminder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.LocalTime;
import org.apiguardian.api.API;

/**
 * The hours of a person's wall clock in which nothing reminds them, e.g. 22:00 to 07:00. The
 * window includes {@code from} and excludes {@code until}, and may run past midnight.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Require.present(from, "quiet hours start");
        Require.present(until, "quiet hours end");
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours must start and end at different times, both were " + from);
        }
    }

    /** Whether the wall clock reading {@code time} is quiet. */
    public boolean contains(LocalTime time) {
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }
}
