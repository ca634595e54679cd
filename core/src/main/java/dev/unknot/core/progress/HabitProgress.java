package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.habit.HabitId;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where one habit stands on {@code today}; see {@link Progress} for how each figure is computed.
 *
 * @param days every day from the habit's start to today, oldest first
 * @param weeks the weeks of an N-times-a-week habit, oldest first; empty for other schedules
 * @param strength the habit-strength score, from 0 to 1
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HabitProgress(
        HabitId habit,
        LocalDate today,
        List<Day> days,
        List<Week> weeks,
        Streak current,
        Streak best,
        double strength,
        Adherence adherence) {

    public HabitProgress {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
    }
}
