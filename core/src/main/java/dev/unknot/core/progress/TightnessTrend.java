package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.Tightness;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * How tight the back felt, day by day: the mean tightness reported before and after check-ins;
 * and, the same way, how much it hurt ({@link #dailyPain}).
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TightnessTrend {

    /** One day's means; a side is empty when no check-in that day reported it. */
    public record Point(LocalDate day, OptionalDouble before, OptionalDouble after) {}

    private TightnessTrend() {}

    /** One point per day with any tightness reported, oldest first, between {@code from} and {@code to}. */
    public static List<Point> daily(
            Collection<CheckIn> checkIns, PersonalCalendar calendar, LocalDate from, LocalDate to) {
        return daily(
                checkIns,
                calendar,
                from,
                to,
                checkIn -> checkIn.before().map(Tightness::level),
                checkIn -> checkIn.after().map(Tightness::level));
    }

    /**
     * One point per day with any pain reported, oldest first, between {@code from} and {@code to}:
     * the mean pain before and after.
     *
     * @since 0.1
     */
    public static List<Point> dailyPain(
            Collection<CheckIn> checkIns, PersonalCalendar calendar, LocalDate from, LocalDate to) {
        return daily(
                checkIns,
                calendar,
                from,
                to,
                checkIn -> checkIn.painBefore().map(Pain::level),
                checkIn -> checkIn.painAfter().map(Pain::level));
    }

    private static List<Point> daily(
            Collection<CheckIn> checkIns,
            PersonalCalendar calendar,
            LocalDate from,
            LocalDate to,
            Function<CheckIn, Optional<Integer>> before,
            Function<CheckIn, Optional<Integer>> after) {
        TreeMap<LocalDate, double[]> sums = new TreeMap<>();
        for (CheckIn checkIn : checkIns) {
            Optional<Integer> levelBefore = before.apply(checkIn);
            Optional<Integer> levelAfter = after.apply(checkIn);
            if (levelBefore.isEmpty() && levelAfter.isEmpty()) {
                continue;
            }
            LocalDate day = calendar.dayOf(checkIn.at());
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(day, ignored -> new double[4]);
            add(sum, 0, levelBefore);
            add(sum, 2, levelAfter);
        }
        return sums.entrySet().stream()
                .map(entry -> new Point(entry.getKey(), mean(entry.getValue(), 0), mean(entry.getValue(), 2)))
                .toList();
    }

    private static void add(double[] sum, int at, Optional<Integer> level) {
        level.ifPresent(value -> {
            sum[at] += value;
            sum[at + 1]++;
        });
    }

    private static OptionalDouble mean(double[] sum, int at) {
        return sum[at + 1] == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum[at] / sum[at + 1]);
    }
}
