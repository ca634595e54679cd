package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The relief in pain of a technique, routine or own habit ({@link Relief#pain()}): the mean pain
 * before and the mean drop to after, over the check-ins that rated pain before and after.
 *
 * @param averageBefore mean pain before, over the same check-ins
 * @param averageDrop mean of {@code before − after}; positive when it helps
 * @param checkIns how many check-ins the averages rest on, counted apart from tightness's
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PainRelief(double averageBefore, double averageDrop, int checkIns) {

    public PainRelief {
        if (checkIns < 1) {
            throw new IllegalArgumentException("pain relief rests on at least one check-in, was " + checkIns);
        }
    }

    /** The mean pain after: {@code averageBefore − averageDrop}. */
    public double averageAfter() {
        return averageBefore - averageDrop;
    }

    /** Whether the pain after is better than before, about the same or worse, by {@link MeaningfulChange}. */
    public MeaningfulChange.Direction direction() {
        return MeaningfulChange.between(clamp(averageBefore), clamp(averageAfter()));
    }

    /** Whether it rests on at least {@value Relief#ENOUGH_CHECK_INS} check-ins. */
    public boolean restsOnEnough() {
        return checkIns >= Relief.ENOUGH_CHECK_INS;
    }

    /** "Pain after Morning stretch: 2.0/10 vs. 4.5/10 before, over 7 check-ins: better." */
    String sentence(String habits) {
        return String.format(
                Locale.ROOT,
                "Pain after %s: %.1f/10 vs. %.1f/10 before, over %d %s: %s.",
                habits,
                averageAfter(),
                averageBefore,
                checkIns,
                checkIns == 1 ? "check-in" : "check-ins",
                direction().inWords());
    }

    private static double clamp(double level) {
        return Math.max(0, Math.min(10, level));
    }
}
