package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.Habit;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One habit on today's agenda.
 *
 * @param done how much is done: today's amount, or the week's met days for an N-times-a-week habit
 * @param target what today (or the week) asks for
 * @param overdue slots of an every-N-hours habit that have passed without a check-in; 0 otherwise
 * @param next when the next slot of an every-N-hours habit falls due, if one is left today
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AgendaItem(Habit habit, Status status, double done, double target, int overdue, Optional<Instant> next) {

    public enum Status {
        /** Still to do today. */
        DUE,
        /** Slots have passed without a check-in. */
        OVERDUE,
        /** Today's target (or the week's) is met. */
        DONE,
        /** Skipped today on purpose. */
        SKIPPED,
        /** Inside a pause. */
        PAUSED
    }

    public AgendaItem {
        Require.present(habit, "habit");
        Require.present(status, "status");
        Require.present(next, "next");
    }
}
