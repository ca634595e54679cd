package dev.unknot.wire;

import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.habit.HabitId;
import dev.unknot.wire.error.NotFoundException;
import org.apiguardian.api.API;

/**
 * Habit and check-in ids as the wire writes them: decimal strings. An id that is not one names
 * nothing, and gets the same answer as an unknown id.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Ids {

    private Ids() {}

    public static String of(HabitId id) {
        return Long.toString(id.value());
    }

    public static String of(CheckInId id) {
        return Long.toString(id.value());
    }

    /** @throws NotFoundException when {@code text} is not a habit id */
    public static HabitId habit(String text) {
        return new HabitId(number(text, "habit"));
    }

    /** @throws NotFoundException when {@code text} is not a check-in id */
    public static CheckInId checkIn(String text) {
        return new CheckInId(number(text, "check-in"));
    }

    private static long number(String text, String what) {
        if (text != null && text.matches("[0-9]{1,18}")) {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        }
        throw new NotFoundException(what, text);
    }
}
