package dev.unknot.store.habit;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.TemplateId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Maps habits to rows and back: the one place that knows how a target, schedule and metric are stored. */
public final class HabitRows {

    private HabitRows() {}

    public static Habit habit(HabitRow row) {
        return new Habit(
                new HabitId(row.id()),
                row.name(),
                target(row),
                schedule(row),
                metric(row),
                row.startsOn(),
                HabitStatus.valueOf(row.status()));
    }

    public static Optional<TemplateId> template(HabitRow row) {
        return Optional.ofNullable(row.templateId()).map(TemplateId::of);
    }

    /** A row for {@code habit}; its id is kept when it has been stored, else left for the database. */
    public static HabitRow row(
            Long id,
            long personId,
            String name,
            HabitTarget target,
            Schedule schedule,
            Metric metric,
            java.time.LocalDate startsOn,
            HabitStatus status,
            Optional<TemplateId> template,
            Instant createdAt) {
        String targetKind;
        String targetRef;
        if (target instanceof HabitTarget.OfTechnique technique) {
            targetKind = "TECHNIQUE";
            targetRef = technique.technique().value();
        } else if (target instanceof HabitTarget.OfRoutine routine) {
            targetKind = "ROUTINE";
            targetRef = routine.routine().value();
        } else {
            targetKind = "CUSTOM";
            targetRef = ((HabitTarget.Custom) target).text();
        }
        String scheduleKind;
        Integer weekdays = null;
        Integer timesPerWeek = null;
        Integer everyHours = null;
        Integer windowFrom = null;
        Integer windowUntil = null;
        if (schedule instanceof Schedule.OnWeekdays onWeekdays) {
            scheduleKind = "WEEKDAYS";
            weekdays = weekdayBits(onWeekdays.days());
        } else if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            scheduleKind = "TIMES_PER_WEEK";
            timesPerWeek = perWeek.times();
        } else if (schedule instanceof Schedule.EveryHours hourly) {
            scheduleKind = "EVERY_HOURS";
            everyHours = hourly.hours();
            windowFrom = hourly.from().toSecondOfDay() / 60;
            windowUntil = hourly.until().toSecondOfDay() / 60;
        } else {
            scheduleKind = "DAILY";
        }
        String metricKind = "YES_NO";
        String unit = null;
        Double dailyTarget = null;
        if (metric instanceof Metric.Measured measured) {
            metricKind = "MEASURED";
            unit = measured.unit();
            dailyTarget = measured.dailyTarget();
        }
        return new HabitRow(
                id,
                personId,
                name,
                targetKind,
                targetRef,
                scheduleKind,
                weekdays,
                timesPerWeek,
                everyHours,
                windowFrom,
                windowUntil,
                metricKind,
                unit,
                dailyTarget,
                startsOn,
                status.name(),
                template.map(TemplateId::value).orElse(null),
                createdAt);
    }

    private static HabitTarget target(HabitRow row) {
        return switch (row.targetKind()) {
            case "TECHNIQUE" -> HabitTarget.technique(row.targetRef());
            case "ROUTINE" -> HabitTarget.routine(row.targetRef());
            case "CUSTOM" -> HabitTarget.custom(row.targetRef());
            default -> throw new IllegalStateException("unknown target kind " + row.targetKind());
        };
    }

    private static Schedule schedule(HabitRow row) {
        return switch (row.scheduleKind()) {
            case "DAILY" -> Schedule.daily();
            case "WEEKDAYS" -> new Schedule.OnWeekdays(weekdays(row.weekdays()));
            case "TIMES_PER_WEEK" -> Schedule.timesPerWeek(row.timesPerWeek());
            case "EVERY_HOURS" ->
                Schedule.everyHours(
                        row.everyHours(),
                        LocalTime.ofSecondOfDay(row.windowFrom() * 60L),
                        LocalTime.ofSecondOfDay(row.windowUntil() * 60L));
            default -> throw new IllegalStateException("unknown schedule kind " + row.scheduleKind());
        };
    }

    private static Metric metric(HabitRow row) {
        return row.metricKind().equals("MEASURED")
                ? Metric.measured(row.metricUnit(), row.metricTarget())
                : Metric.yesNo();
    }

    /** Monday is bit 0, Sunday bit 6. */
    public static int weekdayBits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        return bits;
    }

    public static Set<DayOfWeek> weekdays(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
