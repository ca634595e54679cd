package dev.unknot.app.progress;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.TightnessTrend;
import java.util.List;

/**
 * A progress page, read at once.
 *
 * @param habits every habit of the person, archived ones included, oldest first: the names that
 *     progress and relief refer to
 * @param progress the habits shown, in the order shown
 * @param trend the mean tightness before and after, per day on which any was reported
 * @param relief the average drop in tightness per technique, routine or own habit, largest first
 */
public record ProgressReport(
        List<Habit> habits, List<HabitProgress> progress, List<TightnessTrend.Point> trend, List<Relief> relief) {

    public ProgressReport {
        habits = List.copyOf(habits);
        progress = List.copyOf(progress);
        trend = List.copyOf(trend);
        relief = List.copyOf(relief);
    }
}
