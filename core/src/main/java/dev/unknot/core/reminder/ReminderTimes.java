package dev.unknot.core.reminder;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.Schedule;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * When one habit reminds: at chosen local times on its due days, at each slot of an
 * every-N-hours habit, or never.
 *
 * <p>Written as text, the three read {@code 09:00,14:00}, {@code slots} and {@code off}.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface ReminderTimes permits ReminderTimes.Off, ReminderTimes.At, ReminderTimes.Slots {

    /** The most reminder times one habit may have in a day. */
    int MOST_TIMES = 12;

    /** The text form: {@code off}, {@code slots} or the times joined by commas. */
    String text();

    static Off off() {
        return new Off();
    }

    static Slots slots() {
        return new Slots();
    }

    static At at(LocalTime... times) {
        return new At(List.of(times));
    }

    /**
     * Reads {@code off}, {@code slots} or local times such as {@code 09:00,14:00}.
     *
     * @throws IllegalArgumentException naming what was wrong and what is allowed
     */
    static ReminderTimes parse(String text) {
        String value = Require.text(text, "reminder times").toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
            return off();
        }
        if (value.equals("slots")) {
            return slots();
        }
        List<LocalTime> times = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            try {
                times.add(LocalTime.parse(part.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("reminder times must be off, slots or times such as 09:00,14:00; "
                        + "'" + part.strip() + "' is not a time of day (HH:MM)");
            }
        }
        return new At(times);
    }

    /**
     * Whether these times suit a habit due on {@code schedule}.
     *
     * @throws IllegalArgumentException when they do not: slots need an every-N-hours habit
     */
    default void checkFits(Schedule schedule) {
        if (this instanceof Slots && !(schedule instanceof Schedule.EveryHours)) {
            throw new IllegalArgumentException(
                    "reminder times 'slots' need an every-N-hours habit; this one is due " + schedule.describe());
        }
    }

    /** No reminder. */
    record Off() implements ReminderTimes {
        @Override
        public String text() {
            return "off";
        }
    }

    /** A reminder at each slot of an every-N-hours habit. */
    record Slots() implements ReminderTimes {
        @Override
        public String text() {
            return "slots";
        }
    }

    /** Reminders at local times on each due day, kept sorted, a time named twice counted once. */
    record At(List<LocalTime> times) implements ReminderTimes {
        public At {
            Require.present(times, "reminder times");
            if (times.isEmpty()) {
                throw new IllegalArgumentException("name at least one reminder time, or say off");
            }
            for (LocalTime time : times) {
                Require.present(time, "reminder time");
                if (time.getSecond() != 0 || time.getNano() != 0) {
                    throw new IllegalArgumentException("a reminder time must be a whole minute, was " + time);
                }
            }
            times = List.copyOf(new TreeSet<>((Collection<LocalTime>) times));
            if (times.size() > MOST_TIMES) {
                throw new IllegalArgumentException(
                        "a habit may have 1 to " + MOST_TIMES + " reminder times, was " + times.size());
            }
        }

        @Override
        public String text() {
            return times.stream().map(LocalTime::toString).collect(Collectors.joining(","));
        }
    }
}
