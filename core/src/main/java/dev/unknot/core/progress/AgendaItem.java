package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.Habit;
import java.time.Instant;
import java.util.Comparator;
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

    /**
     * The order a person works through the day in: overdue first, then due, then done, then
     * skipped and paused; the agenda's own order within each.
     *
     * @since 0.2
     */
    public static final Comparator<AgendaItem> FIRST_THINGS_FIRST =
            Comparator.comparingInt(item -> rank(item.status()));

    public AgendaItem {
        Require.present(habit, "habit");
        Require.present(status, "status");
        Require.present(next, "next");
    }

    /**
     * Whether it is still to do today: due or overdue. Skipped and paused habits are not.
     *
     * @since 0.2
     */
    public boolean toDo() {
        return status == Status.DUE || status == Status.OVERDUE;
    }

    /**
     * Whether it counts on today's list at all: still to do or done; skipped and paused ones do not.
     *
     * @since 0.2
     */
    public boolean counted() {
        return toDo() || status == Status.DONE;
    }

    private static int rank(Status status) {
        return switch (status) {
            case OVERDUE -> 0;
            case DUE -> 1;
            case DONE -> 2;
            case SKIPPED -> 3;
            case PAUSED -> 4;
        };
    }
}
