package dev.unknot.core.progress;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything progress is computed from for one habit: the amount done on each of the person's
 * days, the days skipped and the pauses.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HabitLog(Habit habit, Map<LocalDate, Double> amounts, Set<LocalDate> skipped, List<DateRange> pauses) {

    public HabitLog {
        Require.present(habit, "habit");
        amounts = Map.copyOf(Require.present(amounts, "amounts"));
        skipped = Set.copyOf(Require.present(skipped, "skipped days"));
        pauses = List.copyOf(Require.present(pauses, "pauses"));
    }

    /** Sums the check-ins' amounts per day of {@code calendar}. */
    public static HabitLog of(
            Habit habit, Collection<CheckIn> checkIns, PersonalCalendar calendar, Set<LocalDate> skipped,
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

    public boolean isPaused(LocalDate day) {
        for (DateRange pause : pauses) {
            if (pause.contains(day)) {
                return true;
            }
        }
        return false;
    }
}
