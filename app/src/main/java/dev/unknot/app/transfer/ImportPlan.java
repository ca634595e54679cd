package dev.unknot.app.transfer;

import dev.unknot.core.habit.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import would write, shown before it does: the habits it creates or adds to, how many
 * check-ins each gets, the days they span and what the file held that was left out.
 *
 * @param checkIns check-ins that would be added, all habits together
 * @param alreadyPresent check-ins of the file the person has already
 * @param first the earliest day of the file's check-ins
 * @param last the latest
 */
public record ImportPlan(
        FileKind kind,
        List<Habit> habits,
        int habitsToCreate,
        int checkIns,
        int alreadyPresent,
        Optional<LocalDate> first,
        Optional<LocalDate> last,
        List<String> notMapped) {

    public ImportPlan {
        Objects.requireNonNull(kind, "kind");
        habits = List.copyOf(habits);
        notMapped = List.copyOf(notMapped);
    }

    /**
     * One habit of the file.
     *
     * @param create whether it is created; otherwise the person's habit of that name gets the check-ins
     * @param schedule as Unknot will keep it, e.g. {@code 3 times a week}
     * @param metric {@code done or not}, or the unit and daily target
     * @param mapping how the file's schedule or target was approximated, when not exactly
     * @param reminder when a habit it creates will remind, e.g. {@code 08:30}; empty when it will not
     */
    public record Habit(
            String name,
            boolean create,
            String schedule,
            String metric,
            boolean archived,
            int checkIns,
            int alreadyPresent,
            int skippedDays,
            Optional<LocalDate> first,
            Optional<LocalDate> last,
            Optional<String> mapping,
            Optional<String> reminder) {}

    static ImportPlan of(FileKind kind, List<Habit> habits, List<String> notMapped) {
        Optional<LocalDate> first =
                habits.stream().flatMap(habit -> habit.first().stream()).min(LocalDate::compareTo);
        Optional<LocalDate> last =
                habits.stream().flatMap(habit -> habit.last().stream()).max(LocalDate::compareTo);
        return new ImportPlan(
                kind,
                habits,
                (int) habits.stream().filter(Habit::create).count(),
                habits.stream().mapToInt(Habit::checkIns).sum(),
                habits.stream().mapToInt(Habit::alreadyPresent).sum(),
                first,
                last,
                notMapped);
    }

    static String metric(Metric metric) {
        return metric instanceof Metric.Measured measured
                ? "measured in " + measured.unit() + ", " + amount(measured.dailyTarget()) + " a day"
                : "done or not";
    }

    /** {@code 1 day}, {@code 3 days}. */
    static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    static String amount(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
