package dev.unknot.wire.habit;

import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * When a habit is due. {@code kind} is {@code daily}, {@code weekdays} (with {@code days}),
 * {@code times-per-week} (with {@code times}) or {@code every-hours} (with {@code hours},
 * {@code from}, {@code until} as {@code HH:MM}). {@code description} is written, never read.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ScheduleEntry(
        @Schema(
                required = true,
                allowableValues = {"daily", "weekdays", "times-per-week", "every-hours"})
        String kind,

        @Schema(description = "in words; written, never read", required = false)
        String description,

        @Schema(
                description = "weekdays: monday ... sunday (at least two letters of one); empty for other kinds",
                required = false)
        List<String> days,

        @Schema(description = "times-per-week: how many times", minimum = "1", maximum = "7") @Nullable
        Integer times,

        @Schema(description = "every-hours: every how many hours", minimum = "1", maximum = "12") @Nullable
        Integer hours,

        @Schema(
                description = "every-hours: the first slot, HH:MM (09:00 when a new schedule leaves it out)",
                pattern = Times.TIME_PATTERN)
        @Nullable
        String from,

        @Schema(
                description = "every-hours: the end of the window, HH:MM (17:00 when a new schedule leaves it out)",
                pattern = Times.TIME_PATTERN)
        @Nullable
        String until) {

    private static final String FIELD = "schedule";

    public ScheduleEntry {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static ScheduleEntry of(Schedule schedule) {
        if (schedule instanceof Schedule.OnWeekdays on) {
            return new ScheduleEntry(
                    "weekdays",
                    on.describe(),
                    on.days().stream()
                            .map(day -> day.name().toLowerCase(Locale.ROOT))
                            .toList(),
                    null,
                    null,
                    null,
                    null);
        }
        if (schedule instanceof Schedule.TimesPerWeek times) {
            return new ScheduleEntry("times-per-week", times.describe(), List.of(), times.times(), null, null, null);
        }
        if (schedule instanceof Schedule.EveryHours every) {
            return new ScheduleEntry(
                    "every-hours",
                    every.describe(),
                    List.of(),
                    null,
                    every.hours(),
                    every.from().toString(),
                    every.until().toString());
        }
        return new ScheduleEntry("daily", schedule.describe(), List.of(), null, null, null, null);
    }

    /** The schedule this describes. @throws InvalidInputException naming the field and the rule */
    public Schedule toSchedule() {
        if (kind == null) {
            throw new InvalidInputException(
                    FIELD + ".kind", "schedule.kind must be one of daily, weekdays, times-per-week, every-hours");
        }
        try {
            return switch (kind) {
                case "daily" -> Schedule.daily();
                case "weekdays" -> Schedule.on(weekdays().toArray(DayOfWeek[]::new));
                case "times-per-week" -> Schedule.timesPerWeek(required(times, "times", "1-7"));
                case "every-hours" ->
                    Schedule.everyHours(
                            required(hours, "hours", "1-12"),
                            time("from", from, "09:00"),
                            time("until", until, "17:00"));
                default ->
                    throw new InvalidInputException(
                            FIELD + ".kind",
                            "schedule.kind must be one of daily, weekdays, times-per-week, every-hours, was '" + kind
                                    + "'");
            };
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(FIELD, e);
        }
    }

    /** Whether this is an hourly schedule, whose parts a change may give one by one. */
    public boolean hourly() {
        return "every-hours".equals(kind);
    }

    /** The start of the window, if given. @throws InvalidInputException when it is not a time */
    public Optional<LocalTime> fromTime() {
        return from == null ? Optional.empty() : Optional.of(time("from", from, null));
    }

    /** The end of the window, if given. @throws InvalidInputException when it is not a time */
    public Optional<LocalTime> untilTime() {
        return until == null ? Optional.empty() : Optional.of(time("until", until, null));
    }

    /**
     * Checks this as a change of schedule: a whole schedule, or (for {@code every-hours}) any of
     * its hours and window.
     *
     * @throws InvalidInputException naming the field and the rule
     */
    public void checkChange() {
        if (!hourly()) {
            toSchedule();
            return;
        }
        if (hours == null && from == null && until == null) {
            throw new InvalidInputException(
                    FIELD + ".hours", "schedule.hours, from or until is required for an every-hours schedule");
        }
        fromTime();
        untilTime();
    }

    private Set<DayOfWeek> weekdays() {
        if (days.isEmpty()) {
            throw new InvalidInputException(FIELD + ".days", "schedule.days must name at least one weekday");
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            weekdays.add(weekday(day));
        }
        return weekdays;
    }

    private static DayOfWeek weekday(String text) {
        String day = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (day.length() >= 2 && candidate.name().toLowerCase(Locale.ROOT).startsWith(day)) {
                return candidate;
            }
        }
        throw new InvalidInputException(
                FIELD + ".days", "schedule.days: '" + text + "' is not a weekday; use monday, tuesday, ... sunday");
    }

    private static int required(Integer value, String field, String range) {
        if (value == null) {
            throw new InvalidInputException(FIELD + "." + field, "schedule." + field + " is required (" + range + ")");
        }
        return value;
    }

    private static LocalTime time(String field, String text, String otherwise) {
        String value = text == null ? otherwise : text.strip();
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    FIELD + "." + field, "schedule." + field + " must be a time such as 09:00, was '" + text + "'");
        }
    }
}
