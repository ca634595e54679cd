package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * How a 0–10 rating (tightness or pain before practice) changed, said honestly: the mean of the
 * person's latest window of days against the mean of their first window of the same length, judged
 * by {@link MeaningfulChange}. Like is compared with like: never the latest mean with the very first
 * rating alone, which may have been a good or a bad day.
 *
 * <p>The windows are two weeks each once the ratings span at least four weeks (first rating to
 * today), one week each from two weeks on; before that there is nothing fair to compare. The
 * first window starts on the day of the first rating; the latest ends today. Each mean is over the
 * ratings in its window, one per check-in.
 *
 * @param measure what was rated, in a sentence: "tightness" or "pain"
 * @param windowDays the length of each window: {@value #LONG_WINDOW_DAYS} or {@value #SHORT_WINDOW_DAYS}
 * @param firstFrom the first day of the first window
 * @param first the mean rating in the first window
 * @param latestFrom the first day of the latest window, which ends today
 * @param latest the mean rating in the latest window
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ChangeOverTime(
        String measure, int windowDays, LocalDate firstFrom, double first, LocalDate latestFrom, double latest) {

    /** Windows of two weeks, once the ratings span twice that. */
    public static final int LONG_WINDOW_DAYS = 14;

    /** Windows of a week, once the ratings span twice that. */
    public static final int SHORT_WINDOW_DAYS = 7;

    /** One rating of one check-in, on the day of the person's calendar it counts for. */
    public record Rating(LocalDate day, int level) {

        public Rating {
            Require.present(day, "day");
            if (level < 0 || level > 10) {
                throw new IllegalArgumentException("a rating goes from 0 to 10, was " + level);
            }
        }
    }

    public ChangeOverTime {
        Require.text(measure, "measure");
        Require.present(firstFrom, "first window");
        Require.present(latestFrom, "latest window");
        if (windowDays != LONG_WINDOW_DAYS && windowDays != SHORT_WINDOW_DAYS) {
            throw new IllegalArgumentException("a window is a week or two, was " + windowDays + " days");
        }
        MeaningfulChange.between(first, latest);
    }

    /**
     * The change in {@code ratings} up to {@code today}, when they span at least two weeks and both
     * windows hold a rating; ratings after today are left out.
     *
     * @param ratings in any order; the earliest day among them is where the first window starts
     */
    public static Optional<ChangeOverTime> of(String measure, Collection<Rating> ratings, LocalDate today) {
        Optional<LocalDate> started = ratings.stream()
                .map(Rating::day)
                .filter(day -> !day.isAfter(today))
                .min(LocalDate::compareTo);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        long span = today.toEpochDay() - started.get().toEpochDay() + 1;
        int window = span >= 2L * LONG_WINDOW_DAYS
                ? LONG_WINDOW_DAYS
                : span >= 2L * SHORT_WINDOW_DAYS ? SHORT_WINDOW_DAYS : 0;
        if (window == 0) {
            return Optional.empty();
        }
        LocalDate firstFrom = started.get();
        LocalDate latestFrom = today.minusDays(window - 1L);
        OptionalDouble first = mean(ratings, firstFrom, firstFrom.plusDays(window - 1L));
        OptionalDouble latest = mean(ratings, latestFrom, today);
        if (first.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ChangeOverTime(measure, window, firstFrom, first.getAsDouble(), latestFrom, latest.getAsDouble()));
    }

    /**
     * A sentence for when there is no change to tell yet: what it takes.
     *
     * @since 0.1
     */
    public static String notYet(String measure) {
        return "Rate your " + measure + " before practice for two weeks or more, and this compares your latest "
                + "week with your first.";
    }

    /** Better, about the same or worse, by {@link MeaningfulChange}. */
    public MeaningfulChange.Direction direction() {
        return MeaningfulChange.between(first, latest);
    }

    /** The windows compared, in words: "last two weeks vs. your first two weeks". */
    public String windows() {
        String length = windowDays == LONG_WINDOW_DAYS ? "two weeks" : "week";
        return "last " + length + " vs. your first " + length;
    }

    /**
     * The sentence: "Your tightness before practice averaged 5.6/10 in the last two weeks vs.
     * 6.7/10 in your first two weeks: about the same."
     */
    public String sentence() {
        String length = windowDays == LONG_WINDOW_DAYS ? "two weeks" : "week";
        MeaningfulChange.Direction direction = direction();
        return String.format(
                Locale.ROOT,
                "Your %s before practice averaged %.1f/10 in the last %s vs. %.1f/10 in your first %s: %s%s.",
                measure,
                latest,
                length,
                first,
                length,
                direction.inWords(),
                direction == MeaningfulChange.Direction.ABOUT_THE_SAME
                        ? " (a change counts from 2 points or 30%)"
                        : "");
    }

    private static OptionalDouble mean(Collection<Rating> ratings, LocalDate from, LocalDate to) {
        return ratings.stream()
                .filter(rating -> !rating.day().isBefore(from) && !rating.day().isAfter(to))
                .mapToInt(Rating::level)
                .average();
    }
}
