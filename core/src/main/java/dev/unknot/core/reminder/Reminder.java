package dev.unknot.core.reminder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.Habit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apiguardian.api.API;

/**
 * One reminder of one habit.
 *
 * @param day the person's day it reminds of
 * @param slot the wall-clock time it was set for: with the habit, what makes it one reminder (a
 *     reminder is sent at most once per habit and slot)
 * @param due when it falls due; after {@code slot} when the clocks skipped over it
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Reminder(Habit habit, LocalDate day, LocalDateTime slot, Instant due) {

    public Reminder {
        Require.present(habit, "habit");
        Require.present(day, "day");
        Require.present(slot, "slot");
        Require.present(due, "due");
    }
}
