package dev.unknot.cli.habit;

import dev.unknot.cli.UsageProblem;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.ScheduleEntry;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The schedule and target options shared by {@code habit add} and {@code habit edit}. */
public final class HabitOptions {

    @Option(names = "--daily", description = "Due every day.")
    boolean daily;

    @Option(names = "--days", paramLabel = "DAYS", split = ",", description = "Due on these weekdays: mon,tue,...,sun.")
    List<String> days;

    @Option(names = "--times-per-week", paramLabel = "N", description = "Due N times a week (1-7), any days.")
    Integer timesPerWeek;

    @Option(
            names = "--every-hours",
            paramLabel = "N",
            description = "Due every N hours (1-12) between --from and --until (default 09:00-17:00; editing keeps"
                    + " an hourly habit's window).")
    Integer everyHours;

    @Option(
            names = "--from",
            paramLabel = "HH:MM",
            description = "Start of the window for --every-hours (editing: of an hourly habit's window).")
    String from;

    @Option(
            names = "--until",
            paramLabel = "HH:MM",
            description = "End of the window for --every-hours (editing: of an hourly habit's window).")
    String until;

    @Option(
            names = "--target",
            paramLabel = "N",
            description = "A daily amount to reach, e.g. 8 (with --unit; editing: alone keeps the unit).")
    Double target;

    @Option(names = "--unit", paramLabel = "UNIT", description = "The unit of --target, e.g. glasses.")
    String unit;

    @Option(names = "--yes-no", description = "Done or not done, no amount.")
    boolean yesNo;

    /** The schedule the options describe, if any. */
    Optional<Schedule> schedule() {
        int chosen = (daily ? 1 : 0)
                + (days != null ? 1 : 0)
                + (timesPerWeek != null ? 1 : 0)
                + (everyHours != null ? 1 : 0);
        if (chosen > 1) {
            throw new UsageProblem(
                    "choose one schedule", "give one of --daily, --days, --times-per-week, --every-hours");
        }
        if ((from != null || until != null) && everyHours == null) {
            throw new UsageProblem("--from and --until go with --every-hours", "add --every-hours N");
        }
        try {
            if (daily) {
                return Optional.of(Schedule.daily());
            }
            if (days != null) {
                Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
                for (String day : days) {
                    weekdays.add(weekday(day));
                }
                return Optional.of(Schedule.on(weekdays.toArray(DayOfWeek[]::new)));
            }
            if (timesPerWeek != null) {
                return Optional.of(Schedule.timesPerWeek(timesPerWeek));
            }
            if (everyHours != null) {
                return Optional.of(Schedule.everyHours(
                        everyHours, time("--from", from, "09:00"), time("--until", until, "17:00")));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "see 'unknot habit add --help'");
        }
        return Optional.empty();
    }

    /**
     * The change of schedule the options ask of an existing habit, if any. {@code --every-hours},
     * {@code --from} and {@code --until} each change that part alone: the application keeps the
     * rest of an hourly habit (its window, its hours), so they are sent as given.
     */
    Optional<ScheduleEntry> scheduleChange() {
        int chosen = (daily ? 1 : 0)
                + (days != null ? 1 : 0)
                + (timesPerWeek != null ? 1 : 0)
                + (everyHours != null || from != null || until != null ? 1 : 0);
        if (chosen > 1) {
            throw new UsageProblem(
                    "choose one schedule",
                    "give one of --daily, --days, --times-per-week, --every-hours (with --from, --until)");
        }
        if (everyHours == null && from == null && until == null) {
            return schedule().map(ScheduleEntry::of);
        }
        return Optional.of(new ScheduleEntry(
                "every-hours",
                null,
                List.of(),
                null,
                everyHours,
                from == null ? null : time("--from", from, null).toString(),
                until == null ? null : time("--until", until, null).toString()));
    }

    /**
     * The change of metric the options ask of an existing habit, if any: {@code --target} or
     * {@code --unit} alone changes that part of a measured habit and keeps the other.
     */
    Optional<MetricEntry> metricChange() {
        if (yesNo || (target != null && unit != null) || (target == null && unit == null)) {
            return metric().map(MetricEntry::of);
        }
        return Optional.of(new MetricEntry("measured", unit, target));
    }

    /** The metric the options describe, if any. */
    Optional<Metric> metric() {
        if (yesNo && (target != null || unit != null)) {
            throw new UsageProblem("--yes-no cannot go with --target or --unit", "choose one");
        }
        if (yesNo) {
            return Optional.of(Metric.yesNo());
        }
        if (target == null && unit == null) {
            return Optional.empty();
        }
        if (target == null || unit == null) {
            throw new UsageProblem("--target and --unit go together", "e.g. --target 8 --unit glasses");
        }
        try {
            return Optional.of(Metric.measured(unit, target));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "e.g. --target 8 --unit glasses");
        }
    }

    private static DayOfWeek weekday(String text) {
        String day = text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (day.length() >= 2 && candidate.name().toLowerCase(Locale.ROOT).startsWith(day)) {
                return candidate;
            }
        }
        throw new UsageProblem("--days: '" + text + "' is not a weekday", "use mon, tue, wed, thu, fri, sat, sun");
    }

    private static LocalTime time(String option, String text, String otherwise) {
        String value = text == null ? otherwise : text.strip();
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new UsageProblem(option + " '" + text + "' is not a time", "expected HH:MM, e.g. 09:00");
        }
    }
}
