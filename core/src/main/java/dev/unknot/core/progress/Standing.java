package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Schedule;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Where a habit stands after its days up to and including {@code through}: its current and best
 * streaks and its strength. What {@link Progress} folds the days (or weeks) into, one after the
 * other, so that a standing kept for an earlier day only needs the days after it to be brought up
 * to date.
 *
 * @param through the last day folded in; a Sunday for an N-times-a-week habit, whose weeks are
 *     folded whole
 * @param current the run of successes that the last success belongs to, unless a miss came after it
 * @param best the longest run, the earliest of equally long ones
 * @param strength the habit-strength score, from 0 to 1
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Standing(LocalDate through, Streak current, Streak best, double strength) {

    public Standing {
        Require.present(through, "through");
        Require.present(current, "current");
        Require.present(best, "best");
        if (current.unit() != best.unit()) {
            throw new IllegalArgumentException("the current and best streaks count in different units");
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be between 0 and 1, was " + strength);
        }
    }

    /** Before the habit's first day: nothing folded in yet. */
    public static Standing before(Habit habit) {
        Streak.Unit unit = unitOf(habit);
        return new Standing(habit.startsOn().minusDays(1), Streak.none(unit), Streak.none(unit), 0);
    }

    static Streak.Unit unitOf(Habit habit) {
        return habit.schedule() instanceof Schedule.TimesPerWeek ? Streak.Unit.WEEKS : Streak.Unit.DAYS;
    }
}
