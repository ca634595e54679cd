package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * When a habit is due, in the person's own local calendar.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Schedule
        permits Schedule.Daily, Schedule.OnWeekdays, Schedule.TimesPerWeek, Schedule.EveryHours {

    /** A short description such as {@code every day} or {@code 3 times a week}. */
    String describe();

    static Daily daily() {
        return new Daily();
    }

    /** Due on {@code days}; a day named twice counts once. */
    static OnWeekdays on(DayOfWeek... days) {
        return new OnWeekdays(new HashSet<>(Arrays.asList(days)));
    }

    static TimesPerWeek timesPerWeek(int times) {
        return new TimesPerWeek(times);
    }

    static EveryHours everyHours(int hours, LocalTime from, LocalTime until) {
        return new EveryHours(hours, from, until);
    }

    /** Due every day. */
    record Daily() implements Schedule {
        @Override
        public String describe() {
            return "every day";
        }
    }

    /** Due on the chosen days of the week. */
    record OnWeekdays(Set<DayOfWeek> days) implements Schedule {
        public OnWeekdays {
            Require.present(days, "weekdays");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("choose at least one weekday");
            }
            days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        }

        @Override
        public String describe() {
            return "on "
                    + days.stream()
                            .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                            .collect(Collectors.joining(", "));
        }
    }

    /** Done a number of times in each week, on whichever days suit. */
    record TimesPerWeek(int times) implements Schedule {
        public TimesPerWeek {
            Require.inRange(times, 1, 7, "times per week");
        }

        @Override
        public String describe() {
            return times + (times == 1 ? " time a week" : " times a week");
        }
    }

    /**
     * Due every {@code hours} hours inside a daily window, e.g. a movement break every hour from
     * 09:00 until 17:00. The window ends on the same day it starts.
     */
    record EveryHours(int hours, LocalTime from, LocalTime until) implements Schedule {
        public EveryHours {
            Require.inRange(hours, 1, 12, "hours between occurrences");
            Require.present(from, "window start");
            Require.present(until, "window end");
            if (!from.isBefore(until)) {
                throw new IllegalArgumentException("the window must start before it ends, was " + from + "–" + until);
            }
        }

        @Override
        public String describe() {
            return "every " + (hours == 1 ? "hour" : hours + " hours") + " from " + from + " to " + until;
        }
    }
}
