package dev.unknot.app.progress;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.progress.ChangeOverTime;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.TightnessTrend;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A progress page, read at once.
 *
 * @param habits every habit of the person, archived ones included, oldest first: the names that
 *     progress and relief refer to
 * @param progress the habits shown, in the order shown
 * @param trend the mean tightness before and after, per day on which any was reported
 * @param relief the average drop in tightness per technique, routine or own habit, largest first,
 *     however few check-ins it rests on (see {@link #whatHelps()}), with the drop in pain beside it
 *     where check-ins rated pain
 * @param painTrend the mean pain before and after, per day on which any was reported
 * @param tightnessChange the tightness before practice of the latest window against the first, when
 *     the ratings span long enough to compare
 * @param painChange the same for pain
 */
public record ProgressReport(
        List<Habit> habits,
        List<HabitProgress> progress,
        List<TightnessTrend.Point> trend,
        List<Relief> relief,
        List<TightnessTrend.Point> painTrend,
        Optional<ChangeOverTime> tightnessChange,
        Optional<ChangeOverTime> painChange) {

    public ProgressReport {
        habits = List.copyOf(habits);
        progress = List.copyOf(progress);
        trend = List.copyOf(trend);
        relief = List.copyOf(relief);
        painTrend = List.copyOf(painTrend);
        Objects.requireNonNull(tightnessChange, "tightness change");
        Objects.requireNonNull(painChange, "pain change");
    }

    /** "What helps you": the relief that rests on enough check-ins to rank ({@link Relief#restsOnEnough()}). */
    public List<Relief> whatHelps() {
        return relief.stream().filter(Relief::restsOnEnough).toList();
    }
}
