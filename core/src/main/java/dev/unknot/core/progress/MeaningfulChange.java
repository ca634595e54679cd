package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Whether a change on a 0–10 scale where lower is better (tightness, pain) means anything: it is
 * {@link Direction#BETTER better} or {@link Direction#WORSE worse} only when it is at least
 * {@value #POINTS} points or at least 30% of where it started; anything smaller is
 * {@link Direction#ABOUT_THE_SAME about the same}.
 *
 * <p>That is the consensus minimal important change for 0–10 pain scales; smaller moves of an
 * average are within what a person's own ratings wander by from day to day.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MeaningfulChange {

    /** The smallest change in points that counts whatever the start. */
    public static final double POINTS = 2.0;

    /** The smallest change, as a share of the start, that counts. */
    public static final double SHARE = 0.3;

    /** Averages are compared after rounding to this many decimals, as a person sees them. */
    private static final double SCALE = 1000.0;

    private MeaningfulChange() {}

    /** Which way a 0–10 rating moved, where lower is better. */
    public enum Direction {
        BETTER,
        ABOUT_THE_SAME,
        WORSE;

        /** In a sentence: "better", "about the same" or "worse". */
        public String inWords() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * The direction from {@code from} to {@code to}: better when {@code to} is lower by at least
     * {@value #POINTS} points or 30% of {@code from}, worse when higher by as much.
     *
     * @throws IllegalArgumentException when either is outside 0–10
     */
    public static Direction between(double from, double to) {
        check(from, "from");
        check(to, "to");
        double change = Math.rint((to - from) * SCALE) / SCALE;
        double size = Math.abs(change);
        boolean meaningful = size >= POINTS || (from > 0 && size >= Math.rint(SHARE * from * SCALE) / SCALE);
        if (!meaningful || change == 0) {
            return Direction.ABOUT_THE_SAME;
        }
        return change < 0 ? Direction.BETTER : Direction.WORSE;
    }

    private static void check(double value, String name) {
        if (!(value >= 0 && value <= 10)) {
            throw new IllegalArgumentException(name + " must be from 0 to 10, was " + value);
        }
    }
}
