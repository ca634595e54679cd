package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything progress is computed from for one habit: the amount done on each of the person's
 * days, the days skipped and the pauses (kept sorted, overlapping ones joined).
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HabitLog(
        Habit habit,
        Map<LocalDate, Double> amounts,
        Set<LocalDate> skipped,
        List<DateRange> pauses,
        Optional<Instant> createdAt) {

    public HabitLog {
        Require.present(habit, "habit");
        Require.present(createdAt, "creation");
        // HashMap and HashSet rather than Map.copyOf: the immutable copies probe linearly, and
        // LocalDate's hash codes of consecutive days cluster, which made lookups slow down with years.
        amounts = Collections.unmodifiableMap(new HashMap<>(Require.present(amounts, "amounts")));
        skipped = Collections.unmodifiableSet(new HashSet<>(Require.present(skipped, "skipped days")));
        pauses = merged(Require.present(pauses, "pauses"));
    }

    /** A log of a habit whose creation moment is not known: every slot of its first day counts. */
    public HabitLog(Habit habit, Map<LocalDate, Double> amounts, Set<LocalDate> skipped, List<DateRange> pauses) {
        this(habit, amounts, skipped, pauses, Optional.empty());
    }

    /**
     * This log, knowing when the habit was created: the slots of an every-N-hours habit before
     * that moment were never asked for, so none of them is overdue.
     *
     * @since 0.2
     */
    public HabitLog createdAt(Instant created) {
        return new HabitLog(habit, amounts, skipped, pauses, Optional.of(created));
    }

    /** Sums the check-ins' amounts per day of {@code calendar}. */
    public static HabitLog of(
            Habit habit,
            Collection<CheckIn> checkIns,
            PersonalCalendar calendar,
            Set<LocalDate> skipped,
            List<DateRange> pauses) {
        Map<LocalDate, Double> amounts = new HashMap<>();
        for (CheckIn checkIn : checkIns) {
            amounts.merge(calendar.dayOf(checkIn.at()), checkIn.amount(), Double::sum);
        }
        return new HabitLog(habit, amounts, skipped, pauses);
    }

    public double amountOn(LocalDate day) {
        return amounts.getOrDefault(day, 0.0);
    }

    /** Whether {@code day} falls in a pause; a binary search, since progress asks for every day. */
    public boolean isPaused(LocalDate day) {
        int low = 0;
        int high = pauses.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            DateRange pause = pauses.get(middle);
            if (day.isBefore(pause.first())) {
                high = middle - 1;
            } else if (day.isAfter(pause.last())) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The pauses sorted by their first day, with overlapping or adjoining ones joined. */
    private static List<DateRange> merged(List<DateRange> pauses) {
        List<DateRange> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(DateRange::first));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange pause : sorted) {
            DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !pause.first().isAfter(last.last().plusDays(1))) {
                if (pause.last().isAfter(last.last())) {
                    merged.set(merged.size() - 1, new DateRange(last.first(), pause.last()));
                }
            } else {
                merged.add(pause);
            }
        }
        return List.copyOf(merged);
    }
}
