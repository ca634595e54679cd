package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The id of one person's habit, assigned when it is stored.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record HabitId(long value) {

    public HabitId {
        if (value <= 0) {
            throw new IllegalArgumentException("habit id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
