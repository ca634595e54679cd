package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one of a person's days was for one habit.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DayState {
    /** Due, and the day's target was met. */
    DONE,
    /** Due and past, with some but not all of the target done: a miss for streaks, partial credit for strength. */
    PARTIAL,
    /** Due and past, with nothing done. */
    MISSED,
    /** Today, due, target not yet met: neither a success nor a miss yet. */
    PENDING,
    /** Not due on this day (a weekday outside the schedule, or any day of an N-times-a-week habit). */
    NOT_DUE,
    /** The person skipped this day on purpose: never a miss. */
    SKIPPED,
    /** Inside a pause such as a holiday or an illness: never a miss. */
    PAUSED;

    /** Whether the day neither builds nor breaks a streak. */
    public boolean isNeutral() {
        return this == PENDING || this == NOT_DUE || this == SKIPPED || this == PAUSED;
    }
}
