package dev.unknot.core.advice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an advice rule may look at: one person's habits and check-ins, read-only, and their day.
 *
 * <p>The host decides how far back {@code checkIns} reaches; Unknot's store gives the last eight
 * weeks plus the person's very first check-in (so a rule can still tell how long they have been
 * practising). A rule should look back no further than that.
 *
 * @param checkIns oldest first
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record History(LocalDate today, PersonalCalendar calendar, List<Habit> habits, List<CheckIn> checkIns) {

    public History {
        Require.present(today, "today");
        Require.present(calendar, "calendar");
        habits = List.copyOf(habits);
        checkIns = List.copyOf(checkIns);
    }

    /**
     * The check-ins on the last {@code days} days up to today, in the history's order.
     *
     * <p>A history sorted oldest first, as the host gives it, is sorted by day too (a person's day
     * never goes back), so the first and last of those days are found by halving: a few days looked
     * up instead of one per check-in, which on a busy history was most of the cost of advice.
     * Otherwise every check-in's day is looked at.
     */
    public List<CheckIn> lastDays(int days) {
        LocalDate from = today.minusDays(days - 1L);
        if (!oldestFirst()) {
            return checkIns.stream()
                    .filter(checkIn -> {
                        LocalDate day = calendar.dayOf(checkIn.at());
                        return !day.isBefore(from) && !day.isAfter(today);
                    })
                    .toList();
        }
        return checkIns.subList(firstOnOrAfter(from), firstOnOrAfter(today.plusDays(1)));
    }

    private boolean oldestFirst() {
        for (int i = 1; i < checkIns.size(); i++) {
            if (checkIns.get(i).at().isBefore(checkIns.get(i - 1).at())) {
                return false;
            }
        }
        return true;
    }

    /** In a history sorted oldest first, the index of the first check-in on {@code day} or later. */
    private int firstOnOrAfter(LocalDate day) {
        int low = 0;
        int high = checkIns.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (calendar.dayOf(checkIns.get(middle).at()).isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
