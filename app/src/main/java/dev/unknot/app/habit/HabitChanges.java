package dev.unknot.app.habit;

import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.error.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to a habit; what is empty stays as it is. What a habit targets does not change: a
 * different technique is a different habit, with a history of its own.
 *
 * <p>A change may name part of a schedule or a metric: the hours or the window of an hourly habit,
 * the target or the unit of a measured one. The rest is kept from the habit ({@link
 * ScheduleChange#applyTo}, {@link MetricChange#applyTo}), so that a new target does not lose the
 * unit and a new interval does not lose the person's window.
 */
public record HabitChanges(
        Optional<String> name,
        Optional<ScheduleChange> schedule,
        Optional<MetricChange> metric,
        Optional<LocalDate> startsOn) {

    /** The window an hourly schedule gets when neither the habit nor the change has one. */
    public static final LocalTime DEFAULT_WINDOW_START = LocalTime.of(9, 0);

    public static final LocalTime DEFAULT_WINDOW_END = LocalTime.of(17, 0);

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

    /** A whole new schedule. */
    public HabitChanges schedule(Schedule schedule) {
        return new HabitChanges(name, Optional.of(new ScheduleChange.To(schedule)), metric, startsOn);
    }

    /** Some parts of an hourly schedule; see {@link ScheduleChange.Hourly}. */
    public HabitChanges hourly(Optional<Integer> hours, Optional<LocalTime> from, Optional<LocalTime> until) {
        return new HabitChanges(name, Optional.of(new ScheduleChange.Hourly(hours, from, until)), metric, startsOn);
    }

    /** A whole new metric. */
    public HabitChanges metric(Metric metric) {
        return new HabitChanges(name, schedule, Optional.of(new MetricChange.To(metric)), startsOn);
    }

    /** The unit or the daily target of a measured metric; see {@link MetricChange.Measured}. */
    public HabitChanges measured(Optional<String> unit, Optional<Double> dailyTarget) {
        return new HabitChanges(name, schedule, Optional.of(new MetricChange.Measured(unit, dailyTarget)), startsOn);
    }

    public HabitChanges startsOn(LocalDate day) {
        return new HabitChanges(name, schedule, metric, Optional.of(day));
    }

    /** A change of schedule: a whole new one, or parts of an hourly one. */
    public sealed interface ScheduleChange {

        /**
         * The schedule of {@code habitName} once changed from {@code current}.
         *
         * @throws InvalidInputException when the change cannot apply to {@code current}
         */
        Schedule applyTo(Schedule current, String habitName);

        /** Replaces the schedule. */
        record To(Schedule schedule) implements ScheduleChange {
            public To {
                Objects.requireNonNull(schedule, "schedule");
            }

            @Override
            public Schedule applyTo(Schedule current, String habitName) {
                return schedule;
            }
        }

        /**
         * Every {@code hours} hours from {@code from} until {@code until}; what is empty is kept
         * from an hourly habit. A habit that is not hourly yet needs the hours, and takes the
         * window 09:00 to 17:00 unless the change gives one.
         */
        record Hourly(Optional<Integer> hours, Optional<LocalTime> from, Optional<LocalTime> until)
                implements ScheduleChange {
            public Hourly {
                Objects.requireNonNull(hours, "hours");
                Objects.requireNonNull(from, "from");
                Objects.requireNonNull(until, "until");
                if (hours.isEmpty() && from.isEmpty() && until.isEmpty()) {
                    throw new InvalidInputException(
                            "schedule", "an hourly schedule needs its hours, or a window start or end to change");
                }
            }

            @Override
            public Schedule applyTo(Schedule current, String habitName) {
                try {
                    if (current instanceof Schedule.EveryHours hourly) {
                        return Schedule.everyHours(
                                hours.orElse(hourly.hours()), from.orElse(hourly.from()), until.orElse(hourly.until()));
                    }
                    int every = hours.orElseThrow(() -> new InvalidInputException(
                            "schedule.hours",
                            habitName + " is not due every few hours (" + current.describe()
                                    + "): give the hours between times as well as the window"));
                    return Schedule.everyHours(
                            every, from.orElse(DEFAULT_WINDOW_START), until.orElse(DEFAULT_WINDOW_END));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("schedule", e);
                }
            }
        }
    }

    /** A change of metric: a whole new one, or the unit or target of a measured one. */
    public sealed interface MetricChange {

        /**
         * The metric of {@code habitName} once changed from {@code current}.
         *
         * @throws InvalidInputException when the change cannot apply to {@code current}
         */
        Metric applyTo(Metric current, String habitName);

        /** Replaces the metric. */
        record To(Metric metric) implements MetricChange {
            public To {
                Objects.requireNonNull(metric, "metric");
            }

            @Override
            public Metric applyTo(Metric current, String habitName) {
                return metric;
            }
        }

        /**
         * A measured metric with this unit and daily target; what is empty is kept from a measured
         * habit. A done-or-not habit needs both.
         */
        record Measured(Optional<String> unit, Optional<Double> dailyTarget) implements MetricChange {
            public Measured {
                Objects.requireNonNull(unit, "unit");
                Objects.requireNonNull(dailyTarget, "daily target");
                if (unit.isEmpty() && dailyTarget.isEmpty()) {
                    throw new InvalidInputException("metric", "a measured metric needs a unit or a daily target");
                }
            }

            @Override
            public Metric applyTo(Metric current, String habitName) {
                try {
                    if (current instanceof Metric.Measured measured) {
                        return Metric.measured(
                                unit.orElse(measured.unit()), dailyTarget.orElse(measured.dailyTarget()));
                    }
                    if (unit.isEmpty()) {
                        throw new InvalidInputException(
                                "metric.unit",
                                habitName + " is done or not done, with no unit: give a unit with the target,"
                                        + " e.g. 8 glasses");
                    }
                    if (dailyTarget.isEmpty()) {
                        throw new InvalidInputException(
                                "metric.dailyTarget",
                                habitName + " is done or not done, with no target: give a daily target with the"
                                        + " unit, e.g. 8 glasses");
                    }
                    return Metric.measured(unit.get(), dailyTarget.get());
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("metric", e);
                }
            }
        }
    }
}
