package dev.unknot.core.calendar;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The days from {@code first} to {@code last}, both included; a pause for a holiday, say.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DateRange(LocalDate first, LocalDate last) {

    /**
     * The days a person or a client can name, in any field: from 1900 to 2200. Wide enough for any
     * real history and plan; narrow enough that every day of it has an instant in every time zone,
     * that the Gregorian calendar holds throughout (H2 shifts days before 1582) and that a day's
     * arithmetic never overflows.
     *
     * @since 0.1
     */
    public static final DateRange SUPPORTED = new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));

    public DateRange {
        Require.present(first, "first day");
        Require.present(last, "last day");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** Whether every day of {@code days} is in this range. */
    public boolean contains(DateRange days) {
        return contains(days.first()) && contains(days.last());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
