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

    public DateRange {
        Require.present(first, "first day");
        Require.present(last, "last day");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
