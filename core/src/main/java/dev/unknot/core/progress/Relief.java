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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * "What actually helps you": the average drop in tightness from before to after, per technique,
 * routine or free-text habit, named by the person's own habits that do it.
 *
 * <p>A ranking of what helps rests on at least {@value #ENOUGH_CHECK_INS} check-ins per entry
 * ({@link #whatHelps}): an average of two or three ratings says more about those days than about
 * the technique.
 *
 * @param target what was done
 * @param habits the names of the person's habits that do {@code target}, oldest habit first,
 *     separated by commas: what a person calls it
 * @param averageBefore mean tightness before, over the same check-ins
 * @param averageDrop mean of {@code before − after} over the check-ins that recorded both; positive
 *     when it helps
 * @param checkIns how many check-ins the averages rest on
 * @param pain the same for pain, over the check-ins that rated pain before and after; empty when
 *     none did. Pain is optional on a check-in, so it may rest on fewer check-ins than tightness,
 *     and is said only when it rests on enough ({@link #painSentence()})
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Relief(
        HabitTarget target,
        String habits,
        double averageBefore,
        double averageDrop,
        int checkIns,
        Optional<PainRelief> pain) {

    /** The fewest check-ins a place in "what helps you" rests on. */
    public static final int ENOUGH_CHECK_INS = 5;

    public Relief {
        Require.present(target, "target");
        habits = Require.text(habits, "habits");
        if (checkIns < 1) {
            throw new IllegalArgumentException("relief rests on at least one check-in, was " + checkIns);
        }
        Require.present(pain, "pain");
    }

    /** Relief in tightness alone, of check-ins that rated no pain before and after. */
    public Relief(HabitTarget target, String habits, double averageBefore, double averageDrop, int checkIns) {
        this(target, habits, averageBefore, averageDrop, checkIns, Optional.empty());
    }

    /**
     * The relief in pain, when it rests on at least {@value #ENOUGH_CHECK_INS} check-ins: what "what
     * helps you" says about pain. A mean of fewer pain ratings would be a weak claim, so it says
     * nothing about pain instead.
     */
    public Optional<PainRelief> painRestingOnEnough() {
        return pain.filter(PainRelief::restsOnEnough);
    }

    /**
     * The sentence on pain, as {@link #sentence()} on tightness: "Pain after Morning stretch: 2.0/10
     * vs. 4.5/10 before, over 7 check-ins: better."; empty unless {@link #painRestingOnEnough()}.
     */
    public Optional<String> painSentence() {
        return painRestingOnEnough().map(relief -> relief.sentence(habits));
    }

    /** The mean tightness after: {@code averageBefore − averageDrop}. */
    public double averageAfter() {
        return averageBefore - averageDrop;
    }

    /** Whether the tightness after is better than before, about the same or worse, by {@link MeaningfulChange}. */
    public MeaningfulChange.Direction direction() {
        return MeaningfulChange.between(clamp(averageBefore), clamp(averageAfter()));
    }

    /**
     * The sentence, comparing the same check-ins before and after: "Tightness after Morning
     * stretch: 3.1/10 vs. 6.2/10 before, over 12 check-ins: better."
     */
    public String sentence() {
        return String.format(
                Locale.ROOT,
                "Tightness after %s: %.1f/10 vs. %.1f/10 before, over %d %s: %s.",
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

    /**
     * Relief per target over {@code checkIns} of {@code habits}, largest drop in tightness first
     * (ties: more check-ins first). Check-ins without both tightness values, or of habits not given,
     * are left out of the tightness figures; those without both pain values, of the pain figures.
     * A target is told by its tightness: pain is said beside it, never alone.
     */
    public static List<Relief> perTarget(Collection<Habit> habits, Collection<CheckIn> checkIns) {
        Map<HabitId, Sum> byHabit = new LinkedHashMap<>();
        for (CheckIn checkIn : checkIns) {
            byHabit.merge(checkIn.habit(), Sum.none(checkIn.habit()).plus(List.of(checkIn)), Sum::plus);
        }
        return ofSums(habits, new ArrayList<>(byHabit.values()));
    }

    /**
     * One habit's check-ins that recorded a tightness before and after: how many, the sum of their
     * drops ({@code before − after}) and of their tightness before; and the same of those that
     * rated pain before and after ({@code pain…}), counted on their own, as a check-in may rate
     * either or both. What a host can add up where the check-ins are stored, or keep and add to as
     * days pass.
     *
     * @since 0.1
     */
    public record Sum(
            HabitId habit,
            int checkIns,
            double totalDrop,
            double totalBefore,
            int painCheckIns,
            double painTotalDrop,
            double painTotalBefore) {

        public Sum {
            Require.present(habit, "habit");
        }

        /** The sum of check-ins that rated no pain before and after. */
        public Sum(HabitId habit, int checkIns, double totalDrop, double totalBefore) {
            this(habit, checkIns, totalDrop, totalBefore, 0, 0, 0);
        }

        /** No check-in yet. */
        public static Sum none(HabitId habit) {
            return new Sum(habit, 0, 0, 0);
        }

        /** This sum and {@code other}'s, which must be of the same habit. */
        public Sum plus(Sum other) {
            if (!other.habit().equals(habit)) {
                throw new IllegalArgumentException(
                        "cannot add a sum of habit " + other.habit() + " to one of " + habit);
            }
            return new Sum(
                    habit,
                    checkIns + other.checkIns(),
                    totalDrop + other.totalDrop(),
                    totalBefore + other.totalBefore(),
                    painCheckIns + other.painCheckIns(),
                    painTotalDrop + other.painTotalDrop(),
                    painTotalBefore + other.painTotalBefore());
        }

        /**
         * This sum with those of {@code more} that are of its habit: in tightness, those that rated
         * tightness before and after; in pain, those that rated pain before and after.
         */
        public Sum plus(Collection<CheckIn> more) {
            int count = checkIns;
            double drop = totalDrop;
            double before = totalBefore;
            int painCount = painCheckIns;
            double painDrop = painTotalDrop;
            double painBefore = painTotalBefore;
            for (CheckIn checkIn : more) {
                if (!checkIn.habit().equals(habit)) {
                    continue;
                }
                if (checkIn.before().isPresent() && checkIn.after().isPresent()) {
                    drop += checkIn.before().get().level()
                            - checkIn.after().get().level();
                    before += checkIn.before().get().level();
                    count++;
                }
                if (checkIn.painBefore().isPresent() && checkIn.painAfter().isPresent()) {
                    painDrop += checkIn.painBefore().get().level()
                            - checkIn.painAfter().get().level();
                    painBefore += checkIn.painBefore().get().level();
                    painCount++;
                }
            }
            return new Sum(habit, count, drop, before, painCount, painDrop, painBefore);
        }
    }

    /**
     * Relief per target from each habit's {@link Sum}, as {@link #perTarget(Collection, Collection)}
     * gives it from the check-ins themselves, however few they are. A target whose check-ins rated
     * pain but never tightness before and after has none.
     *
     * @since 0.1
     */
    public static List<Relief> ofSums(Collection<Habit> habits, List<Sum> sums) {
        Map<HabitId, Habit> byId =
                habits.stream().collect(Collectors.toMap(Habit::id, habit -> habit, (first, second) -> first));
        Map<HabitTarget, double[]> byTarget = new LinkedHashMap<>();
        Map<HabitTarget, List<String>> names = new LinkedHashMap<>();
        for (Sum sum : sums) {
            Habit habit = byId.get(sum.habit());
            if (habit == null || (sum.checkIns() < 1 && sum.painCheckIns() < 1)) {
                continue;
            }
            double[] total = byTarget.computeIfAbsent(habit.target(), ignored -> new double[6]);
            total[0] += sum.totalDrop();
            total[1] += sum.checkIns();
            total[2] += sum.totalBefore();
            total[3] += sum.painTotalDrop();
            total[4] += sum.painCheckIns();
            total[5] += sum.painTotalBefore();
        }
        // Named by every habit of the person that does it, whether or not it has ratings yet.
        for (Habit habit : habits) {
            if (byTarget.containsKey(habit.target())) {
                List<String> known = names.computeIfAbsent(habit.target(), ignored -> new ArrayList<>());
                if (!known.contains(habit.name())) {
                    known.add(habit.name());
                }
            }
        }
        List<Relief> relief = new ArrayList<>();
        byTarget.values().removeIf(total -> total[1] < 1);
        byTarget.forEach((target, total) -> relief.add(new Relief(
                target,
                String.join(", ", names.get(target)),
                total[2] / total[1],
                total[0] / total[1],
                (int) total[1],
                total[4] < 1
                        ? Optional.empty()
                        : Optional.of(new PainRelief(total[5] / total[4], total[3] / total[4], (int) total[4])))));
        // Ties by name, not by the order the sums came in, which pain-only check-ins can change.
        relief.sort(Comparator.comparingDouble(Relief::averageDrop)
                .reversed()
                .thenComparing(Comparator.comparingInt(Relief::checkIns).reversed())
                .thenComparing(Relief::habits));
        return List.copyOf(relief);
    }

    /**
     * "What helps you": {@link #ofSums} ranked, of the targets whose relief rests on at least
     * {@value #ENOUGH_CHECK_INS} check-ins.
     *
     * @since 0.1
     */
    public static List<Relief> whatHelps(Collection<Habit> habits, List<Sum> sums) {
        return ofSums(habits, sums).stream().filter(Relief::restsOnEnough).toList();
    }

    /** Whether it rests on at least {@value #ENOUGH_CHECK_INS} check-ins. */
    public boolean restsOnEnough() {
        return checkIns >= ENOUGH_CHECK_INS;
    }
}
