package dev.unknot.cli.habit;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;

/** The JSON of a habit, shared by every command that prints one; documented in {@code cli/JSON.md}. */
public final class HabitJson {

    private HabitJson() {}

    @Serdeable
    public record HabitEntry(String id, String name, TargetEntry target, ScheduleEntry schedule, MetricEntry metric,
            String startsOn, String status) {

        public static HabitEntry of(Habit habit) {
            return new HabitEntry(Long.toString(habit.id().value()), habit.name(), TargetEntry.of(habit.target()),
                    ScheduleEntry.of(habit.schedule()), MetricEntry.of(habit.metric()), habit.startsOn().toString(),
                    habit.status().name().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code kind} is {@code technique}, {@code routine} or {@code custom}; {@code id} is null for custom. */
    @Serdeable
    public record TargetEntry(String kind, String id, String text) {

        public static TargetEntry of(HabitTarget target) {
            if (target instanceof HabitTarget.OfTechnique technique) {
                return new TargetEntry("technique", technique.technique().value(), technique.technique().value());
            }
            if (target instanceof HabitTarget.OfRoutine routine) {
                return new TargetEntry("routine", routine.routine().value(), routine.routine().value());
            }
            return new TargetEntry("custom", null, ((HabitTarget.Custom) target).text());
        }
    }

    /** {@code kind} is {@code daily}, {@code weekdays}, {@code times-per-week} or {@code every-hours}. */
    @Serdeable
    public record ScheduleEntry(String kind, String description, List<String> days, Integer times, Integer hours,
            String from, String until) {

        static ScheduleEntry of(Schedule schedule) {
            if (schedule instanceof Schedule.OnWeekdays on) {
                return new ScheduleEntry("weekdays", on.describe(),
                        on.days().stream().map(day -> day.name().toLowerCase(Locale.ROOT)).toList(), null, null, null, null);
            }
            if (schedule instanceof Schedule.TimesPerWeek times) {
                return new ScheduleEntry("times-per-week", times.describe(), List.of(), times.times(), null, null, null);
            }
            if (schedule instanceof Schedule.EveryHours every) {
                return new ScheduleEntry("every-hours", every.describe(), List.of(), null, every.hours(),
                        every.from().toString(), every.until().toString());
            }
            return new ScheduleEntry("daily", schedule.describe(), List.of(), null, null, null, null);
        }
    }

    /** {@code kind} is {@code yes-no} or {@code measured}; {@code unit} and {@code dailyTarget} are null for yes-no. */
    @Serdeable
    public record MetricEntry(String kind, String unit, Double dailyTarget) {

        static MetricEntry of(Metric metric) {
            return metric instanceof Metric.Measured measured
                    ? new MetricEntry("measured", measured.unit(), measured.dailyTarget())
                    : new MetricEntry("yes-no", null, null);
        }
    }
}
