package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One Monday-to-Sunday week of an N-times-a-week habit.
 *
 * @param monday the week's first day
 * @param done how many days of the week met the day's target
 * @param required how many the week asks for: N, or fewer when skips, pauses or the habit's start
 *     leave fewer days to play with
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Week(LocalDate monday, int done, int required, State state) {

    public enum State {
        MET,
        MISSED,
        /** The week is still running and not yet met. */
        PENDING,
        /** Skips and pauses left no day to play with. */
        EXCUSED
    }

    /** How much of the week's quota was done, from 0 to 1 (1 for an excused week). */
    public double fraction() {
        return required == 0 ? 1.0 : Math.min(1.0, (double) done / required);
    }
}
