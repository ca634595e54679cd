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
        Map<HabitId, Sum> byHabit = new LinkedHashMap<>();
        for (CheckIn checkIn : checkIns) {
            byHabit.merge(checkIn.habit(), Sum.none(checkIn.habit()).plus(List.of(checkIn)), Sum::plus);
        }
        return ofSums(habits, new ArrayList<>(byHabit.values()));
    }

    /**
     * One habit's check-ins that recorded a tightness before and after: how many, and the sum of
     * their drops ({@code before − after}). What a host can add up where the check-ins are stored,
     * or keep and add to as days pass.
     *
     * @since 0.1
     */
    public record Sum(HabitId habit, int checkIns, double totalDrop) {

        public Sum {
            Require.present(habit, "habit");
        }

        /** No check-in yet. */
        public static Sum none(HabitId habit) {
            return new Sum(habit, 0, 0);
        }

        /** This sum and {@code other}'s, which must be of the same habit. */
        public Sum plus(Sum other) {
            if (!other.habit().equals(habit)) {
                throw new IllegalArgumentException(
                        "cannot add a sum of habit " + other.habit() + " to one of " + habit);
            }
            return new Sum(habit, checkIns + other.checkIns(), totalDrop + other.totalDrop());
        }

        /** This sum with those of {@code more} that are of its habit and recorded both values. */
        public Sum plus(Collection<CheckIn> more) {
            int count = checkIns;
            double drop = totalDrop;
            for (CheckIn checkIn : more) {
                if (checkIn.habit().equals(habit)
                        && checkIn.before().isPresent()
                        && checkIn.after().isPresent()) {
                    drop += checkIn.before().get().level()
                            - checkIn.after().get().level();
                    count++;
                }
            }
            return new Sum(habit, count, drop);
        }
    }

    /**
     * Relief per target from each habit's {@link Sum}, as {@link #perTarget(Collection, Collection)}
     * gives it from the check-ins themselves.
     *
     * @since 0.1
     */
    public static List<Relief> ofSums(Collection<Habit> habits, List<Sum> sums) {
        Map<HabitId, HabitTarget> targets =
                habits.stream().collect(Collectors.toMap(Habit::id, Habit::target, (first, second) -> first));
        Map<HabitTarget, double[]> byTarget = new LinkedHashMap<>();
        for (Sum sum : sums) {
            HabitTarget target = targets.get(sum.habit());
            if (target == null || sum.checkIns() < 1) {
                continue;
            }
            double[] total = byTarget.computeIfAbsent(target, ignored -> new double[2]);
            total[0] += sum.totalDrop();
            total[1] += sum.checkIns();
        }
        List<Relief> relief = new ArrayList<>();
        byTarget.forEach((target, total) -> relief.add(new Relief(target, total[0] / total[1], (int) total[1])));
        relief.sort(Comparator.comparingDouble(Relief::averageDrop)
                .reversed()
                .thenComparing(Comparator.comparingInt(Relief::checkIns).reversed()));
        return List.copyOf(relief);
    }
}
