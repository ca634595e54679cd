package dev.unknot.cli.plan;

import dev.unknot.core.habit.Schedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule typed in a few words: {@code daily}, {@code mon,thu}, {@code 3/week}, {@code every
 * 2h} or {@code every 2h 08:00-18:00}.
 */
final class ScheduleWords {

    static final String EXAMPLES = "daily, mon,thu, 3/week or every 2h 09:00-17:00";

    private static final Pattern TIMES = Pattern.compile("(\\d)\\s*(?:/|x/|x a |times a |per )\\s*week");
    private static final Pattern HOURS =
            Pattern.compile("every\\s+(\\d{1,2})\\s*h(?:ours?)?(?:\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2}))?");

    private ScheduleWords() {}

    /** @throws IllegalArgumentException in a person's words, with examples */
    static Schedule parse(String words) {
        String text = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.equals("daily") || text.equals("every day")) {
                return Schedule.daily();
            }
            Matcher times = TIMES.matcher(text);
            if (times.matches()) {
                return Schedule.timesPerWeek(Integer.parseInt(times.group(1)));
            }
            Matcher hours = HOURS.matcher(text);
            if (hours.matches()) {
                LocalTime from = hours.group(2) == null ? LocalTime.of(9, 0) : time(hours.group(2));
                LocalTime until = hours.group(3) == null ? LocalTime.of(17, 0) : time(hours.group(3));
                return Schedule.everyHours(Integer.parseInt(hours.group(1)), from, until);
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : text.split("[,\\s]+")) {
                days.add(weekday(day));
            }
            return Schedule.on(days.toArray(DayOfWeek[]::new));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + words + "' is not a schedule; type " + EXAMPLES);
        }
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private static DayOfWeek weekday(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.length() >= 2 && day.name().toLowerCase(Locale.ROOT).startsWith(text)) {
                return day;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
