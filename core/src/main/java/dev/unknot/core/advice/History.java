package dev.unknot.core.advice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an advice rule may look at: one person's habits and check-ins, read-only, and their day.
 *
 * <p>The host decides how far back {@code checkIns} reaches; Unknot's store gives the last eight
 * weeks plus the person's very first check-in (so a rule can still tell how long they have been
 * practising). A rule should look back no further than that.
 *
 * <p>Rules run on every check-in's answer, so a history is cheap to look into however busy it is:
 * {@link #lastDays} finds its days by halving, and {@link #reportsOfLastDays} gives only the
 * check-ins that say how the back was ({@link CheckIn#reports()}), which a host may keep ready
 * (see {@link #ofOldestFirst}) rather than have every rule look through every check-in.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class History {

    private final LocalDate today;
    private final PersonalCalendar calendar;
    private final List<Habit> habits;
    private final List<CheckIn> checkIns;
    private final boolean oldestFirst;
    /** The check-ins that {@link CheckIn#reports()}, in the same order; made on first use unless given. */
    private List<CheckIn> reports;

    /**
     * A history of copies of {@code habits} and {@code checkIns}.
     *
     * @param checkIns best oldest first, as the host gives them; any order works
     */
    public History(LocalDate today, PersonalCalendar calendar, List<Habit> habits, List<CheckIn> checkIns) {
        this(today, calendar, List.copyOf(habits), List.copyOf(checkIns), null, isOldestFirst(checkIns));
    }

    private History(
            LocalDate today,
            PersonalCalendar calendar,
            List<Habit> habits,
            List<CheckIn> checkIns,
            List<CheckIn> reports,
            boolean oldestFirst) {
        this.today = Require.present(today, "today");
        this.calendar = Require.present(calendar, "calendar");
        this.habits = habits;
        this.checkIns = checkIns;
        this.reports = reports;
        this.oldestFirst = oldestFirst;
    }

    /**
     * A history over lists that the host keeps and never changes, not copied: for a host that
     * answers many check-ins from a history held in memory.
     *
     * @param checkIns sorted oldest first (by {@link CheckIn#at()})
     * @param reports those of {@code checkIns} that {@link CheckIn#reports()}, in the same order
     * @since 0.1
     */
    public static History ofOldestFirst(
            LocalDate today,
            PersonalCalendar calendar,
            List<Habit> habits,
            List<CheckIn> checkIns,
            List<CheckIn> reports) {
        return new History(
                today,
                calendar,
                List.copyOf(habits),
                Collections.unmodifiableList(checkIns),
                Collections.unmodifiableList(Objects.requireNonNull(reports, "reports")),
                true);
    }

    public LocalDate today() {
        return today;
    }

    public PersonalCalendar calendar() {
        return calendar;
    }

    public List<Habit> habits() {
        return habits;
    }

    /** Every check-in the host gave, in its order (oldest first from Unknot's store). */
    public List<CheckIn> checkIns() {
        return checkIns;
    }

    /**
     * The check-ins on the last {@code days} days up to today, in the history's order.
     *
     * <p>A history sorted oldest first, as the host gives it, is sorted by day too (a person's day
     * never goes back), so the first and last of those days are found by halving: a few days looked
     * up instead of one per check-in. Otherwise every check-in's day is looked at.
     */
    public List<CheckIn> lastDays(int days) {
        return lastDays(checkIns, days);
    }

    /**
     * The check-ins on the last {@code days} days up to today that say how the back was (a
     * tightness, a symptom or a note: {@link CheckIn#reports()}), in the history's order.
     *
     * @since 0.1
     */
    public List<CheckIn> reportsOfLastDays(int days) {
        List<CheckIn> given = reports;
        if (given == null) {
            given = checkIns.stream().filter(CheckIn::reports).toList();
            reports = given;
        }
        return lastDays(given, days);
    }

    private List<CheckIn> lastDays(List<CheckIn> sorted, int days) {
        LocalDate from = today.minusDays(days - 1L);
        if (!oldestFirst) {
            return sorted.stream()
                    .filter(checkIn -> {
                        LocalDate day = calendar.dayOf(checkIn.at());
                        return !day.isBefore(from) && !day.isAfter(today);
                    })
                    .toList();
        }
        return sorted.subList(firstOnOrAfter(sorted, from), firstOnOrAfter(sorted, today.plusDays(1)));
    }

    private static boolean isOldestFirst(List<CheckIn> checkIns) {
        for (int i = 1; i < checkIns.size(); i++) {
            if (checkIns.get(i).at().isBefore(checkIns.get(i - 1).at())) {
                return false;
            }
        }
        return true;
    }

    /** In a list sorted oldest first, the index of the first check-in on {@code day} or later. */
    private int firstOnOrAfter(List<CheckIn> sorted, LocalDate day) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (calendar.dayOf(sorted.get(middle).at()).isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return "History[today=" + today + ", " + habits.size() + " habits, " + checkIns.size() + " check-ins]";
    }
}
