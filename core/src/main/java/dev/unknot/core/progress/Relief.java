package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * "What actually helps you": the average drop in tightness from before to after, per technique,
 * routine or free-text habit.
 *
 * @param target what was done
 * @param averageDrop mean of {@code before − after} over the check-ins that recorded both; positive
 *     when it helps
 * @param checkIns how many check-ins the average rests on
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Relief(HabitTarget target, double averageDrop, int checkIns) {

    public Relief {
        Require.present(target, "target");
        if (checkIns < 1) {
            throw new IllegalArgumentException("relief rests on at least one check-in, was " + checkIns);
        }
    }

    /**
     * Relief per target over {@code checkIns} of {@code habits}, largest drop first (ties: more
     * check-ins first). Check-ins without both tightness values, or of habits not given, are left out.
     */
    public static List<Relief> perTarget(Collection<Habit> habits, Collection<CheckIn> checkIns) {
        Map<HabitId, HabitTarget> targets =
                habits.stream().collect(Collectors.toMap(Habit::id, Habit::target, (first, second) -> first));
        Map<HabitTarget, double[]> sums = new LinkedHashMap<>();
        for (CheckIn checkIn : checkIns) {
            HabitTarget target = targets.get(checkIn.habit());
            if (target == null || checkIn.before().isEmpty() || checkIn.after().isEmpty()) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(target, ignored -> new double[2]);
            sum[0] += checkIn.before().get().level() - checkIn.after().get().level();
            sum[1]++;
        }
        List<Relief> relief = new ArrayList<>();
        sums.forEach((target, sum) -> relief.add(new Relief(target, sum[0] / sum[1], (int) sum[1])));
        relief.sort(Comparator.comparingDouble(Relief::averageDrop)
                .reversed()
                .thenComparing(Comparator.comparingInt(Relief::checkIns).reversed()));
        return List.copyOf(relief);
    }
}
