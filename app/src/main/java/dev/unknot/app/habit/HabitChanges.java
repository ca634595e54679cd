package dev.unknot.app.habit;

import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to a habit; what is empty stays as it is. What a habit targets does not change: a
 * different technique is a different habit, with a history of its own.
 */
public record HabitChanges(
        Optional<String> name, Optional<Schedule> schedule, Optional<Metric> metric, Optional<LocalDate> startsOn) {

    public HabitChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(startsOn, "starts on");
    }

    public static HabitChanges none() {
        return new HabitChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether nothing is asked to change. */
    public boolean changesNothing() {
        return name.isEmpty() && schedule.isEmpty() && metric.isEmpty() && startsOn.isEmpty();
    }

    public HabitChanges name(String name) {
        return new HabitChanges(Optional.of(name), schedule, metric, startsOn);
    }

    public HabitChanges schedule(Schedule schedule) {
        return new HabitChanges(name, Optional.of(schedule), metric, startsOn);
    }

    public HabitChanges metric(Metric metric) {
        return new HabitChanges(name, schedule, Optional.of(metric), startsOn);
    }

    public HabitChanges startsOn(LocalDate day) {
        return new HabitChanges(name, schedule, metric, Optional.of(day));
    }
}
